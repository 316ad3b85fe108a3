// `kg ingest <file|dir|url>... [--dry-run] [--lang auto|de|en] [--format text|json]`: reads each
// input, extracts it and saves each document to the store (idempotent: the same text again changes
// nothing). A progress bar on a terminal; a summary at the end. Failed inputs: one line each on
// stderr and exit 1, the others are still saved. --dry-run reports what would change, writes nothing.

import { Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { KgError, isKgError } from '../../errors.js';
import { listSources } from '../../ingest/read-document.js';
import type { GraphStore, SaveResult } from '../../store/types.js';
import type { Extraction, Lang } from '../../types.js';
import { outcomeError, runJob } from '../extract-job.js';
import type { JobOptions } from '../extract-job.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { EXIT, logLine, printJson, reportError } from '../output.js';
import { defaultFormat, withStore } from '../with-store.js';

export interface IngestOptions {
  dryRun?: boolean;
  lang: 'auto' | Lang;
  format?: 'text' | 'json';
}

export interface IngestSummary {
  dryRun: boolean;
  documents: { created: number; replaced: number; unchanged: number; failed: number };
  entities: { created: number; updated: number };
  relations: { created: number; updated: number };
  results: (SaveResult & { source: string })[];
  failures: { source: string; code: string; message: string }[];
}

function emptySummary(dryRun: boolean): IngestSummary {
  return {
    dryRun,
    documents: { created: 0, replaced: 0, unchanged: 0, failed: 0 },
    entities: { created: 0, updated: 0 },
    relations: { created: 0, updated: 0 },
    results: [],
    failures: [],
  };
}

function addResult(summary: IngestSummary, source: string, r: SaveResult): void {
  summary.results.push({ ...r, source });
  summary.documents[r.status] += 1;
  summary.entities.created += r.entitiesCreated;
  summary.entities.updated += r.entitiesUpdated;
  summary.relations.created += r.relationsCreated;
  summary.relations.updated += r.relationsUpdated;
}

function addFailure(io: CliIo, summary: IngestSummary, source: string, error: KgError): void {
  summary.documents.failed += 1;
  summary.failures.push({ source, code: error.code, message: error.message });
  reportError(io, error);
}

export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  return [
    ...(s.dryRun ? ['dry run: nothing was written; each document is counted against the stored graph'] : []),
    `documents: ${d.created} created, ${d.replaced} replaced, ${d.unchanged} unchanged, ${d.failed} failed`,
    `entities:  ${s.entities.created} created, ${s.entities.updated} updated`,
    `relations: ${s.relations.created} created, ${s.relations.updated} updated`,
    '',
  ].join('\n');
}

/**
 * A progress bar on stderr when it is a terminal and there is more than one source. While it runs,
 * log lines are held back (they would tear the bar) and written when it stops, so none is lost.
 */
function progress(io: CliIo, total: number): { log: CliIo; tick: () => void; stop: () => void } {
  if (!io.stderrIsTTY || total < 2) return { log: io, tick: () => undefined, stop: () => undefined };
  const held: string[] = [];
  const bar = new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} documents', clearOnComplete: true, hideCursor: true });
  bar.start(total, 0);
  return {
    log: { ...io, stderr: (text) => void held.push(text) },
    tick: () => bar.increment(),
    stop: () => {
      bar.stop();
      for (const text of held.splice(0)) io.stderr(text);
    },
  };
}

/**
 * Saves to Neo4j in flight at once while the next inputs are read and extracted: a save is mostly
 * waiting (round trips, commit), so a few concurrent transactions keep Neo4j busy. Results are still
 * reported in input order. The file store saves one at a time.
 */
export const NEO4J_SAVE_WINDOW = 4;

interface PendingSave {
  source: string;
  docId: string;
  warnings: string[];
  done: Promise<SaveResult | KgError | { thrown: unknown }>;
}

