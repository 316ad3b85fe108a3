// One unit of extraction work, shared by the single-threaded path, the worker threads of
// `kg extract --workers N` and the extract benchmark: read one source, run the extractor, attach
// the ingest warnings. Failures come back as plain data so they cross thread boundaries.

import { KgError, isKgError, type ErrorCode } from '../errors.js';
import { extract } from '../extract/extract.js';
import { readDocument, type ReadOptions, type ReadResult } from '../ingest/read-document.js';
import type { Extraction } from '../types.js';

/** ReadOptions without the injectable fetch, so it can be sent to a worker. */
export type JobOptions = Omit<ReadOptions, 'fetch'>;

export interface JobCounts {
  /** UTF-8 bytes of the document text. */
  bytes: number;
  entities: number;
  relations: number;
}

export type JobOutcome =
  | { ok: true; counts: JobCounts; extraction?: Extraction }
  | { ok: false; error: { code: ErrorCode; message: string } };

type ReadJob = { ok: true; result: ReadResult } | { ok: false; outcome: JobOutcome };

/** What runJobs makes of an error that is no KgError (a bug): by default it is thrown. */
export type OnUnexpected = (source: string, error: unknown) => JobOutcome;

const rethrow: OnUnexpected = (_source, error) => {
  throw error;
};

function failed(error: unknown, source: string, onUnexpected: OnUnexpected): JobOutcome {
  if (isKgError(error)) return { ok: false, error: { code: error.code, message: error.message } };
  return onUnexpected(source, error);
}

async function readJob(source: string, options: ReadOptions, onUnexpected: OnUnexpected, turn = true): Promise<ReadJob> {
  try {
    return { ok: true, result: await readDocument(source, options, turn) };
  } catch (error) {
    return { ok: false, outcome: failed(error, source, onUnexpected) };
  }
}

function extractJob({ document, warnings }: ReadResult, keep: boolean, onUnexpected: OnUnexpected): JobOutcome {
  try {
    const part = extract(document);
    const counts = { bytes: Buffer.byteLength(document.text, 'utf8'), entities: part.entities.length, relations: part.relations.length };
    if (!keep) return { ok: true, counts };
    const extraction: Extraction = { ...part, warnings: [...warnings, ...part.warnings] };
    return { ok: true, counts, extraction };
  } catch (error) {
    return failed(error, document.source, onUnexpected);
  }
}

/** Reads and extracts one source; `keep` decides whether the extraction itself is returned or only counted. */
export async function runJob(source: string, options: ReadOptions, keep: boolean): Promise<JobOutcome> {
  const read = await readJob(source, options, rethrow);
  return read.ok ? extractJob(read.result, keep, rethrow) : read.outcome;
}

/** runJobs reads at most this many files ahead of the extractor ... */
export const BATCH_FILES = 32;
/** ... and at most about this many bytes of text (then extracts what it has read). */
export const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * runJob over many sources, each outcome reported in source order: reads up to BATCH_FILES files
 * (or BATCH_BYTES of text), then extracts them one after the other. Reading (system calls,
 * decoding, language detection, hashing) between every two extractions pushes the extractor's
 * tables out of the CPU caches: file by file costs about 12 % more CPU per MB than in batches
 * (measured in one process, alternating both ways over the same files).
 */
export async function runJobs(sources: readonly string[], options: ReadOptions, keep: boolean, onOutcome: (index: number, outcome: JobOutcome) => void, onUnexpected: OnUnexpected = rethrow): Promise<void> {
  for (let next = 0; next < sources.length; ) {
    // One event-loop turn per batch (timers, V8's GC tasks), not one per file.
    await new Promise((resolve) => setImmediate(resolve));
    const from = next;
    const batch: ReadJob[] = [];
    let bytes = 0;
    while (next < sources.length && batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
      const read = await readJob(sources[next] as string, options, onUnexpected, false);
      if (read.ok) bytes += 2 * read.result.document.text.length;
      batch.push(read);
      next++;
    }
    batch.forEach((read, k) => onOutcome(from + k, read.ok ? extractJob(read.result, keep, onUnexpected) : read.outcome));
  }
}

/**
 * The extractor's one-time work before the first real document: word lists, the knowledge-base
 * index (a tiny German document, as before). Used by the worker threads and the benchmark's
 * single thread alike, so both start from the same state.
 */
export function warmUp(): void {
  extract({ id: 'warm-up', source: 'warm-up.txt', lang: 'de', text: 'MINSK, 3. Juli (BelTA) - Der belarussische Präsident Alexander Lukaschenko hat Kasachstan besucht.' });
}

export function outcomeError(outcome: Extract<JobOutcome, { ok: false }>): KgError {
  return new KgError(outcome.error.code, outcome.error.message);
}
