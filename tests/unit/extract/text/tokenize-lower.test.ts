import { tokenize } from '../../../../src/extract/text/tokenize.js';

// tokenize lowercases the whole text once and slices the words from it when that is the same as
// lowercasing each word by itself; these texts check both paths against the word-by-word result.
const TEXTS = [
  'Der Präsident ÜBER die GRÜNEN Äcker in Straße',
  'ΟΔΥΣΣΕΑΣ ΚΑΙ ΣΟΦΙΑ: Σ in the middle, ΣΑΣ.', // final sigma depends on the neighbours of Σ
  'İstanbul and İzmir, Diyarbakır', // İ lowercases to two UTF-16 units
  'Deseret 𐐀𐐁 and Ⅻ Roman ⅻ, ǅemal',
  "O'Neill's Kasachstan-Besuch, Siemens‐Energy",
  '',
];

describe('tokenize: lowercase forms', () => {
  test.each(TEXTS)('every word token of %j has lower = text.toLowerCase()', (text) => {
    for (const t of tokenize(text)) {
      if (t.kind === 'word') expect(t.lower).toBe(t.text.toLowerCase());
      else expect(t.lower).toBe(t.text);
    }
  });

  test('a range of the text gives the tokens of that range with their own lowercase forms', () => {
    const text = 'ÄRGER über Σ und ΣΑΣ in BERLIN';
    const from = text.indexOf('über');
    const tokens = tokenize(text, from, text.length - 3);
    expect(tokens.map((t) => t.text)).toEqual(['über', 'Σ', 'und', 'ΣΑΣ', 'in', 'BER']);
    for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase());
  });

  test('the lowercase form differs from the text for capitalised words (not the text copied)', () => {
    const [word] = tokenize('MINSK');
    expect(word!.lower).toBe('minsk');
    expect(word!.text).toBe('MINSK');
  });
});
