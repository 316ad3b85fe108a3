// The Cypher console behind `kg query --cypher` and /api/cypher. Read-only unless asked: a query is
// refused BEFORE it runs when EXPLAIN's queryType is not read-only (or it uses LOAD CSV), and reads
// run in a READ transaction with a server-side timeout and a row limit. Results are JSON-safe.

import neo4j from 'neo4j-driver';
import type { Node, Path, Relationship, Transaction } from 'neo4j-driver';
import { KgError, oneLine } from '../../errors.js';
import { buildPayload } from '../../graph/payload.js';
import type { PayloadRelation } from '../../graph/payload.js';
import { isEntityType, isRelationType } from '../../types.js';
import type { CypherOptions, CypherResult, EntitySummary } from '../types.js';
import type { Connection } from './session.js';
import { mapError, openSession } from './session.js';

const DEFAULTS = { timeoutMs: 10_000, maxRows: 1000 };
const LOAD_CSV = /\bLOAD\s+CSV\b/i;
const EXPLAIN = 'EXPLAIN ';

/** Errors of the EXPLAIN pre-check quote "EXPLAIN <query>": show the user's query and positions. */
function withoutExplain(message: string): string {
  return message
    .replace(/"EXPLAIN /g, '"')
    .replace(/\(line 1, column (\d+) \(offset: (\d+)\)\)/g, (_, col: string, off: string) =>
      `(line 1, column ${Math.max(1, Number(col) - EXPLAIN.length)} (offset: ${Math.max(0, Number(off) - EXPLAIN.length)}))`)
    .replace(/\s+\^\s*$/, '');
}

function refused(why: string): KgError {
  return new KgError('QUERY_WRITE_REFUSED', `cypher: ${why}; the console is read-only. Remove the write, or run it with write access (--write).`);
}

/** Driver error -> KgError: timeouts, refused writes, invalid queries; anything else via mapError. */
function queryError(conn: Connection, error: unknown): KgError {
  if (error instanceof KgError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = withoutExplain(oneLine(error));
  if (code.includes('TransactionTimedOut') || code.includes('Terminated')) {
    return new KgError('QUERY_TIMEOUT', 'cypher: the query was stopped by the time limit. Narrow it (LIMIT, a more specific MATCH) or raise KG_QUERY_TIMEOUT_MS.', { cause: error });
  }
  if (code.includes('AccessMode') || code.includes('ForbiddenOnReadOnlyDatabase')) return refused('the query writes');
  if (code.startsWith('Neo.ClientError.')) return new KgError('QUERY_INVALID', `cypher: ${message.replace(/\.$/, '')}. Fix the query and run it again.`, { cause: error });
  return mapError(conn, error);
}

/** Integer-valued numbers become Cypher Integers (JS numbers are sent as Floats, which LIMIT rejects). */
function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  return value;
}

interface Collected {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

function idOf(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

/** JSON-safe copy of a driver value; remembers nodes and relationships for the graph. */
function plain(value: unknown, seen: Collected): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, seen));
  if (neo4j.isNode(value)) {
    seen.nodes.set(value.elementId, value);
    return { id: idOf(value), labels: [...value.labels].sort(), properties: plain(value.properties, seen) };
  }
  if (neo4j.isRelationship(value)) {
    seen.relationships.set(value.elementId, value);
    const id = value.properties.id;
    return { id: typeof id === 'string' ? id : value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: plain(value.properties, seen) };
  }
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      start: plain(path.start, seen),
      end: plain(path.end, seen),
      segments: path.segments.map((s) => ({ start: plain(s.start, seen), relationship: plain(s.relationship, seen), end: plain(s.end, seen) })),
    };
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto !== Object.prototype && proto !== null) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, seen)]));
  }
  return value;
}

/** Relationship ends are element ids in the driver: swap them for our ids (known nodes or a look-up). */
function fixEnds(rows: unknown[][], ends: Map<string, string>): void {
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.type === 'string' && typeof o.start === 'string' && typeof o.end === 'string' && 'properties' in o) {
        o.start = ends.get(o.start) ?? o.start;
        o.end = ends.get(o.end) ?? o.end;
      } else Object.values(o).forEach(visit);
    }
  };
  rows.forEach(visit);
}

