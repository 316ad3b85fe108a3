// Worker-thread entry for `kg extract --workers N` and the extract benchmark: gets batches of sources
// from the main thread (a couple ahead), runs runJob on each and posts the batch's outcomes back in
// one message. Holds no results itself, so memory stays flat however many files pass through.

import { parentPort, workerData } from 'node:worker_threads';
import { runJob, warmUp, type JobOptions, type JobOutcome } from './extract-job.js';
import type { FromWorker, JobResult, ToWorker } from './worker-pool.js';

const port = parentPort;
const { options, keep, warmUpFiles = [] } = workerData as { options: JobOptions; keep: boolean; warmUpFiles?: string[] };

function runOne(source: string): Promise<JobOutcome> {
  return runJob(source, options, keep).catch((error: unknown) => ({
    ok: false as const,
    error: { code: 'INPUT_UNSUPPORTED' as const, message: `extract: unexpected error on ${source} (${error instanceof Error ? error.message : String(error)}). Run with KG_DEBUG=1 for details.` },
  }));
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'stop') {
    port?.close();
    return;
  }
  const results: JobResult[] = [];
  for (const job of message.jobs) results.push({ index: job.index, outcome: await runOne(job.source) });
  const reply: FromWorker = { type: 'results', results };
  port?.postMessage(reply);
}

port?.on('message', (message: ToWorker) => void handle(message));
// Load the word lists and build the knowledge-base index before saying ready, so the first job does
// not carry that one-time cost (the pool starts handing out work once every worker is ready).
// Benchmarks also pass files to extract first, so that what they time is code V8 has optimised.
async function start(): Promise<void> {
  warmUp();
  for (const file of warmUpFiles) await runOne(file);
  const ready: FromWorker = { type: 'ready' };
  port?.postMessage(ready);
}

void start();
