// The bulk path (src/store/neo4j/bulk.ts) against the real Neo4j: concurrent transactions on
// disjoint node buckets load every row exactly once, the properties are those saveDocument's MERGE
// sets, a second load writes nothing, and rows whose end entity is missing are skipped.

import type { ResultSummary } from 'neo4j-driver';
import { bulkMergeEntities, bulkMergeRelations } from '../../../src/store/neo4j/bulk.js';
import { ensureSchema } from '../../../src/store/neo4j/schema.js';
import { connect } from '../../../src/store/neo4j/session.js';
import type { Connection } from '../../../src/store/neo4j/session.js';
import type { EntityRow, RelationRow } from '../../../src/store/rows.js';
import { RELATION_TYPES } from '../../../src/types.js';
import type { RelationType } from '../../../src/types.js';
import { neo4jConfig, rawQuery, useCleanDatabase } from '../../helpers/neo4j.js';

useCleanDatabase();

const N = 600;
const entities: EntityRow[] = Array.from({ length: N }, (_, i) => ({
  id: `${i % 3 === 0 ? 'country' : 'person'}:bulk-${i}`, name: `Bulk ${i}`, type: i % 3 === 0 ? 'Country' : 'Person', aliases: [], searchKey: '',
}));
const relations: RelationRow[] = [];
for (let i = 0; i < 3000; i++) {
  const s = (i * 7) % N;
  const t = (s + 1 + ((i * 13) % (N - 1))) % N;
  const type = RELATION_TYPES[i % RELATION_TYPES.length] as RelationType;
  const source = entities[s]!.id;
  const target = entities[t]!.id;
  relations.push({ id: `${type}:${source}->${target}`, type, source, target, confidence: 0.25 + (i % 3) / 4, rule: `rule-${i % 5}` });
}
const distinct = [...new Map(relations.map((r) => [r.id, r])).values()];

let conn: Connection;
const summaries: ResultSummary[] = [];

beforeAll(async () => {
  conn = await connect(neo4jConfig(), 5000, (s) => summaries.push(s));
  await ensureSchema(conn);
});
afterAll(async () => conn.driver.close());

test('2 concurrent writers load every entity and relationship exactly once, with the MERGE properties', async () => {
  await bulkMergeEntities(conn, entities, { batchSize: 250, statementSize: 100, concurrency: 2 });
  await bulkMergeRelations(conn, relations, { batchSize: 500, statementSize: 100, concurrency: 2 });

  const [nodes] = await rawQuery<{ n: number; countries: number }>("MATCH (e:Entity) WHERE e.id CONTAINS ':bulk-' RETURN count(e) AS n, count{ MATCH (c:Country) WHERE c.id CONTAINS ':bulk-' } AS countries");
  expect(nodes).toEqual({ n: N, countries: N / 3 });
  const rows = await rawQuery<{ id: string; type: string; a: string; b: string; confidence: number; rule: string; docCount: number }>(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN r.id AS id, type(r) AS type, a.id AS a, b.id AS b, r.confidence AS confidence, r.rule AS rule, r.docCount AS docCount',
  );
  expect(rows).toHaveLength(distinct.length);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of distinct) {
    const row = byId.get(r.id);
    expect(row).toEqual({ id: r.id, type: r.type, a: r.source, b: r.target, confidence: r.confidence, rule: r.rule, docCount: 0 });
  }
});

test('loading the same rows again writes nothing', async () => {
  summaries.length = 0;
  await bulkMergeEntities(conn, entities, { concurrency: 2 });
  await bulkMergeRelations(conn, relations, { concurrency: 2 });
  expect(summaries.length).toBeGreaterThan(0);
  for (const s of summaries) expect(s.counters.containsUpdates()).toBe(false);
});

test('one writer gives the same graph; rows with a missing end entity are skipped', async () => {
  const extra: RelationRow = { id: 'MEMBER_OF:person:nobody->country:bulk-0', type: 'MEMBER_OF', source: 'person:nobody', target: 'country:bulk-0', confidence: 0.9, rule: 'x' };
  await bulkMergeRelations(conn, [...relations, extra], { concurrency: 1 });
  const [count] = await rawQuery<{ n: number }>('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
  expect(count!.n).toBe(distinct.length);
  expect(await rawQuery("MATCH (e:Entity {id: 'person:nobody'}) RETURN e")).toEqual([]);
});
