// Shortcuts of the finders (shared helpers, the sports-text test) must answer what the full computation answers.
import { isSpacedOnce } from '../../../../src/extract/mentions/context.js';
import { SPORTS_WORDS } from '../../../../src/extract/mentions/clubs.js';
import { tokenize } from '../../../../src/extract/text/tokenize.js';

const regexVersion = (s: string): boolean => s.replace(/\s+/g, ' ').trim() === s;

describe('isSpacedOnce', () => {
  const CASES = [
    'Jane Doe', 'Jane', '', ' ', 'Jane  Doe', ' Jane', 'Jane ', 'Jane\tDoe', 'Jane\u00a0Doe', 'Jane\u2009Doe', 'Jane\nDoe',
    'Jane \u3000Doe', 'A B C', 'A  B', 'Ölçek Doğan', 'x\u0085y', 'x\ufeffy', 'x\u200by', '\ud800 x', 'a b ',
  ];
  test.each(CASES)('%j as the regex says', (s) => {
    expect(isSpacedOnce(s)).toBe(regexVersion(s));
  });

  test('generated strings of words, spaces and other white space', () => {
    const pieces = ['a', 'Bé', ' ', '  ', '\t', '\u00a0', '\u2028', '\u1680', '-', '\u0301', '\ud83d\ude00'];
    let seed = 7;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    let spaced = 0;
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let j = next(6); j >= 0; j--) s += pieces[next(pieces.length)];
      expect(isSpacedOnce(s)).toBe(regexVersion(s));
      if (isSpacedOnce(s)) spaced++;
    }
    expect(spaced).toBeGreaterThan(100);
    expect(spaced).toBeLessThan(1900);
  });
});

describe('the sports-text test by words (clubs.ts)', () => {
  // findClubs scans the text with SPORTS_WORDS only when some word of it matches: that must never
  // skip a text the scan would match.
  test.each([
    'Der Tor-Jäger traf.', 'Ein Tor.', 'Tor_1 fiel', 'TEAMS und Mannschaften', 'Fußball-WM', 'Bundesliga', 'the cupboard',
    'Kelvin \u212Aup', 'Der \u017Fpieler', 'Matches, signed!', 'keine Treffer hier', 'Torwart', 'Motor', 'o\u0301tor',
  ])('a match in %j is a match in one of its words', (text) => {
    const words = tokenize(text).filter((t) => t.kind === 'word');
    if (SPORTS_WORDS.test(text)) expect(words.some((t) => SPORTS_WORDS.test(t.text))).toBe(true);
  });

  test('generated texts', () => {
    const pieces = ['tor', 'Tor', 'team', 'TEAM', 'cup', ' ', '-', '_', "'", '.', 'ß', 'x', '1', 'ſ', '\u212A', 'liga', 'é'];
    let seed = 99;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    let matched = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = next(6); j >= 0; j--) text += pieces[next(pieces.length)];
      if (!SPORTS_WORDS.test(text)) continue;
      matched++;
      expect(tokenize(text).some((t) => t.kind === 'word' && SPORTS_WORDS.test(t.text))).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});
