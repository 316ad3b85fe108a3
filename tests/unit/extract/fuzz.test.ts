// Fuzz test for extract(): random and hostile text (mixed scripts, surrogates, zero-width marks,
// huge lines, punctuation storms, spliced news sentences). Seeded fast-check, so every failure
// is reproducible; bounded to a few hundred small cases plus a handful of large fixed ones.

import fc from 'fast-check';
import { extract } from '../../../src/extract/extract.js';
import type { DocLang, Document, Extraction } from '../../../src/types.js';
import { makeDocument } from '../../helpers/document.js';
import { checkStructure } from '../../helpers/golden.js';

const FUZZ = { seed: 20260703, numRuns: 300, spliceRuns: 120 } as const;

const SENTENCES = [
  'MINSK, 3. Juli (BelTA) - Der belarussische Präsident Alexander Lukaschenko traf sich mit Kassym-Schomart Tokajew.',
  '„Das Potential ist riesig!“, sagte er. Belarus und Kasachstan sind Partner in der EAWU, der GUS und der OVKS.',
  'Bundeskanzler Olaf Scholz reiste zum NATO-Gipfel nach Vilnius, wie die Deutsche Presse-Agentur (dpa) berichtete.',
  'BEIJING, July 4 (Xinhua) -- Chinese President Xi Jinping met Vladimir Putin on the sidelines of the SCO summit in Astana.',
  'Finance Minister Maria Okonkwo said Nigeria would stay in OPEC, Reuters reported. "We are not leaving," she said.',
  'The IOC and FIFA met UEFA officials in Lausanne, Switzerland, on Tuesday, AP reported.',
  'Die WHO-Generaldirektorin und der EU-Kommissar besuchten Addis Abeba; die Afrikanische Union (AU) lud ein.',
];

const NOISE = [
  '\u200d', '\u200b', '\ufeff', '\u2028', '\u2029', '\r\n', '\r', '\t', '\u00a0', '\u0301\u0308', 'e\u0301',
  '👩‍👩‍👧‍👦', '🇧🇾', '😀', '\ud800', '\udfff', '\udc00\ud800', 'Москва', 'Лукашенко', 'القاهرة', 'مصر',
  '北京', '上海合作组织', 'ＳＣＯ', 'Ⅻ', '“', '”', '„', '«', '»', '"', "'", '(', ')', '[', '-', '–', '—', '...',
  'NATO', 'EU-', '-EU', 'SOZ-Gipfel', 'U.S.', 'Dr.', 'z.B.', 'St.', '3.', 'Juli', 'Präsident', 'sagte er',
];

const LANGS: DocLang[] = ['de', 'en', 'und'];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyUnits = fc.string({ unit: codeUnit, maxLength: 60 });
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 60 });
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 4, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 2, arbitrary: anyUnits },
  { weight: 2, arbitrary: anyCodePoints },
  { weight: 1, arbitrary: fc.constantFrom('NATO', 'EU', 'SCO', 'EAWU').chain((a) => fc.nat({ max: 50 }).map((n) => `${a} `.repeat(n))) },
);
const separator = fc.constantFrom(' ', '', '\n', '\r\n', '\u2028', '-', '"', '. ', ', ');
const text = fc
  .tuple(fc.array(piece, { maxLength: 25 }), fc.array(separator, { minLength: 1, maxLength: 25 }))
  .map(([pieces, seps]) => pieces.map((p, i) => p + (seps[i % seps.length] ?? '')).join(''));

/** A news sentence with noise spliced in at random places, so words get cut in the middle. */
const spliced = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 8 }))
  .map(([sentence, cuts]) =>
    cuts.reduce((acc, [at, noise]) => {
      const i = at % (acc.length + 1);
      return acc.slice(0, i) + noise + acc.slice(i);
    }, sentence),
  );

type Extractor = (document: Document) => Extraction;

function assertHealthy(body: string, lang: DocLang, run: Extractor = extract): void {
  const document = makeDocument(body, { lang, source: 'fuzz.txt' });
  const first = run(document);
  const problems = checkStructure(document, first);
  if (problems.length > 0) throw new Error(`fuzz: ${problems.slice(0, 3).join(' | ')}`);
  const second = run(makeDocument(body, { lang, source: 'fuzz.txt' }));
  if (JSON.stringify(first) !== JSON.stringify(second)) throw new Error('fuzz: two runs gave different output');
}

