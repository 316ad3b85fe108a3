// Pure: one document's Extraction -> the rows a store writes (document, entities, mentions per
// entity, relations, evidence). Shared by the Neo4j store and the file store. Validates what a
// store relies on (one document, known types, spans inside that document); no I/O, no driver.

import { KgError } from '../errors.js';
import { isEntityType, isRelationType } from '../types.js';
import type { Document, EntityType, Extraction, RelationType, Span } from '../types.js';

export interface DocumentRow {
  id: string;
  source: string;
  lang: string;
  title: string | null;
  publisher: string | null;
  dateline: string | null;
  published: string | null;
  text: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  /** The surface forms this document contributes (sorted, distinct). */
  aliases: string[];
  /** Lowercased, accent-folded name and aliases joined by "|": a substring search key. */
  searchKey: string;
}

/** One document's mentions of one entity (the MENTIONS relationship). */
export interface MentionRow {
  doc: string;
  entity: string;
  starts: number[];
  ends: number[];
  texts: string[];
  count: number;
  aliases: string[];
}

export interface RelationRow {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  rule: string;
}

export interface EvidenceRow {
  /** `${doc}:${start}-${end}:${relation}`: one sentence supporting one relation. */
  id: string;
  relation: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
}

export interface DocumentRows {
  document: DocumentRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  evidence: EvidenceRow[];
  /** Id of the Organization entity named as the publisher, when the extraction has it. */
  publisherEntity: string | null;
}

function fail(what: string): never {
  throw new KgError('STORE_FAILED', `store: ${what}. Fix the extraction before saving it.`);
}

/** Lowercase, accents folded (ß -> ss): the key used for case- and accent-insensitive search. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

export function searchKey(name: string, aliases: readonly string[]): string {
  return [...new Set([name, ...aliases].map(foldText))].join('|');
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function checkSpan(span: Span, doc: Document, owner: string): void {
  if (span.doc !== doc.id) fail(`${owner} has a span of document ${span.doc}, not ${doc.id}`);
  if (span.start < 0 || span.end < span.start || span.end > doc.text.length) {
    fail(`${owner} has a span ${span.start}-${span.end} outside the text of ${doc.id}`);
  }
}

function documentRow(d: Document): DocumentRow {
  return {
    id: d.id,
    source: d.source,
    lang: d.lang,
    title: d.title ?? null,
    publisher: d.publisher ?? null,
    dateline: d.dateline ?? null,
    published: d.published ?? null,
    text: d.text,
  };
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function entityAndMentionRows(extraction: Extraction, doc: Document): { entities: EntityRow[]; mentions: MentionRow[] } {
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  const seen = new Set<string>();
  for (const e of [...extraction.entities].sort(byId)) {
    if (seen.has(e.id)) fail(`entity ${e.id} appears twice`);
    seen.add(e.id);
    if (!isEntityType(e.type)) fail(`entity ${e.id} has the unknown type "${String(e.type)}"`);
    const spans = [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    spans.forEach((s) => checkSpan(s, doc, `entity ${e.id}`));
    const aliases = uniqueSorted(e.aliases);
    entities.push({ id: e.id, name: e.name, type: e.type, aliases, searchKey: searchKey(e.name, aliases) });
    mentions.push({
      doc: doc.id,
      entity: e.id,
      starts: spans.map((s) => s.start),
      ends: spans.map((s) => s.end),
      texts: spans.map((s) => s.text),
      count: spans.length,
      aliases,
    });
  }
  return { entities, mentions };
}

function relationAndEvidenceRows(extraction: Extraction, doc: Document, known: Set<string>): { relations: RelationRow[]; evidence: EvidenceRow[] } {
  const relations: RelationRow[] = [];
  const evidence = new Map<string, EvidenceRow>();
  const seen = new Set<string>();
  for (const r of [...extraction.relations].sort(byId)) {
    if (seen.has(r.id)) fail(`relation ${r.id} appears twice`);
    seen.add(r.id);
    if (!isRelationType(r.type)) fail(`relation ${r.id} has the unknown type "${String(r.type)}"`);
    for (const end of [r.source, r.target]) if (!known.has(end)) fail(`relation ${r.id} refers to the unknown entity ${end}`);
    if (r.evidence.length === 0) fail(`relation ${r.id} has no evidence`);
    relations.push({ id: r.id, type: r.type, source: r.source, target: r.target, confidence: r.confidence, rule: r.rule });
    for (const span of r.evidence) {
      checkSpan(span, doc, `relation ${r.id}`);
      const id = `${doc.id}:${span.start}-${span.end}:${r.id}`;
      evidence.set(id, { id, relation: r.id, doc: doc.id, start: span.start, end: span.end, text: span.text, rule: r.rule, confidence: r.confidence });
    }
  }
  return { relations, evidence: [...evidence.values()].sort(byId) };
}

function findPublisher(doc: Document, entities: EntityRow[]): string | null {
  if (!doc.publisher) return null;
  const key = foldText(doc.publisher);
  const match = entities.find((e) => e.type === 'Organization' && (foldText(e.name) === key || e.aliases.some((a) => foldText(a) === key)));
  return match?.id ?? null;
}

/** The rows for the one document of `extraction`; deterministic order (by id). */
export function buildRows(extraction: Extraction): DocumentRows {
  if (extraction.documents.length !== 1) fail(`a save needs exactly one document, got ${extraction.documents.length}`);
  const doc = extraction.documents[0] as Document;
  const { entities, mentions } = entityAndMentionRows(extraction, doc);
  const { relations, evidence } = relationAndEvidenceRows(extraction, doc, new Set(entities.map((e) => e.id)));
  return { document: documentRow(doc), entities, mentions, relations, evidence, publisherEntity: findPublisher(doc, entities) };
}

/** Rows grouped by a closed-vocabulary key (entity or relation type), keys sorted. */
export function groupBy<T, K extends string>(rows: readonly T[], key: (row: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
