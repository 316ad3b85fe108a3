// Two processes saving overlapping documents at the same time: no duplicate nodes or relationships,
// and the graph equals the one a single sequential writer builds.

import { clearDatabase, dumpGraph, neo4jConfig, openTestStore, rawQuery, useCleanDatabase } from '../../helpers/neo4j.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';
import { startWorker } from './processes.js';

useCleanDatabase();

const POOL = 6;

test('two writers, overlapping documents and entities: no duplicates, same graph as one writer', async () => {
  const uri = neo4jConfig().uri;
  const [a, b] = [startWorker(uri, 0, 40, POOL), startWorker(uri, 20, 60, POOL)];
  const [ra, rb] = await Promise.all([a.done, b.done]);
  expect(ra.stderr).toBe('');
  expect(rb.stderr).toBe('');
  expect([ra.code, rb.code]).toEqual([0, 0]);
  expect(a.saved() + b.saved()).toBe(80);

  const duplicates = await rawQuery(
    `MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN 'entity ' + id AS dup
     UNION ALL MATCH (d:Document) WITH d.id AS id, count(*) AS c WHERE c > 1 RETURN 'document ' + id AS dup
     UNION ALL MATCH (e:Evidence) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN 'evidence ' + id AS dup
     UNION ALL MATCH (x)-[r]->(y) WITH x, type(r) AS t, y, count(*) AS c WHERE c > 1 RETURN 'relationship ' + t AS dup`,
  );
  expect(duplicates).toEqual([]);
  const concurrent = await dumpGraph();
  expect(concurrent.nodes.filter((n) => n.startsWith('Document ')).length).toBe(60);

  await clearDatabase();
  const store = await openTestStore();
  try {
    for (let i = 0; i < 60; i++) await store.saveDocument(syntheticExtraction(i, { pool: POOL }));
  } finally {
    await store.close();
  }
  expect(concurrent).toEqual(await dumpGraph());
}, 240_000);
