// Test helper: build a Document from raw text the way ingest does (id = first 16 hex chars of the
// sha256 of the text). Used by golden and fuzz tests so they do not depend on the ingest module.
// Must not rewrite the text: every offset the extractor returns indexes exactly this string.

import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { DocLang, Document } from '../../src/types.js';

export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** "<slug>.<lang>.txt" -> lang; anything else -> "und". */
export function langFromFileName(path: string): DocLang {
  const match = /\.(de|en)\.txt$/.exec(basename(path));
  return match ? (match[1] as 'de' | 'en') : 'und';
}

export function makeDocument(text: string, options: { lang?: DocLang; source?: string } = {}): Document {
  return {
    id: documentId(text),
    source: options.source ?? 'inline.txt',
    lang: options.lang ?? 'und',
    text,
  };
}
