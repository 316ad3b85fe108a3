// NEO4J_URI may be a routing URI (neo4j://), as for a cluster or Aura: the driver asks the server for
// its routing table and sends reads and writes where it says. Ingest and query through it.

import os from 'node:os';
import path from 'node:path';
import { runKg } from '../../helpers/cli.js';
import { neo4jConfig, useCleanDatabase } from '../../helpers/neo4j.js';

useCleanDatabase();

const root = path.resolve(__dirname, '../../..');

test('kg ingest and kg query work with a neo4j:// routing URI', async () => {
  const config = neo4jConfig();
  const routing = config.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  expect(routing.startsWith('neo4j')).toBe(true);
  const env = { NEO4J_URI: routing, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database, KG_DATA_DIR: os.tmpdir() };
  const ingest = await runKg(['ingest', 'seeds/', '--format', 'json'], { env, cwd: root });
  expect(ingest.code).toBe(0);
  expect(ingest.stderr).toContain(routing);
  const query = await runKg(['query', "MATCH (c:Country {name: $name})-[:MEMBER_OF]->(o) RETURN o.name AS name ORDER BY name", '--param', 'name=Belarus', '--format', 'json'], { env, cwd: root });
  expect(query.code).toBe(0);
  const result = JSON.parse(query.stdout) as { rows: string[][] };
  expect(result.rows.map((r) => r[0])).toEqual(['CIS', 'CSTO', 'EAEU', 'SCO']);
});
