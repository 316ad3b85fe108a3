// Collects relation candidates into Relation records: one per (type, source, target), symmetric types
// ordered source < target, no self-loops, one evidence span per supporting sentence, the highest
// confidence (and its rule) kept. Output sorted by id, evidence by offset: deterministic.

import type { Relation, RelationType, Span } from '../../types.js';
import { relationId } from '../ids.js';
import type { Sentence } from '../pipeline-types.js';

export const SYMMETRIC: ReadonlySet<RelationType> = new Set<RelationType>(['PARTNER_OF', 'TRADES_WITH', 'MET_WITH']);

export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  rule: string;
  sentence: Sentence;
}

export class RelationCollector {
  private readonly relations = new Map<string, Relation>();
  private readonly evidence = new Map<string, Map<number, Span>>();

  constructor(
    private readonly docId: string,
    private readonly text: string,
  ) {}

  add(c: Candidate): void {
    if (c.source === c.target) return;
    const [source, target] = SYMMETRIC.has(c.type) && c.target < c.source ? [c.target, c.source] : [c.source, c.target];
    const id = relationId(c.type, source, target);
    const confidence = Math.round(Math.min(1, Math.max(0.05, c.confidence)) * 100) / 100;
    const known = this.relations.get(id);
    if (!known) {
      this.relations.set(id, { id, type: c.type, source, target, confidence, rule: c.rule, evidence: [] });
      this.evidence.set(id, new Map());
    } else if (confidence > known.confidence || (confidence === known.confidence && c.rule < known.rule)) {
      known.confidence = confidence;
      known.rule = c.rule;
    }
    const spans = this.evidence.get(id)!;
    const { start, end } = c.sentence;
    if (!spans.has(start)) spans.set(start, { doc: this.docId, start, end, text: this.text.slice(start, end) });
  }

  /** Is the entity already the source of a relation of one of these types? */
  hasSource(source: string, types: ReadonlySet<RelationType>): boolean {
    for (const r of this.relations.values()) if (r.source === source && types.has(r.type)) return true;
    return false;
  }

  result(): Relation[] {
    const out: Relation[] = [];
    for (const [id, r] of this.relations) {
      const spans = [...this.evidence.get(id)!.values()].sort((a, b) => a.start - b.start || a.end - b.end);
      out.push({ ...r, evidence: spans });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
