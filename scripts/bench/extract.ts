// npm run bench:extract [-- --corpus DIR] [--count 10000] [--small 1000] [--workers 2] [--rounds 5] [--runner bundle|tsx] [--warm-count 3000]
// Generates the synthetic corpus (or reuses --corpus), then measures read + extract over the first
// `small` files and over all files, single-threaded and with N worker threads, each in a fresh child
// process so peak RSS is its own. On all files the two modes alternate for `rounds` rounds (a shared
// machine drifts; each round's ratio comes from back-to-back runs, the report gives the median), and
// one more row runs N single-thread processes side by side on 1/N of the files each: what this machine
// gives N independent programs, the ceiling for any pool. Prints a Markdown table and writes
// bench-results/extract.md.
// The measured code runs from an esbuild bundle (dist/bench, like `npm run build`'s dist/cli), not
// through tsx, whose on-the-fly transform adds start-up and wraps every closure (keepNames).

import { fork } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BATCH_FILES, runJobs, warmUp, type JobOptions, type JobOutcome } from '../../src/cli/extract-job.js';
import { runPool } from '../../src/cli/worker-pool.js';
import { writeCorpus } from './corpus.js';

interface Measurement {
  files: number;
  mode: string;
  /** Read + extract of every file, after warm-up. */
  seconds: number;
  /** Before the clock starts: the extractor's first call (word lists, knowledge-base index); for workers also their start. */
  warmupSeconds: number;
  /** CPU time of the whole process (all threads) while the clock ran: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  bytes: number;
  ok: number;
  failed: number;
  entities: number;
  relations: number;
  baseRssMb: number;
  peakRssMb: number;
  /** Single thread: the live JS heap after a full GC at the end (what the run retained), MB. */
  heapAfterGcMb?: number;
  /** Which of the alternating rounds on all files (1-based); none for the other rows. */
  round?: number;
}

const JOB: JobOptions = { lang: 'auto', maxFileBytes: 20 * 1024 * 1024, fetchTimeoutMs: 15_000 };

// ---- child: one measurement ----

const txtFiles = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));

/** Side-by-side runs: the child reports 'ready' after its warm-up and starts the clock on 'go'. */
type ChildMessage = { type: 'ready' } | { type: 'result'; measurement: Measurement };

function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    process.once('message', () => resolve());
    process.send?.({ type: 'ready' } satisfies ChildMessage);
  });
}

async function measure(dir: string, files: number, offset: number, workers: number, warmDir: string | undefined, barrier: boolean): Promise<Measurement> {
  const list = txtFiles(dir).slice(offset, offset + files);
  const warmUpFiles = warmDir ? txtFiles(warmDir) : [];
  const baseRss = process.memoryUsage.rss();
  let peak = baseRss;
  const sample = (): void => void (peak = Math.max(peak, process.memoryUsage.rss()));
  const timer = setInterval(sample, 100);
  const m = { files: list.length, mode: workers > 1 ? `${workers} workers` : '1 thread', bytes: 0, ok: 0, failed: 0, entities: 0, relations: 0 };
  const count = (outcome: JobOutcome): void => {
    if (!outcome.ok) return void (m.failed += 1);
    m.ok += 1;
    m.bytes += outcome.counts.bytes;
    m.entities += outcome.counts.entities;
    m.relations += outcome.counts.relations;
  };
  const spawned = performance.now();
  let start = spawned;
  let cpu = process.cpuUsage();
  if (workers > 1) {
    // Worker start-up (loading the code) is measured as warm-up; the clock starts when all are ready.
    const onStart = (): void => {
      start = performance.now();
      cpu = process.cpuUsage();
    };
    await runPool(list, { workers, options: JOB, keep: false, onStart, warmUpFiles }, (_i, outcome) => count(outcome));
  } else {
    // As `kg extract` without --workers: runJobs reads a batch of files, then extracts them.
    warmUp();
    await runJobs(warmUpFiles, JOB, false, () => undefined);
    if (barrier) await waitForGo();
    start = performance.now();
    cpu = process.cpuUsage();
    await runJobs(list, JOB, false, (i, outcome) => {
      count(outcome);
      if (i % 256 === 0) sample();
    });
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  sample();
  const mb = (n: number): number => Math.round(n / 1024 / 1024);
  // Peak RSS depends on when V8 collects; the heap left after a full collection is what the run kept.
  const gc = (globalThis as { gc?: () => void }).gc;
  let heapAfterGcMb: number | undefined;
  if (gc && workers <= 1) {
    gc();
    heapAfterGcMb = mb(process.memoryUsage().heapUsed);
  }
  return { ...m, seconds, warmupSeconds: (start - spawned) / 1000, cpuSeconds: (used.user + used.system) / 1e6, baseRssMb: mb(baseRss), peakRssMb: mb(peak), heapAfterGcMb };
}

// ---- parent: corpus, runs, report ----

/** The child's code: this script and the extraction worker bundled into dist/bench (packages stay external). */
async function bundleChild(): Promise<string> {
  const outdir = path.resolve('dist/bench');
  await build({
    entryPoints: { extract: 'scripts/bench/extract.ts', 'extract-worker': 'src/cli/extract-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node 20 has Unicode property escapes; without this esbuild turns every /\p{...}/u literal
    // into `new RegExp(...)` where it stands, compiled again at each use (on hot paths too).
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    logLevel: 'warning',
  });
  return path.join(outdir, 'extract.js');
}

interface ChildRun {
  files: number;
  workers: number;
  offset?: number;
  /** Called when the child is warm; the child waits for start() before its clock runs. */
  onReady?: (start: () => void) => void;
}

function runChild(entry: string, runner: string, dir: string, warmDir: string, run: ChildRun): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const args = ['--child', '--corpus', dir, '--count', String(run.files), '--offset', String(run.offset ?? 0), '--workers', String(run.workers), '--warm', warmDir];
    if (run.onReady) args.push('--barrier');
    // The bundle runs on plain node: no tsx loader inherited through execArgv.
    const execArgv = [...(runner === 'bundle' ? [] : process.execArgv), '--expose-gc'];
    const child = fork(entry, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') run.onReady?.(() => child.send('go'));
      else resolve(message.measurement);
    });
    child.once('exit', (code) => code !== 0 && reject(new Error(`bench child exited with ${code}`)));
  });
}

