// The CLI against the real Neo4j, as a user runs it: `kg ingest seeds/` then the README's query,
// re-ingest reports everything unchanged, `kg query` with bad Cypher prints Neo4j's message on one
// line and exits non-zero, a write without --write is refused, and `kg delete` empties the graph.

import os from 'node:os';
import path from 'node:path';
import { runKg } from '../../helpers/cli.js';
import type { CliRun as Run } from '../../helpers/cli.js';
import { neo4jConfig, rawQuery, useCleanDatabase } from '../../helpers/neo4j.js';

useCleanDatabase();

const root = path.resolve(__dirname, '../../..');

function kg(...argv: string[]): Promise<Run> {
  const config = neo4jConfig();
  const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database, KG_DATA_DIR: os.tmpdir() };
  return runKg(argv, { env, cwd: root });
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('kg: using'));
}

test('kg ingest seeds/ then the README query answers EAEU, CIS, CSTO and SCO', async () => {
  const ingest = await kg('ingest', 'seeds/');
  expect(ingest.code).toBe(0);
  const query = await kg('query', "MATCH (c:Country {name:'Belarus'})-[:MEMBER_OF]->(o) RETURN o.name AS name ORDER BY name", '--format', 'json');
  expect(query.code).toBe(0);
  const rows = JSON.parse(query.stdout) as unknown;
  expect(JSON.stringify(rows)).toContain('EAEU');
  for (const name of ['CIS', 'CSTO', 'EAEU', 'SCO']) expect(query.stdout).toContain(`"${name}"`);
});

test('re-ingesting the seed changes nothing', async () => {
  const before = await rawQuery<{ n: number; r: number }>('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r');
  const again = await kg('ingest', 'seeds/', '--format', 'json');
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/unchanged/);
  const after = await rawQuery<{ n: number; r: number }>('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r');
  expect(after).toEqual(before);
});

test('kg query with invalid Cypher prints one line and exits non-zero', async () => {
  const run = await kg('query', 'MATCH (n RETURN n');
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  const lines = stderrLines(run);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/QUERY_INVALID|Invalid input|syntax/i);
  expect(lines[0]).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack frame
});

test.each([
  ['CREATE', "CREATE (:Entity {id: 'x:cli', name: 'X'})"],
  ['SET', "MATCH (n:Entity) SET n.name = 'hacked'"],
  ['DELETE', 'MATCH (n) DETACH DELETE n'],
])('kg query refuses %s without --write', async (_, cypher) => {
  const before = await rawQuery<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const run = await kg('query', cypher);
  expect(run.code).not.toBe(0);
  const lines = stderrLines(run);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/--write/);
  expect(await rawQuery<{ n: number }>('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  expect(await rawQuery<{ n: number }>("MATCH (n:Entity {name: 'hacked'}) RETURN count(n) AS n")).toEqual([{ n: 0 }]);
});

test('kg query --write may write', async () => {
  const run = await kg('query', "MATCH (c:Country {name:'Belarus'}) SET c.note = 'cli' RETURN c.note AS note", '--write', '--format', 'json');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('cli');
});

test('kg delete by source removes what the seed contributed', async () => {
  const run = await kg('delete', 'seeds/belta-belarus-kazakhstan.de.txt');
  expect(run.code).toBe(0);
  expect(await rawQuery<{ n: number }>('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
});
