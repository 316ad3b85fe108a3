import neo4j from 'neo4j-driver';
import { buildRows } from './src/store/rows.ts';
import { saveStatements } from './src/store/neo4j/save-query.ts';
import { syntheticExtraction } from './tests/helpers/synthetic.ts';
const d = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
const s = d.session({ database: 'neo4j' });
for (let i = 7000; i < 7008; i++) {
  const { query, params } = saveStatements(buildRows(syntheticExtraction(i, { pool: 12 }))).nodes;
  const t = Date.now();
  const tx = s.beginTransaction();
  const r = await tx.run(query, params);
  const t1 = Date.now();
  await tx.rollback();
  console.log(i, t1 - t, 'ms', r.summary.resultAvailableAfter, query.length, (query.match(/CALL/g)||[]).length);
}
await s.close(); await d.close();
