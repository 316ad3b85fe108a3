// The shared vocabulary of kg-builder: documents, spans, entities, relations, extractions and the
// graph payload that the server sends to the browser. Pure types and closed vocabularies only:
// this file imports nothing and holds no logic beyond tiny type guards.

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** 'und' (undetermined) when the language is neither German nor English. */
export type DocLang = Lang | 'und';

export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Country',
  'City',
  'Region',
  'Location',
  'Event',
  'Award',
  'Work',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The closed vocabulary of relation types. Neo4j relationship types are built only from these. */
export const RELATION_TYPES = [
  'MEMBER_OF',
  'LEADER_OF',
  'PARTNER_OF',
  'PARTICIPATES_IN',
  'HELD_IN',
  'LOCATED_IN',
  'INTERVIEWED_BY',
  'ORGANIZED_BY',
  'SUPPORTS',
  'TRADES_WITH',
  'CHAIRS',
  'WORKS_FOR',
  'MET_WITH',
  'VISITED',
  'WON',
  'PART_OF',
  'CAPITAL_OF',
  'CITIZEN_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** A document as read from a file, directory entry or URL. `text` is what every offset indexes. */
export interface Document {
  /** sha256 of `text`, hex, first 16 characters: the same text is the same document. */
  id: string;
  /** The path or URL as the user gave it. */
  source: string;
  lang: DocLang;
  title?: string;
  /** Canonical name of the publishing agency or paper, e.g. "BelTA". */
  publisher?: string;
  /** Canonical name of the dateline place, e.g. "Minsk". */
  dateline?: string;
  /** ISO date "2024-07-03" when the text gives the year, else "07-03" (month-day). */
  published?: string;
  text: string;
}

/** A range of a document's text: `text === document.text.slice(start, end)`, end exclusive. */
export interface Span {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** `${type lowercased}:${slug of canonical English name}`, e.g. "country:belarus". */
  id: string;
  /** Canonical English display name. */
  name: string;
  type: EntityType;
  /** Distinct surface forms seen in the text(s), sorted; includes role phrases resolved by coreference, not pronouns. */
  aliases: string[];
  mentions: Span[];
}

export interface Relation {
  /** Deterministic: `${type}:${source}->${target}`. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** 0..1 */
  confidence: number;
  /** Id of the relation rule that produced it (the first one, when several did). */
  rule: string;
  /** Evidence sentences, one span per supporting sentence. */
  evidence: Span[];
}

export interface Warning {
  doc?: string;
  code: string;
  message: string;
}

export interface Extraction {
  documents: Document[];
  entities: Entity[];
  relations: Relation[];
  warnings: Warning[];
}

// ---- The graph as the server sends it (graphology's serialized JSON) ----

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions over all documents. */
  mentions: number;
  /** Number of documents that mention the entity. */
  docs: number;
  /** Filled by the browser (layout) or by the server when known. */
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  type: RelationType;
  confidence: number;
  /** Number of documents that support the relation. */
  docs: number;
  rule: string;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}
export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface GraphPayload {
  attributes: { omittedNodes: number; omittedEdges: number };
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}
