// The seed article through the real pipeline (readDocument -> extract -> file store in a temp
// dir), for e2e tests and benchmarks that want the graph a user gets after "kg ingest seeds/".

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../src/extract/extract.js';
import { readDocument } from '../../src/ingest/index.js';
import { openFileStore } from '../../src/store/file/file-store.js';
import type { GraphStore } from '../../src/store/types.js';
import type { Extraction } from '../../src/types.js';

export const SEED_ARTICLE = path.resolve('seeds', 'belta-belarus-kazakhstan.de.txt');

/** The extraction of one article, as "kg ingest" computes it. */
export async function extractArticle(article: string = SEED_ARTICLE): Promise<Extraction> {
  const { document } = await readDocument(article, { maxFileBytes: 20 * 1024 * 1024, fetchTimeoutMs: 1000 });
  return extract(document);
}

export async function openSeedFileStore(articles: string[] = [SEED_ARTICLE]): Promise<GraphStore> {
  const store = openFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-store-')));
  for (const article of articles) await store.saveDocument(await extractArticle(article));
  return store;
}
