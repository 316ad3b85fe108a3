// One unit of extraction work, shared by the single-threaded path, the worker threads of
// `kg extract --workers N` and the extract benchmark: read one source, run the extractor, attach
// the ingest warnings. Failures come back as plain data so they cross thread boundaries.

import { KgError, isKgError, type ErrorCode } from '../errors.js';
import { extract } from '../extract/extract.js';
import { readDocument, type ReadOptions } from '../ingest/read-document.js';
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

/** Reads and extracts one source; `keep` decides whether the extraction itself is returned or only counted. */
export async function runJob(source: string, options: ReadOptions, keep: boolean): Promise<JobOutcome> {
  try {
    const { document, warnings } = await readDocument(source, options);
    const part = extract(document);
    const counts = { bytes: Buffer.byteLength(document.text, 'utf8'), entities: part.entities.length, relations: part.relations.length };
    if (!keep) return { ok: true, counts };
    const extraction: Extraction = { ...part, warnings: [...warnings, ...part.warnings] };
    return { ok: true, counts, extraction };
  } catch (error) {
    if (isKgError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
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
