// The first half of the extractor: Document -> AnalyzedDocument (sentences, mentions, role cues)
// with the built-in knowledge base. Pure and deterministic; never throws on any string input.

import type { Document } from '../types.js';
import { KB } from './model/kb.js';
import type { KbEntry } from './model/kb-types.js';
import { analyzeWith } from './mentions/find-mentions.js';
import type { AnalyzedDocument } from './pipeline-types.js';

export function analyze(document: Document, kb: readonly KbEntry[] = KB): AnalyzedDocument {
  return analyzeWith(document, kb);
}
