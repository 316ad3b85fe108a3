// Integration-test access to the real Neo4j at NEO4J_URI (started by scripts/run-tests.mjs).
// Community has one database, so test files take a cross-process lock (jest runs files in parallel
// workers) and clear the data when they start. Without NEO4J_URI the tests FAIL, never skip.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../../src/config.js';
import { KgError } from '../../src/errors.js';
import { openNeo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { Neo4jStoreOptions } from '../../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/store/types.js';

export function neo4jConfig(uri = process.env.NEO4J_URI): Neo4jConfig {
  if (!uri) {
    throw new Error(
      'integration tests need a running Neo4j: NEO4J_URI is not set. Run them with "npm test" (starts neo4j-local), ' +
        'or start one with "npm run neo4j" and set NEO4J_URI=bolt://127.0.0.1:7687.',
    );
  }
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE ?? 'neo4j' };
}

export function openTestStore(options: Neo4jStoreOptions = {}, config = neo4jConfig()): Promise<GraphStore> {
  return openNeo4jStore(config, options);
}

/** Runs raw Cypher (write mode) outside the store: for clearing and for checks the store does not offer. */
export async function rawQuery<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}, config = neo4jConfig()): Promise<T[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
  try {
    const result = await driver.executeQuery(query, params, { database: config.database });
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

export async function clearDatabase(config = neo4jConfig()): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
  const session = driver.session({ database: config.database });
  try {
    // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
    // Relationships first: a hub entity would drag thousands of them into one batch.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Awaits a rejection and returns its KgError code (fails the test when it resolves or is no KgError). */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KgError) return error.code;
    throw error;
  }
  throw new Error('expected a KgError, but the call succeeded');
}

// ---- one test file at a time against the shared database ----

const LOCK_DIR = path.join(os.tmpdir(), 'kg-neo4j-integration.lock');

function lockHolderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acquireLock(): Promise<void> {
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return;
    } catch {
      if (!lockHolderAlive()) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function releaseLock(): void {
  fs.rmSync(LOCK_DIR, { recursive: true, force: true });
}

/** Call at the top of an integration test file: exclusive use of the database, cleared first. */
export function useCleanDatabase(): void {
  beforeAll(async () => {
    neo4jConfig();
    await acquireLock();
    await clearDatabase();
  }, 600_000);
  afterAll(() => releaseLock());
}

// ---- whole-graph dumps, to compare graphs ----

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/** Every node and relationship with labels, type and properties, as sorted JSON lines. */
export async function dumpGraph(config = neo4jConfig()): Promise<GraphDump> {
  const nodeRows = await rawQuery<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, config);
  const relRows = await rawQuery<{ type: string; a: unknown; b: unknown; props: Record<string, unknown> }>(
    'MATCH (x)-[r]->(y) RETURN type(r) AS type, coalesce(x.id, elementId(x)) AS a, coalesce(y.id, elementId(y)) AS b, properties(r) AS props',
    {},
    config,
  );
  const stable = (o: Record<string, unknown>): string => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
  return {
    nodes: nodeRows.map((n) => `${[...n.labels].sort().join(':')} ${stable(n.props)}`).sort(),
    relationships: relRows.map((r) => `${String(r.a)} -${r.type}-> ${String(r.b)} ${stable(r.props)}`).sort(),
  };
}
