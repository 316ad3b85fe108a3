// makeDocument: the id is the first 16 hex chars of the text's sha256, the text is kept as given.

import { documentId, langFromFileName, makeDocument } from '../../helpers/document.js';

describe('makeDocument', () => {
  it('hashes the text to a 16-char hex id', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(documentId('abc')).toBe('ba7816bf8f01cfea');
    expect(documentId('abd')).not.toBe(documentId('abc'));
  });
  it('keeps the text byte for byte and takes lang and source', () => {
    const text = '\uFEFF Zeile\r\nzwei\u2028';
    const doc = makeDocument(text, { lang: 'de', source: 'x.de.txt' });
    expect(doc).toEqual({ id: documentId(text), source: 'x.de.txt', lang: 'de', text });
  });
  it.each([
    ['a/b/seed.de.txt', 'de'],
    ['c.en.txt', 'en'],
    ['c.fr.txt', 'und'],
    ['c.en.expected.json', 'und'],
  ])('lang of %s is %s', (path, lang) => expect(langFromFileName(path)).toBe(lang));
});
