// `kg extract <file|dir|url>... [--format json|text] [--lang auto|de|en] [--workers N]`: reads the
// inputs, runs the extractor on each document, merges the results and prints them once complete
// (stdout gets nothing unless the whole result is ready). Bad inputs: one line each on stderr, exit 1.

import { InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../../config.js';
import { KgError } from '../../errors.js';
import { mergeExtractions } from '../../extract/merge.js';
import { listSources } from '../../ingest/read-document.js';
import type { Extraction, Lang } from '../../types.js';
import { outcomeError, runJobs, type JobOptions, type JobOutcome } from '../extract-job.js';
import { formatJson, formatText } from '../extraction-format.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { EXIT, logLine, reportError } from '../output.js';

export interface ExtractOptions {
  format?: 'json' | 'text';
  lang: 'auto' | Lang;
  workers: number;
}

/** One slot per input source, in input order: a failure found while listing, or the job's outcome. */
type Slot = { source: string; error?: KgError; outcome?: JobOutcome };

async function collectSources(inputs: string[]): Promise<Slot[]> {
  const slots: Slot[] = [];
  for await (const entry of listSources(inputs)) slots.push(entry.error ? { source: entry.source, error: entry.error } : { source: entry.source });
  return slots;
}

async function runAll(slots: Slot[], options: JobOptions, workers: number): Promise<void> {
  const todo = slots.flatMap((slot, index) => (slot.error ? [] : [index]));
  const sources = todo.map((index) => slots[index]?.source ?? '');
  const settle = (i: number, outcome: JobOutcome): void => {
    const slot = slots[todo[i] ?? -1];
    if (slot) slot.outcome = outcome;
  };
  if (workers > 1 && todo.length > 1) {
    const { runPool } = await import('../worker-pool.js');
    await runPool(sources, { workers, options, keep: true }, settle);
    return;
  }
  await runJobs(sources, options, true, settle);
}

/** Runs `kg extract`; returns the exit code. */
export async function runExtract(inputs: string[], options: ExtractOptions, io: CliIo): Promise<number> {
  const config = loadConfig(io.env, io.cwd);
  const jobOptions: JobOptions = { lang: options.lang, maxFileBytes: config.input.maxFileBytes, fetchTimeoutMs: config.input.fetchTimeoutMs };
  const slots = await collectSources(inputs);
  await runAll(slots, jobOptions, options.workers);
  const parts: Extraction[] = [];
  let failed = 0;
  for (const slot of slots) {
    const outcome = slot.outcome;
    if (outcome?.ok && outcome.extraction) parts.push(outcome.extraction);
    else {
      failed += 1;
      reportError(io, slot.error ?? (outcome && !outcome.ok ? outcomeError(outcome) : new KgError('NOTHING_EXTRACTED', `extract: ${slot.source} gave no result. Run it alone to see why.`)));
    }
  }
  if (parts.length === 0) {
    if (failed === 0) reportError(io, new KgError('NOTHING_EXTRACTED', 'extract: no document could be read. Pass .txt, .md or .html files, directories or URLs.'));
    return EXIT.failed;
  }
  const merged = mergeExtractions(parts);
  for (const w of merged.warnings) logLine(io, `kg: warning: ${w.message} [${w.code}]`);
  const format = options.format ?? (io.stdoutIsTTY ? 'text' : 'json');
  io.stdout(format === 'json' ? formatJson(merged) : formatText(merged));
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

export const registerExtract: RegisterCommand = (program, ctx) => {
  program
    .command('extract')
    .description('extract entities and relations from files, directories (their .txt/.md/.html files) or http(s) URLs')
    .argument('<inputs...>', 'files, directories (not recursive) or http(s) URLs')
    .addOption(new Option('--format <format>', 'output format (default: json when piped, text on a terminal)').choices(['json', 'text']))
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', 'de', 'en']).default('auto'))
    .addOption(new Option('--workers <n>', 'worker threads for many files (same output as 1)').argParser(parseWorkers).default(1))
    .action(async (inputs: string[], options: ExtractOptions) => {
      ctx.exitCode = await runExtract(inputs, options, ctx.io);
    });
};
