// tsx scripts/bench/extract-hashes.ts [--fixtures DIR] [--count 300] [--out FILE]
// Output fingerprint of extract(): sha256 of JSON.stringify(extract(doc)) for the golden articles,
// the seed and `count` generated corpus articles, one line per document. Used to check that speed
// work leaves the extractor's output byte-identical (diff the files of two trees).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../src/extract/extract.js';
import type { DocLang, Document } from '../../src/types.js';
import { generateArticle, loadCorpusNames } from './corpus.js';

const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

function doc(text: string, lang: DocLang, source: string): Document {
  return { id: sha(text).slice(0, 16), source, lang, text };
}

export function fingerprintDocuments(fixtures: string, count: number): Array<[string, Document]> {
  const docs: Array<[string, Document]> = [];
  const files = [
    ...fs.readdirSync(path.join(fixtures, 'tests/fixtures/articles')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(fixtures, 'tests/fixtures/articles', f)),
    ...fs.readdirSync(path.join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(fixtures, 'seeds', f)),
  ];
  for (const file of files) {
    const lang = (/\.(de|en)\.txt$/.exec(file)?.[1] ?? 'und') as DocLang;
    const text = fs.readFileSync(file, 'utf8');
    docs.push([path.basename(file), doc(text, lang, path.basename(file))]);
    // Language undetermined: the knowledge-base-only path.
    docs.push([`${path.basename(file)}#und`, doc(text, 'und', path.basename(file))]);
  }
  const names = loadCorpusNames();
  const long: Record<'de' | 'en', string[]> = { de: [], en: [] };
  for (let i = 0; i < count; i += 1) {
    const a = generateArticle(i, names, 1);
    docs.push([a.name, doc(a.text, a.lang, a.name)]);
    if (long[a.lang].length < 40) long[a.lang].push(a.text);
  }
  // Long documents (40 articles in one), where work that grows faster than the text would show.
  for (const lang of ['de', 'en'] as const) if (long[lang].length > 0) docs.push([`long-${lang}`, doc(long[lang].join('\n'), lang, `long-${lang}.txt`)]);
  return docs;
}

function main(): void {
  const { values } = parseArgs({ options: { fixtures: { type: 'string', default: process.cwd() }, count: { type: 'string', default: '300' }, out: { type: 'string' } } });
  const lines = fingerprintDocuments(values.fixtures as string, Number(values.count)).map(([name, d]) => `${sha(JSON.stringify(extract(d)))} ${name}`);
  const all = `${lines.join('\n')}\n`;
  const text = `${all}${sha(all)} ALL\n`;
  if (values.out) fs.writeFileSync(values.out, text);
  process.stdout.write(`${sha(all)} ALL (${lines.length} documents)\n`);
}

main();
