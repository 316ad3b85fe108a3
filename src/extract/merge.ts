// Merges per-document extractions into one: the same entity id is one entity (aliases united,
// mentions concatenated), the same relation id is one relation (evidence concatenated, the highest
// confidence kept). Deterministic: output is sorted by id, mentions and evidence by doc and offset.

import type { Entity, Extraction, Relation, Span } from '../types.js';

function bySpan(a: Span, b: Span): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}
function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.doc}:${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(bySpan);
}

function mergeEntity(into: Entity, next: Entity): Entity {
  return {
    ...into,
    aliases: [...new Set([...into.aliases, ...next.aliases])].sort(),
    mentions: uniqueSpans([...into.mentions, ...next.mentions]),
  };
}

function mergeRelation(into: Relation, next: Relation): Relation {
  const stronger = next.confidence > into.confidence ? next : into;
  return {
    ...into,
    confidence: stronger.confidence,
    rule: stronger.rule,
    evidence: uniqueSpans([...into.evidence, ...next.evidence]),
  };
}

export function mergeExtractions(parts: Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const documents = new Map<string, Extraction['documents'][number]>();
  for (const part of parts) {
    for (const d of part.documents) if (!documents.has(d.id)) documents.set(d.id, d);
    for (const e of part.entities) {
      const known = entities.get(e.id);
      entities.set(e.id, known ? mergeEntity(known, e) : e);
    }
    for (const r of part.relations) {
      const known = relations.get(r.id);
      relations.set(r.id, known ? mergeRelation(known, r) : r);
    }
  }
  return {
    documents: [...documents.values()],
    entities: [...entities.values()].sort(byId),
    relations: [...relations.values()].sort(byId),
    warnings: parts.flatMap((p) => p.warnings),
  };
}
