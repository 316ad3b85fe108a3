// Collects relation candidates into Relation records: one per (type, source, target), symmetric types
// ordered source < target, no self-loops, one evidence span per supporting sentence, the highest
// confidence (and its rule) kept. Output sorted by id, evidence by offset: deterministic.

import type { Relation, RelationType, Span } from '../../types.js';
import { entityIdPrefix, relationId } from '../ids.js';
import { sortById } from './code-order.js';
import { ENTAILMENTS, type Entailment } from '../model/relation-entailments.js';
import type { Sentence } from '../pipeline-types.js';

/** Entailments by the relation type that entails them; the target's type is its id prefix ("event:"). */
const ENTAILED: ReadonlyMap<RelationType, Array<Entailment & { prefix: string }>> = (() => {
  const map = new Map<RelationType, Array<Entailment & { prefix: string }>>();
  for (const e of ENTAILMENTS) {
    const prefix = entityIdPrefix(e.targetType);
    map.set(e.from, [...(map.get(e.from) ?? []), { ...e, prefix }]);
  }
  return map;
})();

export const SYMMETRIC: ReadonlySet<RelationType> = new Set<RelationType>(['PARTNER_OF', 'TRADES_WITH', 'MET_WITH']);

export interface Candidate {
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  rule: string;
  sentence: Sentence;
}

interface Entry {
  relation: Relation;
  /** Evidence spans by sentence start. */
  spans: Map<number, Span>;
  /** The smallest ruleIndex that added it (see RelationCollector.ruleIndex). */
  order: number;
}

function bySpanStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export class RelationCollector {
  // By type, then source, then target: no id string is built to look a candidate up.
  private readonly byType = new Map<RelationType, Map<string, Map<string, Entry>>>();
  private readonly entries: Entry[] = [];
  /**
   * The index (in its rule list) of the rule whose candidates are being added: rules may run in
   * another order than the list's, and hasSource answers as if they had run in list order.
   */
  ruleIndex = 0;

  constructor(
    private readonly docId: string,
    private readonly text: string,
  ) {}

  private entry(type: RelationType, source: string, target: string): Entry | undefined {
    return this.byType.get(type)?.get(source)?.get(target);
  }

  add(c: Candidate): void {
    if (c.source === c.target) return;
    for (const e of ENTAILED.get(c.type) ?? []) {
      if (c.target.startsWith(e.prefix)) this.add({ ...c, type: e.relation, rule: e.id, confidence: c.confidence - e.confidenceDrop });
    }
    const swap = SYMMETRIC.has(c.type) && c.target < c.source;
    const source = swap ? c.target : c.source;
    const target = swap ? c.source : c.target;
    const confidence = Math.round(Math.min(1, Math.max(0.05, c.confidence)) * 100) / 100;
    let known = this.entry(c.type, source, target);
    if (!known) {
      const id = relationId(c.type, source, target);
      known = { relation: { id, type: c.type, source, target, confidence, rule: c.rule, evidence: [] }, spans: new Map(), order: this.ruleIndex };
      let bySource = this.byType.get(c.type);
      if (!bySource) this.byType.set(c.type, (bySource = new Map()));
      let byTarget = bySource.get(source);
      if (!byTarget) bySource.set(source, (byTarget = new Map()));
      byTarget.set(target, known);
      this.entries.push(known);
    } else {
      if (confidence > known.relation.confidence || (confidence === known.relation.confidence && c.rule < known.relation.rule)) {
        known.relation.confidence = confidence;
        known.relation.rule = c.rule;
      }
      if (this.ruleIndex < known.order) known.order = this.ruleIndex;
    }
    const { start, end } = c.sentence;
    if (!known.spans.has(start)) known.spans.set(start, { doc: this.docId, start, end, text: this.text.slice(start, end) });
  }

  /** Is the entity the source of a relation of one of these types that a rule up to `upTo` (a ruleIndex) added? */
  hasSource(source: string, types: ReadonlySet<RelationType>, upTo = Infinity): boolean {
    for (const type of types) {
      const byTarget = this.byType.get(type)?.get(source);
      if (byTarget) for (const e of byTarget.values()) if (e.order <= upTo) return true;
    }
    return false;
  }

  result(): Relation[] {
    const out: Relation[] = [];
    for (const { relation, spans } of this.entries) {
      const evidence = [...spans.values()];
      if (evidence.length > 1) evidence.sort(bySpanStart);
      out.push({ ...relation, evidence });
    }
    return sortById(out);
  }
}
