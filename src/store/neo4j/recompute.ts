// Derived properties when a document's contribution is REMOVED: counts go down by exactly what the
// document added, aliases are re-collected from the remaining MENTIONS, a relationship's confidence
// and rule from its remaining Evidence; what no document supports any more is deleted. (Saves add
// incrementally, see save-query.ts.) Callers lock the touched entities first (lockEntities).

import type { ManagedTransaction } from 'neo4j-driver';
import type { Connection } from './session.js';
import { field, runIn } from './session.js';

export const BATCH_SIZE = 2000;

export function chunks<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Takes write locks on the entities (held until commit): Neo4j reads are read-committed, so without
 * them two writers could both read a count and both write count+1 (lost update).
 */
export async function lockEntities(conn: Connection, tx: ManagedTransaction, ids: string[]): Promise<void> {
  for (const batch of chunks([...ids].sort())) {
    await runIn(conn, tx, 'UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e._lock = true', { ids: batch });
  }
}

function countOf(result: { records: Array<{ get(key: string): unknown }> }): number {
  const record = result.records[0];
  return record ? field<number>(record, 'n') : 0;
}

const LOWER_ENTITIES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.docCount = e.docCount - 1, e.mentionCount = e.mentionCount - row.count
WITH e WHERE e.docCount <= 0
DETACH DELETE e
RETURN count(*) AS n`;

const REALIAS_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (:Document)-[m:MENTIONS]->(e)
  UNWIND m.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases
REMOVE e._lock`;

/**
 * After the document and its MENTIONS are gone: lowers the counts of the entities it mentioned
 * (rows: id and the document's mention count), deletes those left unsupported, re-collects aliases.
 */
export async function lowerEntities(conn: Connection, tx: ManagedTransaction, rows: Array<{ id: string; count: number }>): Promise<number> {
  let deleted = 0;
  for (const batch of chunks(rows)) {
    deleted += countOf(await runIn(conn, tx, LOWER_ENTITIES, { rows: batch }));
    await runIn(conn, tx, REALIAS_ENTITIES, { ids: batch.map((r) => r.id) });
  }
  return deleted;
}

const LOWER_RELATIONS = `
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
SET r.docCount = r.docCount - 1
WITH r WHERE r.docCount <= 0
DELETE r
RETURN count(*) AS n`;

const RESCORE_RELATIONS = `
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
CALL (r) {
  MATCH (ev:Evidence {relation: r.id})
  RETURN ev.confidence AS confidence, ev.rule AS rule
  ORDER BY confidence DESC, rule ASC
  LIMIT 1
}
SET r.confidence = confidence, r.rule = rule`;

/** After the document's Evidence is gone: lowers docCount of its relationships, deletes unsupported ones, re-scores the rest. */
export async function lowerRelations(conn: Connection, tx: ManagedTransaction, eids: string[]): Promise<number> {
  let deleted = 0;
  for (const batch of chunks(eids)) {
    deleted += countOf(await runIn(conn, tx, LOWER_RELATIONS, { eids: batch }));
    await runIn(conn, tx, RESCORE_RELATIONS, { eids: batch });
  }
  return deleted;
}
