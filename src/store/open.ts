// Opens the configured graph store: Neo4j when NEO4J_URI is set, otherwise the embedded file store
// in config.store.dataDir. The Neo4j module (and neo4j-driver) is loaded only when it is used, so
// file-store commands start fast. Saying which store is in use is the CLI's job (store.description).

import type { Config } from '../config.js';
import type { GraphStore } from './types.js';
import { openFileStore } from './file/file-store.js';

export async function openStore(config: Config): Promise<GraphStore> {
  if (config.neo4j) {
    const { openNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return openNeo4jStore(config.neo4j, { query: config.query });
  }
  return openFileStore(config.store.dataDir);
}
