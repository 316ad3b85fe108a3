// Child process for the concurrency and crash tests: saves synthetic articles [from, to) with the
// Neo4j store, printing "saved <i> <status>" after each commit. Usage:
// node --import tsx save-worker.ts <uri> <from> <to> <pool>

import { openNeo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';

async function main(): Promise<void> {
  const [uri, from, to, pool] = process.argv.slice(2);
  if (!uri || !from || !to || !pool) throw new Error('usage: save-worker <uri> <from> <to> <pool>');
  const store = await openNeo4jStore({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    for (let i = Number(from); i < Number(to); i++) {
      const result = await store.saveDocument(syntheticExtraction(i, { pool: Number(pool) }));
      process.stdout.write(`saved ${i} ${result.status}\n`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
