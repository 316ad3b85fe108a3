// The Neo4j schema kg-builder relies on: uniqueness constraints (they also make MERGE safe under
// concurrent writers), lookup indexes and the full-text index used by search. Every statement is
// idempotent (IF NOT EXISTS); relationship types come only from RELATION_TYPES.

import { RELATION_TYPES } from '../../types.js';
import type { Connection } from './session.js';
import { openSession } from './session.js';

export const FULLTEXT_INDEX = 'entity_names';

export function schemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
    'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
    'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE',
    'CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source)',
    'CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relation)',
    'CREATE INDEX evidence_doc IF NOT EXISTS FOR (e:Evidence) ON (e.doc)',
    'CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (e:Entity) ON (e.searchKey)',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    ...RELATION_TYPES.map(
      (type) => `CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    ),
  ];
}

/** Creates what is missing; schema changes cannot share a transaction with data, so each runs alone. */
export async function ensureSchema(conn: Connection): Promise<void> {
  const session = openSession(conn, 'WRITE');
  try {
    const existing = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const known = new Set(existing.records[0]?.get('names') as string[]);
    const indexes = await session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    for (const name of indexes.records[0]?.get('names') as string[]) known.add(name);
    for (const statement of schemaStatements()) {
      const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
      if (name && known.has(name)) continue;
      try {
        await session.run(statement);
      } catch (error) {
        // Another process created the same rule between our SHOW and CREATE: that is fine.
        if (!/AlreadyExists|EquivalentSchemaRule/.test(String((error as { code?: unknown }).code))) throw error;
      }
    }
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
