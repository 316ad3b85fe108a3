// The Neo4j connection: one driver, the database name on every session, integers as JS numbers,
// and a hook that sees every result summary (tests use it to prove "zero writes"). The only place
// besides cypher.ts that talks to neo4j-driver directly.

import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, RecordShape, ResultSummary, Session } from 'neo4j-driver';
import { KgError } from '../../errors.js';
import type { Neo4jConfig } from '../../config.js';

export type Params = Record<string, unknown>;
export type SummaryHook = (summary: ResultSummary) => void;

export interface Connection {
  driver: Driver;
  config: Neo4jConfig;
  onSummary?: SummaryHook;
}

export function unreachable(uri: string, cause?: unknown): KgError {
  return new KgError(
    'STORE_UNREACHABLE',
    `store: cannot reach Neo4j at ${uri}. Start it with "npm run neo4j" or "docker compose up -d", or unset NEO4J_URI to use the embedded file store.`,
    { cause },
  );
}

export async function connect(config: Neo4jConfig, timeoutMs: number, onSummary?: SummaryHook): Promise<Connection> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 30_000,
    logging: { level: 'error', logger: () => undefined },
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    await Promise.race([driver.getServerInfo({ database: config.database }), deadline]);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw unreachable(config.uri, error);
  } finally {
    clearTimeout(timer);
  }
  return { driver, config, onSummary };
}

export function openSession(conn: Connection, mode: 'READ' | 'WRITE'): Session {
  return conn.driver.session({ database: conn.config.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
}

/** Runs one query inside a managed transaction, reporting its summary. */
export async function runIn(conn: Connection, tx: ManagedTransaction, query: string, params: Params = {}): Promise<QueryResult<RecordShape>> {
  const result = await tx.run(query, params);
  conn.onSummary?.(result.summary);
  return result;
}

function storeFailed(error: unknown): KgError {
  const message = error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
  return new KgError('STORE_FAILED', `store: Neo4j failed (${message}). Check the Neo4j log and retry.`, { cause: error });
}

/** Maps driver errors: lost connections become STORE_UNREACHABLE, others STORE_FAILED; KgErrors pass. */
export function mapError(conn: Connection, error: unknown): KgError {
  if (error instanceof KgError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return unreachable(conn.config.uri, error);
  return storeFailed(error);
}

export async function readTx<T>(conn: Connection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(conn, 'READ');
  try {
    return await session.executeRead(work);
  } catch (error) {
    throw mapError(conn, error);
  } finally {
    await session.close();
  }
}

export async function writeTx<T>(conn: Connection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = openSession(conn, 'WRITE');
  try {
    return await session.executeWrite(work);
  } catch (error) {
    throw mapError(conn, error);
  } finally {
    await session.close();
  }
}

/** A record field as a plain value (integers already numbers thanks to disableLosslessIntegers). */
export function field<T>(record: { get(key: string): unknown }, key: string): T {
  return record.get(key) as T;
}
