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
    const extraction: Extraction = { ...part, warnings: [...warnings, ...part.warnings] };
    const counts = { bytes: Buffer.byteLength(document.text, 'utf8'), entities: part.entities.length, relations: part.relations.length };
    return keep ? { ok: true, counts, extraction } : { ok: true, counts };
  } catch (error) {
    if (isKgError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}

export function outcomeError(outcome: Extract<JobOutcome, { ok: false }>): KgError {
  return new KgError(outcome.error.code, outcome.error.message);
}
