import { WordTable, tokenize, tokenizeWords, type TableWord } from '../../../../src/extract/text/tokenize.js';

// tokenizeWords must give exactly tokenize's tokens, with one shared pair of strings per distinct
// token text from the table, whatever the text (scripts, surrogates, case mappings that change length).
const TEXTS = [
  'SOZ-Gipfels in Astana. Der Präsident ÜBER die GRÜNEN Äcker in Straße',
  'ΟΔΥΣΣΕΑΣ ΚΑΙ ΣΟΦΙΑ: Σ in the middle, ΣΑΣ.',
  'İstanbul and İzmir, Diyarbakır; İ alone',
  'Deseret 𐐀𐐁 and Ⅻ Roman ⅻ, ǅemal 𝟎𝟏 x \ud835 a\ud800',
  "O'Neill's Kasachstan-Besuch, Siemens‐Energy „Basar“ «x» \"y\" € 5 % 12.05.2024 1,5",
  'Wirtschaftsministerium Wirtschaftsministerium Kooperationspotenzial a a A',
  '',
  '  \n\t ',
];

interface Entry extends TableWord {
  made: number;
}

function table(limit?: number): { table: WordTable<Entry>; made: string[] } {
  const made: string[] = [];
  const t = new WordTable<Entry>((text, lower) => {
    made.push(text);
    return { text, lower, made: made.length };
  }, limit);
  return { table: t, made };
}

describe('tokenizeWords', () => {
  test.each(TEXTS)('gives the tokens of tokenize for %j', (text) => {
    const { table: t } = table();
    const words: Entry[] = [];
    const tokens = tokenizeWords(text, t, words);
    expect(tokens).toEqual(tokenize(text));
    tokens.forEach((token, k) => {
      expect(words[k]!.text).toBe(token.text);
      expect(words[k]!.lower).toBe(token.lower);
    });
  });

  test('makes one entry per distinct token text and shares its strings', () => {
    const { table: t, made } = table();
    const words: Entry[] = [];
    const text = 'Bank bank Bank, Bank.';
    const tokens = tokenizeWords(text, t, words);
    expect(made.sort()).toEqual([',', '.', 'Bank', 'bank']);
    expect(words[0]).toBe(words[2]);
    expect(words[0]).not.toBe(words[1]);
    expect(tokens[0]!.lower).toBe('bank');
    expect(tokens[1]!.upper).toBe(false);
    expect(t.size).toBe(2); // one-character tokens are kept apart from the hash table
  });

  test('keeps entries across texts and finds them again after the table grows', () => {
    const { table: t, made } = table();
    const many = Array.from({ length: 5000 }, (_, k) => `w${k}x`).join(' ');
    tokenizeWords(many, t, []);
    const before = made.length;
    const words: Entry[] = [];
    tokenizeWords('w17x w4999x neu', t, words);
    expect(made.length).toBe(before + 1);
    expect(words.map((w) => w.text)).toEqual(['w17x', 'w4999x', 'neu']);
  });

  test('starts afresh after its limit and still gives the same tokens', () => {
    const { table: t, made } = table(3);
    const text = 'eins zwei drei vier fünf eins zwei drei vier fünf';
    const words: Entry[] = [];
    expect(tokenizeWords(text, t, words)).toEqual(tokenize(text));
    expect(made.length).toBeGreaterThan(5);
    expect(words.map((w) => w.text)).toEqual(text.split(' '));
  });

  test('a reused words array is overwritten from the start, the rest left alone', () => {
    const { table: t } = table();
    const words: Entry[] = [];
    tokenizeWords('a b c d', t, words);
    const stale = words[3];
    tokenizeWords('x y', t, words);
    expect(words[0]!.text).toBe('x');
    expect(words[1]!.text).toBe('y');
    expect(words[3]).toBe(stale);
  });

  test('gives the tokens of tokenize for generated texts (ASCII words next to hyphens, apostrophes, accents, digits)', () => {
    const pieces = ['abc', 'X', 'z9', '-', '‐', "'", '’', 'é', 'Ü', 'ß', '1', '2.5', ' ', ',', '.', '—', '„', '𝔸', 'İ', 'Σ', '\u0301', '\n'];
    let seed = 12345;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const { table: t } = table();
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let j = next(14); j >= 0; j--) text += pieces[next(pieces.length)];
      const words: Entry[] = [];
      const tokens = tokenizeWords(text, t, words);
      expect(tokens).toEqual(tokenize(text));
      tokens.forEach((token, i) => expect(words[i]!.text).toBe(token.text));
    }
  });

  test('long words are stored as their own strings, equal to the text', () => {
    const { table: t } = table();
    const text = 'Kooperationsvereinbarungen';
    const [token] = tokenizeWords(text, t, []);
    expect(token!.text).toBe(text);
    expect(token!.lower).toBe(text.toLowerCase());
  });

  test('tells apart texts of every length that differ in one unit, short (kept in their slot) and long', () => {
    const { table: t, made } = table();
    const texts: string[] = [];
    for (let len = 2; len <= 24; len++) {
      const base = 'abcdefghijklmnopqrstuvwxyz'.slice(0, len);
      texts.push(base);
      // One unit changed at each position, to another letter and to a letter above 0x7fff (the packed int's sign bit).
      for (let k = 0; k < len; k++) texts.push(base.slice(0, k) + 'Z' + base.slice(k + 1), base.slice(0, k) + '\uac00' + base.slice(k + 1));
    }
    for (const text of texts) expect(tokenizeWords(text, t, []).length).toBe(1);
    // One entry per text, made on its first sight only, and each text found again as its own entry.
    expect(made).toEqual(texts);
    for (const text of texts) {
      const again: Entry[] = [];
      tokenizeWords(text, t, again);
      expect(again[0]!.text).toBe(text);
    }
    expect(made.length).toBe(texts.length);
    // The same texts under one hash: every look-up compares units with each entry of its length.
    const { table: same, made: madeSame } = table();
    for (const text of texts) expect(same.word(text, 0, text.length, true, 7).text).toBe(text);
    for (const text of texts) expect(same.word(` ${text}`, 1, text.length + 1, true, 7).text).toBe(text);
    expect(madeSame).toEqual(texts);
  });
});
