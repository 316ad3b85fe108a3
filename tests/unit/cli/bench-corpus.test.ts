// The benchmark corpus generator (scripts/bench/corpus.ts, shared by the extract and Neo4j
// benchmarks): deterministic, independent of the corpus size, German and English, about 2 KB.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArticle, loadCorpusNames, writeCorpus } from '../../../scripts/bench/corpus.js';

const names = loadCorpusNames();

describe('benchmark corpus', () => {
  test('the same (seed, index) gives the same article; another seed another one', () => {
    expect(generateArticle(7, names, 1)).toEqual(generateArticle(7, names, 1));
    expect(generateArticle(7, names, 2).text).not.toBe(generateArticle(7, names, 1).text);
    expect(generateArticle(8, names, 1).text).not.toBe(generateArticle(7, names, 1).text);
  });

  test('articles are about 2 KB, both languages, with a dateline, quotes and no repeated sentence', () => {
    const sample = Array.from({ length: 200 }, (_, i) => generateArticle(i, names));
    const langs = new Set(sample.map((a) => a.lang));
    expect(langs).toEqual(new Set(['de', 'en']));
    for (const a of sample) {
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThan(1800);
      expect(bytes).toBeLessThan(3000);
      expect(a.text).toMatch(/^\p{Lu}[^,\n]+, \d{1,2}\.? \p{L}+ \([^)]+\) - /u);
      expect(a.name).toMatch(new RegExp(`^\\d{6}-[a-z0-9-]+\\.${a.lang}\\.txt$`));
    }
    expect(sample.filter((a) => /[„"]/.test(a.text)).length).toBeGreaterThan(100);
    expect(new Set(sample.map((a) => a.text)).size).toBe(sample.length);
  });

  test('writeCorpus writes N files; the first files of a bigger corpus are the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-corpus-'));
    try {
      const small = await writeCorpus(path.join(dir, 'a'), 5);
      const big = await writeCorpus(path.join(dir, 'b'), 8);
      expect(small.files).toHaveLength(5);
      expect(fs.readdirSync(path.join(dir, 'b'))).toHaveLength(8);
      for (let i = 0; i < 5; i += 1) expect(fs.readFileSync(big.files[i]!, 'utf8')).toBe(fs.readFileSync(small.files[i]!, 'utf8'));
      expect(small.bytes).toBe(small.files.reduce((sum, f) => sum + fs.statSync(f).size, 0));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
