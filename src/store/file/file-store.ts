// The embedded file store: a GraphStore over <dataDir>/documents/<id>.json, used when no Neo4j is
// configured. Same semantics as the Neo4j store (idempotent saves, replace by source, delete by id
// or source, counts follow); no query engine, so cypher() refuses with STORE_NO_CYPHER.

import { KgError } from '../../errors.js';
import type { Extraction, GraphPayload } from '../../types.js';
import { buildPayload } from '../../graph/payload.js';
import type {
  CypherOptions, CypherResult, DeleteResult, DocumentSummary, EntityDetail, EntitySummary, GraphQuery, GraphStore, NeighborPage,
  SaveResult, StoreStats,
} from '../types.js';
import { docFilePath, listDocIds, readDocFile, removeDocFile, statDocFile, writeFileAtomic } from './doc-files.js';
import { DocIndex } from './doc-index.js';
import { parseDocumentExtraction } from './schema.js';
import { buildSnapshot, summarizeDocument } from './snapshot.js';
import type { Snapshot, StoredDocument } from './snapshot.js';
import { entityDetail, neighborPage, searchEntities, storeStats } from './queries.js';

export const NO_CYPHER_MESSAGE =
  'store: Cypher needs Neo4j; the embedded file store has no query engine. Start Neo4j with "npm run neo4j" or "docker compose up -d" and set NEO4J_URI=bolt://127.0.0.1:7687.';

function unchangedResult(documentId: string): SaveResult {
  return { documentId, status: 'unchanged', entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 };
}

function idsOf(items: { id: string }[]): Set<string> {
  return new Set(items.map((i) => i.id));
}

/** How many of `ids` the graph already holds (updated) and how many it does not (created). */
function splitKnown(ids: Set<string>, known: (id: string) => boolean): { created: number; updated: number } {
  let updated = 0;
  for (const id of ids) if (known(id)) updated += 1;
  return { created: ids.size - updated, updated };
}

export class FileStore implements GraphStore {
  readonly kind = 'file' as const;
  readonly description: string;
  private index = new DocIndex();
  private merged: { version: number; snapshot: Snapshot } | undefined;

  constructor(readonly dataDir: string) {
    this.description = `file store at ${dataDir}`;
  }

  /** Brings the index in line with the folder: files other processes added or removed since the last look. */
  private async refresh(): Promise<DocIndex> {
    const ids = await listDocIds(this.dataDir);
    const present = new Set(ids);
    for (const id of [...this.index.all.keys()]) if (!present.has(id)) this.index.remove(id);
    for (const id of ids) {
      if (this.index.all.has(id)) continue;
      const stored = await this.readStored(id);
      if (stored) this.index.add(stored);
    }
    return this.index;
  }

  /** The merged graph and its read indexes, rebuilt only when some file changed. */
  private async snapshot(): Promise<Snapshot> {
    const index = await this.refresh();
    if (this.merged?.version !== index.version) {
      this.merged = { version: index.version, snapshot: buildSnapshot([...index.all.values()]) };
    }
    return this.merged.snapshot;
  }

  private async readStored(id: string): Promise<StoredDocument | undefined> {
    const file = await statDocFile(this.dataDir, id);
    const raw = file && (await readDocFile(file.path));
    if (!file || raw === undefined) return undefined; // removed meanwhile by another process
    const extraction = parseDocumentExtraction(raw, file.path);
    const document = extraction.documents[0];
    if (!document || document.id !== id) {
      throw new KgError('STORE_FAILED', `store: ${file.path} holds document "${document?.id ?? ''}", not "${id}". Delete the file and ingest the document again.`);
    }
    return { file, document, extraction };
  }

  async saveDocument(extraction: Extraction, options: { dryRun?: boolean } = {}): Promise<SaveResult> {
    const valid = parseDocumentExtraction(extraction, 'the extraction to save', "Save one document's extraction as extract() returns it.");
    const document = valid.documents[0];
    if (!document) throw new KgError('STORE_FAILED', 'store: the extraction to save has no document. Save one document at a time.');
    const path = docFilePath(this.dataDir, document.id);
    const index = await this.refresh();
    if (index.isCurrent(document.id)) return unchangedResult(document.id);
    const replaced = index.currentOf(document.source);
    const stale = index.filesOf(document.source).filter((s) => s.document.id !== document.id);
    const entities = splitKnown(idsOf(valid.entities), (id) => index.entityRefs.has(id));
    const relations = splitKnown(idsOf(valid.relations), (id) => index.relationRefs.has(id));
    if (!options.dryRun) {
      const text = JSON.stringify(valid);
      await writeFileAtomic(path, `${text}\n`);
      const file = await statDocFile(this.dataDir, document.id);
      const copy = JSON.parse(text) as Extraction; // the caller may change its object later; the index must not
      if (file && copy.documents[0]) index.add({ file, document: copy.documents[0], extraction: copy });
      for (const old of stale) {
        await removeDocFile(old.file.path);
        index.remove(old.document.id);
      }
    }
    return {
      documentId: document.id,
      status: replaced && replaced.document.id !== document.id ? 'replaced' : 'created',
      entitiesCreated: entities.created,
      entitiesUpdated: entities.updated,
      relationsCreated: relations.created,
      relationsUpdated: relations.updated,
    };
  }

  async deleteDocument(idOrSource: string): Promise<DeleteResult> {
    const index = await this.refresh();
    const target = (index.isCurrent(idOrSource) ? index.all.get(idOrSource) : undefined) ?? index.currentOf(idOrSource);
    if (!target) {
      throw new KgError('NOT_FOUND', `store: no stored document has the id or source "${idOrSource}". Give a document id or the source exactly as it was ingested.`);
    }
    // Ids held by this document alone (one reference) disappear; the others are only updated.
    const entities = splitKnown(idsOf(target.extraction.entities), (id) => (index.entityRefs.get(id) ?? 0) > 1);
    const relations = splitKnown(idsOf(target.extraction.relations), (id) => (index.relationRefs.get(id) ?? 0) > 1);
    for (const s of index.filesOf(target.document.source)) {
      await removeDocFile(s.file.path);
      index.remove(s.document.id);
    }
    return {
      documentId: target.document.id,
      source: target.document.source,
      entitiesDeleted: entities.created,
      relationsDeleted: relations.created,
      entitiesUpdated: entities.updated,
      relationsUpdated: relations.updated,
    };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const snap = await this.snapshot();
    return snap.parts.map((p) => summarizeDocument(p.document)).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  }

  async loadGraph(query?: GraphQuery): Promise<GraphPayload> {
    const snap = await this.snapshot();
    return buildPayload(snap.entities, snap.relations, query);
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    return entityDetail(await this.snapshot(), id);
  }

  async search(q: string, limit = 20): Promise<EntitySummary[]> {
    return searchEntities(await this.snapshot(), q, limit);
  }

  async neighbors(id: string, limit: number, offset: number): Promise<NeighborPage | null> {
    return neighborPage(await this.snapshot(), id, limit, offset);
  }

  async cypher(_query: string, _params?: Record<string, unknown>, _options?: CypherOptions): Promise<CypherResult> {
    throw new KgError('STORE_NO_CYPHER', NO_CYPHER_MESSAGE);
  }

  async stats(): Promise<StoreStats> {
    return storeStats(await this.snapshot());
  }

  async close(): Promise<void> {
    this.index = new DocIndex();
    this.merged = undefined;
  }
}

export function openFileStore(dataDir: string): FileStore {
  return new FileStore(dataDir);
}
