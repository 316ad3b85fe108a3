import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isKgError, type ErrorCode } from '../../../src/errors.js';
import { readDocument, readInputs, type ReadOptions } from '../../../src/ingest/read-document.js';

const options: ReadOptions = { maxFileBytes: 1024 * 1024, fetchTimeoutMs: 2000 };
const german = 'Der Präsident von Belarus hat am Mittwoch die Hauptstadt von Kasachstan besucht. Er sagte, dass die Zusammenarbeit mit dem Land für beide Seiten wichtig ist.';
const english = 'The president of Belarus visited the capital of Kazakhstan on Wednesday. He said that the cooperation with the country is important for both sides.';

let dir: string;
const file = (name: string, content: string | Uint8Array): string => {
  const target = path.join(dir, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function codeOf(promise: Promise<unknown>): Promise<ErrorCode | 'none'> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    if (isKgError(error)) return error.code;
    throw error;
  }
}

describe('readDocument: a good file', () => {
  test('id is the first 16 hex chars of sha256(text); source is the path as given; lang detected; title from the first sentence', async () => {
    const source = file('a.de.txt', german);
    const { document, warnings } = await readDocument(source, options);
    expect(document.id).toBe(createHash('sha256').update(german).digest('hex').slice(0, 16));
    expect(document.source).toBe(source);
    expect(document.lang).toBe('de');
    expect(document.title).toBe('Der Präsident von Belarus hat am Mittwoch die Hauptstadt von Kasachstan besucht.');
    expect(document.text).toBe(german);
    expect(warnings).toEqual([]);
  });

  test('BOM, CRLF and NFD are normalised; nothing else', async () => {
    const raw = `\uFEFFTitle Line\r\n\r\nMu\u0308ller said:  the  text   stays.\r\n`;
    const { document } = await readDocument(file('b.txt', raw), { ...options, lang: 'en' });
    expect(document.text).toBe('Title Line\n\nMüller said:  the  text   stays.\n');
    expect(document.title).toBe('Title Line');
    expect(document.lang).toBe('en');
  });

  test('id is the hash of the text as read, whether or not it was normalised (the bytes of an unchanged UTF-8 file stand for it)', async () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const cases: Array<[string, string | Uint8Array, string]> = [
      ['as is.txt', 'Grüße „aus“ Köln – 5 €.', 'Grüße „aus“ Köln – 5 €.'],
      ['bom.txt', '\uFEFFGrüße aus Köln.', 'Grüße aus Köln.'],
      ['crlf.txt', 'Grüße\r\naus Köln.', 'Grüße\naus Köln.'],
      ['nfd.txt', 'Mu\u0308ller', 'Müller'],
      ['cp1252.txt', Uint8Array.from([0x66, 0xfc, 0x72, 0x20, 0x4b, 0xf6, 0x6c, 0x6e]), 'für Köln'],
      ['page.md', '# Grüße aus Köln', 'Grüße aus Köln'],
    ];
    for (const [name, content, text] of cases) {
      const { document } = await readDocument(file(name, content), { ...options, lang: 'de' });
      expect(document.text).toBe(text);
      expect(document.id).toBe(sha(text));
    }
  });

  test('--lang forces the language', async () => {
    const { document, warnings } = await readDocument(file('c.txt', english), { ...options, lang: 'de' });
    expect(document.lang).toBe('de');
    expect(warnings).toEqual([]);
  });

  test('Markdown markup is dropped', async () => {
    const { document } = await readDocument(file('d.md', `# Belarus and Kazakhstan\n\n${english.replace('president', '**president**')}\n`), options);
    expect(document.text).toBe(`Belarus and Kazakhstan\n\n${english}`);
    expect(document.title).toBe('Belarus and Kazakhstan');
    expect(document.lang).toBe('en');
  });

  test('HTML: article text and the page title', async () => {
    const html = `<html><head><title>Visit to Astana</title><script>evil()</script></head><body><nav>Home News</nav><article><p>${english}</p><p>${english}</p></article></body></html>`;
    const { document } = await readDocument(file('e.html', html), options);
    expect(document.title).toBe('Visit to Astana');
    expect(document.text).toBe(`${english}\n${english}`);
    expect(document.text).not.toContain('evil');
  });

  test('Windows-1252 is decoded with a warning', async () => {
    const bytes = Buffer.from('Der Präsident für Belarus und die Straße in Minsk sind nicht weit von der Grenze.', 'latin1');
    const { document, warnings } = await readDocument(file('f.txt', bytes), options);
    expect(document.text).toContain('Präsident für Belarus und die Straße');
    expect(warnings).toEqual([expect.objectContaining({ code: 'ENCODING_FALLBACK', doc: document.id })]);
  });

  test('a language that is neither German nor English gives a warning and lang "und"', async () => {
    const { document, warnings } = await readDocument(file('g.txt', 'Президент Беларуси Александр Лукашенко считает потенциал сотрудничества огромным.'), options);
    expect(document.lang).toBe('und');
    expect(warnings.map((w) => w.code)).toEqual(['LANG_UNSUPPORTED']);
  });
});

