// Derived properties, recomputed from the graph itself rather than incremented, so that saving and
// deleting documents in any order gives the same graph: an entity's aliases/mentionCount/docCount
// come from its MENTIONS, a relationship's confidence/rule/docCount from its Evidence nodes. Callers
// lock the touched entities first (lockEntities), which serialises concurrent writers touching them.

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
 * it two writers could each recompute counts without seeing the other's mentions (lost update).
 */
export async function lockEntities(conn: Connection, tx: ManagedTransaction, ids: string[]): Promise<void> {
  for (const batch of chunks([...ids].sort())) {
    await runIn(conn, tx, 'UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e._lock = true', { ids: batch });
  }
}

const UPDATE_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
MATCH (:Document)-[m:MENTIONS]->(e)
WITH e, collect(m) AS ms
CALL (ms) {
  UNWIND ms AS m
  UNWIND m.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases,
    e.mentionCount = reduce(total = 0, m IN ms | total + m.count),
    e.docCount = size(ms)
REMOVE e._lock`;

const DELETE_UNSUPPORTED_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS deleted`;

/** Recomputes the entities; removes those no document mentions any more. Returns how many were removed. */
export async function recomputeEntities(conn: Connection, tx: ManagedTransaction, ids: string[]): Promise<number> {
  let deleted = 0;
  for (const batch of chunks(ids)) {
    await runIn(conn, tx, UPDATE_ENTITIES, { ids: batch });
    const result = await runIn(conn, tx, DELETE_UNSUPPORTED_ENTITIES, { ids: batch });
    deleted += field<number>(result.records[0] ?? { get: () => 0 }, 'deleted');
  }
  return deleted;
}

const DELETE_UNSUPPORTED_RELATIONS = `
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
  AND NOT EXISTS { MATCH (ev:Evidence {relation: r.id}) }
DELETE r
RETURN count(*) AS deleted`;

const UPDATE_RELATIONS = `
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
MATCH (ev:Evidence {relation: r.id})
WITH r, ev ORDER BY ev.confidence DESC, ev.rule ASC, ev.id ASC
WITH r, collect(ev) AS evs
WITH r, evs, reduce(docs = [], ev IN evs | CASE WHEN ev.doc IN docs THEN docs ELSE docs + ev.doc END) AS docs
SET r.confidence = evs[0].confidence, r.rule = evs[0].rule, r.docCount = size(docs)`;

/** Recomputes relationships (by element id) from their evidence; removes unsupported ones. */
export async function recomputeRelations(conn: Connection, tx: ManagedTransaction, eids: string[]): Promise<number> {
  let deleted = 0;
  for (const batch of chunks(eids)) {
    const result = await runIn(conn, tx, DELETE_UNSUPPORTED_RELATIONS, { eids: batch });
    deleted += field<number>(result.records[0] ?? { get: () => 0 }, 'deleted');
    await runIn(conn, tx, UPDATE_RELATIONS, { eids: batch });
  }
  return deleted;
}
