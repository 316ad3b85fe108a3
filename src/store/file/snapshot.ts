// One consistent view of the file store: the stored per-document extractions, their merge and the
// indexes the read queries need. Built from what one directory listing saw; pure (no I/O here), so
// the store can cache it until a file changes.

import type { Document, Entity, Extraction, Relation } from '../../types.js';
import type { DocumentSummary, EntitySummary, Evidence } from '../types.js';
import { mergeExtractions } from '../../extract/merge.js';
import { summarizeExtraction } from '../../graph/payload.js';
import type { PayloadRelation } from '../../graph/payload.js';
import type { DocFile } from './doc-files.js';

/** Lowercase, accents folded (é -> e, ß -> ss), punctuation as single spaces: the search key of a name. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface StoredDocument {
  file: DocFile;
  document: Document;
  extraction: Extraction;
}

export interface Snapshot {
  /** The current contribution of each source, sorted by document id. */
  parts: StoredDocument[];
  /** Older files of a source that has a newer one (left by a crash between write and remove): not in the graph. */
  shadowed: StoredDocument[];
  entities: EntitySummary[];
  relations: PayloadRelation[];
  entityById: Map<string, EntitySummary>;
  relationSummaryById: Map<string, PayloadRelation>;
  /** Folded name and aliases of each entity, parallel to `entities` (for search). */
  searchKeys: string[][];
  mergedEntityById: Map<string, Entity>;
  relationById: Map<string, Relation>;
  /** Relation ids touching each entity (as source or target), sorted. */
  relationsByEntity: Map<string, string[]>;
  /** Per-document evidence of each relation, with the rule and confidence of that document's reading. */
  evidenceByRelation: Map<string, Evidence[]>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per source, the most recently written file wins (ties by id). */
function splitShadowed(stored: StoredDocument[]): { parts: StoredDocument[]; shadowed: StoredDocument[] } {
  const current = new Map<string, StoredDocument>();
  for (const s of stored) {
    const known = current.get(s.document.source);
    const newer = !known || s.file.mtimeMs > known.file.mtimeMs || (s.file.mtimeMs === known.file.mtimeMs && s.document.id > known.document.id);
    if (newer) current.set(s.document.source, s);
  }
  const keep = new Set(current.values());
  const parts = stored.filter((s) => keep.has(s)).sort((a, b) => compare(a.document.id, b.document.id));
  return { parts, shadowed: stored.filter((s) => !keep.has(s)) };
}

function indexRelations(relations: Relation[]): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  const add = (entity: string, id: string): void => {
    const list = byEntity.get(entity);
    if (list) list.push(id);
    else byEntity.set(entity, [id]);
  };
  for (const r of relations) {
    add(r.source, r.id);
    if (r.target !== r.source) add(r.target, r.id);
  }
  return byEntity;
}

function indexEvidence(parts: StoredDocument[]): Map<string, Evidence[]> {
  const byRelation = new Map<string, Evidence[]>();
  for (const part of parts) {
    for (const r of part.extraction.relations) {
      const list = byRelation.get(r.id) ?? [];
      for (const span of r.evidence) list.push({ ...span, rule: r.rule, confidence: r.confidence });
      byRelation.set(r.id, list);
    }
  }
  for (const list of byRelation.values()) list.sort((a, b) => compare(a.doc, b.doc) || a.start - b.start || a.end - b.end);
  return byRelation;
}

export function buildSnapshot(stored: StoredDocument[]): Snapshot {
  const { parts, shadowed } = splitShadowed(stored);
  const merged = mergeExtractions(parts.map((p) => p.extraction));
  const { entities, relations } = summarizeExtraction(merged);
  return {
    parts,
    shadowed,
    entities,
    relations,
    entityById: new Map(entities.map((e) => [e.id, e])),
    relationSummaryById: new Map(relations.map((r) => [r.id, r])),
    searchKeys: entities.map((e) => [e.name, ...e.aliases].map(foldForSearch)),
    mergedEntityById: new Map(merged.entities.map((e) => [e.id, e])),
    relationById: new Map(merged.relations.map((r) => [r.id, r])),
    relationsByEntity: indexRelations(merged.relations),
    evidenceByRelation: indexEvidence(parts),
  };
}

export function summarizeDocument(d: Document): DocumentSummary {
  const summary: DocumentSummary = { id: d.id, source: d.source, lang: d.lang };
  if (d.title !== undefined) summary.title = d.title;
  if (d.publisher !== undefined) summary.publisher = d.publisher;
  if (d.published !== undefined) summary.published = d.published;
  return summary;
}
