// Worker-thread entry for `kg extract --workers N` and the extract benchmark: gets batches of sources
// from the main thread (a couple ahead), runs runJobs on each batch (all files read, then all
// extracted) and posts the batch's outcomes back in one message. Holds no results itself, so
// memory stays flat however many files pass through.

import { parentPort, workerData } from 'node:worker_threads';
import { runJobs, warmUp, type JobOptions, type JobOutcome } from './extract-job.js';
import type { FromWorker, JobResult, ToWorker } from './worker-pool.js';

const port = parentPort;
const { options, keep, warmUpFiles = [] } = workerData as { options: JobOptions; keep: boolean; warmUpFiles?: string[] };

/** A bug on one file fails that file, not the batch or the pool. */
const unexpected = (source: string, error: unknown): JobOutcome => ({
  ok: false,
  error: { code: 'INPUT_UNSUPPORTED', message: `extract: unexpected error on ${source} (${error instanceof Error ? error.message : String(error)}). Run with KG_DEBUG=1 for details.` },
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'stop') {
    port?.close();
    return;
  }
  const results: JobResult[] = [];
  const { jobs } = message;
  await runJobs(jobs.map((job) => job.source), options, keep, (k, outcome) => results.push({ index: jobs[k]?.index ?? -1, outcome }), unexpected);
  const reply: FromWorker = { type: 'results', results };
  port?.postMessage(reply);
}

// One batch at a time: the pool sends the next before this one is done (so no round trip is waited
// for), and two batches read at once would mix their reads into each other's extraction.
let queue = Promise.resolve();
port?.on('message', (message: ToWorker) => void (queue = queue.then(() => handle(message))));
// Load the word lists and build the knowledge-base index before saying ready, so the first job does
// not carry that one-time cost (the pool starts handing out work once every worker is ready).
// Benchmarks also pass files to extract first, so that what they time is code V8 has optimised.
async function start(): Promise<void> {
  warmUp();
  await runJobs(warmUpFiles, options, false, () => undefined, unexpected);
  const ready: FromWorker = { type: 'ready' };
  port?.postMessage(ready);
}

void start();
