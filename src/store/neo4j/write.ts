// Saving and deleting one document's contribution, each in ONE write transaction (a document is
// fully in or absent). Writes are batched `UNWIND $rows AS row MERGE ...`; labels and relationship
// types are interpolated only from the closed vocabularies (ENTITY_TYPES, RELATION_TYPES).

import type { ManagedTransaction } from 'neo4j-driver';
import { KgError } from '../../errors.js';
import type { Extraction } from '../../types.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import type { DeleteResult, SaveResult } from '../types.js';
import { buildRows, groupBy } from '../rows.js';
import type { DocumentRows, EntityRow, RelationRow } from '../rows.js';
import { chunks, lockEntities, recomputeEntities, recomputeRelations } from './recompute.js';
import type { Connection } from './session.js';
import { field, readTx, runIn, writeTx } from './session.js';

function entityLabel(type: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new KgError('STORE_FAILED', `store: unknown entity type "${type}". Use one of ENTITY_TYPES.`);
  return type;
}
function relationType(type: string): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new KgError('STORE_FAILED', `store: unknown relation type "${type}". Use one of RELATION_TYPES.`);
  return type;
}

/** The batched entity MERGE (also used by the benchmark). Locks each entity it touches. */
export async function mergeEntities(conn: Connection, tx: ManagedTransaction, rows: EntityRow[]): Promise<void> {
  for (const [type, group] of groupBy(rows, (r) => r.type)) {
    const query = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${entityLabel(type)}, e.name = row.name, e.type = row.type, e.aliases = [], e.mentionCount = 0, e.docCount = 0
SET e._lock = true`;
    for (const batch of chunks(group)) await runIn(conn, tx, query, { rows: batch });
  }
}

/** The batched relationship MERGE grouped by type (also used by the benchmark). Returns element ids. */
export async function mergeRelations(conn: Connection, tx: ManagedTransaction, rows: RelationRow[]): Promise<string[]> {
  const eids: string[] = [];
  for (const [type, group] of groupBy(rows, (r) => r.type)) {
    const query = `UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${relationType(type)} {id: row.id}]->(b)
ON CREATE SET r.confidence = row.confidence, r.rule = row.rule, r.docCount = 0
RETURN elementId(r) AS eid`;
    for (const batch of chunks(group)) {
      const result = await runIn(conn, tx, query, { rows: batch });
      for (const record of result.records) eids.push(field<string>(record, 'eid'));
    }
  }
  return eids;
}

interface Before {
  documentExists: boolean;
  oldIds: string[];
  entities: Set<string>;
  relations: Set<string>;
}

async function readBefore(conn: Connection, tx: ManagedTransaction, rows: DocumentRows): Promise<Before> {
  const doc = rows.document;
  const docs = await runIn(conn, tx, 'MATCH (d:Document) WHERE d.id = $id OR d.source = $source RETURN d.id AS id', { id: doc.id, source: doc.source });
  const ids = docs.records.map((r) => field<string>(r, 'id'));
  const entities = await runIn(conn, tx, 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect(e.id) AS ids', { ids: rows.entities.map((e) => e.id) });
  const relations = await runIn(
    conn,
    tx,
    'UNWIND $rows AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id RETURN collect(r.id) AS ids',
    { rows: rows.relations.map((r) => ({ id: r.id, source: r.source, target: r.target })) },
  );
  return {
    documentExists: ids.includes(doc.id),
    oldIds: ids.filter((id) => id !== doc.id),
    entities: new Set(field<string[]>(entities.records[0] ?? { get: () => [] }, 'ids')),
    relations: new Set(field<string[]>(relations.records[0] ?? { get: () => [] }, 'ids')),
  };
}

function resultOf(rows: DocumentRows, before: Before): SaveResult {
  if (before.documentExists) {
    return { documentId: rows.document.id, status: 'unchanged', entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 };
  }
  const entitiesUpdated = rows.entities.filter((e) => before.entities.has(e.id)).length;
  const relationsUpdated = rows.relations.filter((r) => before.relations.has(r.id)).length;
  return {
    documentId: rows.document.id,
    status: before.oldIds.length > 0 ? 'replaced' : 'created',
    entitiesCreated: rows.entities.length - entitiesUpdated,
    entitiesUpdated,
    relationsCreated: rows.relations.length - relationsUpdated,
    relationsUpdated,
  };
}

/** Creates the document node; false when it already exists (a concurrent writer saved it first). */
async function createDocument(conn: Connection, tx: ManagedTransaction, rows: DocumentRows): Promise<boolean> {
  const result = await runIn(
    conn,
    tx,
    `MERGE (d:Document {id: $doc.id})
ON CREATE SET d += $doc, d._new = true
WITH d, coalesce(d._new, false) AS created
REMOVE d._new
RETURN created`,
    { doc: rows.document },
  );
  return field<boolean>(result.records[0] ?? { get: () => false }, 'created');
}

async function writeContribution(conn: Connection, tx: ManagedTransaction, rows: DocumentRows): Promise<void> {
  const doc = rows.document.id;
  await mergeEntities(conn, tx, rows.entities);
  for (const batch of chunks(rows.mentions)) {
    await runIn(
      conn,
      tx,
      `UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
CREATE (d)-[m:MENTIONS]->(e)
SET m.starts = row.starts, m.ends = row.ends, m.texts = row.texts, m.count = row.count, m.aliases = row.aliases`,
      { rows: batch },
    );
  }
  if (rows.publisherEntity) {
    await runIn(conn, tx, 'MATCH (d:Document {id: $doc}) MATCH (o:Entity {id: $org}) MERGE (d)-[:PUBLISHED_BY]->(o)', { doc, org: rows.publisherEntity });
  }
  const eids = await mergeRelations(conn, tx, rows.relations);
  for (const batch of chunks(rows.evidence)) {
    await runIn(
      conn,
      tx,
      'UNWIND $rows AS row MATCH (d:Document {id: row.doc}) CREATE (ev:Evidence) SET ev = row CREATE (ev)-[:IN]->(d)',
      { rows: batch },
    );
  }
  await recomputeRelations(conn, tx, eids);
  await recomputeEntities(conn, tx, rows.entities.map((e) => e.id));
}

/** Removes one document's contribution inside `tx`; counts what it deleted and updated. */
export async function removeContribution(conn: Connection, tx: ManagedTransaction, docId: string): Promise<Omit<DeleteResult, 'documentId' | 'source'>> {
  const touched = await runIn(
    conn,
    tx,
    `MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, collect(e.id) AS entities
OPTIONAL MATCH (ev:Evidence {doc: $doc})
RETURN entities, collect(DISTINCT ev.relation) AS relations`,
    { doc: docId },
  );
  const record = touched.records[0];
  const entityIds = record ? field<string[]>(record, 'entities') : [];
  const relationIds = record ? field<string[]>(record, 'relations') : [];
  await lockEntities(conn, tx, entityIds);
  const rels = await runIn(
    conn,
    tx,
    'MATCH (d:Document {id: $doc})-[:MENTIONS]->(:Entity)-[r]->(:Entity)<-[:MENTIONS]-(d) WHERE r.id IN $ids RETURN collect(DISTINCT elementId(r)) AS eids',
    { doc: docId, ids: relationIds },
  );
  const eids = field<string[]>(rels.records[0] ?? { get: () => [] }, 'eids');
  await runIn(conn, tx, 'MATCH (ev:Evidence {doc: $doc}) DETACH DELETE ev', { doc: docId });
  await runIn(conn, tx, 'MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc: docId });
  const relationsDeleted = await recomputeRelations(conn, tx, eids);
  const entitiesDeleted = await recomputeEntities(conn, tx, entityIds);
  return {
    entitiesDeleted,
    relationsDeleted,
    entitiesUpdated: entityIds.length - entitiesDeleted,
    relationsUpdated: eids.length - relationsDeleted,
  };
}

/** saveDocument of the GraphStore contract. */
export async function saveDocument(conn: Connection, extraction: Extraction, options: { dryRun?: boolean } = {}): Promise<SaveResult> {
  const rows = buildRows(extraction);
  const before = await readTx(conn, (tx) => readBefore(conn, tx, rows));
  if (before.documentExists || options.dryRun) return resultOf(rows, before);
  return writeTx(conn, async (tx) => {
    const now = await readBefore(conn, tx, rows);
    if (now.documentExists || !(await createDocument(conn, tx, rows))) return resultOf(rows, { ...now, documentExists: true });
    for (const old of now.oldIds) await removeContribution(conn, tx, old);
    await writeContribution(conn, tx, rows);
    return resultOf(rows, now);
  });
}

/** deleteDocument of the GraphStore contract: by id, else by source. */
export async function deleteDocument(conn: Connection, idOrSource: string): Promise<DeleteResult> {
  return writeTx(conn, async (tx) => {
    const found = await runIn(
      conn,
      tx,
      'MATCH (d:Document) WHERE d.id = $key OR d.source = $key RETURN d.id AS id, d.source AS source ORDER BY (d.id = $key) DESC LIMIT 1',
      { key: idOrSource },
    );
    const record = found.records[0];
    if (!record) {
      throw new KgError('NOT_FOUND', `store: no document with id or source "${idOrSource}". Check the id, or give the source exactly as it was ingested.`);
    }
    const documentId = field<string>(record, 'id');
    const counts = await removeContribution(conn, tx, documentId);
    return { documentId, source: field<string>(record, 'source'), ...counts };
  });
}
