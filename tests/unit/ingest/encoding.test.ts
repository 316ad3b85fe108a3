import { MAY_CHANGE_IN_NFC, decodeBytes, looksBinary, normalizeText } from '../../../src/ingest/encoding.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('looksBinary', () => {
  test.each([
    ['plain ASCII', Buffer.from('Hello world.\nSecond line\twith tab.\r\n'), false],
    ['UTF-8 umlauts', Buffer.from('Grüße aus Köln: Straße.'), false],
    ['Windows-1252 bytes', bytes(0x66, 0xfc, 0x72, 0x20, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65), false],
    ['empty', bytes(), false],
    ['one NUL byte', Buffer.concat([Buffer.from('text text text'), bytes(0), Buffer.from('more')]), true],
    ['UTF-16 text (NULs)', Buffer.from('Hello', 'utf16le'), true],
    ['mostly control characters', bytes(1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42), true],
    ['PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), true],
  ])('%s -> %s', (_name, input, expected) => {
    expect(looksBinary(input)).toBe(expected);
  });
});

describe('decodeBytes', () => {
  test('valid UTF-8 is read as UTF-8 and the BOM is removed', () => {
    const result = decodeBytes(Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('Präsident')]));
    expect(result).toEqual({ text: 'Präsident', encoding: 'utf-8', fallback: false });
  });
  test('invalid UTF-8 falls back to Windows-1252', () => {
    // "für „Basar“ €5" in Windows-1252
    const result = decodeBytes(bytes(0x66, 0xfc, 0x72, 0x20, 0x84, 0x42, 0x61, 0x73, 0x61, 0x72, 0x93, 0x20, 0x80, 0x35));
    expect(result.fallback).toBe(true);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('für „Basar“ €5');
  });
  test('a declared charset wins over guessing', () => {
    expect(decodeBytes(bytes(0x66, 0xfc, 0x72), 'iso-8859-1')).toMatchObject({ text: 'für', fallback: false });
  });
  test('an unknown declared charset is ignored', () => {
    expect(decodeBytes(Buffer.from('für'), 'x-klingon')).toMatchObject({ text: 'für', encoding: 'utf-8' });
  });
});

describe('normalizeText', () => {
  test.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['BOM', '\uFEFFabc', 'abc'],
    ['NFD to NFC', 'Mu\u0308ller', 'Müller'],
    ['nothing else changes', '  Zwei  Leerzeichen\t„Zitat“ -- ok  \n\n', '  Zwei  Leerzeichen\t„Zitat“ -- ok  \n\n'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('MAY_CHANGE_IN_NFC: a text of the other units is NFC already', () => {
  const units: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const unit = String.fromCharCode(code);
    if (!MAY_CHANGE_IN_NFC.test(unit)) units.push(unit);
  }

  test('the units it passes: Latin-1 and its extensions, the dashes and quotation marks, the euro sign', () => {
    expect(units).toContain('ü');
    expect(units).toContain('„');
    expect(units).toContain('€');
    expect(MAY_CHANGE_IN_NFC.test('\u0308')).toBe(true);
    expect(MAY_CHANGE_IN_NFC.test('\u2126')).toBe(true);
  });

  test('every such unit and every pair of them is unchanged by NFC', () => {
    for (const a of units) {
      expect(a.normalize('NFC')).toBe(a);
      // All pairs in one string per first unit: a change anywhere shows in the whole.
      const pairs = units.map((b) => a + b + ' ').join('');
      expect(pairs.normalize('NFC') === pairs).toBe(true);
    }
  });

  test('normalizeText equals its definition (BOM, CR, NFC by regular expressions)', () => {
    const definition = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
    for (const text of ['', '\uFEFF', '\uFEFF\uFEFFa', 'a\r', '\r\n\r', 'Mu\u0308ller\r\n', 'Ω \u2126', 'Łódź „Zitat“ – 5 €', 'A\u030a', 'e\u0301\r\nx'])
      expect(normalizeText(text)).toBe(definition(text));
  });
});
