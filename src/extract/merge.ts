// Merges per-document extractions into one: the same entity id is one entity (aliases united,
// mentions concatenated), the same relation id is one relation (evidence concatenated, the first
// part with the highest confidence gives confidence and rule). Linear in the number of parts: each
// entity and relation is merged once over all its parts. Deterministic: sorted by id, spans by doc
// and offset.

import type { Entity, Extraction, Relation, Span } from '../types.js';


function bySpan(a: Span, b: Span): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}
function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.doc}:${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort(bySpan);
}

/** Groups items by id, keeping first-seen order inside each group. */
function group<T extends { id: string }>(items: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.id);
    if (list) list.push(item);
    else groups.set(item.id, [item]);
  }
  return groups;
}

function mergeEntityGroup(list: Entity[]): Entity {
  const [first] = list;
  if (!first) throw new Error('empty group');
  if (list.length === 1) return first;
  const aliases = [...new Set(list.flatMap((e) => e.aliases))].sort();
  return { ...first, aliases, mentions: uniqueSpans(list.flatMap((e) => e.mentions)) };
}

function mergeRelationGroup(list: Relation[]): Relation {
  const [first] = list;
  if (!first) throw new Error('empty group');
  if (list.length === 1) return first;
  // The first part with the highest confidence gives confidence and rule (a later tie does not win).
  const stronger = list.reduce((best, r) => (r.confidence > best.confidence ? r : best), first);
  return { ...first, confidence: stronger.confidence, rule: stronger.rule, evidence: uniqueSpans(list.flatMap((r) => r.evidence)) };
}

function* each<T>(parts: Extraction[], pick: (part: Extraction) => T[]): Generator<T> {
  for (const part of parts) yield* pick(part);
}

export function mergeExtractions(parts: Extraction[]): Extraction {
  const documents = new Map<string, Extraction['documents'][number]>();
  for (const d of each(parts, (p) => p.documents)) if (!documents.has(d.id)) documents.set(d.id, d);
  const entities = [...group(each(parts, (p) => p.entities)).values()].map(mergeEntityGroup);
  const relations = [...group(each(parts, (p) => p.relations)).values()].map(mergeRelationGroup);
  return {
    documents: [...documents.values()],
    entities: entities.sort(byId),
    relations: relations.sort(byId),
    warnings: parts.flatMap((p) => p.warnings),
  };
}
