// Two real processes saving into one file store at once, half of their documents the same sources
// with other texts: afterwards every source has exactly one current document and the graph is
// exactly the merge of those documents. No temp file is left behind.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openFileStore } from '../../../src/store/file/file-store.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';
import { removeDir, tempDataDir } from './fixtures.js';

const WORKER = path.join(__dirname, 'file-save-worker.ts');

function runWorker(dataDir: string, from: number, to: number, variant?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', WORKER, dataDir, String(from), String(to), ...(variant ? [variant] : [])];
  const child = spawn(process.execPath, args, { cwd: path.resolve(__dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

test('two processes saving at once leave one consistent graph', async () => {
  const dir = tempDataDir();
  const [one, two] = await Promise.all([runWorker(dir, 0, 16), runWorker(dir, 8, 24, 'b')]);
  expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, '', 0, '']);

  const store = openFileStore(dir);
  const docs = await store.listDocuments();
  expect(docs.map((d) => d.source).sort()).toEqual(Array.from({ length: 24 }, (_, i) => `synthetic/${i}.txt`).sort());

  // The expected graph: the same current documents saved by one process.
  const current = new Set(docs.map((d) => d.id));
  const candidates = Array.from({ length: 24 }, (_, i) => [syntheticExtraction(i, { pool: 8 }), syntheticExtraction(i, { pool: 8, variant: 'b' })]).flat();
  const chosen = candidates.filter((x) => current.has(x.documents[0]?.id ?? ''));
  expect(chosen).toHaveLength(24);
  const expectedDir = tempDataDir();
  const expected = openFileStore(expectedDir);
  for (const x of chosen) await expected.saveDocument(x);
  expect(await store.loadGraph()).toEqual(await expected.loadGraph());
  expect(await store.stats()).toEqual(await expected.stats());
  expect(fs.readdirSync(path.join(dir, 'documents')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  removeDir(dir);
  removeDir(expectedDir);
}, 60_000);