describe('extract() on random text', () => {
  it('never throws, keeps spans true, relation ends extracted, output deterministic', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), (body, lang) => assertHealthy(body, lang)),
      { seed: FUZZ.seed, numRuns: FUZZ.numRuns },
    );
  });
  it('survives news sentences with noise spliced into words', () => {
    fc.assert(
      fc.property(spliced, fc.constantFrom(...LANGS), (body, lang) => assertHealthy(body, lang)),
      { seed: FUZZ.seed + 1, numRuns: FUZZ.spliceRuns },
    );
  });
});

const HOSTILE: Array<[string, string]> = [
  ['empty', ''],
  ['only spaces and line ends', ' \n\r\n\u2028\u2029\t '.repeat(200)],
  ['200 KB without punctuation', 'Lukaschenko Belarus Kasachstan Putin Minsk NATO EU Gipfel '.repeat(3500).slice(0, 200_000)],
  ['200 KB of one word', 'a'.repeat(200_000)],
  ['only punctuation', '.,;:!?-–—()[]{}/\\*&%$#@'.repeat(2000)],
  ['only quotes', '„“”"\'«»‹›‚‘’'.repeat(2000)],
  ['unbalanced quotes', '„Belarus ist Partner, sagte er. "NATO und EU « Minsk ‹ Kasachstan'.repeat(300)],
  ['thousands of hyphens', `${'-'.repeat(10_000)}Belarus${'-'.repeat(10_000)}EU-NATO-SOZ-${'-'.repeat(5000)}`],
  ['hyphen compound chain', `${'belarussisch-kasachisch-'.repeat(2000)}Beziehungen`],
  ['repeated acronyms', 'NATO EU SCO SOZ EAWU GUS OVKS UN UNO WHO IOC FIFA UEFA BRICS OPEC ASEAN '.repeat(1500)],
  ['repeated dateline', 'MINSK, 3. Juli (BelTA) - '.repeat(2000)],
  ['lone surrogates everywhere', 'Belarus\ud800 Kasachstan\udc00 Minsk\ud83d'.repeat(500)],
  ['emoji and ZWJ between letters', 'B\u200de\u200dl\u200da\u200dr\u200du\u200ds 👩‍🚀 NATO🇪🇺 '.repeat(500)],
  ['combining marks storm', `Lukas${'\u0301'.repeat(5000)}chenko traf Tokajew.`],
  ['mixed scripts', 'Путин met 习近平 in القاهرة and Minsk; Lukaschenko sagte „Да“. '.repeat(400)],
  ['CRLF and U+2028 line ends', SENTENCES.join('\r\n') + '\u2028' + SENTENCES.join('\u2028\r\n')],
];

// One language per case (alternating) keeps the 200 KB inputs cheap; both languages are still covered.
describe('extract() on hostile fixed inputs', () => {
  it.each(HOSTILE.map(([label, body], i) => [label, (i % 2 === 0 ? 'de' : 'en') as DocLang, body] as const))(
    '%s (%s)',
    (_label, lang, body) => assertHealthy(body, lang),
    120_000,
  );
});

// The harness itself must be able to fail: broken fake extractors are caught.
describe('fuzz harness', () => {
  const entity = (document: Document, start: number, end: number, text: string): Extraction => ({
    documents: [document],
    entities: [{ id: 'country:x', name: 'X', type: 'Country', aliases: [], mentions: [{ doc: document.id, start, end, text }] }],
    relations: [],
    warnings: [],
  });
  let calls = 0;
  const broken: Array<[string, Extractor]> = [
    ['a span whose text is normalised', (d) => entity(d, 0, d.text.length, d.text.normalize('NFKC').toUpperCase())],
    ['a span past the end', (d) => entity(d, 0, d.text.length + 1, d.text)],
    ['output that changes between runs', (d) => ({ ...entity(d, 0, 0, ''), warnings: [{ code: 'run', message: String(calls++) }] })],
    ['a relation to a missing entity', (d) => ({
      ...entity(d, 0, 0, ''),
      relations: [{ id: 'r', type: 'MEMBER_OF', source: 'country:x', target: 'organization:y', confidence: 1, rule: 'r', evidence: [] }],
    })],
    ['a throw', () => { throw new Error('boom'); }],
  ];
  it.each(broken)('catches %s', (_label, fake) => {
    expect(() =>
      fc.assert(fc.property(text, (body) => assertHealthy(`Belarus ${body}`, 'de', fake)), { seed: FUZZ.seed, numRuns: 50 }),
    ).toThrow();
  });
});
