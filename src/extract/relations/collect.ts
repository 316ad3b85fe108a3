// Collects relation candidates into Relation records: one per (type, source, target), symmetric types
// ordered source < target, no self-loops, one evidence span per supporting sentence, the highest
// confidence (and its rule) kept. Output sorted by id, evidence by offset: deterministic.

import type { Relation, RelationType, Span } from '../../types.js';
import { entityIdPrefix, relationId } from '../ids.js';
import { ENTAILMENTS, type Entailment } from '../model/relation-entailments.js';
import type { Sentence } from '../pipeline-types.js';
import { sortSmall } from '../code-order.js';

/** Entailments by the relation type that entails them; the target's type is its id prefix ("event:"). */
const ENTAILED: ReadonlyMap<RelationType, Array<Entailment & { prefix: string }>> = (() => {
  const map = new Map<RelationType, Array<Entailment & { prefix: string }>>();
  for (const e of ENTAILMENTS) {
    const prefix = entityIdPrefix(e.targetType);
    map.set(e.from, [...(map.get(e.from) ?? []), { ...e, prefix }]);
  }
  return map;
})();

/** Relation types that say more of a person and an organisation than WORKS_FOR. */
const OFFICE_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['LEADER_OF', 'WORKS_FOR', 'CHAIRS']);
const SUPERSEDE_WORKS_FOR: ReadonlySet<RelationType> = new Set<RelationType>(['LEADER_OF', 'CHAIRS']);

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
  /** Evidence spans, one per sentence (by its start), in the order found; few per relation. */
  spans: Span[];
  /** The smallest ruleIndex that added it (see RelationCollector.ruleIndex). */
  order: number;
}

/** Neither string starts with the other: comparing them decides any strings that continue them. */
function apart(a: string, b: string): boolean {
  // Different first characters decide it without startsWith (most pairs of types and of entity ids).
  if (a.length > 0 && b.length > 0 && a.charCodeAt(0) !== b.charCodeAt(0)) return true;
  return !(a.length <= b.length ? b.startsWith(a) : a.startsWith(b));
}

/**
 * Orders relations as their ids ("TYPE:source->target") compare by UTF-16 code units, without
 * reading the ids: by type, then source, then target, when that decides the same (the parts differ
 * and neither starts with the other, or the earlier parts are equal); else by the ids themselves.
 */
function byIdParts(a: Relation, b: Relation): number {
  if (a.type !== b.type) {
    if (apart(a.type, b.type)) return a.type < b.type ? -1 : 1;
  } else if (a.source !== b.source) {
    if (apart(a.source, b.source)) return a.source < b.source ? -1 : 1;
  } else return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entry of this type and target among one source's entries. */
function find(entries: readonly Entry[], type: RelationType, target: string): Entry | undefined {
  for (let i = 0; i < entries.length; i++) {
    const relation = entries[i]!.relation;
    if (relation.type === type && relation.target === target) return entries[i];
  }
  return undefined;
}

function hasStart(spans: readonly Span[], start: number): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start === start) return true;
  return false;
}

function bySpanStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

export class RelationCollector {
  // By source: the few relations of one source are scanned for type and target (no id string is
  // built to look a candidate up, and no map is made per type or source).
  private readonly bySource = new Map<string, Entry[]>();
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

  add(c: Candidate): void {
    this.addPair(c.type, c.source, c.target, c.confidence, c.rule, c.sentence);
  }

  /** add() with the candidate's fields as arguments: the sequence rules' hot path makes no object per pair. */
  addPair(type: RelationType, sourceId: string, targetId: string, rawConfidence: number, rule: string, sentence: Sentence): void {
    if (sourceId === targetId) return;
    const entailed = ENTAILED.get(type);
    if (entailed) for (const e of entailed) {
      if (targetId.startsWith(e.prefix)) this.addPair(e.relation, sourceId, targetId, rawConfidence - e.confidenceDrop, e.id, sentence);
    }
    const swap = SYMMETRIC.has(type) && targetId < sourceId;
    const source = swap ? targetId : sourceId;
    const target = swap ? sourceId : targetId;
    const confidence = Math.round(Math.min(1, Math.max(0.05, rawConfidence)) * 100) / 100;
    let ofSource = this.bySource.get(source);
    if (!ofSource) this.bySource.set(source, (ofSource = []));
    let known = find(ofSource, type, target);
    if (!known) {
      const id = relationId(type, source, target);
      known = { relation: { id, type, source, target, confidence, rule, evidence: [] }, spans: [], order: this.ruleIndex };
      ofSource.push(known);
      this.entries.push(known);
    } else {
      if (confidence > known.relation.confidence || (confidence === known.relation.confidence && rule < known.relation.rule)) {
        known.relation.confidence = confidence;
        known.relation.rule = rule;
      }
      if (this.ruleIndex < known.order) known.order = this.ruleIndex;
    }
    const { start, end } = sentence;
    if (!hasStart(known.spans, start)) known.spans.push({ doc: this.docId, start, end, text: this.text.slice(start, end) });
  }

  /** Is the entity the source of a relation of one of these types that a rule up to `upTo` (a ruleIndex) added? */
  hasSource(source: string, types: ReadonlySet<RelationType>, upTo = Infinity, targetPrefixes?: readonly string[]): boolean {
    const ofSource = this.bySource.get(source);
    if (ofSource)
      for (const e of ofSource)
        if (e.order <= upTo && types.has(e.relation.type) && (!targetPrefixes || targetPrefixes.some((p) => e.relation.target.startsWith(p)))) return true;
    return false;
  }

  /**
   * Is there a relation of one of `types` between the same pair? A person who leads or chairs the
   * organisation too ("Roland Busch, the chief executive of Siemens, said" gives LEADER_OF and
   * WORKS_FOR): WORKS_FOR says less of the same pair and is dropped; so is CITIZEN_OF of a country
   * the person leads or serves.
   */
  private relatesTo(source: string, target: string, types: ReadonlySet<RelationType>): boolean {
    const ofSource = this.bySource.get(source)!;
    for (let i = 0; i < ofSource.length; i++) {
      const r = ofSource[i]!.relation;
      if (r.target === target && types.has(r.type)) return true;
    }
    return false;
  }

  /**
   * The relations, sorted by id, evidence by offset. Call once, after the last add: the records
   * are the collector's own (made in add() with their fields in Relation's order, evidence last),
   * handed out with their evidence filled in rather than copied.
   */
  result(): Relation[] {
    const out: Relation[] = [];
    for (const { relation: r, spans } of this.entries) {
      if (r.type === 'WORKS_FOR' && this.relatesTo(r.source, r.target, SUPERSEDE_WORKS_FOR)) continue;
      // "his Argentine counterpart Javier Milei" as head of state: leading or serving the country says more than being its citizen.
      if (r.type === 'CITIZEN_OF' && this.relatesTo(r.source, r.target, OFFICE_RELATIONS)) continue;
      if (spans.length > 1) spans.sort(bySpanStart);
      r.evidence = spans;
      out.push(r);
    }
    return sortSmall(out, byIdParts);
  }
}
