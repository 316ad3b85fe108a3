// `npm run bench:neo4j`: Neo4j write throughput. (1) a generated graph of >= 100,000 relationships
// loaded through the store's bulk path (src/store/neo4j/bulk.ts: batched `UNWIND ... MERGE`, 2
// transactions at a time on disjoint node buckets; also timed 1 at a time), (2) the naive way, one
// transaction per relationship, on a fixed sample, (3) articles/s of a full `kg ingest` (the CLI's
// code in this process) of the generated corpus written to files (scripts/bench/corpus.ts);
// extraction alone is timed apart for reference.
// Uses NEO4J_URI when set (the database must be empty: the benchmark clears it), else starts its own
// neo4j-local in a temporary folder. Prints a Markdown table and writes bench-results/neo4j.md.
// Options: --relationships N (100000) --naive N (5000) --articles N (10000)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { extract } from '../../src/extract/extract.js';
import { documentId } from '../../src/ingest/index.js';
import type { EntityRow, RelationRow } from '../../src/store/rows.js';
import { ensureSchema } from '../../src/store/neo4j/schema.js';
import { connect } from '../../src/store/neo4j/session.js';
import type { Connection } from '../../src/store/neo4j/session.js';
import { bulkMergeEntities, bulkMergeRelations } from '../../src/store/neo4j/bulk.js';
import type { RelationType } from '../../src/types.js';
import { RELATION_TYPES } from '../../src/types.js';
import { startNeo4j } from '../neo4j-local/neo4j-local.mjs';
import { generateArticle, loadCorpusNames, writeCorpus } from './corpus.js';
import { NEO4J_SAVE_WINDOW, runIngest } from '../../src/cli/commands/ingest.js';
import type { CliIo } from '../../src/cli/output.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`bench: --${name} needs a positive number.`);
  return Math.floor(value);
}

const RELATIONSHIPS = option('relationships', 100_000);
const NAIVE = option('naive', 5000);
const ARTICLES = option('articles', 10_000);
/** The bulk path's defaults (src/store/neo4j/bulk.ts): 10,000 rows per transaction, 2,000 per statement, 2 transactions at a time. */
const BATCH = 10_000;
const BULK_CONCURRENCY = 2;

function generatedGraph(relationships: number, prefix = 'bench'): { entities: EntityRow[]; relations: RelationRow[] } {
  const count = Math.max(1000, Math.ceil(relationships / 5));
  const entities: EntityRow[] = Array.from({ length: count }, (_, i) => ({
    id: `person:${prefix}-${i}`, name: `Bench Person ${i}`, type: 'Person', aliases: [], searchKey: '',
  }));
  const relations: RelationRow[] = [];
  for (let i = 0; relations.length < relationships; i++) {
    const source = i % count;
    const target = (source + 1 + ((i * 7919) % (count - 1))) % count;
    const type = RELATION_TYPES[i % RELATION_TYPES.length] as RelationType;
    const id = `${type}:person:${prefix}-${source}->person:${prefix}-${target}`;
    relations.push({ id, type, source: `person:${prefix}-${source}`, target: `person:${prefix}-${target}`, confidence: 0.5, rule: 'bench' });
  }
  return { entities, relations: [...new Map(relations.map((r) => [r.id, r])).values()] };
}

