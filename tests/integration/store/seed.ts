// The seed article's extraction for store integration tests, through the real pipeline
// (readDocument + extract). The hand-checked fixture of the same article (explorer-seed.json) is
// the fallback only while the extractor cannot yet find Belarus's memberships; `from` says which.

import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/extract/extract.js';
import { readDocument } from '../../../src/ingest/index.js';
import type { Extraction } from '../../../src/types.js';

export const SEED_SOURCE = 'seeds/belta-belarus-kazakhstan.de.txt';

export function readFixture(name: string): Extraction {
  return JSON.parse(fs.readFileSync(path.resolve('tests', 'fixtures', 'extractions', `${name}.json`), 'utf8')) as Extraction;
}

export async function seedExtraction(): Promise<{ extraction: Extraction; from: 'extract()' | 'fixture' }> {
  const { document } = await readDocument(SEED_SOURCE, { maxFileBytes: 20 * 1024 * 1024, fetchTimeoutMs: 1000 });
  const extracted = extract(document);
  const members = extracted.relations.filter((r) => r.type === 'MEMBER_OF' && r.source === 'country:belarus');
  return members.length >= 4 ? { extraction: extracted, from: 'extract()' } : { extraction: readFixture('explorer-seed'), from: 'fixture' };
}
