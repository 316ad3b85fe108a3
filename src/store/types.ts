// The store's contract: what the CLI and the server may ask of a graph store, whichever backs it
// (Neo4j, or the embedded file store when no Neo4j is configured). Types only; the server and the
// CLI depend on this file, never on neo4j-driver.

import type { EntityType, Extraction, GraphPayload, RelationType, Span } from '../types.js';

export type StoreKind = 'neo4j' | 'file';

/** What one save changed, counted in graph objects. Re-saving the same document gives all zeros but `unchanged`. */
export interface SaveResult {
  documentId: string;
  /** 'created' (new), 'replaced' (same source, other text), 'unchanged' (same text already stored). */
  status: 'created' | 'replaced' | 'unchanged';
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
}

export interface DeleteResult {
  documentId: string;
  source: string;
  entitiesDeleted: number;
  relationsDeleted: number;
  entitiesUpdated: number;
  relationsUpdated: number;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: number;
}

export interface DocumentSummary {
  id: string;
  source: string;
  title?: string;
  lang: string;
  publisher?: string;
  published?: string;
}

/** One piece of evidence for a relation: the sentence in one document, and the rule that read it. */
export interface Evidence extends Span {
  rule: string;
  confidence: number;
}

export interface RelationDetail {
  id: string;
  type: RelationType;
  source: EntitySummary;
  target: EntitySummary;
  confidence: number;
  docs: number;
  evidence: Evidence[];
}

export interface EntityDetail {
  entity: EntitySummary;
  documents: DocumentSummary[];
  /** Every mention of the entity (so a page can highlight it inside evidence sentences). */
  mentions: Span[];
  relations: RelationDetail[];
}

export interface NeighborPage {
  entity: EntitySummary;
  total: number;
  offset: number;
  limit: number;
  /** The neighbours and the relations that link them to the entity, as a graph payload. */
  graph: GraphPayload;
}

export interface GraphQuery {
  /** Most connected entities first; undefined means all. */
  limit?: number;
  types?: EntityType[];
}

export interface CypherResult {
  columns: string[];
  /** JSON-safe values: nodes as {id,labels,properties}, relationships as {id,type,start,end,properties}. */
  rows: unknown[][];
  /** The entities and relations that appear in the rows, ready to draw. */
  graph: GraphPayload;
  truncated: boolean;
}

export interface CypherOptions {
  write?: boolean;
  timeoutMs?: number;
  maxRows?: number;
}

export interface StoreStats {
  kind: StoreKind;
  documents: number;
  entities: number;
  relations: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** A human description, e.g. "Neo4j at bolt://127.0.0.1:7687 (database neo4j)". */
  readonly description: string;
  /** Saves the contribution of exactly one document (extraction.documents.length === 1); atomic. */
  saveDocument(extraction: Extraction, options?: { dryRun?: boolean }): Promise<SaveResult>;
  /** By document id or by source as given at ingest. Throws KgError NOT_FOUND when unknown. */
  deleteDocument(idOrSource: string): Promise<DeleteResult>;
  listDocuments(): Promise<DocumentSummary[]>;
  loadGraph(query?: GraphQuery): Promise<GraphPayload>;
  getEntity(id: string): Promise<EntityDetail | null>;
  /** Case- and accent-insensitive over names and aliases. */
  search(q: string, limit?: number): Promise<EntitySummary[]>;
  neighbors(id: string, limit: number, offset: number): Promise<NeighborPage | null>;
  /** Neo4j only: the file store throws KgError STORE_NO_CYPHER. Read-only unless options.write. */
  cypher(query: string, params?: Record<string, unknown>, options?: CypherOptions): Promise<CypherResult>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