/**
 * `count` single-thread processes side by side, each on its share of the files, their clocks started
 * together once all are warm: what the machine gives independent programs. One row: files and bytes
 * summed, seconds of the slowest, CPU and memory summed.
 */
async function runSideBySide(entry: string, runner: string, dir: string, warmDir: string, files: number, count: number): Promise<Measurement> {
  const share = Math.ceil(files / count);
  const starts: (() => void)[] = [];
  const onReady = (start: () => void): void => {
    starts.push(start);
    if (starts.length === count) for (const go of starts) go();
  };
  const parts = await Promise.all(
    Array.from({ length: count }, (_, i) => runChild(entry, runner, dir, warmDir, { files: Math.min(share, files - i * share), offset: i * share, workers: 1, onReady })),
  );
  const sum = (pick: (m: Measurement) => number): number => parts.reduce((total, m) => total + pick(m), 0);
  return {
    files: sum((m) => m.files),
    mode: `${count} processes`,
    seconds: Math.max(...parts.map((m) => m.seconds)),
    warmupSeconds: Math.max(...parts.map((m) => m.warmupSeconds)),
    cpuSeconds: sum((m) => m.cpuSeconds),
    bytes: sum((m) => m.bytes),
    ok: sum((m) => m.ok),
    failed: sum((m) => m.failed),
    entities: sum((m) => m.entities),
    relations: sum((m) => m.relations),
    baseRssMb: sum((m) => m.baseRssMb),
    peakRssMb: sum((m) => m.peakRssMb),
  };
}

