import { deriveTitle, looksLikeHeading } from '../../../src/ingest/title.js';

describe('deriveTitle', () => {
  test.each([
    ['a heading line', 'Lukashenko visits Astana\n\nMINSK, 3 July (BelTA) - The president arrived.', 'Lukashenko visits Astana'],
    ['heading after blank lines', '\n\n  Belarus and Kazakhstan  \nText follows here.', 'Belarus and Kazakhstan'],
    ['first sentence when the first line ends with a period', 'The president arrived in Astana. He met the leaders.', 'The president arrived in Astana.'],
    ['a date "3. Juli" is not a sentence end; the dateline is dropped', 'MINSK, 3. Juli (BelTA) - Der Präsident ist da. Dann mehr.', 'Der Präsident ist da.'],
    ['English dateline', 'WASHINGTON, July 3 (Reuters) – The talks ended. More.', 'The talks ended.'],
    ['dateline without a date', 'BERLIN (dpa) - Die Regierung tagt. Mehr.', 'Die Regierung tagt.'],
    ['capitals that are no dateline stay', 'NATO (the alliance) and others met today. More.', 'NATO (the alliance) and others met today.'],
    ['an initial "A. Lukaschenko" is not a sentence end', 'Gestern sagte A. Lukaschenko etwas. Dann mehr.', 'Gestern sagte A. Lukaschenko etwas.'],
    ['question mark', 'Is this the end? Perhaps not.', 'Is this the end?'],
  ])('%s', (_name, text, expected) => {
    expect(deriveTitle(text)).toBe(expected);
  });

  test('a long first sentence is cut at a word boundary near 100 characters', () => {
    const sentence = `${'Lorem ipsum dolor sit amet '.repeat(8)}end.`;
    const title = deriveTitle(sentence) ?? '';
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title.endsWith('…')).toBe(true);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.slice(-2, -1)).not.toBe(' ');
  });

  test('runs of white space of any kind become one space, in headings and in first sentences', () => {
    expect(deriveTitle('Belarus\tand  Kazakhstan\u00a0meet\u2003again\nText.')).toBe('Belarus and Kazakhstan meet again');
    expect(deriveTitle('The  talks\u00a0ended\tin Astana. More.')).toBe('The talks ended in Astana.');
  });

  test('a heading is the trimmed line with every white-space run collapsed (random lines)', () => {
    const parts = ['a', 'Wort', 'ß', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', 'Ä', '1', '-'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      let line = 'X';
      while (line.length < 60) line += parts[next() % parts.length];
      expect(deriveTitle(`${line}\nbody.`)).toBe(line.trim().replace(/\s+/g, ' '));
    }
  });

  test('no words -> undefined', () => {
    expect(deriveTitle('  \n \n')).toBeUndefined();
  });

  test.each([
    ['Short heading', true],
    ['Ends with a period.', false],
    ['Ends with a colon:', false],
    ['x'.repeat(101), false],
  ])('looksLikeHeading(%s) -> %s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });
});
