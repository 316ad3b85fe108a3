// A small pool of worker threads that run extraction jobs: sources are handed out in small batches
// (a work queue, so a slow file never stalls a whole share; batches shrink towards the end so the
// workers finish together), outcomes come back by index, one message per batch. Works under tsx
// (TypeScript sources) and in the bundle (dist/cli/extract-worker.js beside bin.js).

import { Worker } from 'node:worker_threads';
import type { JobOptions, JobOutcome } from './extract-job.js';

/** Batches handed to a worker ahead: its next files are already there when one batch is done. */
const DEPTH = 2;
/**
 * Most files in one batch: one message each way per batch instead of per file. 32 rather than 8 halves
 * the main thread's share of a 2-core machine in `npm run bench:extract` (messages are its only work);
 * batches still shrink towards the end of the queue (batchSize), so the workers finish together.
 */
const MAX_BATCH = 32;

export interface Job {
  index: number;
  source: string;
}
export interface JobResult {
  index: number;
  outcome: JobOutcome;
}
export type ToWorker = { type: 'jobs'; jobs: Job[] } | { type: 'stop' };
export type FromWorker = { type: 'ready' } | { type: 'results'; results: JobResult[] };

function spawn(options: JobOptions, keep: boolean, warmUpFiles: readonly string[]): Worker {
  const here = import.meta.url;
  const workerData = { options, keep, warmUpFiles };
  // From source under tsx, a small .mjs entry registers tsx in the thread, then loads the TypeScript worker.
  if (here.endsWith('.ts')) return new Worker(new URL('./extract-worker.dev.mjs', here), { workerData });
  return new Worker(new URL('./extract-worker.js', here), { workerData });
}

/** How many files the next batch takes: up to MAX_BATCH, fewer as the queue runs out (at least one). */
export function batchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(remaining / (workers * DEPTH * 2))));
}

/**
 * Runs every source through `workers` threads; `onOutcome` sees each result once (in completion
 * order, with its index). Work starts once every worker is loaded (`onStart` then runs, for
 * benchmarks). Resolves when all are done; rejects if a worker crashes.
 */
export function runPool(
  sources: readonly string[],
  settings: {
    workers: number;
    options: JobOptions;
    keep: boolean;
    onStart?: () => void;
    /** Files each worker extracts (results dropped) before it reports ready: benchmarks measure warm code. */
    warmUpFiles?: readonly string[];
  },
  onOutcome: (index: number, outcome: JobOutcome) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = sources.length;
    const pool: Worker[] = [];
    let finished = false;
    const finish = (error?: unknown): void => {
      if (finished) return;
      finished = true;
      for (const worker of pool) void worker.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };
    // Each worker holds up to DEPTH batches, so it never waits for the round trip to the main thread
    // between two batches; 'stop' goes only to a worker with nothing left in flight.
    const inFlight = new Map<Worker, number>();
    const feed = (worker: Worker): void => {
      const busy = inFlight.get(worker) ?? 0;
      if (next < sources.length) {
        const end = Math.min(sources.length, next + batchSize(sources.length - next, pool.length));
        const jobs: Job[] = [];
        for (; next < end; next += 1) jobs.push({ index: next, source: sources[next] as string });
        inFlight.set(worker, busy + 1);
        worker.postMessage({ type: 'jobs', jobs } satisfies ToWorker);
      } else if (busy === 0) worker.postMessage({ type: 'stop' } satisfies ToWorker);
    };
    if (pending === 0) return resolve();
    const size = Math.max(1, Math.min(settings.workers, sources.length));
    let loaded = 0;
    for (let i = 0; i < size; i += 1) {
      const worker = spawn(settings.options, settings.keep, settings.warmUpFiles ?? []);
      pool.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          loaded += 1;
          if (loaded < size) return;
          settings.onStart?.();
          for (let d = 0; d < DEPTH; d++) for (const each of pool) feed(each);
          return;
        }
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        for (const { index, outcome } of message.results) onOutcome(index, outcome);
        pending -= message.results.length;
        if (pending === 0) return finish();
        feed(worker);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => code !== 0 && finish(new Error(`extract: a worker thread stopped early (exit code ${code}). Run again without --workers.`)));
    }
  });
}