function row(m: Measurement): string {
  const mbs = m.bytes / 1024 / 1024 / m.seconds;
  const withWarmup = m.bytes / 1024 / 1024 / (m.seconds + m.warmupSeconds);
  const growth = m.peakRssMb - m.baseRssMb;
  const mode = m.round === undefined ? m.mode : `${m.mode}, round ${m.round}`;
  return `| ${m.files.toLocaleString('en')} | ${mode} | ${m.seconds.toFixed(2)} | ${mbs.toFixed(2)} | ${Math.round(m.ok / m.seconds).toLocaleString('en')} | ${m.cpuSeconds.toFixed(2)} | ${(m.bytes / 1024 / 1024 / m.cpuSeconds).toFixed(2)} | ${m.warmupSeconds.toFixed(2)} | ${withWarmup.toFixed(2)} | ${m.peakRssMb} | +${growth} | ${m.heapAfterGcMb ?? '–'} | ${m.entities.toLocaleString('en')} / ${m.relations.toLocaleString('en')} | ${m.failed} |`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const times = (x: number): string => `${x.toFixed(2)}x`;

/** The issue's single-thread target (MB of UTF-8 text per second, reading included). */
const TARGET_MBS = 5;

function report(results: Measurement[], workers: number, corpus: string, method: { runner: string; warmCount: number; rounds: number }): string {
  const code = method.runner === 'bundle' ? 'an esbuild bundle of the sources (dist/bench, as `npm run build` makes dist/cli) on plain node' : 'the TypeScript sources through tsx';
  const reads = `files are read and extracted on that one thread as \`kg extract\` does it: synchronous fs, a batch of up to ${BATCH_FILES} files read, then extracted`;
  const single = (r: Measurement): boolean => r.mode === '1 thread';
  const pooled = (r: Measurement): boolean => r.mode === `${workers} workers`;
  const lines = [
    '# Extraction benchmark (`npm run bench:extract`)',
    '',
    `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${new Date().toISOString().slice(0, 16)}Z, load average ${os.loadavg()[0]?.toFixed(1)} (other work on the machine slows every row). Corpus: ${corpus}.`,
    `Each row runs in a fresh process executing ${code}. The clock runs over reading every file (stat, read, decode, language, id) + extract(); corpus generation, bundling and code loading are outside it. Before the clock starts, the extractor is warmed up: its first call loads the word lists and builds the knowledge-base index, then it extracts ${method.warmCount.toLocaleString('en')} other generated articles (another seed; results dropped), so that the timed files run on code V8 has optimised: V8 keeps compiling rarer functions for a few thousand files, and every worker thread is an isolate of its own that compiles everything again, on the same two cores. Workers: thread start-up too, and each worker does the same warm-up before it reports ready. That time is the warm-up column, and "MB/s incl. warm-up" counts it in. Single thread: ${reads}. Workers: the pool of \`kg extract --workers\`. On all files, single thread and workers alternate for ${method.rounds} rounds. "${workers} processes": ${workers} single-thread processes side by side, each on 1/${workers} of the files, clocks started together once all are warm (sums; seconds of the slowest). MB = 2^20 bytes of UTF-8 text. CPU s: user + system time of the process (all its threads) while the clock ran; on a shared machine "MB per CPU s" is the steadier figure. RSS is sampled every 100 ms (and every 256 files) and includes worker threads.`,
    '',
    '| files | mode | seconds | MB/s | articles/s | CPU s | MB per CPU s | warm-up s | MB/s incl. warm-up | peak RSS MB | RSS growth MB | heap after GC MB | entities / relations | failed |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
  ];
  const sizes = [...new Set(results.map((r) => r.files))].sort((a, b) => a - b);
  const big = sizes[sizes.length - 1];
  for (const files of sizes) {
    const ones = results.filter((r) => r.files === files && single(r));
    const pools = results.filter((r) => r.files === files && pooled(r));
    if (ones.length === 0 || pools.length === 0) continue;
    const ratios = pools.map((p) => (ones.find((o) => o.round === p.round) ?? (ones[0] as Measurement)).seconds / p.seconds);
    const each = ratios.length > 1 ? ` (rounds: ${ratios.map(times).join(', ')}; each from back-to-back runs)` : '';
    lines.push(`Speed-up with ${workers} workers on ${files.toLocaleString('en')} files: ${ratios.length > 1 ? 'median ' : ''}${times(median(ratios))}${each}.`);
    const apart = results.find((r) => r.files === files && r.mode === `${workers} processes`);
    if (apart && files === big) {
      const machine = median(ones.map((o) => o.seconds)) / apart.seconds;
      lines.push(
        `${workers} independent single-thread processes side by side on the same files: ${times(machine)} the median single thread. That is what this machine gives ${workers} programs that share nothing (memory bandwidth, caches and V8's compiler threads compete); the pool reaches ${Math.round((100 * median(ratios)) / machine)} % of it.`,
      );
    }
  }
  const bigOnes = results.filter((r) => r.files === big && single(r));
  if (bigOnes.length > 0) {
    const speeds = bigOnes.map((r) => r.bytes / 1024 / 1024 / r.seconds);
    const rates = bigOnes.map((r) => r.ok / r.seconds);
    const spread = speeds.length > 1 ? ` (rounds ${Math.min(...speeds).toFixed(2)} to ${Math.max(...speeds).toFixed(2)} MB/s)` : '';
    const verdict = median(speeds) >= TARGET_MBS ? 'met' : 'not met';
    lines.push(`Single thread on ${(big ?? 0).toLocaleString('en')} files: ${speeds.length > 1 ? 'median ' : ''}${median(speeds).toFixed(2)} MB/s, ${Math.round(median(rates)).toLocaleString('en')} articles/s${spread}; target ${TARGET_MBS} MB/s: ${verdict}.`);
  }
  const smallSingle = results.find((r) => r.files === sizes[0] && single(r));
  const bigSingle = results.find((r) => r.files === big && single(r));
  if (smallSingle && bigSingle && smallSingle !== bigSingle) {
    lines.push(`Peak RSS single-threaded: ${smallSingle.peakRssMb} MB for ${smallSingle.files.toLocaleString('en')} files vs ${bigSingle.peakRssMb} MB for ${bigSingle.files.toLocaleString('en')} files (results are counted, never held; the peak depends on when V8 collects).`);
    if (smallSingle.heapAfterGcMb !== undefined && bigSingle.heapAfterGcMb !== undefined)
      lines.push(`Live heap after a full GC, single thread: ${smallSingle.heapAfterGcMb} MB after ${smallSingle.files.toLocaleString('en')} files vs ${bigSingle.heapAfterGcMb} MB after ${bigSingle.files.toLocaleString('en')} files (the extractor's word and name caches are bounded).`);
  }
  if (results.every((r) => r.entities === 0)) lines.push('', 'Note: the extractor returned no entities at all (is src/extract/extract.ts still the placeholder?).');
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      count: { type: 'string', default: '10000' },
      offset: { type: 'string', default: '0' },
      barrier: { type: 'boolean', default: false },
      small: { type: 'string', default: '1000' },
      workers: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      runner: { type: 'string', default: 'bundle' },
      warm: { type: 'string' },
      'warm-count': { type: 'string', default: '3000' },
    },
  });
  const count = Number(values.count);
  const workers = Number(values.workers);
  const rounds = Math.max(1, Number(values.rounds));
  const runner = values.runner === 'tsx' ? 'tsx' : 'bundle';
  if (values.child) {
    const measurement = await measure(values.corpus as string, count, Number(values.offset), workers, values.warm, values.barrier === true);
    if (process.send) process.send({ type: 'result', measurement } satisfies ChildMessage);
    else process.stdout.write(`${JSON.stringify(measurement)}\n`);
    return;
  }
  let dir = values.corpus;
  const temp = dir === undefined;
  if (!dir) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-corpus-'));
    const started = performance.now();
    const { bytes } = await writeCorpus(dir, count, Number(values.seed));
    console.error(`bench: wrote ${count} articles (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // Warm-up articles from another generator seed: every process (and every worker) extracts them
  // before the clock starts, so the timed files run on code V8 has already optimised.
  const warmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-warm-'));
  const warmCount = Number(values['warm-count']);
  await writeCorpus(warmDir, warmCount, Number(values.seed) + 1000);
  try {
    const available = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    const small = Math.min(Number(values.small), available);
    const entry = runner === 'bundle' ? await bundleChild() : (process.argv[1] as string);
    const results: Measurement[] = [];
    const label = (w: number): string => (w > 1 ? `${w} workers` : '1 thread');
    const one = async (files: number, w: number, round?: number): Promise<void> => {
      console.error(`bench: ${files} files, ${label(w)}${round === undefined ? '' : `, round ${round}`} ...`);
      const m = await runChild(entry, runner, dir as string, warmDir, { files, workers: w });
      results.push(round === undefined ? m : { ...m, round });
    };
    if (small < available) for (const w of [1, workers]) await one(small, w);
    for (let round = 1; round <= rounds; round++) for (const w of [1, workers]) await one(available, w, rounds > 1 ? round : undefined);
    if (workers > 1) {
      console.error(`bench: ${available} files, ${workers} single-thread processes side by side ...`);
      results.push(await runSideBySide(entry, runner, dir, warmDir, available, workers));
    }
    const markdown = report(results, workers, temp ? `${available} generated articles (seed ${values.seed})` : `${available} files in ${dir}`, { runner, warmCount, rounds });
    process.stdout.write(markdown);
    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync(path.join('bench-results', 'extract.md'), markdown);
    console.error('bench: written to bench-results/extract.md');
  } finally {
    if (temp) fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(warmDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