/** CALL ... IN TRANSACTIONS needs an auto-commit transaction (session.run). */
async function autoCommit(conn: Connection, query: string): Promise<void> {
  const session = conn.driver.session({ database: conn.config.database });
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

/** Relationships first, then nodes: a hub entity would drag thousands of relationships into one batch. */
async function clear(conn: Connection): Promise<void> {
  await autoCommit(conn, 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await autoCommit(conn, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

const deleteRelationships = (conn: Connection): Promise<void> =>
  autoCommit(conn, 'MATCH (:Entity)-[r]->(:Entity) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');

/**
 * A fresh JVM compiles Neo4j's hot paths during the first loads: the first 100,000 relationships
 * load at less than half the speed of the third. Both ways of the batched path run untimed at full
 * size (three passes), and the naive path on a sample, before anything is timed.
 */
async function warmUp(conn: Connection): Promise<void> {
  const warm = generatedGraph(RELATIONSHIPS, 'warm');
  await batchedLoad(conn, warm, BULK_CONCURRENCY);
  for (const concurrency of [1, BULK_CONCURRENCY]) {
    await deleteRelationships(conn);
    await batchedRelations(conn, warm, concurrency);
  }
  await deleteRelationships(conn);
  await naiveLoad(conn, warm.relations.slice(0, 300));
  await clear(conn);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

type Graph = ReturnType<typeof generatedGraph>;

/** The tool's bulk path (src/store/neo4j/bulk.ts): entities, then relationships; seconds of each. */
async function batchedLoad(conn: Connection, graph: Graph, concurrency: number): Promise<{ entitiesS: number; relationsS: number }> {
  const entities = await timed(() => bulkMergeEntities(conn, graph.entities, { batchSize: BATCH, concurrency }));
  return { entitiesS: entities.seconds, relationsS: await batchedRelations(conn, graph, concurrency) };
}

async function batchedRelations(conn: Connection, graph: Graph, concurrency: number): Promise<number> {
  return (await timed(() => bulkMergeRelations(conn, graph.relations, { batchSize: BATCH, concurrency }))).seconds;
}

async function naiveLoad(conn: Connection, rows: RelationRow[]): Promise<number> {
  const session = conn.driver.session({ database: conn.config.database });
  try {
    const { seconds } = await timed(async () => {
      for (const row of rows) {
        await session.executeWrite((tx) =>
          tx.run(
            `MATCH (a:Entity {id: $row.source}) MATCH (b:Entity {id: $row.target})
             MERGE (a)-[r:${row.type} {id: $row.id}]->(b) ON CREATE SET r.confidence = $row.confidence, r.rule = $row.rule`,
            { row },
          ),
        );
      }
    });
    return seconds;
  } finally {
    await session.close();
  }
}

/** Extraction alone over the generated articles (in memory), for reference beside the ingest time. */
function corpusExtractions(count: number): { seconds: number } {
  const names = loadCorpusNames();
  const articles = Array.from({ length: count }, (_, i) => generateArticle(i, names));
  const start = process.hrtime.bigint();
  for (const article of articles) extract({ id: documentId(article.text), source: `bench/${article.name}`, lang: article.lang, text: article.text });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/**
 * A full `kg ingest` of the corpus directory (read, extract, save; the CLI's own code, in this
 * process, against the benchmark's Neo4j). Returns seconds and the documents it created.
 */
async function ingestCorpus(config: Neo4jConfig, dir: string): Promise<{ seconds: number; created: number; failed: number }> {
  let out = '';
  const env = { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
  const io: CliIo = { stdout: (t) => void (out += t), stderr: () => undefined, stdoutIsTTY: false, stderrIsTTY: false, env, cwd: process.cwd() };
  const { value: code, seconds } = await timed(() => runIngest([dir], { lang: 'auto', format: 'json' }, io));
  const summary = JSON.parse(out) as { documents: { created: number; failed: number } };
  if (code !== 0) throw new Error(`bench: kg ingest exited ${code} (${summary.documents.failed} documents failed).`);
  return { seconds, created: summary.documents.created, failed: summary.documents.failed };
}

async function database(): Promise<{ config: Neo4jConfig; stop: () => Promise<void> }> {
  const configured = loadConfig().neo4j;
  if (configured) return { config: configured, stop: async () => undefined };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const port = 17000 + Math.floor(Math.random() * 2000);
  console.error(`bench: starting neo4j-local on 127.0.0.1:${port} (data in ${dataDir}) ...`);
  const server = await startNeo4j({ port, dataDir, log: path.join(dataDir, 'neo4j.log') });
  return {
    config: { uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' },
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function requireEmpty(conn: Connection): Promise<void> {
  const result = await conn.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: conn.config.database });
  const n = Number(result.records[0]?.get('n') ?? 0);
  if (n > 0) {
    throw new Error(`bench: the database at ${conn.config.uri} holds ${n} nodes and the benchmark clears it. Use an empty database, or unset NEO4J_URI so that the benchmark starts its own.`);
  }
}

function rate(rows: number, seconds: number): string {
  return Math.round(rows / seconds).toLocaleString('en-US');
}

async function main(): Promise<void> {
  const db = await database();
  const conn = await connect(db.config, 5000);
  const lines: string[] = [];
  try {
    await requireEmpty(conn);
    await ensureSchema(conn);
    console.error('bench: warming up (both paths, untimed) ...');
    await warmUp(conn);
    const graph = generatedGraph(RELATIONSHIPS);
    console.error(`bench: batched load of ${graph.entities.length} entities and ${graph.relations.length} relationships ...`);
    const batched = await batchedLoad(conn, graph, BULK_CONCURRENCY);
    // One load swings by +-30 % on a 2-core machine (JVM GC, the OS): three loads, the median counts.
    const loads = [batched.relationsS];
    for (let i = 0; i < 2; i++) {
      await deleteRelationships(conn);
      loads.push(await batchedRelations(conn, graph, BULK_CONCURRENCY));
    }
    const relationsS = [...loads].sort((a, b) => a - b)[1] as number;
    await deleteRelationships(conn);
    console.error('bench: the same relationships, one transaction at a time ...');
    const serialS = await batchedRelations(conn, graph, 1);
    await deleteRelationships(conn);
    const sample = graph.relations.slice(0, Math.min(NAIVE, graph.relations.length));
    console.error(`bench: naive load, one transaction per relationship, ${sample.length} rows ...`);
    const naiveS = await naiveLoad(conn, sample);
    await clear(conn);

    console.error(`bench: generating and extracting ${ARTICLES} articles (extraction alone, for reference) ...`);
    const corpus = corpusExtractions(ARTICLES);
    const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-corpus-'));
    await writeCorpus(corpusDir, ARTICLES);
    console.error(`bench: kg ingest of the ${ARTICLES} files ...`);
    const ingest = await ingestCorpus(db.config, corpusDir).finally(() => fs.rmSync(corpusDir, { recursive: true, force: true }));
    const counts = await conn.driver.executeQuery(
      'MATCH (d:Document) WITH count(d) AS docs MATCH (e:Entity) WITH docs, count(e) AS entities MATCH (:Entity)-[r]->(:Entity) RETURN docs, entities, count(r) AS relations',
      {}, { database: conn.config.database, resultTransformer: neo4j.resultTransformers.eager() },
    );
    const c = counts.records[0];
    const batchedRate = graph.relations.length / relationsS;
    const naiveRate = sample.length / naiveS;
    lines.push(
      `# Neo4j write benchmark`,
      '',
      `${new Date().toISOString()}, ${os.cpus().length} CPUs, Neo4j at ${db.config.uri}`,
      '',
      '| what | rows | seconds | rows/s |',
      '| --- | ---: | ---: | ---: |',
      `| entities, batched UNWIND MERGE (${BATCH}/tx, ${BULK_CONCURRENCY} tx at a time) | ${graph.entities.length} | ${batched.entitiesS.toFixed(2)} | ${rate(graph.entities.length, batched.entitiesS)} |`,
      `| relationships, batched UNWIND MERGE (${BATCH}/tx, ${BULK_CONCURRENCY} tx at a time on disjoint node buckets; median of 3 loads: ${loads.map((x) => rate(graph.relations.length, x)).join(', ')}/s) | ${graph.relations.length} | ${relationsS.toFixed(2)} | ${rate(graph.relations.length, relationsS)} |`,
      `| relationships, batched UNWIND MERGE (${BATCH}/tx, 1 tx at a time) | ${graph.relations.length} | ${serialS.toFixed(2)} | ${rate(graph.relations.length, serialS)} |`,
      `| relationships, naive, 1 transaction per row (sample of ${sample.length}) | ${sample.length} | ${naiveS.toFixed(2)} | ${rate(sample.length, naiveS)} |`,
      `| articles extracted (not stored; for reference) | ${ARTICLES} | ${corpus.seconds.toFixed(2)} | ${rate(ARTICLES, corpus.seconds)} |`,
      `| articles, full \`kg ingest\` of the corpus files (read, extract, save; ${NEO4J_SAVE_WINDOW} saves in flight) | ${ARTICLES} | ${ingest.seconds.toFixed(2)} | ${rate(ARTICLES, ingest.seconds)} |`,
      '',
      `Batched / naive: **${(batchedRate / naiveRate).toFixed(1)}x** (target >= 50x); batched relationships/s: **${rate(graph.relations.length, relationsS)}** (median of 3; target >= 20,000).`,
      `The naive path was timed on a fixed sample of ${sample.length} rows (loading all ${graph.relations.length} row by row would take too long).`,
      'All paths ran untimed first at full size (JIT warm-up); the relationship MERGE is the one saveDocument uses, on top of the uniqueness constraints, with rows sent as columns and the statements of a transaction pipelined (src/store/neo4j/bulk.ts).',
      `Corpus in the graph after saving: ${String(c?.get('docs'))} documents, ${String(c?.get('entities'))} entities, ${String(c?.get('relations'))} relationships.`,
    );
    await clear(conn);
  } finally {
    await conn.driver.close();
    await db.stop();
  }
  const text = `${lines.join('\n')}\n`;
  process.stdout.write(text);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(path.join('bench-results', 'neo4j.md'), text);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
