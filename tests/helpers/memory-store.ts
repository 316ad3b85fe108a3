// An in-memory GraphStore for server and browser tests: holds one merged Extraction and answers the
// store contract from it. Not a product store (no persistence, no Cypher unless a test injects a
// handler); it exists so the explorer can be tested before and independently of the real stores.

import fs from 'node:fs';
import path from 'node:path';
import { KgError } from '../../src/errors.js';
import { mergeExtractions } from '../../src/extract/merge.js';
import { buildPayload, summarizeExtraction } from '../../src/graph/payload.js';
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
  RelationDetail,
  SaveResult,
  StoreStats,
} from '../../src/store/types.js';
import type { Extraction, GraphPayload, Relation } from '../../src/types.js';

export type CypherHandler = (query: string, params: Record<string, unknown>, options: CypherOptions) => Promise<CypherResult>;

const EMPTY: Extraction = { documents: [], entities: [], relations: [], warnings: [] };

export function readExtractionFixture(name: string): Extraction {
  // Relative to the repository root (jest and tsx both run from it); __dirname does not exist under ESM.
  const file = path.resolve('tests', 'fixtures', 'extractions', name);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Extraction;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export class MemoryStore implements GraphStore {
  readonly kind: 'file' | 'neo4j';
  readonly description: string;
  private data: Extraction;
  private summaries: ReturnType<typeof summarizeExtraction>;
  private payload: GraphPayload | undefined;
  closed = false;

  constructor(extraction: Extraction = EMPTY, private readonly cypherHandler?: CypherHandler) {
    this.kind = cypherHandler ? 'neo4j' : 'file';
    this.description = 'memory store (tests)';
    this.data = mergeExtractions([extraction]);
    this.summaries = summarizeExtraction(this.data);
  }

  /** A store whose loadGraph() answers a prepared payload (benchmarks with generated graphs). */
  static fromPayload(payload: GraphPayload): MemoryStore {
    const store = new MemoryStore();
    store.payload = payload;
    return store;
  }

  async saveDocument(extraction: Extraction): Promise<SaveResult> {
    const before = new Set(this.data.entities.map((e) => e.id));
    const known = this.data.documents.some((d) => d.id === extraction.documents[0]?.id);
    this.data = mergeExtractions([this.data, extraction]);
    this.summaries = summarizeExtraction(this.data);
    return {
      documentId: extraction.documents[0]?.id ?? '',
      status: known ? 'unchanged' : 'created',
      entitiesCreated: this.data.entities.filter((e) => !before.has(e.id)).length,
      entitiesUpdated: 0,
      relationsCreated: 0,
      relationsUpdated: 0,
    };
  }

  async deleteDocument(idOrSource: string): Promise<DeleteResult> {
    throw new KgError('NOT_FOUND', `store: no document ${idOrSource} in the memory store. Use a document id the store holds.`);
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.data.documents.map((d) => ({ id: d.id, source: d.source, title: d.title, lang: d.lang, publisher: d.publisher, published: d.published }));
  }

  async loadGraph(query: GraphQuery = {}): Promise<GraphPayload> {
    if (this.payload) return this.payload;
    return buildPayload(this.summaries.entities, this.summaries.relations, query);
  }

  private summary(id: string): EntitySummary | undefined {
    return this.summaries.entities.find((e) => e.id === id);
  }

  private detail(r: Relation): RelationDetail {
    const source = this.summary(r.source);
    const target = this.summary(r.target);
    if (!source || !target) throw new Error(`memory store: relation ${r.id} has an unknown end`);
    const evidence = r.evidence.map((s) => ({ ...s, rule: r.rule, confidence: r.confidence }));
    return { id: r.id, type: r.type, source, target, confidence: r.confidence, docs: new Set(r.evidence.map((s) => s.doc)).size, evidence };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const entity = this.data.entities.find((e) => e.id === id);
    const summary = this.summary(id);
    if (!entity || !summary) return null;
    const docIds = new Set(entity.mentions.map((m) => m.doc));
    const documents = (await this.listDocuments()).filter((d) => docIds.has(d.id));
    const relations = this.data.relations.filter((r) => r.source === id || r.target === id).map((r) => this.detail(r));
    return { entity: summary, documents, mentions: entity.mentions, relations };
  }

  async search(q: string, limit = 10): Promise<EntitySummary[]> {
    const needle = fold(q.trim());
    if (!needle) return [];
    const score = (e: EntitySummary): number => {
      const names = [e.name, ...e.aliases].map(fold);
      if (names.some((n) => n === needle)) return 0;
      if (names.some((n) => n.startsWith(needle))) return 1;
      return names.some((n) => n.includes(needle)) ? 2 : -1;
    };
    return this.summaries.entities
      .map((e) => ({ e, s: score(e) }))
      .filter((x) => x.s >= 0)
      .sort((a, b) => a.s - b.s || b.e.mentions - a.e.mentions || (a.e.id < b.e.id ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.e);
  }

  async neighbors(id: string, limit: number, offset: number): Promise<NeighborPage | null> {
    const entity = this.summary(id);
    if (!entity) return null;
    const touching = this.summaries.relations.filter((r) => r.source === id || r.target === id);
    const ids = [...new Set(touching.map((r) => (r.source === id ? r.target : r.source)))].sort();
    const page = new Set(ids.slice(offset, offset + limit));
    const nodes = this.summaries.entities.filter((e) => page.has(e.id) || e.id === id);
    const rels = touching.filter((r) => page.has(r.source) || page.has(r.target));
    return { entity, total: ids.length, offset, limit, graph: buildPayload(nodes, rels) };
  }

  async cypher(query: string, params: Record<string, unknown> = {}, options: CypherOptions = {}): Promise<CypherResult> {
    if (!this.cypherHandler) {
      throw new KgError('STORE_NO_CYPHER', 'store: Cypher needs Neo4j; the embedded file store cannot run it. Set NEO4J_URI and start Neo4j with "npm run neo4j".');
    }
    return this.cypherHandler(query, params, options);
  }

  async stats(): Promise<StoreStats> {
    const count = <T>(items: T[], key: (t: T) => string): Record<string, number> =>
      items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});
    return {
      kind: this.kind,
      documents: this.data.documents.length,
      entities: this.data.entities.length,
      relations: this.data.relations.length,
      entitiesByType: count(this.data.entities, (e) => e.type),
      relationsByType: count(this.data.relations, (r) => r.type),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
