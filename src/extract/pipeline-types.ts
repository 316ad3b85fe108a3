// Internal vocabulary of the extraction pipeline, shared by its stages (text layer, mention finding,
// coreference, relation rules). Not part of the public output: extract() turns these into the
// Entity and Relation records of ../types.ts.

import type { Document, EntityType, Relation, Warning } from '../types.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token {
  text: string;
  /** Offsets into document.text, end exclusive. */
  start: number;
  end: number;
  /** Lowercased, accents kept (ä stays ä), for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  /** First character is an uppercase letter. */
  upper: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** True when the sentence lies (partly) inside quotation marks: direct speech. */
  quoted: boolean;
  /**
   * Optional, filled by the mention stage: per token, a process-wide id of its text (equal ids, equal
   * text and lower; an id is never reused for another text), so later stages can memoise per-word
   * answers in arrays instead of string-keyed maps.
   */
  wordIds?: readonly number[];
}

/** How a mention was found; the relation rules and confidences may depend on it. */
export type MentionVia = 'kb-name' | 'kb-acronym' | 'kb-adjective' | 'kb-demonym' | 'role' | 'context' | 'pattern' | 'coref';

export interface Mention {
  entityId: string;
  name: string;
  type: EntityType;
  start: number;
  end: number;
  /** document.text.slice(start, end) */
  text: string;
  sentence: number;
  /** Token index range in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  via: MentionVia;
  /** Optional: a confidence below 1 for guessed entities (unknown names). */
  confidence?: number;
}

export const ROLE_CATEGORIES = ['head_of_state', 'head_of_government', 'minister', 'leader', 'chair', 'member', 'employee', 'journalist', 'other'] as const;
export type RoleCategory = (typeof ROLE_CATEGORIES)[number];

/** A role word or phrase in a sentence: "Präsident", "Außenminister", "Foreign Minister", "Staatschef". */
export interface RoleCue {
  start: number;
  end: number;
  text: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Canonical English role, e.g. "president", "foreign minister", "head of state". */
  role: string;
  category: RoleCategory;
}

/** What the relation stage gets: the document, its sentences and everything found in them. */
export interface AnalyzedDocument {
  document: Document;
  sentences: Sentence[];
  /** All entity mentions, sorted by start; coreference mentions (via 'coref') included. */
  mentions: Mention[];
  roles: RoleCue[];
}

export interface RelationStageResult {
  relations: Relation[];
  warnings: Warning[];
}
