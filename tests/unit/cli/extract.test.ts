// `kg extract` end to end: in-process through main(argv, io) with captured writers, and as a real
// child process (tsx) for exit codes and the one-line, stack-free stderr.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runKg } from '../../helpers/cli.js';
import type { Extraction, Span } from '../../../src/types.js';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = path.join(ROOT, 'seeds/belta-belarus-kazakhstan.de.txt');
const english = 'The president of Belarus, Alexander Lukashenko, visited Astana on Wednesday. He said that the cooperation with Kazakhstan is important for both countries.';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(argv: string[], env: NodeJS.ProcessEnv = {}, tty = false): Promise<Run> {
  return runKg(argv, { env: { KG_DATA_DIR: path.join(dir, '.kg-data'), ...env }, cwd: dir, tty });
}

function child(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'src/cli/bin.ts'), ...argv],
      { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
const file = (name: string, content: string | Uint8Array): string => {
  const target = path.join(dir, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
};
const lines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function spans(x: Extraction): Span[] {
  return [...x.entities.flatMap((e) => e.mentions), ...x.relations.flatMap((r) => r.evidence)];
}

describe('kg extract (in-process)', () => {
  test('JSON: exactly one document {documents, entities, relations, warnings}, offsets index the text', async () => {
    const result = await run(['extract', SEED]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('}\n')).toBe(true);
    const x = JSON.parse(result.stdout) as Extraction;
    expect(Object.keys(x)).toEqual(['documents', 'entities', 'relations', 'warnings']);
    expect(x.documents).toHaveLength(1);
    const doc = x.documents[0]!;
    expect(Object.keys(doc).slice(0, 3)).toEqual(['id', 'source', 'lang']);
    expect(Object.keys(doc).at(-1)).toBe('text');
    expect(doc).toMatchObject({ source: SEED, lang: 'de', text: fs.readFileSync(SEED, 'utf8') });
    expect(doc.id).toMatch(/^[0-9a-f]{16}$/);
    const texts = new Map(x.documents.map((d) => [d.id, d.text]));
    for (const s of spans(x)) expect(texts.get(s.doc)?.slice(s.start, s.end)).toBe(s.text);
    expect(result.stdout).toBe(`${JSON.stringify(x, null, 2)}\n`);
  });

  test('deterministic: the same input gives the same bytes, files in sorted order', async () => {
    file('a.txt', english);
    file('b.de.txt', fs.readFileSync(SEED));
    const first = await run(['extract', dir]);
    const second = await run(['extract', dir]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect((JSON.parse(first.stdout) as Extraction).documents.map((d) => path.basename(d.source))).toEqual(['a.txt', 'b.de.txt']);
  });

  test('CRLF input: offsets index the normalised text', async () => {
    const x = JSON.parse((await run(['extract', file('crlf.txt', english.replace('. ', '.\r\n'))])).stdout) as Extraction;
    expect(x.documents[0]!.text).toBe(english.replace('. ', '.\n'));
    for (const s of spans(x)) expect(x.documents[0]!.text.slice(s.start, s.end)).toBe(s.text);
  });

  test('.md and .html inputs', async () => {
    const md = file('a.md', `# Visit to Astana\n\n${english.replace('Astana', '**Astana**')}\n`);
    const html = file('b.html', `<html><head><title>Page title</title><script>x()</script></head><body><nav>Home</nav><article><p>${english}</p></article></body></html>`);
    const result = await run(['extract', md, html]);
    expect(result.code).toBe(0);
    const x = JSON.parse(result.stdout) as Extraction;
    expect(x.documents.map((d) => [d.title, d.text])).toEqual([
      ['Visit to Astana', `Visit to Astana\n\n${english}`],
      ['Page title', english],
    ]);
  });

  test('--lang forces the language; --format text gives the readable summary', async () => {
    const result = await run(['extract', file('a.txt', english), '--lang', 'de', '--format', 'text']);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('# The president of Belarus, Alexander Lukashenko, visited Astana on Wednesday.');
    expect(out[1]).toContain('lang de');
    expect(result.stdout).toMatch(/^Entities:/m);
    expect(result.stdout).toMatch(/^Relations:/m);
    expect(() => JSON.parse(result.stdout)).toThrow();
  });

  test('text is the default on a terminal, JSON when piped', async () => {
    const a = file('a.txt', english);
    expect((await run(['extract', a], {}, true)).stdout.startsWith('# ')).toBe(true);
    expect((await run(['extract', a], {}, false)).stdout.startsWith('{')).toBe(true);
  });

  test('Windows-1252 file: a warning on stderr and in the JSON, extraction still runs', async () => {
    const result = await run(['extract', file('cp.txt', Buffer.from('Der Präsident von Belarus besuchte die Stadt. Er sagte, dass die Zusammenarbeit für beide Länder wichtig ist.', 'latin1'))]);
    expect(result.code).toBe(0);
    const x = JSON.parse(result.stdout) as Extraction;
    expect(x.documents[0]!.text).toContain('Präsident');
    expect(x.warnings.map((w) => w.code)).toEqual(['ENCODING_FALLBACK']);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/warning: .*Windows-1252.*\[ENCODING_FALLBACK\]/);
  });

  test.each([
    ['missing path', () => path.join(dir, 'missing.txt'), {}, 'INPUT_NOT_FOUND'],
    ['empty file', () => file('empty.txt', ''), {}, 'INPUT_EMPTY'],
    ['binary file', () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14])), {}, 'INPUT_BINARY'],
    ['directory without supported files', () => (file('sub/x.pdf', 'x'), path.join(dir, 'sub')), {}, 'NO_SUPPORTED_FILES'],
    ['oversize file', () => file('big.txt', english.repeat(20)), { KG_MAX_FILE_MB: '0.001' }, 'INPUT_TOO_LARGE'],
    ['unsupported extension', () => file('x.docx', 'x'), {}, 'INPUT_UNSUPPORTED'],
  ])('%s: one line on stderr, nothing on stdout, exit 1', async (_name, make, env, code) => {
    const result = await run(['extract', make()], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`[${code}]`);
  });

  test('several inputs: the bad one is reported, the others extracted, exit code 1', async () => {
    const good = file('good.txt', english);
    const result = await run(['extract', path.join(dir, 'nope.txt'), good]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringContaining('[INPUT_NOT_FOUND]')]);
    expect((JSON.parse(result.stdout) as Extraction).documents.map((d) => d.source)).toEqual([good]);
  });

  test('usage errors: one line, exit 2', async () => {
    for (const argv of [['extract'], ['extract', 'x.txt', '--format', 'xml'], ['extract', 'x.txt', '--workers', '0'], ['nope']]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });

  test('--help and --version go to stdout with exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('extract [options] <inputs...>');
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });

  describe('URL input (a local server)', () => {
    let server: http.Server;
    let base: string;
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        if (req.url !== '/news/visit.html') {
          res.writeHead(404).end('no');
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><head><title>Visit to Astana</title><script>window.secret = "SCRIPT"</script>
          <style>.x{color:red}</style></head><body><nav><a href="/">Home</a><a href="/w">World NAV</a></nav>
          <article><h1>Visit to Astana</h1><p>${english}</p><p>${english.replace('Wednesday', 'Thursday')}</p></article>
          <footer>Imprint FOOTER</footer></body></html>`);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test('main text without navigation, script or footer; title from the page', async () => {
      const result = await run(['extract', `${base}/news/visit.html`]);
      expect(result.code).toBe(0);
      const doc = (JSON.parse(result.stdout) as Extraction).documents[0]!;
      expect(doc.source).toBe(`${base}/news/visit.html`);
      expect(doc.title).toBe('Visit to Astana');
      expect(doc.text).toContain(english);
      for (const junk of ['SCRIPT', 'NAV', 'FOOTER', 'color']) expect(doc.text).not.toContain(junk);
    });

    test('a failing URL -> FETCH_FAILED, exit 1', async () => {
      const result = await run(['extract', `${base}/missing`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('[FETCH_FAILED]');
    });
  });
});

describe('kg extract (child process)', () => {
  jest.setTimeout(60_000);

  test('good input: JSON on stdout, exit 0; --workers 2 gives the same bytes', async () => {
    file('a.txt', english);
    file('b.txt', fs.readFileSync(SEED));
    file('c.md', `# Title\n\n${english.replace('Astana', 'Minsk')}`);
    const single = await child(['extract', dir]);
    const pooled = await child(['extract', dir, '--workers', '2']);
    expect(single.code).toBe(0);
    expect((JSON.parse(single.stdout) as Extraction).documents).toHaveLength(3);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.code).toBe(0);
  });

  test.each([
    ['missing path', () => path.join(dir, 'missing.txt'), {}, 'INPUT_NOT_FOUND'],
    ['oversize file (KG_MAX_FILE_MB)', () => file('big.txt', english.repeat(20)), { KG_MAX_FILE_MB: '0.001' }, 'INPUT_TOO_LARGE'],
    ['binary file', () => file('bin.txt', Buffer.from([0, 1, 2, 3, 0, 0])), {}, 'INPUT_BINARY'],
  ])('%s: exit 1, one stderr line, no stack trace', async (_name, make, env, code) => {
    const result = await child(['extract', make()], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`[${code}]`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('an invalid environment value is one line too', async () => {
    const result = await child(['extract', file('a.txt', english)], { KG_MAX_FILE_MB: 'lots' });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/KG_MAX_FILE_MB.*\[CONFIG_INVALID\]$/)]);
  });
});
