// `kg ingest` keeps several saves in flight against Neo4j (NEO4J_SAVE_WINDOW) while it extracts the
// next inputs. The run must still behave like a sequential one: results in input order, the same
// text under two names counted once, a bad file failing alone, and the same graph as saving the
// documents one after the other.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../../src/extract/extract.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { NEO4J_SAVE_WINDOW } from '../../../src/cli/commands/ingest.js';
import { runKg } from '../../helpers/cli.js';
import { clearDatabase, dumpGraph, neo4jConfig, openTestStore, useCleanDatabase } from '../../helpers/neo4j.js';

useCleanDatabase();

const root = path.resolve(__dirname, '../../..');
const articles = path.join(root, 'tests/fixtures/articles');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-window-'));
  const files = fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).sort();
  files.forEach((f, i) => fs.copyFileSync(path.join(articles, f), path.join(dir, `${String(i).padStart(2, '0')}-${f}`)));
  // The same text again (sorts right after its original) and an empty file in the middle.
  fs.copyFileSync(path.join(articles, files[3]!), path.join(dir, `03b-copy.txt`));
  fs.writeFileSync(path.join(dir, '07b-empty.txt'), '');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Summary {
  documents: { created: number; replaced: number; unchanged: number; failed: number };
  results: Array<{ source: string; status: string }>;
  failures: Array<{ source: string; code: string }>;
}

test(`with ${NEO4J_SAVE_WINDOW} saves in flight: input order, duplicates once, one failure, same graph as one at a time`, async () => {
  expect(NEO4J_SAVE_WINDOW).toBeGreaterThan(1);
  const config = neo4jConfig();
  const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database, KG_DATA_DIR: os.tmpdir() };
  const run = await runKg(['ingest', dir, '--format', 'json'], { env, cwd: root });
  expect(run.code).toBe(1);
  const summary = JSON.parse(run.stdout) as Summary;
  const names = fs.readdirSync(dir).sort();
  const saved = names.filter((n) => n !== '07b-empty.txt');
  expect(summary.documents).toEqual({ created: saved.length - 1, replaced: 0, unchanged: 1, failed: 1 });
  expect(summary.results.map((r) => path.basename(r.source))).toEqual(saved);
  expect(summary.results.find((r) => r.source.endsWith('03b-copy.txt'))?.status).toBe('unchanged');
  expect(summary.failures.map((f) => path.basename(f.source))).toEqual(['07b-empty.txt']);
  const concurrent = await dumpGraph();

  await clearDatabase();
  const store = await openTestStore();
  try {
    for (const name of saved) {
      const { document } = await readDocument(path.join(dir, name), { lang: 'auto', maxFileBytes: 20 * 1024 * 1024, fetchTimeoutMs: 5000 });
      await store.saveDocument(extract(document));
    }
  } finally {
    await store.close();
  }
  expect(concurrent).toEqual(await dumpGraph());
}, 300_000);
