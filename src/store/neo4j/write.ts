// Saving and deleting one document's contribution, each in ONE write transaction (a document is
// fully in or absent). Writes are batched `UNWIND $rows AS row MERGE ...`; labels and relationship
// types are interpolated only from the closed vocabularies (ENTITY_TYPES, RELATION_TYPES).

import type { ManagedTransaction } from 'neo4j-driver';
import { KgError } from '../../errors.js';
import type { Extraction } from '../../types.js';
import type { DeleteResult, SaveResult } from '../types.js';
import { buildRows } from '../rows.js';
import type { DocumentRows } from '../rows.js';
import { lockEntities, lowerEntities, lowerRelations } from './recompute.js';
import { saveStatements } from './save-query.js';
import type { Connection } from './session.js';
import { field, readTx, runIn, writeTx } from './session.js';

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
  if (before.documentExists) return UNCHANGED(rows);
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

/** Removes one document's contribution inside `tx`; counts what it deleted and updated. */
export async function removeContribution(conn: Connection, tx: ManagedTransaction, docId: string): Promise<Omit<DeleteResult, 'documentId' | 'source'>> {
  const touched = await runIn(
    conn,
    tx,
    `MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
WITH d, collect({id: e.id, count: m.count}) AS entities
OPTIONAL MATCH (ev:Evidence {doc: $doc})
RETURN entities, collect(DISTINCT ev.relation) AS relations`,
    { doc: docId },
  );
  const record = touched.records[0];
  const entities = record ? field<Array<{ id: string; count: number }>>(record, 'entities') : [];
  const entityIds = entities.map((e) => e.id);
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
  const relationsDeleted = await lowerRelations(conn, tx, eids);
  const entitiesDeleted = await lowerEntities(conn, tx, entities);
  return {
    entitiesDeleted,
    relationsDeleted,
    entitiesUpdated: entityIds.length - entitiesDeleted,
    relationsUpdated: eids.length - relationsDeleted,
  };
}

/** Writes the new document's contribution in one statement; null when it already existed. */
async function writeContribution(conn: Connection, tx: ManagedTransaction, rows: DocumentRows): Promise<{ entitiesBefore: number; relationsBefore: number } | null> {
  const statements = saveStatements(rows);
  const result = await runIn(conn, tx, statements.nodes.query, statements.nodes.params);
  const record = result.records[0];
  if (!record) return null;
  // The relationship MERGEs and the recompute after them are sent at once (the driver pipelines them
  // on the connection; the server runs them in order): one round trip instead of one per type.
  await Promise.all([...statements.relations, statements.recompute].map(({ query, params }) => runIn(conn, tx, query, params)));
  return { entitiesBefore: field<number>(record, 'entitiesBefore'), relationsBefore: field<number>(record, 'relationsBefore') };
}

function counted(rows: DocumentRows, status: SaveResult['status'], entitiesBefore: number, relationsBefore: number): SaveResult {
  return {
    documentId: rows.document.id,
    status,
    entitiesCreated: rows.entities.length - entitiesBefore,
    entitiesUpdated: entitiesBefore,
    relationsCreated: rows.relations.length - relationsBefore,
    relationsUpdated: relationsBefore,
  };
}

function UNCHANGED(rows: DocumentRows): SaveResult {
  return { documentId: rows.document.id, status: 'unchanged', entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 };
}

/**
 * One document's save inside `tx`: its first query finds the document (then 'unchanged': nothing is
 * written) or an older text of the same source, whose contribution is removed before the new one is
 * written.
 */
async function saveIn(conn: Connection, tx: ManagedTransaction, rows: DocumentRows): Promise<SaveResult> {
  const found = await runIn(conn, tx, 'MATCH (d:Document) WHERE d.id = $id OR d.source = $source RETURN d.id AS id', {
    id: rows.document.id,
    source: rows.document.source,
  });
  const ids = found.records.map((r) => field<string>(r, 'id'));
  if (ids.includes(rows.document.id)) return UNCHANGED(rows);
  if (ids.length === 0) {
    const before = await writeContribution(conn, tx, rows);
    return before ? counted(rows, 'created', before.entitiesBefore, before.relationsBefore) : UNCHANGED(rows);
  }
  const before = await readBefore(conn, tx, rows);
  for (const id of ids) await removeContribution(conn, tx, id);
  return (await writeContribution(conn, tx, rows)) ? resultOf(rows, before) : UNCHANGED(rows);
}

/**
 * saveDocument of the GraphStore contract, in ONE write transaction (a document is fully in or
 * absent). dryRun uses a read transaction only.
 */
export async function saveDocument(conn: Connection, extraction: Extraction, options: { dryRun?: boolean } = {}): Promise<SaveResult> {
  const rows = buildRows(extraction);
  if (options.dryRun) return resultOf(rows, await readTx(conn, (tx) => readBefore(conn, tx, rows)));
  return writeTx(conn, (tx) => saveIn(conn, tx, rows));
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
