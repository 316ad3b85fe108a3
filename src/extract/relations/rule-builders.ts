// Small constructors that keep the rule table in ../model/relation-rules.ts readable: one line per
// pattern element. They only build plain records; nothing here matches text.

import type { EntityType, RelationType } from '../../types.js';
import type { MentionVia, RoleCategory } from '../pipeline-types.js';
import type { CueKey } from '../model/relation-cues.js';
import type { GapElement, MentionForm, PatternElement, SequenceRule, SlotElement } from './pattern-types.js';

export const PERSON: readonly EntityType[] = ['Person'];
export const ORG: readonly EntityType[] = ['Organization'];
export const COUNTRY: readonly EntityType[] = ['Country'];
export const STATE: readonly EntityType[] = ['Country', 'Organization'];
export const ACTOR: readonly EntityType[] = ['Country', 'Organization', 'Person'];
export const PLACE: readonly EntityType[] = ['City', 'Country', 'Region', 'Location'];
export const AREA: readonly EntityType[] = ['Country', 'Region'];
export const TOWN: readonly EntityType[] = ['City'];
export const EVENT: readonly EntityType[] = ['Event'];
export const PRIZE: readonly EntityType[] = ['Event', 'Award'];

interface SlotOptions {
  form?: MentionForm;
  via?: readonly MentionVia[];
  endsWith?: readonly string[];
  bare?: boolean;
  whole?: boolean;
  list?: boolean;
  min?: number;
}

export function slot(name: string, types: readonly EntityType[], options: SlotOptions = {}): SlotElement {
  return { slot: name, types, ...options };
}
/** A coordination list of at least `min` items. */
export function list(name: string, types: readonly EntityType[], min = 1, form?: MentionForm): SlotElement {
  return { slot: name, types, list: true, min, ...(form ? { form } : {}) };
}
export function adj(name: string, types: readonly EntityType[] = COUNTRY): SlotElement {
  return { slot: name, types, form: 'adj' };
}
export function cue(key: CueKey): PatternElement {
  return { cue: key };
}
export function w(...words: string[]): PatternElement {
  return { words };
}
export function gap(max: number, options: Omit<GapElement, 'gap'> = {}): GapElement {
  return { gap: max, ...options };
}
export function opt(...elements: PatternElement[]): PatternElement {
  return { opt: elements };
}
export function punct(...marks: string[]): PatternElement {
  return { punct: marks };
}
export function not(...words: string[]): PatternElement {
  return { not: words };
}
/** Negative look-ahead for a name: no mention of these types may start at the next token. */
export function notName(types: readonly EntityType[]): PatternElement {
  return { not: [], types };
}
export function role(categories: readonly RoleCategory[], bind?: string): PatternElement {
  return bind ? { role: categories, bind } : { role: categories };
}
/** A role cue of these categories, but none of these canonical roles. */
export function roleExcept(categories: readonly RoleCategory[], except: readonly string[]): PatternElement {
  return { role: categories, except };
}

type Head = Pick<SequenceRule, 'id' | 'lang' | 'relation' | 'confidence' | 'example'>;

/** A sequence rule: [id, lang, relation, confidence, example], source slot, target slot, pattern. */
export function seq(
  head: [string, Head['lang'], RelationType, number, string],
  source: string,
  target: string,
  pattern: PatternElement[],
  byRole?: SequenceRule['byRole'],
): SequenceRule {
  const [id, lang, relation, confidence, example] = head;
  return { kind: 'sequence', id, lang, relation, confidence, example, source, target, pattern, ...(byRole ? { byRole } : {}) };
}
