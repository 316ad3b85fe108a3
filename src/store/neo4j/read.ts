// Read side of the Neo4j store: graph payloads, entity details with evidence, search (full-text
// index with accent folding), neighbours, statistics, documents. Read transactions only.

import neo4j from 'neo4j-driver';
import type { Integer, ManagedTransaction } from 'neo4j-driver';
import { buildPayload } from '../../graph/payload.js';
import type { PayloadRelation } from '../../graph/payload.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import type { EntityType, GraphPayload, RelationType, Span } from '../../types.js';
import { foldText } from '../rows.js';
import type { DocumentSummary, EntityDetail, EntitySummary, Evidence, GraphQuery, NeighborPage, RelationDetail, StoreStats } from '../types.js';
import { FULLTEXT_INDEX } from './schema.js';
import type { Connection } from './session.js';
import { field, readTx, runIn } from './session.js';

const ENTITY = 'e {.id, .name, .type, .aliases, mentions: e.mentionCount, docs: e.docCount}';
const RELATION = 'r {.id, type: type(r), source: a.id, target: b.id, .confidence, docs: r.docCount, .rule}';
const DOCUMENT = 'd {.id, .source, .title, .lang, .publisher, .published}';

function entityOf(value: unknown): EntitySummary {
  const e = value as EntitySummary & { aliases: string[] | null };
  return { id: e.id, name: e.name, type: e.type as EntityType, aliases: e.aliases ?? [], mentions: e.mentions ?? 0, docs: e.docs ?? 0 };
}

function documentOf(value: unknown): DocumentSummary {
  const d = value as Record<string, string | null>;
  const out: DocumentSummary = { id: String(d.id), source: String(d.source), lang: String(d.lang ?? 'und') };
  if (d.title) out.title = d.title;
  if (d.publisher) out.publisher = d.publisher;
  if (d.published) out.published = d.published;
  return out;
}

function relationOf(value: unknown): PayloadRelation {
  const r = value as PayloadRelation;
  return { ...r, type: r.type as RelationType, docs: r.docs ?? 0 };
}

