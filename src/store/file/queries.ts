// The file store's read queries over one Snapshot: entity detail with evidence, search, paged
// neighbours and statistics. Pure functions, no I/O; the same answers Neo4j gives for the same data.

import type { EntityDetail, EntitySummary, NeighborPage, RelationDetail, StoreStats } from '../types.js';
import { buildPayload } from '../../graph/payload.js';
import type { PayloadRelation } from '../../graph/payload.js';
import type { Snapshot } from './snapshot.js';
import { foldForSearch, summarizeDocument } from './snapshot.js';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function relationDetail(snap: Snapshot, id: string): RelationDetail | undefined {
  const r = snap.relationById.get(id);
  const source = r && snap.entityById.get(r.source);
  const target = r && snap.entityById.get(r.target);
  if (!r || !source || !target) return undefined;
  const evidence = snap.evidenceByRelation.get(id) ?? [];
  return { id, type: r.type, source, target, confidence: r.confidence, docs: new Set(evidence.map((e) => e.doc)).size, evidence };
}

export function entityDetail(snap: Snapshot, id: string): EntityDetail | null {
  const entity = snap.entityById.get(id);
  const merged = snap.mergedEntityById.get(id);
  if (!entity || !merged) return null;
  const docIds = new Set(merged.mentions.map((m) => m.doc));
  const documents = snap.parts
    .filter((p) => docIds.has(p.document.id))
    .map((p) => summarizeDocument(p.document))
    .sort((a, b) => compare(a.id, b.id));
  const relations = (snap.relationsByEntity.get(id) ?? [])
    .map((rid) => relationDetail(snap, rid))
    .filter((r): r is RelationDetail => r !== undefined)
    .sort((a, b) => compare(a.id, b.id));
  return { entity, documents, mentions: merged.mentions.map((m) => ({ ...m })), relations };
}

/** True when a and b differ by at most one inserted, deleted or replaced character, or two swapped neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every query word is the start of a key word or, from 4 letters on, one typo away from one ("lukashenka"). */
function nearMiss(keyWords: string[], queryWords: string[]): boolean {
  return queryWords.every((w) => keyWords.some((k) => k.startsWith(w) || (w.length >= 4 && withinOneEdit(k, w))));
}

/** 0 exact, 1 whole words, 2 prefix, 3 word prefix, 4 inside a word, 5 near miss; undefined when no match. */
function matchRank(key: string, q: string): number | undefined {
  if (key === q) return 0;
  if (` ${key} `.includes(` ${q} `)) return 1;
  if (key.startsWith(q)) return 2;
  if (` ${key}`.includes(` ${q}`)) return 3;
  if (q.length >= 3 && key.includes(q)) return 4;
  return nearMiss(key.split(' '), q.split(' ')) ? 5 : undefined;
}

/** Names and aliases, ranked exact before prefix matches before near misses; then more mentions, then name and id. */
export function searchEntities(snap: Snapshot, query: string, limit = 20): EntitySummary[] {
  const q = foldForSearch(query);
  if (q === '' || limit <= 0) return [];
  const hits: { entity: EntitySummary; rank: number }[] = [];
  snap.entities.forEach((entity, i) => {
    let best: number | undefined;
    for (const key of snap.searchKeys[i] ?? []) {
      const rank = matchRank(key, q);
      if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    }
    if (best !== undefined) hits.push({ entity, rank: best });
  });
  hits.sort(
    (a, b) => a.rank - b.rank || b.entity.mentions - a.entity.mentions || compare(a.entity.name, b.entity.name) || compare(a.entity.id, b.entity.id),
  );
  return hits.slice(0, Math.floor(limit)).map((h) => h.entity);
}

function wholeOrZero(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}

/** Neighbours ordered by how many documents mention them, then by id; one page of them. */
export function neighborPage(snap: Snapshot, id: string, limit: number, offset: number): NeighborPage | null {
  const entity = snap.entityById.get(id);
  if (!entity) return null;
  const links = new Map<string, PayloadRelation[]>();
  for (const rid of snap.relationsByEntity.get(id) ?? []) {
    const r = snap.relationSummaryById.get(rid);
    if (!r || r.source === r.target) continue;
    const other = r.source === id ? r.target : r.source;
    const list = links.get(other);
    if (list) list.push(r);
    else links.set(other, [r]);
  }
  // Same order as the Neo4j store: entities in more documents first, then by id.
  const docsOf = (n: string): number => snap.entityById.get(n)?.docs ?? 0;
  const ranked = [...links.keys()].sort((a, b) => docsOf(b) - docsOf(a) || compare(a, b));
  const start = wholeOrZero(offset);
  const size = wholeOrZero(limit);
  const page = ranked.slice(start, start + size);
  const entities = [entity, ...page.map((n) => snap.entityById.get(n)).filter((e): e is EntitySummary => e !== undefined)];
  const relations = page.flatMap((n) => links.get(n) ?? []);
  const graph = buildPayload(entities, relations);
  const allLinks = [...links.values()].reduce((sum, list) => sum + list.length, 0);
  graph.attributes = { omittedNodes: ranked.length - page.length, omittedEdges: allLinks - relations.length };
  return { entity, total: ranked.length, offset: start, limit: size, graph };
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compare(a, b)));
}

export function storeStats(snap: Snapshot): StoreStats {
  return {
    kind: 'file',
    documents: snap.parts.length,
    entities: snap.entities.length,
    relations: snap.relations.length,
    entitiesByType: countBy(snap.entities, (e) => e.type),
    relationsByType: countBy(snap.relations, (r) => r.type),
  };
}
