// Worker-thread entry for `kg extract --workers N` and the extract benchmark: gets sources from the
// main thread (a couple ahead), runs runJob on each and posts the outcome back. Holds no results itself,
// so memory stays flat however many files pass through.

import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../extract/extract.js';
import { runJob, type JobOptions } from './extract-job.js';
import type { FromWorker, ToWorker } from './worker-pool.js';

const port = parentPort;
const { options, keep } = workerData as { options: JobOptions; keep: boolean };

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'stop') {
    port?.close();
    return;
  }
  const outcome = await runJob(message.source, options, keep).catch((error: unknown) => ({
    ok: false as const,
    error: { code: 'INPUT_UNSUPPORTED' as const, message: `extract: unexpected error on ${message.source} (${error instanceof Error ? error.message : String(error)}). Run with KG_DEBUG=1 for details.` },
  }));
  const reply: FromWorker = { type: 'result', index: message.index, outcome };
  port?.postMessage(reply);
}

port?.on('message', (message: ToWorker) => void handle(message));
// Load the word lists and build the knowledge-base index before saying ready, so the first job does
// not carry that one-time cost (the pool starts handing out work once every worker is ready).
extract({ id: 'warm-up', source: 'warm-up.txt', lang: 'de', text: 'MINSK, 3. Juli (BelTA) - Der belarussische Präsident Alexander Lukaschenko hat Kasachstan besucht.' });
const ready: FromWorker = { type: 'ready' };
port?.postMessage(ready);