async function ingestAll(store: GraphStore, inputs: string[], jobOptions: JobOptions, options: IngestOptions, io: CliIo): Promise<IngestSummary> {
  const dryRun = options.dryRun === true;
  const summary = emptySummary(dryRun);
  const sources: { source: string; error?: KgError }[] = [];
  for await (const entry of listSources(inputs)) sources.push(entry);
  const bar = progress(io, sources.length);
  const seen = new Set<string>();
  const window = dryRun || store.kind !== 'neo4j' ? 1 : NEO4J_SAVE_WINDOW;
  const pending: PendingSave[] = [];
  const report = (source: string, docId: string, result: SaveResult | KgError): void => {
    if (isKgError(result)) return addFailure(bar.log, summary, source, result);
    seen.add(docId);
    addResult(summary, source, result);
    // Per-document lines only without a bar: on a terminal the bar and the summary say it.
    if (bar.log === io) logLine(io, `kg: ${source}: ${result.status}${dryRun ? ' (dry run)' : ''} (document ${docId})`);
  };
  /** Waits for the oldest save in flight and reports it; an unreachable store stops the run here. */
  const settleOldest = async (): Promise<void> => {
    const next = pending.shift();
    if (!next) return;
    const result = await next.done;
    if ('thrown' in result) throw result.thrown;
    for (const line of next.warnings) logLine(bar.log, line);
    report(next.source, next.docId, result);
  };
  try {
    for (const { source, error } of sources) {
      const outcome = error ? undefined : await runJob(source, jobOptions, true);
      bar.tick();
      if (error || !outcome || !outcome.ok || !outcome.extraction) {
        const failure = error ?? (outcome && !outcome.ok ? outcomeError(outcome) : undefined);
        while (pending.length > 0) await settleOldest();
        addFailure(bar.log, summary, source, failure ?? new KgError('NOTHING_EXTRACTED', `ingest: ${source} gave no result. Run "kg extract ${source}" to see why.`));
        continue;
      }
      const extraction = outcome.extraction;
      const docId = extraction.documents[0]?.id ?? '';
      // The same text or source twice in one run: the earlier save finishes first, so the later one
      // sees it (unchanged, or replacing it) exactly as in a sequential run.
      if (pending.some((p) => p.docId === docId || p.source === source)) while (pending.length > 0) await settleOldest();
      while (pending.length >= window) await settleOldest();
      const warnings = extraction.warnings.map((w) => `kg: warning: ${source}: ${w.message} [${w.code}]`);
      if (dryRun && seen.has(docId)) {
        // In a dry run nothing is written, so a text seen twice in one run must not count as created twice.
        for (const line of warnings) logLine(bar.log, line);
        report(source, docId, unchangedResult(docId));
        continue;
      }
      const done = saveOne(store, extraction, dryRun).catch((thrown: unknown) => ({ thrown }));
      pending.push({ source, docId, warnings, done });
      if (window === 1) await settleOldest();
    }
    while (pending.length > 0) await settleOldest();
  } finally {
    bar.stop();
  }
  return summary;
}

/** A document the store refuses (STORE_FAILED) fails alone; an unreachable store stops the run. */
async function saveOne(store: GraphStore, extraction: Extraction, dryRun: boolean): Promise<SaveResult | KgError> {
  try {
    return await store.saveDocument(extraction, { dryRun });
  } catch (error) {
    if (isKgError(error, 'STORE_FAILED')) return error;
    throw error;
  }
}

function unchangedResult(documentId: string): SaveResult {
  return { documentId, status: 'unchanged', entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 };
}

/** Runs `kg ingest`; returns the exit code (1 when any input failed). */
export async function runIngest(inputs: string[], options: IngestOptions, io: CliIo): Promise<number> {
  const summary = await withStore(io, (store, config) => {
    const jobOptions: JobOptions = { lang: options.lang, maxFileBytes: config.input.maxFileBytes, fetchTimeoutMs: config.input.fetchTimeoutMs };
    return ingestAll(store, inputs, jobOptions, options, io);
  });
  if (defaultFormat(io, options.format, 'text') === 'json') printJson(io, summary);
  else io.stdout(formatSummary(summary));
  return summary.documents.failed > 0 ? EXIT.failed : EXIT.ok;
}

export const registerIngest: RegisterCommand = (program, ctx) => {
  program
    .command('ingest')
    .description('read, extract and save documents to the store (files, directories of .txt/.md/.html, http(s) URLs)')
    .argument('<inputs...>', 'files, directories (not recursive) or http(s) URLs')
    .option('--dry-run', 'report what would change and write nothing')
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', 'de', 'en']).default('auto'))
    .addOption(new Option('--format <format>', 'summary format (default: text on a terminal, json when piped)').choices(['text', 'json']))
    .action(async (inputs: string[], options: IngestOptions) => {
      ctx.exitCode = await runIngest(inputs, options, ctx.io);
    });
};