describe('readDocument: bad input', () => {
  test.each<[string, () => string, ErrorCode, Partial<ReadOptions>]>([
    ['missing path', () => path.join(dir, 'missing.txt'), 'INPUT_NOT_FOUND', {}],
    ['empty file', () => file('empty.txt', ''), 'INPUT_EMPTY', {}],
    ['whitespace only', () => file('blank.txt', ' \n\t\r\n  '), 'INPUT_EMPTY', {}],
    ['HTML without text', () => file('blank.html', '<html><body><script>x()</script></body></html>'), 'INPUT_EMPTY', {}],
    ['binary with NUL', () => file('bin.txt', Buffer.from([0x41, 0x00, 0x42, 0x43])), 'INPUT_BINARY', {}],
    ['unsupported extension', () => file('doc.pdf', '%PDF-1.4'), 'INPUT_UNSUPPORTED', {}],
    ['too large', () => file('big.txt', 'x'.repeat(2048)), 'INPUT_TOO_LARGE', { maxFileBytes: 1024 }],
    ['a directory', () => (fs.mkdirSync(path.join(dir, 'sub')), path.join(dir, 'sub')), 'INPUT_UNSUPPORTED', {}],
    ['a directory named like a text file', () => (fs.mkdirSync(path.join(dir, 'sub.txt')), path.join(dir, 'sub.txt')), 'INPUT_UNSUPPORTED', {}],
  ])('%s', async (_name, make, code, extra) => {
    await expect(codeOf(readDocument(make(), { ...options, ...extra }))).resolves.toBe(code);
  });

  test('messages are one line and say what to do', async () => {
    const error = await readDocument(path.join(dir, 'missing.txt'), options).catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/^ingest: .+ does not exist\. Check the path\.$/);
  });

  test('a directory named like a text file says it is a directory', async () => {
    fs.mkdirSync(path.join(dir, 'sub.txt'));
    const error = await readDocument(path.join(dir, 'sub.txt'), options).catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/^ingest: .+ is a directory\. /);
  });

  test('a dangling symlink and a path through a file are INPUT_NOT_FOUND, never a crash', async () => {
    const link = path.join(dir, 'gone.txt');
    fs.symlinkSync(path.join(dir, 'missing-target.txt'), link);
    await expect(codeOf(readDocument(link, options))).resolves.toBe('INPUT_NOT_FOUND');
    const plain = file('plain.txt', english);
    await expect(codeOf(readDocument(path.join(plain, 'inner.txt'), options))).resolves.toBe('INPUT_NOT_FOUND');
  });

  test('a file at exactly the size limit is accepted', async () => {
    const text = `${english} `.repeat(4).slice(0, 512);
    await expect(readDocument(file('edge.txt', text), { ...options, maxFileBytes: Buffer.byteLength(text) })).resolves.toBeDefined();
  });
});

describe('readInputs', () => {
  test('a directory gives its supported files in sorted order, not recursively, skipping hidden and other files', async () => {
    file('b.txt', `${english} B`);
    file('a.md', `${english} A`);
    file('c.html', `<p>${english} C</p>`);
    file('.hidden.txt', english);
    file('notes.pdf', 'x');
    file('sub/deep.txt', english);
    const result = await readInputs([dir], options);
    expect(result.documents.map((d) => path.basename(d.source))).toEqual(['a.md', 'b.txt', 'c.html']);
    expect(result.failures).toEqual([]);
  });

  test('one bad input does not stop the others; failures keep input order', async () => {
    const good = file('good.txt', english);
    const empty = file('empty.txt', '');
    const result = await readInputs([path.join(dir, 'nope.txt'), good, empty], options);
    expect(result.documents.map((d) => d.source)).toEqual([good]);
    expect(result.failures.map((f) => f.error.code)).toEqual(['INPUT_NOT_FOUND', 'INPUT_EMPTY']);
  });

  test('a directory without supported files -> NO_SUPPORTED_FILES', async () => {
    file('x.pdf', 'x');
    const result = await readInputs([dir], options);
    expect(result.failures.map((f) => f.error.code)).toEqual(['NO_SUPPORTED_FILES']);
  });
});

describe('readDocument: URLs (a local server)', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/article.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<html><head><title>Visit</title></head><body><nav>Menu</nav><article><p>${english}</p></article></body></html>`);
      } else if (req.url === '/latin1') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
        res.end(Buffer.from(`Für ${german}`, 'latin1'));
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 1500);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('HTML page: main text, title, source is the URL', async () => {
    const { document } = await readDocument(`${base}/article.html`, options);
    expect(document).toMatchObject({ source: `${base}/article.html`, title: 'Visit', text: english, lang: 'en' });
  });
  test('declared charset is used', async () => {
    const { document, warnings } = await readDocument(`${base}/latin1`, options);
    expect(document.text.startsWith('Für Der Präsident')).toBe(true);
    expect(warnings).toEqual([]);
  });
  test('HTTP 404 -> FETCH_FAILED', async () => {
    await expect(codeOf(readDocument(`${base}/missing`, options))).resolves.toBe('FETCH_FAILED');
  });
  test('timeout -> FETCH_FAILED', async () => {
    await expect(codeOf(readDocument(`${base}/slow`, { ...options, fetchTimeoutMs: 200 }))).resolves.toBe('FETCH_FAILED');
  });
  test('refused connection -> FETCH_FAILED', async () => {
    await expect(codeOf(readDocument('http://127.0.0.1:1/x', options))).resolves.toBe('FETCH_FAILED');
  });
  test('body over the size limit -> INPUT_TOO_LARGE', async () => {
    await expect(codeOf(readDocument(`${base}/article.html`, { ...options, maxFileBytes: 50 }))).resolves.toBe('INPUT_TOO_LARGE');
  });
});

describe('readDocument: a URL that streams more than the limit without content-length', () => {
  test('stops reading and reports INPUT_TOO_LARGE', async () => {
    let sent = 0;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => {
        sent += 4096;
        if (!res.write('x'.repeat(4096)) || sent > 4 * 1024 * 1024) {
          clearInterval(timer);
          res.end();
        }
      }, 1);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big`;
    try {
      await expect(codeOf(readDocument(url, { ...options, maxFileBytes: 20_000 }))).resolves.toBe('INPUT_TOO_LARGE');
      expect(sent).toBeLessThan(4 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
