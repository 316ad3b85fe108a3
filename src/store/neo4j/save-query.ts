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

export const MERGE_RELATION = (type: string): string => `MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  MERGE (a)-[r:${relationType(type)} {id: row.id}]->(b)
  ON CREATE SET r.confidence = row.confidence, r.rule = row.rule, r.docCount = 0`;

/**
 * Keep a cached plan while the graph grows: these statements are driven by UNWIND and unique-index
 * seeks, so re-planning them when statistics drift (seconds of CPU on a small machine) buys nothing.
 */
const REPLAN_SKIP = 'CYPHER replan=skip';

/**
 * Derived properties grow incrementally (entities are locked by this transaction, so the values read
 * here are the committed ones): a relationship gains one supporting document and keeps the stronger
 * of its confidence/rule and the document's (ties: the smaller rule id, as recompute.ts orders them).
 */
const ADD_TO_RELATIONS = `UNWIND $relations AS row
MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id
WITH r, row, (r.docCount > 0 AND (r.confidence > row.confidence OR (r.confidence = row.confidence AND r.rule <= row.rule))) AS keep
SET r.docCount = r.docCount + 1,
    r.confidence = CASE WHEN keep THEN r.confidence ELSE row.confidence END,
    r.rule = CASE WHEN keep THEN r.rule ELSE row.rule END`;

/** An entity gains the document's mentions and surface forms (aliases: sorted union). */
const ADD_TO_ENTITIES = `CALL () {
  UNWIND $mentions AS row
  MATCH (e:Entity {id: row.entity})
  CALL (e, row) {
    UNWIND e.aliases + row.props.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  SET e.aliases = aliases, e.mentionCount = e.mentionCount + row.props.count, e.docCount = e.docCount + 1
  REMOVE e._lock
}`;

/**
 * Document, entities, mentions, publisher and evidence in one fixed statement (one cached plan).
 * Entity labels use Cypher 5.26 dynamic labels, with values checked against ENTITY_TYPES first.
 * Returns no row when the document already exists (a concurrent writer saved it first): then it wrote nothing.
 */
const SAVE_NODES = `${REPLAN_SKIP}
MERGE (d:Document {id: $doc.id})
ON CREATE SET d += $doc, d._new = true
WITH d, coalesce(d._new, false) AS created
REMOVE d._new
WITH d, created WHERE created
CALL () { UNWIND $entities AS row MATCH (e:Entity {id: row.id}) RETURN count(e) AS entitiesBefore }
CALL () {
  UNWIND $relations AS row
  MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id
  RETURN count(r) AS relationsBefore
}
CALL () {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = [], e.mentionCount = 0, e.docCount = 0
  SET e._lock = true
}
CALL (d) { UNWIND $mentions AS row MATCH (e:Entity {id: row.entity}) CREATE (d)-[m:MENTIONS]->(e) SET m = row.props }
CALL (d) { UNWIND $publisher AS org MATCH (o:Entity {id: org}) MERGE (d)-[:PUBLISHED_BY]->(o) }
CALL (d) { UNWIND $evidence AS row CREATE (ev:Evidence) SET ev = row CREATE (ev)-[:IN]->(d) }
${ADD_TO_ENTITIES}
RETURN created, entitiesBefore, relationsBefore`;

/** Derived relationship properties, after the document's relationships exist. */
const RECOMPUTE = `${REPLAN_SKIP}
${ADD_TO_RELATIONS}`;

export interface SaveStatements {
  nodes: { query: string; params: Params };
  /** One statement per relation type present, the type interpolated from RELATION_TYPES. */
  relations: Array<{ query: string; params: Params }>;
  recompute: { query: string; params: Params };
}

export function saveStatements(rows: DocumentRows): SaveStatements {
  const entities = rows.entities.map(({ id, name, type }) => ({ id, name, type: entityLabel(type) }));
  const relations = rows.relations.map(({ id, source, target, confidence, rule }) => ({ id, source, target, confidence, rule }));
  return {
    nodes: {
      query: SAVE_NODES,
      params: {
        doc: rows.document,
        entities,
        relations,
        mentions: rows.mentions.map(({ entity, starts, ends, texts, count, aliases }) => ({ entity, props: { starts, ends, texts, count, aliases } })),
        publisher: rows.publisherEntity ? [rows.publisherEntity] : [],
        evidence: rows.evidence,
      },
    },
    relations: groupBy(rows.relations, (r) => r.type).map(([type, group]) => ({
      query: `${REPLAN_SKIP} UNWIND $rows AS row ${MERGE_RELATION(type)}`,
      params: { rows: group },
    })),
    recompute: { query: RECOMPUTE, params: { relations } },
  };
}
