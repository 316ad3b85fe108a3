// Bulk loading of many entities and relationships (benchmark, imports): the same MERGE statements
// saveDocument runs, with three things that only pay off at volume:
//   - rows travel as parallel lists (columns) instead of one map per row: a third of the driver's
//     encoding work and less for the server to decode;
//   - the statements of one transaction are pipelined (sent without waiting for the previous result);
//   - "mix and batch": entities are put in 2*c buckets by a hash of their id, relationships in the
//     block of their two end buckets, and blocks that share no bucket are written by c concurrent
//     transactions. Creating a relationship locks both end nodes; blocks of one round touch disjoint
//     nodes, so concurrent transactions never wait for each other's locks or deadlock.
// Labels and relationship types come only from ENTITY_TYPES / RELATION_TYPES (checked in save-query.ts).

import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityRow, RelationRow } from '../rows.js';
import { groupBy } from '../rows.js';
import { chunks } from './recompute.js';
import { entityLabel, relationType } from './save-query.js';
import type { Connection } from './session.js';
import { writeTx } from './session.js';

export interface BulkOptions {
  /** Rows per transaction (default 10,000). */
  batchSize?: number;
  /** Rows per statement inside a transaction (default 2,000). */
  statementSize?: number;
  /** Concurrent transactions (default 2: one per core of a small machine). */
  concurrency?: number;
}

const DEFAULTS = { batchSize: 10_000, statementSize: 2000, concurrency: 2 };

/** An entity node without per-document bookkeeping (saveDocument adds counts and aliases). */
const ENTITY_COLUMNS = (label: string): string => `UNWIND range(0, size($ids) - 1) AS i
WITH $ids[i] AS id, $names[i] AS name
MERGE (e:Entity {id: id})
ON CREATE SET e:${entityLabel(label)}, e.name = name, e.type = '${entityLabel(label)}', e.aliases = [], e.mentionCount = 0, e.docCount = 0`;

/** Same effect as MERGE_RELATION in save-query.ts, fed from columns. */
const RELATION_COLUMNS = (type: string): string => `UNWIND range(0, size($ids) - 1) AS i
WITH $ids[i] AS id, $sources[i] AS source, $targets[i] AS target, $confidences[i] AS confidence, $rules[i] AS rule
MATCH (a:Entity {id: source})
MATCH (b:Entity {id: target})
MERGE (a)-[r:${relationType(type)} {id: id}]->(b)
ON CREATE SET r.confidence = confidence, r.rule = rule, r.docCount = 0`;

/** FNV-1a: a stable, well-spread bucket for an id. */
export function bucketOf(id: string, buckets: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % buckets;
}

/**
 * Rounds of bucket pairs for k (even) buckets: the circle method gives k-1 rounds of k/2 disjoint
 * pairs (every pair i<j exactly once), then the diagonal pairs (i,i), k/2 per round. Within a round
 * no bucket appears twice.
 */
export function pairRounds(k: number): Array<Array<[number, number]>> {
  const rounds: Array<Array<[number, number]>> = [];
  const order = Array.from({ length: k }, (_, i) => i);
  for (let r = 0; r < k - 1; r++) {
    const round: Array<[number, number]> = [];
    for (let i = 0; i < k / 2; i++) {
      const a = order[i] as number;
      const b = order[k - 1 - i] as number;
      round.push(a < b ? [a, b] : [b, a]);
    }
    rounds.push(round);
    order.splice(1, 0, order.pop() as number);
  }
  for (let i = 0; i < k; i += k / 2) rounds.push(Array.from({ length: k / 2 }, (_, j) => [i + j, i + j] as [number, number]));
  return rounds;
}

/** Runs `work` over the items with at most `concurrency` running at once. */
async function pooled<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** All statements of one transaction sent at once (the driver pipelines them), then awaited. */
async function pipelined(conn: Connection, tx: ManagedTransaction, statements: Array<{ query: string; params: Record<string, unknown> }>): Promise<void> {
  const results = await Promise.all(statements.map(({ query, params }) => tx.run(query, params)));
  for (const result of results) conn.onSummary?.(result.summary);
}

function byType<T extends { type: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

async function writeEntities(conn: Connection, rows: EntityRow[], o: typeof DEFAULTS): Promise<void> {
  for (const batch of chunks(byType(rows), o.batchSize)) {
    const statements = groupBy(batch, (r) => r.type).flatMap(([type, group]) =>
      chunks(group, o.statementSize).map((part) => ({ query: ENTITY_COLUMNS(type), params: { ids: part.map((r) => r.id), names: part.map((r) => r.name) } })),
    );
    await writeTx(conn, (tx) => pipelined(conn, tx, statements));
  }
}

async function writeRelations(conn: Connection, rows: RelationRow[], o: typeof DEFAULTS): Promise<void> {
  for (const batch of chunks(byType(rows), o.batchSize)) {
    const statements = groupBy(batch, (r) => r.type).flatMap(([type, group]) =>
      chunks(group, o.statementSize).map((part) => ({
        query: RELATION_COLUMNS(type),
        params: {
          ids: part.map((r) => r.id),
          sources: part.map((r) => r.source),
          targets: part.map((r) => r.target),
          confidences: part.map((r) => r.confidence),
          rules: part.map((r) => r.rule),
        },
      })),
    );
    await writeTx(conn, (tx) => pipelined(conn, tx, statements));
  }
}

/** MERGEs entity nodes (no per-document bookkeeping), disjoint id buckets in concurrent transactions. */
export async function bulkMergeEntities(conn: Connection, rows: EntityRow[], options: BulkOptions = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const buckets: EntityRow[][] = Array.from({ length: o.concurrency }, () => []);
  for (const row of rows) (buckets[bucketOf(row.id, o.concurrency)] as EntityRow[]).push(row);
  await pooled(buckets, o.concurrency, (bucket) => writeEntities(conn, bucket, o));
}

/**
 * MERGEs relationships between existing entities (mix and batch, see the top of this file). Rows
 * whose end entities are missing are skipped by the MATCH, as in saveDocument.
 */
export async function bulkMergeRelations(conn: Connection, rows: RelationRow[], options: BulkOptions = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  if (o.concurrency <= 1) return writeRelations(conn, rows, o);
  const k = o.concurrency * 2;
  const blocks = new Map<number, RelationRow[]>();
  for (const row of rows) {
    const a = bucketOf(row.source, k);
    const b = bucketOf(row.target, k);
    const key = Math.min(a, b) * k + Math.max(a, b);
    const block = blocks.get(key);
    if (block) block.push(row);
    else blocks.set(key, [row]);
  }
  for (const round of pairRounds(k)) {
    const work = round.map(([a, b]) => blocks.get(a * k + b) ?? []).filter((block) => block.length > 0);
    await pooled(work, o.concurrency, (block) => writeRelations(conn, block, o));
  }
}
