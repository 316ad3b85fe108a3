// Loads the small hand-made extractions in tests/fixtures/extractions (store-a, store-b, store-a2)
// and makes temporary data folders for file-store tests.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Extraction } from '../../../src/types.js';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'extractions');

export type FixtureName = 'store-a' | 'store-b' | 'store-a2';

/** A fresh deep copy each call, so a test can change it freely. */
export function fixture(name: FixtureName): Extraction {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Extraction;
}

export function docId(name: FixtureName): string {
  const doc = fixture(name).documents[0];
  if (!doc) throw new Error(`fixture ${name} has no document`);
  return doc.id;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kg-store-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
