// The read-only Cypher console against a real Neo4j: writes refused before they run (and nothing
// changes), syntax errors on one line, the time limit, the row limit, JSON-safe values and the graph.

import type { GraphStore } from '../../../src/store/types.js';
import { dumpGraph, errorCode, openTestStore, useCleanDatabase } from '../../helpers/neo4j.js';
import { seedExtraction } from './seed.js';

useCleanDatabase();

let store: GraphStore;

beforeAll(async () => {
  store = await openTestStore();
  await store.saveDocument((await seedExtraction()).extraction);
});
afterAll(async () => {
  await store?.close();
});

const WRITES: Array<[string, string]> = [
  ['CREATE', "CREATE (n:Entity {id: 'x:y', name: 'X'}) RETURN n"],
  ['MERGE', "MERGE (n:Entity {id: 'x:z'}) RETURN n"],
  ['DELETE', 'MATCH (n:Evidence) DETACH DELETE n'],
  ['SET', "MATCH (n:Entity) SET n.name = 'hacked'"],
  ['REMOVE', 'MATCH (n:Entity) REMOVE n.name'],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['writing procedure', "CALL db.createLabel('Hacked')"],
  ['schema', 'CREATE INDEX hacked IF NOT EXISTS FOR (n:Entity) ON (n.name)'],
  ['write hidden in a subquery', "MATCH (n:Entity) CALL (n) { SET n.hacked = true } RETURN count(*)"],
];

describe('writes are refused before they run', () => {
  test.each(WRITES)('%s', async (_, query) => {
    const before = await dumpGraph();
    expect(await errorCode(store.cypher(query))).toBe('QUERY_WRITE_REFUSED');
    expect(await dumpGraph()).toEqual(before);
  });

  test('the same write runs when write access is asked for', async () => {
    const result = await store.cypher("MATCH (n:Entity {id: 'country:belarus'}) SET n.note = 'ok' RETURN n.note", {}, { write: true });
    expect(result.rows).toEqual([['ok']]);
    await store.cypher("MATCH (n:Entity {id: 'country:belarus'}) REMOVE n.note", {}, { write: true });
  });
});

describe('errors and limits', () => {
  test('bad syntax is QUERY_INVALID with Neo4j\'s message on one line, quoting the user\'s query', async () => {
    try {
      await store.cypher('MATCH (n RETURN n');
      throw new Error('expected QUERY_INVALID');
    } catch (error) {
      const e = error as { code?: string; message: string };
      expect(e.code).toBe('QUERY_INVALID');
      expect(e.message).not.toContain('\n');
      expect(e.message).toMatch(/^cypher: Invalid input 'RETURN'/);
      expect(e.message).toContain('"MATCH (n RETURN n"');
      expect(e.message).not.toContain('EXPLAIN');
      expect(e.message).toContain('column 10 (offset: 9)');
    }
  });

  test('an unknown function and a missing parameter are QUERY_INVALID', async () => {
    expect(await errorCode(store.cypher('RETURN noSuchFunction(1)'))).toBe('QUERY_INVALID');
    expect(await errorCode(store.cypher('RETURN $missing'))).toBe('QUERY_INVALID');
    expect(await errorCode(store.cypher('   '))).toBe('QUERY_INVALID');
  });

  test('a slow query is stopped by the time limit: QUERY_TIMEOUT', async () => {
    const slow = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n';
    expect(await errorCode(store.cypher(slow, {}, { timeoutMs: 500 }))).toBe('QUERY_TIMEOUT');
    const fine = await store.cypher('UNWIND range(1, 10) AS i RETURN count(*) AS n', {}, { timeoutMs: 5000 });
    expect(fine.rows).toEqual([[10]]);
  }, 60_000);

  test('rows beyond maxRows are cut and the result says truncated', async () => {
    const cut = await store.cypher('UNWIND range(1, 50) AS i RETURN i', {}, { maxRows: 7 });
    expect(cut.rows).toHaveLength(7);
    expect(cut.rows[6]).toEqual([7]);
    expect(cut.truncated).toBe(true);
    const whole = await store.cypher('UNWIND range(1, 7) AS i RETURN i', {}, { maxRows: 7 });
    expect(whole.truncated).toBe(false);
  });

  test('integer parameters work where Cypher needs integers (LIMIT)', async () => {
    const result = await store.cypher('UNWIND range(1, 10) AS i RETURN i LIMIT $n', { n: 3 });
    expect(result.rows).toEqual([[1], [2], [3]]);
  });
});

describe('results', () => {
  test('nodes, relationships and paths are JSON-safe with our ids; the graph holds the entities', async () => {
    const result = await store.cypher("MATCH p = (c:Country {name: 'Belarus'})-[r:MEMBER_OF]->(o) RETURN c, r, o, p ORDER BY o.name LIMIT 2");
    expect(result.columns).toEqual(['c', 'r', 'o', 'p']);
    const [c, r, o] = result.rows[0] as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    expect(c).toMatchObject({ id: 'country:belarus', labels: ['Country', 'Entity'] });
    expect(r).toMatchObject({ type: 'MEMBER_OF', start: 'country:belarus', end: o.id });
    expect(typeof (r.properties as Record<string, unknown>).docCount).toBe('number');
    expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
    expect(result.graph.nodes.map((n) => n.key)).toContain('country:belarus');
    expect(result.graph.edges).toHaveLength(2);
    expect(result.graph.edges[0]?.attributes.type).toBe('MEMBER_OF');
  });

  test('a relationship alone brings its end entities into the graph; scalars give an empty graph', async () => {
    const result = await store.cypher('MATCH ()-[r:MEMBER_OF]->() RETURN r');
    expect(result.graph.edges.length).toBe(result.rows.length);
    expect(result.graph.nodes.length).toBeGreaterThanOrEqual(2);
    const scalars = await store.cypher('MATCH (e:Entity) RETURN e.name LIMIT 3');
    expect(scalars.graph.nodes).toEqual([]);
  });
});
