import { scoreLanguage } from '../../../src/ingest/language.js';

/** The definition scoreLanguage implements without a regex: runs of \p{L} in the lowercased text. */
function reference(text: string, de: ReadonlySet<string>, en: ReadonlySet<string>): { de: number; en: number; words: number } {
  const score = { de: 0, en: 0, words: 0 };
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    score.words += 1;
    if (de.has(m[0])) score.de += 1;
    if (en.has(m[0])) score.en += 1;
  }
  return score;
}

const DE = new Set(['der', 'die', 'das', 'und', 'über', 'bereits']);
const EN = new Set(['the', 'and', 'of', 'which']);

describe('scoreLanguage', () => {
  test.each([
    'Der Präsident und die Delegation trafen sich über das Wochenende bereits in Minsk.',
    'The president of Kazakhstan and the delegation, which arrived on Monday.',
    'DIE Straße, THE end; x\u0301y ǅz 𝔸𝔹 d İthe',
    '12 345 -- ... !!!',
    '',
  ])('counts words and function words of %j like the regex definition', (text) => {
    const got = scoreLanguage(text);
    const want = reference(text, DE, EN);
    expect(got.words).toBe(want.words);
    // The real lists are longer; every word of DE and EN is in them.
    expect(got.de).toBeGreaterThanOrEqual(want.de);
    expect(got.en).toBeGreaterThanOrEqual(want.en);
  });

  test('a word glued to a combining mark or digits splits like \\p{L}+ does', () => {
    expect(scoreLanguage('der2die').words).toBe(2);
    expect(scoreLanguage('the\u0301and').words).toBe(2);
    expect(scoreLanguage('the\u0301and').en).toBe(2);
  });

  test('long words are counted but never taken for function words', () => {
    expect(scoreLanguage('derdiedasundthe')).toEqual({ de: 0, en: 0, words: 1 });
  });
});
