// Neo4j killed (SIGKILL) in the middle of saving many documents: after a restart every document is
// either complete or absent, derived counts agree with the graph, and re-running the whole load
// completes without duplicates. Uses its own neo4j-local instance (own port and data folder).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Neo4jConfig } from '../../../src/config.js';
import { rawQuery } from '../../helpers/neo4j.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';
import { freePort, startLocalNeo4j, startWorker } from './processes.js';
import type { LocalNeo4j } from './processes.js';

const DOCS = 150;
const POOL = 12;
const expected = Array.from({ length: DOCS }, (_, i) => syntheticExtraction(i, { pool: POOL }));

let dataDir = '';
let port = 0;
let server: LocalNeo4j | undefined;
const config = (): Neo4jConfig => ({ uri: server?.uri ?? '', user: 'neo4j', password: '', database: 'neo4j' });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-crash-'));
  port = await freePort();
  server = await startLocalNeo4j(port, dataDir);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

/** Documents whose stored contribution differs from their extraction (by counts), and inconsistent derived counts. */
async function incompleteDocuments(): Promise<string[]> {
  const stored = await rawQuery<{ id: string; mentions: number; evidence: number }>(
    `MATCH (d:Document)
     RETURN d.id AS id, COUNT { (d)-[:MENTIONS]->() } AS mentions, COUNT { (:Evidence)-[:IN]->(d) } AS evidence`,
    {},
    config(),
  );
  const byId = new Map(expected.map((x) => [x.documents[0]!.id, x]));
  const wrong = stored
    .filter((s) => {
      const x = byId.get(s.id);
      return !x || x.entities.length !== s.mentions || x.relations.reduce((n, r) => n + r.evidence.length, 0) !== s.evidence;
    })
    .map((s) => `document ${s.id}`);
  const inconsistent = await rawQuery<{ id: string }>(
    `MATCH (e:Entity) WHERE e.docCount <> COUNT { (:Document)-[:MENTIONS]->(e) } OR e.docCount = 0 RETURN e.id AS id
     UNION ALL MATCH (:Entity)-[r]->(:Entity) OPTIONAL MATCH (ev:Evidence {relation: r.id})
     WITH r, count(DISTINCT ev.doc) AS docs WHERE docs <> r.docCount OR docs = 0 RETURN r.id AS id
     UNION ALL MATCH (ev:Evidence) WHERE NOT (ev)-[:IN]->(:Document) RETURN ev.id AS id`,
    {},
    config(),
  );
  return [...wrong, ...inconsistent.map((r) => `derived ${r.id}`)];
}

test('SIGKILL mid-load: every document complete or absent; a re-run completes without duplicates', async () => {
  const first = startWorker(config().uri, 0, DOCS, POOL);
  while (first.saved() < 25) {
    if (first.child.exitCode !== null) throw new Error(`worker ended early: ${(await first.done).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(server!.javaPid, 'SIGKILL');
  await server!.exited;
  first.child.kill('SIGKILL');
  await first.done;
  const savedBeforeCrash = first.saved();
  expect(savedBeforeCrash).toBeLessThan(DOCS);

  server = await startLocalNeo4j(port, dataDir);
  const [{ n: afterRestart }] = await rawQuery<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n', {}, config());
  expect(afterRestart).toBeGreaterThanOrEqual(savedBeforeCrash);
  expect(afterRestart).toBeLessThan(DOCS);
  expect(await incompleteDocuments()).toEqual([]);

  const rerun = startWorker(config().uri, 0, DOCS, POOL);
  const result = await rerun.done;
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect((result.stdout.match(/ unchanged$/gm) ?? []).length).toBe(afterRestart);

  const counts = await rawQuery<{ docs: number; entities: number; relations: number; evidence: number }>(
    `CALL () { MATCH (d:Document) RETURN count(d) AS docs }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
     CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
     RETURN docs, entities, relations, evidence`,
    {},
    config(),
  );
  expect(counts[0]).toEqual({
    docs: DOCS,
    entities: new Set(expected.flatMap((x) => x.entities.map((e) => e.id))).size,
    relations: new Set(expected.flatMap((x) => x.relations.map((r) => r.id))).size,
    evidence: expected.reduce((n, x) => n + x.relations.reduce((m, r) => m + r.evidence.length, 0), 0),
  });
  expect(await incompleteDocuments()).toEqual([]);
}, 600_000);
