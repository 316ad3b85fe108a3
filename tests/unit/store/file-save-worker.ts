// Child process for the two-process file-store test: saves synthetic articles [from, to) into
// <dataDir> with its own FileStore, printing "saved <i> <status>" after each one.
// Usage: node --import tsx tests/unit/store/file-save-worker.ts <dataDir> <from> <to> [variant]

import { openFileStore } from '../../../src/store/file/file-store.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';

async function main(): Promise<void> {
  const [dataDir, from, to, variant] = process.argv.slice(2);
  if (!dataDir || !from || !to) throw new Error('usage: file-save-worker <dataDir> <from> <to> [variant]');
  const store = openFileStore(dataDir);
  for (let i = Number(from); i < Number(to); i++) {
    const extraction = syntheticExtraction(i, variant ? { pool: 8, variant } : { pool: 8 });
    const result = await store.saveDocument(extraction);
    process.stdout.write(`saved ${i} ${result.status}\n`);
  }
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
