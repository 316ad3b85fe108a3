// Neo4j goes away in the middle of `kg ingest` (SIGKILL, with saves in flight): the run stops with a
// one-line message that says what happened and what to do, a non-zero exit and no stack trace; after
// a restart every document is complete or absent, and the same command finishes the job.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../../../scripts/bench/corpus.js';
import type { Neo4jConfig } from '../../../src/config.js';
import { runKg } from '../../helpers/cli.js';
import { rawQuery } from '../../helpers/neo4j.js';
import { freePort, startLocalNeo4j } from '../store/processes.js';
import type { LocalNeo4j } from '../store/processes.js';

const root = path.resolve(__dirname, '../../..');
const ARTICLES = 200;
let dataDir = '';
let corpus = '';
let port = 0;
let server: LocalNeo4j | undefined;
const config = (): Neo4jConfig => ({ uri: server?.uri ?? '', user: 'neo4j', password: '', database: 'neo4j' });
const env = (): NodeJS.ProcessEnv => ({ NEO4J_URI: config().uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: 'neo4j', KG_DATA_DIR: os.tmpdir() });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-dies-'));
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-dies-corpus-'));
  await writeCorpus(corpus, ARTICLES, 7);
  port = await freePort();
  server = await startLocalNeo4j(port, dataDir);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(corpus, { recursive: true, force: true });
});

async function documents(): Promise<number> {
  const [row] = await rawQuery<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n', {}, config());
  return row?.n ?? 0;
}

test('SIGKILL mid-ingest: one-line error and exit 1; after a restart the same command completes the graph', async () => {
  const run = runKg(['ingest', corpus, '--format', 'json'], { env: env(), cwd: root });
  const deadline = Date.now() + 120_000;
  while ((await documents()) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  process.kill((server as LocalNeo4j).javaPid, 'SIGKILL');
  await server?.exited;
  const result = await run;
  expect(result.code).not.toBe(0);
  const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('kg: using') && !/^kg: \S+: (created|unchanged|replaced)/.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/cannot reach Neo4j at .*Start it with "npm run neo4j"/);
  expect(result.stderr).not.toMatch(/\n\s+at /);

  server = await startLocalNeo4j(port, dataDir);
  // Every stored document is whole: it mentions entities and has its evidence, and counts agree.
  const partial = await rawQuery<{ id: string }>(
    'MATCH (d:Document) WHERE NOT (d)-[:MENTIONS]->() RETURN d.id AS id', {}, config(),
  );
  expect(partial).toEqual([]);
  const again = await runKg(['ingest', corpus, '--format', 'json'], { env: env(), cwd: root });
  expect(again.code).toBe(0);
  const summary = JSON.parse(again.stdout) as { documents: { created: number; unchanged: number; failed: number } };
  expect(summary.documents.created + summary.documents.unchanged).toBe(ARTICLES);
  expect(summary.documents.unchanged).toBeGreaterThanOrEqual(5);
  expect(await documents()).toBe(ARTICLES);
  const dup = await rawQuery('MATCH (x)-[r]->(y) WITH x, type(r) AS t, y, count(*) AS c WHERE c > 1 RETURN t', {}, config());
  expect(dup).toEqual([]);
}, 400_000);
