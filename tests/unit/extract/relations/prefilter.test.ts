// The relation stage's speed-ups must not change what it finds: the prefilter (rule plan by cue
// word, slot types, start tokens) against running every rule at every token, on the golden
// articles, the seed and generated corpus articles; and no state leaks from one document to the next.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, loadCorpusNames } from '../../../../scripts/bench/corpus.js';
import { analyze } from '../../../../src/extract/analyze.js';
import { extract } from '../../../../src/extract/extract.js';
import { findRelations } from '../../../../src/extract/relations/index.js';
import type { AnalyzedDocument } from '../../../../src/extract/pipeline-types.js';
import type { DocLang, Document } from '../../../../src/types.js';
import { langFromFileName, makeDocument } from '../../../helpers/document.js';

const ROOT = join(__dirname, '../../../..');

function documents(): Array<[string, Document]> {
  const files = [
    ...readdirSync(join(ROOT, 'tests/fixtures/articles')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'tests/fixtures/articles', f)),
    join(ROOT, 'seeds/belta-belarus-kazakhstan.de.txt'),
  ];
  const out: Array<[string, Document]> = files.map((f) => [f.slice(ROOT.length + 1), makeDocument(readFileSync(f, 'utf8'), { lang: langFromFileName(f), source: f })]);
  const names = loadCorpusNames();
  const long: string[] = [];
  for (let i = 0; i < 24; i++) {
    const a = generateArticle(i, names, 7);
    out.push([a.name, makeDocument(a.text, { lang: a.lang, source: a.name })]);
    if (a.lang === 'de') long.push(a.text);
  }
  // Language undetermined (every rule active) and one long document.
  out.push(['seed as und', makeDocument(readFileSync(files[files.length - 1]!, 'utf8'), { lang: 'und' as DocLang })]);
  out.push(['long de', makeDocument(long.join('\n'), { lang: 'de' })]);
  return out;
}

const DOCS = documents();
const ANALYZED: Array<[string, AnalyzedDocument]> = DOCS.map(([name, d]) => [name, analyze(d)]);

describe('relation prefilter', () => {
  it.each(ANALYZED)('finds exactly what running every rule at every token finds: %s', (_name, doc) => {
    const fast = findRelations(doc);
    const exhaustive = findRelations(doc, { exhaustive: true });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(exhaustive));
  });

  it('is checked on documents that do have relations', () => {
    const total = ANALYZED.reduce((n, [, doc]) => n + findRelations(doc).relations.length, 0);
    expect(total).toBeGreaterThan(50);
  });

  it('a missing cue word rules a relation out, with or without the prefilter', () => {
    const doc = analyze(makeDocument('Kasachstan ist Mitglied der SOZ.', { lang: 'de' }));
    const without = analyze(makeDocument('Kasachstan ist Nachbar der SOZ.', { lang: 'de' }));
    const types = (d: AnalyzedDocument, exhaustive: boolean): string[] => findRelations(d, { exhaustive }).relations.map((r) => r.type);
    expect(types(doc, false)).toContain('MEMBER_OF');
    expect(types(doc, true)).toContain('MEMBER_OF');
    expect(types(without, false)).not.toContain('MEMBER_OF');
    expect(types(without, true)).not.toContain('MEMBER_OF');
  });
});

describe('requirements beyond cue words', () => {
  const relations = (text: string, exhaustive: boolean): string[] =>
    findRelations(analyze(makeDocument(text, { lang: 'de' })), { exhaustive }).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

  it('a bracket the pattern needs is required: found with it, not without it, as without the prefilter', () => {
    const withBrackets = 'Friedrich Merz (CDU) sagte am Montag in Berlin, die Lage sei ernst.';
    const without = 'Friedrich Merz, CDU, sagte am Montag in Berlin, die Lage sei ernst.';
    expect(relations(withBrackets, false)).toEqual(relations(withBrackets, true));
    expect(relations(withBrackets, false).some((r) => r.startsWith('MEMBER_OF person:friedrich-merz'))).toBe(true);
    expect(relations(without, false)).toEqual(relations(without, true));
    expect(relations(without, false).some((r) => r.startsWith('MEMBER_OF person:friedrich-merz organization:'))).toBe(false);
  });

  it('sentences without a mention are skipped without losing what the others give', () => {
    const text = 'Es regnete. Kasachstan ist Mitglied der SOZ. Danach wurde es still.';
    expect(relations(text, false)).toEqual(relations(text, true));
    expect(relations(text, false).some((r) => r.startsWith('MEMBER_OF country:kazakhstan'))).toBe(true);
  });
});

describe('extract() keeps no state between documents', () => {
  it('gives the same bytes for a document before and after others', () => {
    const [first, ...rest] = DOCS.map(([, d]) => d);
    const before = JSON.stringify(extract(first!));
    for (const d of rest) extract(d);
    expect(JSON.stringify(extract(first!))).toBe(before);
    expect(JSON.stringify(extract(rest[rest.length - 1]!))).toBe(JSON.stringify(extract(rest[rest.length - 1]!)));
  });
});
