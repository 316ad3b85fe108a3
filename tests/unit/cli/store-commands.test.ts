// The store commands run in-process through main(argv, io) against a temporary file store
// (KG_DATA_DIR): ingest, query, delete, export, stats. stdout holds results only; errors are one
// line on stderr with a non-zero exit code.

import fs from 'node:fs';
import path from 'node:path';
import { runKg } from '../../helpers/cli.js';
import type { CliRun as Run } from '../../helpers/cli.js';
import { cellText, formatCsv, formatTable, parseParam } from '../../../src/cli/commands/query.js';
import { extract } from '../../../src/extract/extract.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { openFileStore } from '../../../src/store/file/file-store.js';
import { NO_CYPHER_MESSAGE } from '../../../src/store/file/file-store.js';
import { docId, fixture, removeDir, tempDataDir } from '../store/fixtures.js';
import { parseStrictXml, findAll } from '../graph/xml-check.js';

let work: string;
let dataDir: string;
beforeEach(() => {
  work = tempDataDir();
  dataDir = path.join(work, 'data');
});
afterEach(() => removeDir(work));

function kg(...argv: string[]): Promise<Run> {
  return runKg(argv, { env: { KG_DATA_DIR: dataDir }, cwd: work });
}

async function seedStore(...names: ('store-a' | 'store-b' | 'store-a2')[]): Promise<void> {
  const store = openFileStore(dataDir);
  for (const name of names) await store.saveDocument(fixture(name));
}

function article(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

const DE = 'Präsident Lukaschenko traf in Minsk den Präsidenten Kasachstans, Tokajew. Belarus und Kasachstan wollen den Handel ausbauen.';
const EN = 'President Lukashenko of Belarus visited Astana on Tuesday. He met President Tokayev of Kazakhstan there.';

describe('kg ingest', () => {
  test('saves every readable input, reports the failed one and exits 1; a second run changes nothing', async () => {
    const files = [article('de.txt', DE), article('en.txt', EN)];
    const first = await kg('ingest', ...files, path.join(work, 'missing.txt'), '--format', 'json');
    expect(first.code).toBe(1);
    const summary = JSON.parse(first.stdout) as { documents: Record<string, number>; entities: Record<string, number>; failures: { code: string }[] };
    expect(summary.documents).toEqual({ created: 2, replaced: 0, unchanged: 0, failed: 1 });
    expect(summary.failures.map((f) => f.code)).toEqual(['INPUT_NOT_FOUND']);
    expect(first.stderr).toMatch(/missing\.txt.*\[INPUT_NOT_FOUND\]/);
    expect(first.stderr.split('\n').filter((l) => l.includes('using file store'))).toHaveLength(1);

    // What was saved is what the extractor gives for these documents.
    const options = { maxFileBytes: 1e6, fetchTimeoutMs: 1000 };
    const parts = await Promise.all(files.map(async (f) => extract((await readDocument(f, options)).document)));
    const ids = new Set(parts.flatMap((p) => p.entities.map((e) => e.id)));
    expect(summary.entities.created).toBe(ids.size);
    const stats = await openFileStore(dataDir).stats();
    expect([stats.documents, stats.entities]).toEqual([2, ids.size]);

    const second = await kg('ingest', ...files, '--format', 'json');
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as { documents: Record<string, number> }).documents).toEqual({ created: 0, replaced: 0, unchanged: 2, failed: 0 });
  });

  test('a changed file replaces its old version', async () => {
    const file = article('de.txt', DE);
    await kg('ingest', file);
    fs.writeFileSync(file, `${DE} Der Besuch dauerte zwei Tage.`);
    const run = await kg('ingest', file, '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('documents: 0 created, 1 replaced, 0 unchanged, 0 failed');
    expect((await openFileStore(dataDir).listDocuments()).map((d) => d.source)).toEqual([file]);
  });

  test('--dry-run reports what would change and writes nothing', async () => {
    const files = [article('de.txt', DE), article('same.txt', DE)];
    const run = await kg('ingest', ...files, '--dry-run', '--format', 'json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { dryRun: boolean; documents: Record<string, number> };
    expect(summary.dryRun).toBe(true);
    expect(summary.documents).toEqual({ created: 1, replaced: 0, unchanged: 1, failed: 0 });
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  test('a directory contributes its articles; an input that is only failures exits 1', async () => {
    article('a.txt', DE);
    article('b.md', EN);
    const ok = await kg('ingest', work, '--format', 'json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { documents: Record<string, number> }).documents.created).toBe(2);
    const bad = await kg('ingest', path.join(work, 'nope'), '--format', 'json');
    expect(bad.code).toBe(1);
  });

  test('a store that cannot write fails each document alone: reported, summarised, exit 1', async () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'documents'), 'not a folder');
    const run = await kg('ingest', article('de.txt', DE), article('en.txt', EN), '--format', 'json');
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { documents: Record<string, number> }).documents).toEqual({ created: 0, replaced: 0, unchanged: 0, failed: 2 });
    expect(run.stderr.match(/\[STORE_FAILED\]/g)).toHaveLength(2);
  });

  test('a usage error (no input) exits 2', async () => {
    expect((await kg('ingest')).code).toBe(2);
  });
});

