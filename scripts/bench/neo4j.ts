// `npm run bench:neo4j`: Neo4j write throughput. (1) a generated graph of >= 100,000 relationships
// loaded through the store's batched `UNWIND $rows AS row MERGE` path, (2) the naive way, one
// transaction per relationship, on a fixed sample, (3) articles/s through saveDocument for a
// generated corpus (scripts/bench/corpus.ts, extracted first; extraction time is reported apart).
// Uses NEO4J_URI when set (the database must be empty: the benchmark clears it), else starts its own
// neo4j-local in a temporary folder. Prints a Markdown table and writes bench-results/neo4j.md.
// Options: --relationships N (100000) --naive N (5000) --articles N (10000) --concurrency N (4)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { extract } from '../../src/extract/extract.js';
import { documentId } from '../../src/ingest/index.js';
import type { EntityRow, RelationRow } from '../../src/store/rows.js';
import { openNeo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { ensureSchema } from '../../src/store/neo4j/schema.js';
import { connect, writeTx } from '../../src/store/neo4j/session.js';
import type { Connection } from '../../src/store/neo4j/session.js';
import { chunks } from '../../src/store/neo4j/recompute.js';
import { mergeEntities, mergeRelations } from '../../src/store/neo4j/write.js';
import type { Extraction, RelationType } from '../../src/types.js';
import { RELATION_TYPES } from '../../src/types.js';
import { startNeo4j } from '../neo4j-local/neo4j-local.mjs';
import { generateArticle, loadCorpusNames } from './corpus.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`bench: --${name} needs a positive number.`);
  return Math.floor(value);
}

const RELATIONSHIPS = option('relationships', 100_000);
const NAIVE = option('naive', 5000);
const ARTICLES = option('articles', 10_000);
const CONCURRENCY = option('concurrency', 4);
const BATCH = 10_000;

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

/**
 * A fresh JVM compiles Neo4j's hot paths during the first loads (the first 100,000 relationships
 * load at about half the speed of the second): run both paths once, untimed, at full size.
 */
async function warmUp(conn: Connection): Promise<void> {
  const warm = generatedGraph(RELATIONSHIPS, 'warm');
  await batchedLoad(conn, warm);
  await autoCommit(conn, 'MATCH (:Entity)-[r]->(:Entity) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await naiveLoad(conn, warm.relations.slice(0, 300));
  await clear(conn);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function batchedLoad(conn: Connection, graph: ReturnType<typeof generatedGraph>): Promise<{ entitiesS: number; relationsS: number }> {
  const entities = await timed(async () => {
    for (const batch of chunks(graph.entities, BATCH)) await writeTx(conn, (tx) => mergeEntities(conn, tx, batch));
  });
  // Grouped by type before batching, so that a batch is one or two UNWIND statements, not eighteen.
  const byType = [...graph.relations].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const relations = await timed(async () => {
    for (const batch of chunks(byType, BATCH)) await writeTx(conn, (tx) => mergeRelations(conn, tx, batch));
  });
  return { entitiesS: entities.seconds, relationsS: relations.seconds };
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

function corpusExtractions(count: number): { extractions: Extraction[]; seconds: number } {
  const names = loadCorpusNames();
  const start = process.hrtime.bigint();
  const extractions = Array.from({ length: count }, (_, i) => {
    const article = generateArticle(i, names);
    return extract({ id: documentId(article.text), source: `bench/${article.name}`, lang: article.lang, text: article.text });
  });
  return { extractions, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function saveCorpus(config: Neo4jConfig, extractions: Extraction[]): Promise<number> {
  const store = await openNeo4jStore(config);
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < extractions.length) {
        const i = next++;
        await store.saveDocument(extractions[i] as Extraction).catch((error: unknown) => {
          throw new Error(`bench: saving article ${i} failed: ${error instanceof Error ? error.message : String(error)}`);
        });
        if ((i + 1) % 1000 === 0) console.error(`bench: ${i + 1} articles saved`);
      }
    };
    const { seconds } = await timed(() => Promise.all(Array.from({ length: CONCURRENCY }, worker)));
    return seconds;
  } finally {
    await store.close();
  }
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
    const batched = await batchedLoad(conn, graph);
    await autoCommit(conn, 'MATCH (:Entity)-[r]->(:Entity) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    const sample = graph.relations.slice(0, Math.min(NAIVE, graph.relations.length));
    console.error(`bench: naive load, one transaction per relationship, ${sample.length} rows ...`);
    const naiveS = await naiveLoad(conn, sample);
    await clear(conn);

    console.error(`bench: generating and extracting ${ARTICLES} articles ...`);
    const corpus = corpusExtractions(ARTICLES);
    console.error(`bench: saving ${ARTICLES} articles through saveDocument (concurrency ${CONCURRENCY}) ...`);
    const saveS = await saveCorpus(db.config, corpus.extractions);
    const counts = await conn.driver.executeQuery(
      'MATCH (d:Document) WITH count(d) AS docs MATCH (e:Entity) WITH docs, count(e) AS entities MATCH (:Entity)-[r]->(:Entity) RETURN docs, entities, count(r) AS relations',
      {}, { database: conn.config.database, resultTransformer: neo4j.resultTransformers.eager() },
    );
    const c = counts.records[0];
    const batchedRate = graph.relations.length / batched.relationsS;
    const naiveRate = sample.length / naiveS;
    lines.push(
      `# Neo4j write benchmark`,
      '',
      `${new Date().toISOString()}, ${os.cpus().length} CPUs, Neo4j at ${db.config.uri}`,
      '',
      '| what | rows | seconds | rows/s |',
      '| --- | ---: | ---: | ---: |',
      `| entities, batched UNWIND MERGE (${BATCH}/tx) | ${graph.entities.length} | ${batched.entitiesS.toFixed(2)} | ${rate(graph.entities.length, batched.entitiesS)} |`,
      `| relationships, batched UNWIND MERGE (${BATCH}/tx) | ${graph.relations.length} | ${batched.relationsS.toFixed(2)} | ${rate(graph.relations.length, batched.relationsS)} |`,
      `| relationships, naive, 1 transaction per row (sample of ${sample.length}) | ${sample.length} | ${naiveS.toFixed(2)} | ${rate(sample.length, naiveS)} |`,
      `| articles extracted (not stored; for reference) | ${ARTICLES} | ${corpus.seconds.toFixed(2)} | ${rate(ARTICLES, corpus.seconds)} |`,
      `| articles saved via saveDocument (concurrency ${CONCURRENCY}) | ${ARTICLES} | ${saveS.toFixed(2)} | ${rate(ARTICLES, saveS)} |`,
      '',
      `Batched / naive: **${(batchedRate / naiveRate).toFixed(1)}x** (target >= 50x); batched relationships/s: **${rate(graph.relations.length, batched.relationsS)}** (target >= 20,000).`,
      `The naive path was timed on a fixed sample of ${sample.length} rows (loading all ${graph.relations.length} row by row would take too long).`,
      'Both paths ran once untimed first (JIT warm-up); the relationship MERGE is the one saveDocument uses, on top of the uniqueness constraints.',
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