function entitySummary(node: Node): EntitySummary | null {
  const p = node.properties as Record<string, unknown>;
  if (!node.labels.includes('Entity') || typeof p.id !== 'string' || typeof p.type !== 'string' || !isEntityType(p.type)) return null;
  const num = (v: unknown): number => (neo4j.isInt(v) ? v.toNumber() : typeof v === 'number' ? v : 0);
  return { id: p.id, name: String(p.name ?? p.id), type: p.type, aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [], mentions: num(p.mentionCount), docs: num(p.docCount) };
}

async function graphOf(tx: Transaction, seen: Collected, rows: unknown[][]): Promise<CypherResult['graph']> {
  const missing = [...seen.relationships.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((e) => !seen.nodes.has(e));
  if (missing.length > 0) {
    const found = await tx.run('MATCH (n) WHERE elementId(n) IN $eids RETURN n', { eids: [...new Set(missing)] });
    for (const record of found.records) {
      const node = record.get('n') as Node;
      seen.nodes.set(node.elementId, node);
    }
  }
  fixEnds(rows, new Map([...seen.nodes.values()].map((n) => [n.elementId, idOf(n)])));
  const entities = new Map<string, EntitySummary>();
  for (const node of seen.nodes.values()) {
    const e = entitySummary(node);
    if (e) entities.set(node.elementId, e);
  }
  const relations: PayloadRelation[] = [];
  for (const r of seen.relationships.values()) {
    const a = entities.get(r.startNodeElementId);
    const b = entities.get(r.endNodeElementId);
    const p = r.properties as Record<string, unknown>;
    if (!a || !b || !isRelationType(r.type) || typeof p.id !== 'string') continue;
    const num = (v: unknown): number => (neo4j.isInt(v) ? v.toNumber() : typeof v === 'number' ? v : 0);
    relations.push({ id: p.id, type: r.type, source: a.id, target: b.id, confidence: num(p.confidence), docs: num(p.docCount), rule: String(p.rule ?? '') });
  }
  return buildPayload([...entities.values()], relations);
}

async function checkReadOnly(tx: Transaction, query: string): Promise<void> {
  if (LOAD_CSV.test(query)) throw refused('LOAD CSV is not allowed');
  const explained = await tx.run(`${EXPLAIN}${query}`);
  const type = explained.summary.queryType;
  if (type !== 'r') throw refused(type === 's' ? 'the query changes the schema' : 'the query writes');
}

async function readRows(tx: Transaction, query: string, params: Record<string, unknown>, maxRows: number): Promise<{ columns: string[]; rows: unknown[][]; seen: Collected; truncated: boolean }> {
  const result = tx.run(query, toParams(params) as Record<string, unknown>);
  const columns = [...(await result.keys())].map(String);
  const seen: Collected = { nodes: new Map(), relationships: new Map() };
  const rows: unknown[][] = [];
  for await (const record of result) {
    // Leaving the loop early makes the driver discard the rest on the server.
    if (rows.length >= maxRows) return { columns, rows, seen, truncated: true };
    rows.push(columns.map((c) => plain(record.get(c), seen)));
  }
  return { columns, rows, seen, truncated: false };
}

export async function runCypher(conn: Connection, query: string, params: Record<string, unknown> = {}, options: CypherOptions = {}): Promise<CypherResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxRows = options.maxRows ?? DEFAULTS.maxRows;
  // Only the end is trimmed, so that error positions still point into the user's text.
  const text = query.replace(/[\s;]+$/, '');
  if (text.trim() === '') throw new KgError('QUERY_INVALID', 'cypher: the query is empty. Write a Cypher query, e.g. MATCH (e:Entity) RETURN e.name LIMIT 10.');
  const session = openSession(conn, options.write ? 'WRITE' : 'READ');
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    if (!options.write) await checkReadOnly(tx, text);
    const { columns, rows, seen, truncated } = await readRows(tx, text, params, maxRows);
    const graph = await graphOf(tx, seen, rows);
    if (options.write) await tx.commit();
    else await tx.rollback();
    return { columns, rows, graph, truncated };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw queryError(conn, error);
  } finally {
    await session.close();
  }
}
