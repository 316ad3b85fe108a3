// The seed article's extraction for store integration tests: extract() on the seed when the
// extractor finds relations, else the hand-checked fixture of the same article (explorer-seed.json).

import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/extract/extract.js';
import type { Extraction } from '../../../src/types.js';

export function readFixture(name: string): Extraction {
  return JSON.parse(fs.readFileSync(path.resolve('tests', 'fixtures', 'extractions', `${name}.json`), 'utf8')) as Extraction;
}

export function seedExtraction(): { extraction: Extraction; from: 'extract()' | 'fixture' } {
  const fixture = readFixture('explorer-seed');
  const document = fixture.documents[0];
  if (!document) throw new Error('explorer-seed.json has no document');
  const extracted = extract(document);
  const members = extracted.relations.filter((r) => r.type === 'MEMBER_OF' && r.source === 'country:belarus');
  return members.length >= 4 ? { extraction: extracted, from: 'extract()' } : { extraction: fixture, from: 'fixture' };
}