describe('kg stats', () => {
  test('json and text give the counts by type', async () => {
    await seedStore('store-a', 'store-b');
    const json = await kg('stats', '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(await openFileStore(dataDir).stats());
    const text = await kg('stats', '--format', 'text');
    expect(text.stdout).toBe(
      [
        'documents  2',
        'entities   8',
        '  City               3',
        '  Country            2',
        '  Organization       1',
        '  Person             2',
        'relations  5',
        '  LEADER_OF         1',
        '  MET_WITH          1',
        '  TRADES_WITH       1',
        '  VISITED           2',
        '',
      ].join('\n'),
    );
    expect(text.stdout).not.toContain('using');
  });

  test('an empty store has zero counts', async () => {
    const run = await kg('stats');
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'file', documents: 0, entities: 0, relations: 0 });
  });
});

describe('kg delete', () => {
  test('by source removes exactly that document', async () => {
    await seedStore('store-a', 'store-b');
    const run = await kg('delete', 'https://example.org/b', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ documentId: docId('store-b'), entitiesDeleted: 2, relationsDeleted: 1 });
    expect((await openFileStore(dataDir).listDocuments()).map((d) => d.id)).toEqual([docId('store-a')]);
  });

  test('by id, text output', async () => {
    await seedStore('store-a');
    const run = await kg('delete', docId('store-a'), '--format', 'text');
    expect(run.stdout).toBe(`deleted document ${docId('store-a')} (seeds/a.de.txt): entities 6 removed, 0 updated; relations 4 removed, 0 updated\n`);
  });

  test('an unknown document is one line on stderr and exit 1', async () => {
    await seedStore('store-a');
    const run = await kg('delete', 'nothing-like-this');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^kg: store: no stored document .*\[NOT_FOUND\]$/);
  });
});

describe('kg export', () => {
  beforeEach(async () => seedStore('store-a', 'store-b'));

  test('json to stdout is the stored graph payload', async () => {
    const run = await kg('export', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await openFileStore(dataDir).loadGraph());
  });

  test.each([
    ['graph.gexf', [], 'gexf', 'node'],
    ['graph.graphml', [], 'graphml', 'node'],
    ['graph.xml', ['--format', 'graphml'], 'graphml', 'node'],
  ])('--out %s writes a well-formed file and nothing to stdout', async (name, extra, rootName, nodeTag) => {
    const run = await kg('export', '--out', name, ...extra);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const root = parseStrictXml(fs.readFileSync(path.join(work, name), 'utf8'));
    expect(root.name).toBe(rootName);
    expect(findAll(root, nodeTag)).toHaveLength(8);
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--limit and --types shape the graph', async () => {
    const run = await kg('export', '--limit', '1', '--types', 'Person,City');
    const payload = JSON.parse(run.stdout) as { nodes: { key: string }[]; attributes: { omittedNodes: number } };
    expect(payload.nodes.map((n) => n.key)).toEqual(['person:alexander-lukashenko']);
    expect(payload.attributes.omittedNodes).toBe(4);
  });

  test.each([
    [['--types', 'Persons'], 2],
    [['--limit', '-3'], 2],
    [['--format', 'csv'], 2],
  ])('bad option %j is a usage error', async (args, code) => {
    const run = await kg('export', ...args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
  });

  test('a folder that does not exist is OUTPUT_FAILED, and nothing is left behind', async () => {
    const run = await kg('export', '--out', path.join('no', 'such', 'dir', 'g.gexf'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[OUTPUT_FAILED\]/);
    expect(fs.existsSync(path.join(work, 'no'))).toBe(false);
  });
});

describe('kg query', () => {
  test('on the file store: the STORE_NO_CYPHER message, exit 1, nothing on stdout', async () => {
    const run = await kg('query', 'MATCH (n) RETURN n', '--param', 'x=1');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`kg: ${NO_CYPHER_MESSAGE} [STORE_NO_CYPHER]`);
  });

  test('a --param without "=" is a usage error', async () => {
    expect((await kg('query', 'RETURN 1', '--param', 'oops')).code).toBe(2);
  });

  test.each<[string, [string, unknown]]>([
    ['n=42', ['n', 42]],
    ['s=hello', ['s', 'hello']],
    ['q="quoted"', ['q', 'quoted']],
    ['j={"a":[1,true]}', ['j', { a: [1, true] }]],
    ['b=false', ['b', false]],
    ['e=', ['e', '']],
    ['eq=a=b', ['eq', 'a=b']],
  ])('parseParam(%j)', (text, expected) => {
    expect(parseParam(text)).toEqual(expected);
  });

  test.each(['noequals', '=1', '1x=2', 'a-b=3'])('parseParam(%j) is refused', (text) => {
    expect(() => parseParam(text)).toThrow();
  });

  test('table output is aligned', () => {
    const table = formatTable(['name', 'n'], [['Belarus', 2], ['SCO', null], ['multi\nline', { a: 1 }]]);
    expect(table).toBe(['name         n', '-----------  -------', 'Belarus      2', 'SCO', 'multi\\nline  {"a":1}', ''].join('\n'));
  });

  test('csv output quotes commas, quotes and line breaks', () => {
    expect(formatCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', 3]])).toBe('a,b\n"x,y","say ""hi"""\n"line\nbreak",3\n');
  });

  test.each<[unknown, string]>([[null, ''], [undefined, ''], ['s', 's'], [1.5, '1.5'], [true, 'true'], [[1, 'a'], '[1,"a"]']])('cellText(%j)', (v, text) => {
    expect(cellText(v)).toBe(text);
  });
});
