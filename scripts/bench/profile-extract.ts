// tsx scripts/bench/profile-extract.ts [--count 500] [--rounds 3] [--seed 1]
// Extractor-only throughput: generates `count` corpus articles in memory (not timed), runs one
// warm-up pass, then times `rounds` passes of extract() over them and prints MB/s (UTF-8 bytes of
// the text) by wall and by CPU time. Under tsx every closure is wrapped (keepNames), so for numbers
// and CPU profiles bundle it first: npx esbuild scripts/bench/profile-extract.ts --bundle
// --platform=node --format=esm --packages=external --outfile=dist/bench/profile.mjs, then
// node --cpu-prof dist/bench/profile.mjs (run from the project root: the word lists are found there).

import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { extract } from '../../src/extract/extract.js';
import type { Document } from '../../src/types.js';
import { generateArticle, loadCorpusNames } from './corpus.js';

function main(): void {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.count);
  const names = loadCorpusNames();
  const docs: Document[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const a = generateArticle(i, names, Number(values.seed));
    docs.push({ id: createHash('sha256').update(a.text).digest('hex').slice(0, 16), source: a.name, lang: a.lang, text: a.text });
    bytes += Buffer.byteLength(a.text, 'utf8');
  }
  const warmStart = performance.now();
  let entities = 0;
  for (const d of docs) entities += extract(d).entities.length;
  const warm = performance.now() - warmStart;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < Number(values.rounds); r += 1) {
    const start = performance.now();
    const used = process.cpuUsage();
    for (const d of docs) extract(d);
    const { user, system } = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  const best = Math.min(...times);
  const mbs = (ms: number): string => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(2);
  console.log(`profile-extract: ${count} articles, ${(bytes / 1024).toFixed(0)} KB, ${entities} entities per pass`);
  console.log(`  first pass (incl. warm-up): ${warm.toFixed(0)} ms = ${mbs(warm)} MB/s`);
  console.log(`  timed passes: ${times.map((t) => t.toFixed(0)).join(', ')} ms; best ${mbs(best)} MB/s, ${(best / count).toFixed(3)} ms/article`);
  // CPU time of this process (GC threads included) is steadier than wall time on a shared machine.
  const bestCpu = Math.min(...cpu);
  console.log(`  CPU time of the passes: ${cpu.map((t) => t.toFixed(0)).join(', ')} ms; best ${mbs(bestCpu)} MB/s by CPU time`);
}

main();
