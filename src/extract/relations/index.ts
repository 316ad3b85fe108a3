// The relation stage: AnalyzedDocument -> typed relations with evidence. Every relation comes from a
// rule in ../model/relation-rules.ts matched in the text; world knowledge never produces one.
// Pure and deterministic; never throws on well-formed input.

import type { AnalyzedDocument, RelationStageResult } from '../pipeline-types.js';
import { RELATION_RULES } from '../model/relation-rules.js';
import { RelationCollector } from './collect.js';
import { runRules, type RunOptions } from './run-rules.js';

export type { RunOptions } from './run-rules.js';

export function findRelations(doc: AnalyzedDocument, options: RunOptions = {}): RelationStageResult {
  const collector = new RelationCollector(doc.document.id, doc.document.text);
  const warnings = runRules(doc, RELATION_RULES, collector, options);
  return { relations: collector.result(), warnings };
}
