import { tokenize, isAllCaps } from '../../../../src/extract/text/tokenize.js';

describe('tokenize', () => {
  const cases: Array<[string, string[]]> = [
    ['SOZ-Gipfels in Astana.', ['SOZ-Gipfels:word', 'in:word', 'Astana:word', '.:punct']],
    ['belarussisch-kasachischen', ['belarussisch-kasachischen:word']],
    ['Jugend- und Kulturaustauschs', ['Jugend:word', '-:punct', 'und:word', 'Kulturaustauschs:word']],
    ['3. Juli 12.05.2024', ['3:number', '.:punct', 'Juli:word', '12.05.2024:number']],
    ['1,5 Mio. Dollar', ['1,5:number', 'Mio:word', '.:punct', 'Dollar:word']],
    ['„Basar“ «x» "y"', ['„:quote', 'Basar:word', '“:quote', '«:quote', 'x:word', '»:quote', '":quote', 'y:word', '":quote']],
    ["Belarus's O’Neill", ["Belarus's:word", 'O’Neill:word']],
    ['Минск Αθήνα 日本', ['Минск:word', 'Αθήνα:word', '日本:word']],
    ['€ 5 %', ['€:symbol', '5:number', '%:symbol']],
    ['', []],
    ['   \n\t', []],
  ];
  test.each(cases)('%s', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => `${t.text}:${t.kind}`)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('flags capitalised words and keeps umlauts in the lowercase form', () => {
    const [a, b] = tokenize('Österreich ärgert');
    expect(a).toMatchObject({ upper: true, lower: 'österreich' });
    expect(b).toMatchObject({ upper: false, lower: 'ärgert' });
  });

  test('astral characters keep correct offsets', () => {
    const text = '😀 Minsk 𝐀';
    const minsk = tokenize(text).find((t) => t.text === 'Minsk');
    expect(minsk && text.slice(minsk.start, minsk.end)).toBe('Minsk');
  });

  test.each([['𝟎𝟏 x'], ['\ud835'], ['\udc00a'], ['a\ud800'], ['𝐀𝐁𝐂 1𝟐']])('terminates and covers astral and lone surrogate input %#', (text) => {
    const tokens = tokenize(text);
    for (const t of tokens) {
      expect(t.end).toBeGreaterThan(t.start);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s/gu, ''));
  });

  test('offsets are relative to the whole text when a range is given', () => {
    const tokens = tokenize('aa bb cc', 3, 5);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ text: 'bb', start: 3, end: 5 });
  });

  test.each([['NATO', true], ['SOZ', true], ['BelTA', false], ['A', false], ['Minsk', false]])('isAllCaps(%s)', (w, expected) => {
    expect(isAllCaps(w)).toBe(expected);
  });
});
