// Entity and relation summaries -> GraphPayload (graphology's serialized-graph JSON), shared by the
// stores, the server and the browser. Pure and deterministic: no store, no node-only module (the
// types imported below are erased at compile time). Same input, same payload, whatever the order.

import type { EntityType, Extraction, GraphPayload, RelationType, SerializedEdge, SerializedNode } from '../types.js';
import type { EntitySummary, GraphQuery } from '../store/types.js';

/** A relation as the payload needs it: no evidence, only how many documents support it. */
export interface PayloadRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  docs: number;
  rule: string;
}

export const PAYLOAD_OPTIONS: GraphPayload['options'] = { type: 'directed', multi: true, allowSelfLoops: false };

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toNode(e: EntitySummary): SerializedNode {
  return {
    key: e.id,
    attributes: { label: e.name, type: e.type, aliases: [...e.aliases], mentions: e.mentions, docs: e.docs },
  };
}

function toEdge(r: PayloadRelation): SerializedEdge {
  return {
    key: r.id,
    source: r.source,
    target: r.target,
    attributes: { type: r.type, confidence: r.confidence, docs: r.docs, rule: r.rule },
  };
}

/** Degree of every eligible entity, counted over the eligible relations. */
function degrees(ids: Set<string>, relations: PayloadRelation[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of ids) degree.set(id, 0);
  for (const r of relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return degree;
}

/** The `limit` most connected ids (ties by id), or all when limit is undefined. */
function pickMostConnected(ids: Set<string>, relations: PayloadRelation[], limit: number | undefined): Set<string> {
  if (limit === undefined || limit >= ids.size) return ids;
  const degree = degrees(ids, relations);
  const ranked = [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || compareIds(a, b));
  return new Set(ranked.slice(0, Math.max(0, Math.floor(limit))));
}

/**
 * Builds the payload: entities of `query.types` (all types when absent), of those the `query.limit`
 * most connected (degree over relations between eligible entities; ties by id). Relations are kept
 * when both ends are shown. `omittedNodes`/`omittedEdges` count what the limit cut from the eligible
 * graph (type-filtered entities, and relations between them), plus self-loops, which a payload cannot hold.
 * Relations with an end that is not among `entities` are ignored. Nodes and edges are sorted by key.
 */
export function buildPayload(entities: EntitySummary[], relations: PayloadRelation[], query: GraphQuery = {}): GraphPayload {
  const types = query.types && query.types.length > 0 ? new Set<EntityType>(query.types) : undefined;
  const eligible = entities.filter((e) => !types || types.has(e.type));
  const eligibleIds = new Set(eligible.map((e) => e.id));
  const between = relations.filter((r) => eligibleIds.has(r.source) && eligibleIds.has(r.target));
  const drawable = between.filter((r) => r.source !== r.target);
  const shown = pickMostConnected(eligibleIds, drawable, query.limit);
  const nodes = eligible.filter((e) => shown.has(e.id)).map(toNode);
  const edges = drawable.filter((r) => shown.has(r.source) && shown.has(r.target)).map(toEdge);
  nodes.sort((a, b) => compareIds(a.key, b.key));
  edges.sort((a, b) => compareIds(a.key, b.key));
  return {
    attributes: { omittedNodes: eligible.length - nodes.length, omittedEdges: between.length - edges.length },
    options: { ...PAYLOAD_OPTIONS },
    nodes,
    edges,
  };
}

/** An empty payload (e.g. an empty store). */
export function emptyPayload(): GraphPayload {
  return buildPayload([], []);
}

/** Entity and relation summaries of a (merged) extraction: mentions, documents per entity and relation. */
export function summarizeExtraction(extraction: Extraction): { entities: EntitySummary[]; relations: PayloadRelation[] } {
  const entities = extraction.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    mentions: e.mentions.length,
    docs: new Set(e.mentions.map((m) => m.doc)).size,
  }));
  const relations = extraction.relations.map((r) => ({
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    confidence: r.confidence,
    docs: new Set(r.evidence.map((s) => s.doc)).size,
    rule: r.rule,
  }));
  return { entities, relations };
}

/** The summaries back out of a payload (e.g. to re-filter a payload the browser already holds). */
export function payloadSummaries(payload: GraphPayload): { entities: EntitySummary[]; relations: PayloadRelation[] } {
  const entities = payload.nodes.map((n) => ({
    id: n.key,
    name: n.attributes.label,
    type: n.attributes.type,
    aliases: [...n.attributes.aliases],
    mentions: n.attributes.mentions,
    docs: n.attributes.docs,
  }));
  const relations = payload.edges.map((e) => ({
    id: e.key,
    type: e.attributes.type,
    source: e.source,
    target: e.target,
    confidence: e.attributes.confidence,
    docs: e.attributes.docs,
    rule: e.attributes.rule,
  }));
  return { entities, relations };
}
