// One document's whole contribution as ONE Cypher statement (one round trip inside the write
// transaction): the document, entities (one UNWIND ... MERGE per entity type), mentions, publisher,
// relationships (one UNWIND ... MERGE per relation type), evidence, then the derived properties.
// Labels and relationship types are interpolated only from ENTITY_TYPES / RELATION_TYPES.

import { KgError } from '../../errors.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import type { DocumentRows } from '../rows.js';
import { groupBy } from '../rows.js';
import type { Params } from './session.js';

export function entityLabel(type: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new KgError('STORE_FAILED', `store: unknown entity type "${type}". Use one of ENTITY_TYPES.`);
  return type;
}

export function relationType(type: string): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new KgError('STORE_FAILED', `store: unknown relation type "${type}". Use one of RELATION_TYPES.`);
  return type;
}

export const MERGE_ENTITY = (label: string): string => `MERGE (e:Entity {id: row.id})
  ON CREATE SET e:${entityLabel(label)}, e.name = row.name, e.type = row.type, e.aliases = [], e.mentionCount = 0, e.docCount = 0
  SET e._lock = true`;

export const MERGE_RELATION = (type: string): string => `MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  MERGE (a)-[r:${relationType(type)} {id: row.id}]->(b)
  ON CREATE SET r.confidence = row.confidence, r.rule = row.rule, r.docCount = 0`;

/** Derived relationship properties from Evidence (see recompute.ts for the why). */
const RECOMPUTE_RELATIONS = `CALL () {
  UNWIND $relations AS row
  MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id
  MATCH (ev:Evidence {relation: r.id})
  WITH r, ev ORDER BY ev.confidence DESC, ev.rule ASC, ev.id ASC
  WITH r, collect(ev) AS evs
  WITH r, evs, reduce(docs = [], ev IN evs | CASE WHEN ev.doc IN docs THEN docs ELSE docs + ev.doc END) AS docs
  SET r.confidence = evs[0].confidence, r.rule = evs[0].rule, r.docCount = size(docs)
}`;

const RECOMPUTE_ENTITIES = `CALL () {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  MATCH (:Document)-[m:MENTIONS]->(e)
  WITH e, collect(m) AS ms
  CALL (ms) {
    UNWIND ms AS m
    UNWIND m.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  SET e.aliases = aliases, e.mentionCount = reduce(total = 0, m IN ms | total + m.count), e.docCount = size(ms)
  REMOVE e._lock
}`;

/**
 * The statement and its parameters. Returns one row {created, entitiesBefore, relationsBefore};
 * no row at all when the document already exists (a concurrent writer saved it first): then it wrote nothing.
 */
export function saveStatement(rows: DocumentRows): { query: string; params: Params } {
  const params: Params = {
    doc: rows.document,
    entityIds: rows.entities.map((e) => e.id),
    mentions: rows.mentions.map(({ entity, starts, ends, texts, count, aliases }) => ({ entity, props: { starts, ends, texts, count, aliases } })),
    publisher: rows.publisherEntity ? [rows.publisherEntity] : [],
    relations: rows.relations.map(({ id, source, target }) => ({ id, source, target })),
    evidence: rows.evidence,
  };
  const parts = [
    `MERGE (d:Document {id: $doc.id})
ON CREATE SET d += $doc, d._new = true
WITH d, coalesce(d._new, false) AS created
REMOVE d._new
WITH d, created WHERE created`,
    'CALL () { UNWIND $entityIds AS id MATCH (e:Entity {id: id}) RETURN count(e) AS entitiesBefore }',
    `CALL () { UNWIND $relations AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id
  RETURN count(r) AS relationsBefore }`,
  ];
  groupBy(rows.entities, (e) => e.type).forEach(([type, group], i) => {
    params[`entities${i}`] = group.map(({ id, name, type: t }) => ({ id, name, type: t }));
    parts.push(`CALL () { UNWIND $entities${i} AS row ${MERGE_ENTITY(type)} }`);
  });
  parts.push(
    'CALL (d) { UNWIND $mentions AS row MATCH (e:Entity {id: row.entity}) CREATE (d)-[m:MENTIONS]->(e) SET m = row.props }',
    'CALL (d) { UNWIND $publisher AS org MATCH (o:Entity {id: org}) MERGE (d)-[:PUBLISHED_BY]->(o) }',
  );
  groupBy(rows.relations, (r) => r.type).forEach(([type, group], i) => {
    params[`relations${i}`] = group;
    parts.push(`CALL () { UNWIND $relations${i} AS row ${MERGE_RELATION(type)} }`);
  });
  parts.push(
    'CALL (d) { UNWIND $evidence AS row CREATE (ev:Evidence) SET ev = row CREATE (ev)-[:IN]->(d) }',
    RECOMPUTE_RELATIONS,
    RECOMPUTE_ENTITIES,
    'RETURN created, entitiesBefore, relationsBefore',
  );
  return { query: parts.join('\n'), params };
}