/** SKIP/LIMIT need Cypher integers (JS numbers travel as floats). */
function count(n: number): Integer {
  return neo4j.int(Math.max(0, Math.floor(Number.isFinite(n) ? n : 0)));
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function loadGraph(conn: Connection, query: GraphQuery = {}): Promise<GraphPayload> {
  return readTx(conn, async (tx) => {
    const types = query.types && query.types.length > 0 ? query.types : null;
    const entities = await runIn(conn, tx, `MATCH (e:Entity) WHERE $types IS NULL OR e.type IN $types RETURN ${ENTITY} AS e`, { types });
    const relations = await runIn(
      conn,
      tx,
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE $types IS NULL OR (a.type IN $types AND b.type IN $types) RETURN ${RELATION} AS r`,
      { types },
    );
    return buildPayload(
      entities.records.map((x) => entityOf(x.get('e'))),
      relations.records.map((x) => relationOf(x.get('r'))),
      query,
    );
  });
}

async function relationDetails(conn: Connection, tx: ManagedTransaction, id: string): Promise<RelationDetail[]> {
  const result = await runIn(
    conn,
    tx,
    `MATCH (x:Entity {id: $id})-[r]-(other:Entity)
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
OPTIONAL MATCH (ev:Evidence {relation: r.id})
WITH a, r, b, ev ORDER BY ev.doc, ev.start, ev.end
WITH a, r, b, collect(ev {.doc, .start, .end, .text, .rule, .confidence}) AS evidence
RETURN ${RELATION} AS r, a {.id, .name, .type, .aliases, mentions: a.mentionCount, docs: a.docCount} AS a,
       b {.id, .name, .type, .aliases, mentions: b.mentionCount, docs: b.docCount} AS b, evidence
ORDER BY r.id`,
    { id },
  );
  return result.records.map((record) => {
    const r = relationOf(record.get('r'));
    return {
      id: r.id,
      type: r.type,
      source: entityOf(record.get('a')),
      target: entityOf(record.get('b')),
      confidence: r.confidence,
      docs: r.docs,
      evidence: field<Evidence[]>(record, 'evidence'),
    };
  });
}

export async function getEntity(conn: Connection, id: string): Promise<EntityDetail | null> {
  return readTx(conn, async (tx) => {
    const found = await runIn(
      conn,
      tx,
      `MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WITH e, d, m ORDER BY d.id
RETURN ${ENTITY} AS e, collect(${DOCUMENT}) AS documents, collect(m {doc: d.id, .starts, .ends, .texts}) AS mentions`,
      { id },
    );
    const record = found.records[0];
    if (!record) return null;
    const mentions: Span[] = [];
    for (const m of field<Array<{ doc: string; starts: number[]; ends: number[]; texts: string[] }>>(record, 'mentions')) {
      m.starts.forEach((start, i) => mentions.push({ doc: m.doc, start, end: m.ends[i] ?? start, text: m.texts[i] ?? '' }));
    }
    return {
      entity: entityOf(record.get('e')),
      documents: field<unknown[]>(record, 'documents').map(documentOf),
      mentions,
      relations: await relationDetails(conn, tx, id),
    };
  });
}

/** Lucene query: every word of the folded input as an exact term (boosted), a prefix or a near miss. */
function luceneQuery(q: string): string | null {
  const words = foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 4 ? `(${w}^4 OR ${w}* OR ${w}~1)` : `(${w}^4 OR ${w}*)`)).join(' AND ');
}

export async function search(conn: Connection, q: string, limit = 20): Promise<EntitySummary[]> {
  const query = luceneQuery(q);
  if (!query) return [];
  return readTx(conn, async (tx) => {
    const result = await runIn(
      conn,
      tx,
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
RETURN ${ENTITY} AS e ORDER BY score DESC, e.docCount DESC, e.id LIMIT $limit`,
      { index: FULLTEXT_INDEX, query, limit: count(limit) },
    );
    return result.records.map((r) => entityOf(r.get('e')));
  });
}

export async function neighbors(conn: Connection, id: string, limit: number, offset: number): Promise<NeighborPage | null> {
  return readTx(conn, async (tx) => {
    const found = await runIn(conn, tx, `MATCH (e:Entity {id: $id}) RETURN ${ENTITY} AS e`, { id });
    const record = found.records[0];
    if (!record) return null;
    const entity = entityOf(record.get('e'));
    const page = await runIn(
      conn,
      tx,
      `MATCH (x:Entity {id: $id})--(e:Entity) WHERE e.id <> $id
WITH DISTINCT e ORDER BY e.docCount DESC, e.id SKIP $offset LIMIT $limit
MATCH (x:Entity {id: $id})
MATCH (a:Entity)-[r]->(b:Entity) WHERE (a = x AND b = e) OR (a = e AND b = x)
RETURN ${ENTITY} AS e, collect(${RELATION}) AS rels`,
      { id, offset: count(offset), limit: count(limit) },
    );
    const total = await runIn(conn, tx, 'MATCH (:Entity {id: $id})--(e:Entity) WHERE e.id <> $id RETURN count(DISTINCT e) AS n', { id });
    const entities = [entity, ...page.records.map((r) => entityOf(r.get('e')))];
    const relations = page.records.flatMap((r) => field<unknown[]>(r, 'rels').map(relationOf));
    return {
      entity,
      total: field<number>(total.records[0] ?? { get: () => 0 }, 'n'),
      offset,
      limit,
      graph: buildPayload(entities, relations.sort(byId)),
    };
  });
}

/** Counts from Neo4j's count store: one label or one relationship type per count, from the closed vocabularies. */
const STATS_QUERY = [
  'CALL () { MATCH (d:Document) RETURN count(d) AS documents }',
  ...ENTITY_TYPES.map((t) => `CALL () { MATCH (e:${t}) RETURN count(e) AS e_${t} }`),
  ...RELATION_TYPES.map((t) => `CALL () { MATCH (:Entity)-[r:${t}]->() RETURN count(r) AS r_${t} }`),
  `RETURN documents, ${[...ENTITY_TYPES.map((t) => `e_${t}`), ...RELATION_TYPES.map((t) => `r_${t}`)].join(', ')}`,
].join('\n');

export async function stats(conn: Connection): Promise<StoreStats> {
  return readTx(conn, async (tx) => {
    const record = (await runIn(conn, tx, STATS_QUERY)).records[0];
    const count = (key: string): number => (record ? field<number>(record, key) : 0);
    const entitiesByType: Record<string, number> = {};
    const relationsByType: Record<string, number> = {};
    for (const t of ENTITY_TYPES) if (count(`e_${t}`) > 0) entitiesByType[t] = count(`e_${t}`);
    for (const t of RELATION_TYPES) if (count(`r_${t}`) > 0) relationsByType[t] = count(`r_${t}`);
    const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
    return { kind: 'neo4j', documents: count('documents'), entities: sum(entitiesByType), relations: sum(relationsByType), entitiesByType, relationsByType };
  });
}

export async function listDocuments(conn: Connection): Promise<DocumentSummary[]> {
  return readTx(conn, async (tx) => {
    const result = await runIn(conn, tx, `MATCH (d:Document) RETURN ${DOCUMENT} AS d ORDER BY d.source, d.id`);
    return result.records.map((r) => documentOf(r.get('d')));
  });
}
