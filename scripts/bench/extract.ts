// npm run bench:extract [-- --corpus DIR] [--count 10000] [--small 1000] [--workers 2]
// Generates the synthetic corpus (or reuses --corpus), then measures read + extract over the first
// `small` files and over all files, single-threaded and with N worker threads, each in a fresh child
// process so peak RSS is its own. Prints a Markdown table and writes bench-results/extract.md.

import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runJob, type JobOptions, type JobOutcome } from '../../src/cli/extract-job.js';
import { runPool } from '../../src/cli/worker-pool.js';
import { writeCorpus } from './corpus.js';

interface Measurement {
  files: number;
  mode: string;
  seconds: number;
  bytes: number;
  ok: number;
  failed: number;
  entities: number;
  relations: number;
  baseRssMb: number;
  peakRssMb: number;
}

const JOB: JobOptions = { lang: 'auto', maxFileBytes: 20 * 1024 * 1024, fetchTimeoutMs: 15_000 };

// ---- child: one measurement ----

async function measure(dir: string, files: number, workers: number): Promise<Measurement> {
  const list = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, files).map((f) => path.join(dir, f));
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sample = (): void => void (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 25);
  const m = { files: list.length, mode: workers > 1 ? `${workers} workers` : '1 thread', bytes: 0, ok: 0, failed: 0, entities: 0, relations: 0 };
  const count = (outcome: JobOutcome): void => {
    if (!outcome.ok) return void (m.failed += 1);
    m.ok += 1;
    m.bytes += outcome.counts.bytes;
    m.entities += outcome.counts.entities;
    m.relations += outcome.counts.relations;
  };
  let start = performance.now();
  // Worker start-up (loading the code) is left out of the time, as it is for the single thread.
  const onStart = (): void => void (start = performance.now());
  if (workers > 1) await runPool(list, { workers, options: JOB, keep: false, onStart }, (_i, outcome) => count(outcome));
  else
    for (const file of list) {
      count(await runJob(file, JOB, false));
      sample();
    }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  sample();
  const mb = (n: number): number => Math.round(n / 1024 / 1024);
  return { ...m, seconds, baseRssMb: mb(baseRss), peakRssMb: mb(peak) };
}

// ---- parent: corpus, runs, report ----

function runChild(dir: string, files: number, workers: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1] as string, ['--child', '--corpus', dir, '--count', String(files), '--workers', String(workers)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve(message as Measurement));
    child.once('exit', (code) => code !== 0 && reject(new Error(`bench child exited with ${code}`)));
  });
}

function row(m: Measurement): string {
  const mbs = m.bytes / 1024 / 1024 / m.seconds;
  const growth = m.peakRssMb - m.baseRssMb;
  return `| ${m.files.toLocaleString('en')} | ${m.mode} | ${m.seconds.toFixed(2)} | ${mbs.toFixed(2)} | ${Math.round(m.ok / m.seconds).toLocaleString('en')} | ${m.peakRssMb} | +${growth} | ${m.entities.toLocaleString('en')} / ${m.relations.toLocaleString('en')} | ${m.failed} |`;
}

function report(results: Measurement[], workers: number, corpus: string): string {
  const lines = [
    '# Extraction benchmark (`npm run bench:extract`)',
    '',
    `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${new Date().toISOString().slice(0, 16)}Z, load average ${os.loadavg()[0]?.toFixed(1)} (other work on the machine slows every row). Corpus: ${corpus}.`,
    'Each row runs in a fresh process (read every file + extract; code loading excluded, the extractor\'s first-call warm-up included); RSS is sampled every 25 ms and includes worker threads.',
    '',
    '| files | mode | seconds | MB/s | articles/s | peak RSS MB | RSS growth MB | entities / relations | failed |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
  ];
  for (const files of [...new Set(results.map((r) => r.files))]) {
    const single = results.find((r) => r.files === files && r.mode === '1 thread');
    const pooled = results.find((r) => r.files === files && r.mode !== '1 thread');
    if (single && pooled) lines.push(`Speed-up with ${workers} workers on ${files.toLocaleString('en')} files: ${(single.seconds / pooled.seconds).toFixed(2)}x.`);
  }
  const [smallSingle, bigSingle] = [results[0], results[2]];
  if (smallSingle && bigSingle)
    lines.push(`Peak RSS single-threaded: ${smallSingle.peakRssMb} MB for ${smallSingle.files.toLocaleString('en')} files vs ${bigSingle.peakRssMb} MB for ${bigSingle.files.toLocaleString('en')} files (results are counted, never held).`);
  if (results.every((r) => r.entities === 0)) lines.push('', 'Note: the extractor returned no entities at all (is src/extract/extract.ts still the placeholder?).');
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      count: { type: 'string', default: '10000' },
      small: { type: 'string', default: '1000' },
      workers: { type: 'string', default: '2' },
      seed: { type: 'string', default: '1' },
    },
  });
  const count = Number(values.count);
  const workers = Number(values.workers);
  if (values.child) {
    const result = await measure(values.corpus as string, count, workers);
    if (process.send) process.send(result);
    else process.stdout.write(`${JSON.stringify(result)}\n`);
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
  try {
    const available = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    const sizes = [...new Set([Math.min(Number(values.small), available), available])];
    const results: Measurement[] = [];
    for (const files of sizes)
      for (const w of [1, workers]) {
        console.error(`bench: ${files} files, ${w > 1 ? `${w} workers` : '1 thread'} ...`);
        results.push(await runChild(dir, files, w));
      }
    const markdown = report(results, workers, temp ? `${available} generated articles (seed ${values.seed})` : `${available} files in ${dir}`);
    process.stdout.write(markdown);
    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync(path.join('bench-results', 'extract.md'), markdown);
    console.error('bench: written to bench-results/extract.md');
  } finally {
    if (temp) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
