// The Neo4j implementation of GraphStore: connects (STORE_UNREACHABLE within ~5 s when Neo4j is not
// there), makes sure the schema exists, and delegates to write/read/cypher. The only entry point the
// rest of the project uses (through src/store/open.ts).

import type { ResultSummary } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import type { Extraction, GraphPayload } from '../../types.js';
import type {
  CypherOptions,
  CypherResult,
  DeleteResult,
  DocumentSummary,
  EntityDetail,
  EntitySummary,
  GraphQuery,
  GraphStore,
  NeighborPage,
  SaveResult,
  StoreStats,
} from '../types.js';
import { runCypher } from './cypher.js';
import * as read from './read.js';
import { ensureSchema } from './schema.js';
import type { Connection } from './session.js';
import { connect, mapError } from './session.js';
import { deleteDocument, saveDocument } from './write.js';

export interface Neo4jStoreOptions {
  /** How long to wait for Neo4j before STORE_UNREACHABLE (default 5000 ms). */
  connectTimeoutMs?: number;
  /** Defaults for cypher() when the call gives none (from config.query). */
  query?: { timeoutMs: number; maxRows: number };
  /** Sees the summary of every query the store runs (tests count writes with it). */
  onSummary?: (summary: ResultSummary) => void;
}

class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly description: string;

  constructor(
    private readonly conn: Connection,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.description = `Neo4j at ${conn.config.uri} (database ${conn.config.database})`;
  }

  saveDocument(extraction: Extraction, options?: { dryRun?: boolean }): Promise<SaveResult> {
    return saveDocument(this.conn, extraction, options);
  }
  deleteDocument(idOrSource: string): Promise<DeleteResult> {
    return deleteDocument(this.conn, idOrSource);
  }
  listDocuments(): Promise<DocumentSummary[]> {
    return read.listDocuments(this.conn);
  }
  loadGraph(query?: GraphQuery): Promise<GraphPayload> {
    return read.loadGraph(this.conn, query);
  }
  getEntity(id: string): Promise<EntityDetail | null> {
    return read.getEntity(this.conn, id);
  }
  search(q: string, limit?: number): Promise<EntitySummary[]> {
    return read.search(this.conn, q, limit);
  }
  neighbors(id: string, limit: number, offset: number): Promise<NeighborPage | null> {
    return read.neighbors(this.conn, id, limit, offset);
  }
  cypher(query: string, params?: Record<string, unknown>, options?: CypherOptions): Promise<CypherResult> {
    return runCypher(this.conn, query, params, { ...this.options.query, ...options });
  }
  stats(): Promise<StoreStats> {
    return read.stats(this.conn);
  }
  async close(): Promise<void> {
    await this.conn.driver.close();
  }
}

export async function openNeo4jStore(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const conn = await connect(config, options.connectTimeoutMs ?? 5000, options.onSummary);
  try {
    await ensureSchema(conn);
  } catch (error) {
    await conn.driver.close().catch(() => undefined);
    throw mapError(conn, error);
  }
  return new Neo4jStore(conn, options);
}
