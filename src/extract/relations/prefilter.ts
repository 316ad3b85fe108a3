// What each pattern rule requires, compiled once: the cue words, entity types (by form) and role
// categories it needs somewhere in a sentence, and what its first element needs at its start token;
// sentence-facts.ts tests them per sentence. Requirements only ever rule a match out; a rule that
// has them all still goes through the matcher.

import { ENTITY_TYPES } from '../../types.js';
import type { EntityType } from '../../types.js';
import { DETERMINERS } from '../model/relation-cues.js';
import { ROLE_CATEGORIES } from '../pipeline-types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { Mention } from '../pipeline-types.js';
import type { MentionForm, PairAnaphorRule, PatternElement, RelationRule, SequenceRule } from './pattern-types.js';
import { tokenWords } from './sentence-view.js';
import { cueSet, exactSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';
import { ID_BITS, registerWordSet } from './word-index.js';
import type { FormSets } from './word-index.js';
import { makePlan } from './rule-plan.js';
import type { RulePlan } from './rule-plan.js';

export type { RulePlan } from './rule-plan.js';

/** What a pattern rule needs in a sentence (all of it) and at its start token. */
export interface Requirements {
  /**
   * Ids (in the word index) of the cue sets the rule needs somewhere in the sentence; also of the
   * marks of its punctuation elements but commas and full stops (see punctSet).
   */
  words: number[];
  /** One form-aware mask (see formMask) of entity types per slot. */
  slots: number[];
  /** The slots' masks again, for the check: single-bit ones OR-ed into `need` (all must be there), the others apart. */
  need: number;
  slotsAny: number[];
  /** One bit mask of role categories per role element. */
  roles: number[];
  /**
   * What the first element needs at the start token. mask/role: a mention type / any role cue there
   * (as the first prefilter had it); formMask/roleMask: the same by form and by category, stricter.
   */
  first: { set?: number; mask?: number; formMask?: number; role?: true; roleMask?: number };
  /** `first` as plain numbers for the hot path: which kind of first element (START_*), and its set, masks (0 / -1 if none). */
  start: number;
  startSet: number;
  startMask: number;
  startFormMask: number;
  startRoleMask: number;
  /** words, slots and roles again as typed arrays, for lastStart. */
  wordIds: Int32Array;
  slotMasks: Int32Array;
  roleMasks: Int32Array;
}

/** Requirements.start: the first element is none of these (any token may start), a slot, a role, a cue word. */
export const START_ANY = 0;
export const START_SLOT = 1;
export const START_ROLE = 2;
export const START_WORD = 3;

/** The rules with a pattern: sequence rules and pair-anaphor rules. */
export type PatternRule = SequenceRule | PairAnaphorRule;

const BIT = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, 1 << i]));
const ROLE_BIT = new Map<RoleCategory, number>(ROLE_CATEGORIES.map((c, i) => [c, 1 << i]));
const ANY_ROLE = 1 << 30;
/** Type masks by the form of the mention: names at bit 0, adjectives at bit 10, demonyms at bit 20. */
const NAME_SHIFT = 0;
const ADJ_SHIFT = 10;
const DEMONYM_SHIFT = 20;
const TYPE_BITS = (1 << ADJ_SHIFT) - 1;
const requirements = new WeakMap<PatternRule, Requirements>();
/** Determiners are a set of the word index too: one look-up per token answers both questions. */
export const DET_ID = tokenWords(DETERMINERS).id;
export const DET_BIT = DET_ID < ID_BITS ? 1 << DET_ID : 0;

function maskOf(types: readonly EntityType[]): number {
  let mask = 0;
  for (const t of types) mask |= BIT.get(t) ?? 0;
  return mask;
}

/** The mask of mentions a slot can take: its types, shifted by the form it accepts (formOk in matcher.ts). */
function formMask(types: readonly EntityType[], form: MentionForm): number {
  const mask = maskOf(types);
  if (form === 'adj') return mask << ADJ_SHIFT;
  if (form === 'demonym') return mask << DEMONYM_SHIFT;
  if (form === 'name') return mask << NAME_SHIFT;
  return (mask << NAME_SHIFT) | (mask << ADJ_SHIFT) | (mask << DEMONYM_SHIFT);
}

/** The form-aware type bit of a mention (see formMask). */
export function mentionMask(m: Mention): number {
  const bit = BIT.get(m.type) ?? 0;
  return m.via === 'kb-adjective' ? bit << ADJ_SHIFT : m.via === 'kb-demonym' ? bit << DEMONYM_SHIFT : bit << NAME_SHIFT;
}

/** Any form: the plain type mask of a form-aware mask. */
export function typesOf(mask: number): number {
  return (mask | (mask >>> ADJ_SHIFT) | (mask >>> DEMONYM_SHIFT)) & TYPE_BITS;
}

function roleMaskOf(categories: readonly RoleCategory[]): number {
  let mask = 0;
  for (const c of categories) mask |= ROLE_BIT.get(c) ?? 0;
  return mask;
}

function setOf(el: PatternElement, lang: PatternRule['lang']): WordSet | undefined {
  if ('cue' in el && el.cue) return cueSet(el.cue, lang);
  if ('words' in el && el.words) return literalSet(el.words);
  return undefined;
}

/** Every word set of a pattern, optional groups included, goes into the index (the matcher tests them by id). */
function registerAll(elements: readonly PatternElement[], lang: PatternRule['lang']): void {
  for (const el of elements) {
    if ('opt' in el) registerAll(el.opt, lang);
    else if (!('slot' in el) && !('gap' in el) && !('role' in el) && !('not' in el) && !('punct' in el)) {
      const set = setOf(el, lang);
      if (set) registerWordSet(set);
    }
  }
}

/**
 * The lowercase forms of the tokens a punct element takes (its marks, and the marks lowercased: a
 * token keeps its text as its form unless it is a word), as a word set; undefined for a list with a
 * comma or full stop, which most sentences have: requiring those would cost more than it rules out.
 */
function punctSet(marks: readonly string[]): WordSet | undefined {
  if (marks.includes(',') || marks.includes('.')) return undefined;
  const forms = [...marks];
  for (const mark of marks) if (!forms.includes(mark.toLowerCase())) forms.push(mark.toLowerCase());
  return exactSet(forms);
}

// The word ids some rule requires (Requirements.words): the only ones the prefilter notes per
// sentence. The version changes whenever an id is added, so cut-down lists made before are redone.
let required = new Uint8Array(64);
let requiredVersion = 0;

function require(id: number): void {
  if (required.length <= id) {
    const grown = new Uint8Array(id * 2 + 2);
    grown.set(required);
    required = grown;
  }
  if (required[id] === 0) {
    required[id] = 1;
    requiredVersion += 1;
  }
}

/** The ids among the form's (compound parts included) that some rule requires. */
export function requiredOf(sets: FormSets): readonly number[] {
  if (sets.askedVersion !== requiredVersion) {
    const ids: number[] = [];
    for (const id of sets.withParts) if (required[id] === 1) ids.push(id);
    sets.asked = ids.length === sets.withParts.length ? sets.withParts : ids;
    sets.askedVersion = requiredVersion;
  }
  return sets.asked;
}

const NO_INTS = new Int32Array(0);

/** Requirements.first with every field present (undefined where not needed): one object shape for the hot checks. */
function firstNeeds(first: Requirements['first']): Requirements['first'] {
  return { set: first.set, mask: first.mask, formMask: first.formMask, role: first.role, roleMask: first.roleMask };
}

function requirementsOf(rule: PatternRule): Requirements {
  let req = requirements.get(rule);
  if (!req) {
    req = { words: [], slots: [], need: 0, slotsAny: [], roles: [], first: {}, start: START_ANY, startSet: -1, startMask: 0, startFormMask: 0, startRoleMask: 0, wordIds: NO_INTS, slotMasks: NO_INTS, roleMasks: NO_INTS };
    registerAll(rule.pattern, rule.lang);
    for (const el of rule.pattern) {
      const set = setOf(el, rule.lang);
      if (set) {
        const id = registerWordSet(set);
        req.words.push(id);
        require(id);
      }
      const marks = 'punct' in el ? punctSet(el.punct) : undefined;
      if (marks) {
        const id = registerWordSet(marks);
        req.words.push(id);
        require(id);
      }
      if ('slot' in el) {
        const mask = formMask(el.types, el.form ?? 'name');
        req.slots.push(mask);
        if (mask !== 0 && (mask & (mask - 1)) === 0) req.need |= mask;
        else req.slotsAny.push(mask);
      }
      if ('role' in el) req.roles.push(roleMaskOf(el.role));
    }
    const first = rule.pattern[0];
    const firstSet = first ? setOf(first, rule.lang) : undefined;
    if (first && 'slot' in first) req.first = firstNeeds({ mask: maskOf(first.types), formMask: formMask(first.types, first.form ?? 'name') });
    else if (first && 'role' in first) req.first = firstNeeds({ role: true, roleMask: roleMaskOf(first.role) });
    else if (firstSet) req.first = firstNeeds({ set: registerWordSet(firstSet) });
    else req.first = firstNeeds({});
    const f = req.first;
    req.start = f.mask !== undefined ? START_SLOT : f.role ? START_ROLE : f.set !== undefined ? START_WORD : START_ANY;
    req.startSet = f.set ?? -1;
    req.startMask = f.mask ?? 0;
    req.startFormMask = f.formMask ?? 0;
    req.startRoleMask = f.roleMask ?? 0;
    req.wordIds = Int32Array.from(req.words);
    req.slotMasks = Int32Array.from(req.slots);
    req.roleMasks = Int32Array.from(req.roles);
    requirements.set(rule, req);
  }
  return req;
}

/** Compiles the rules' requirements; call before matching a document (the word index must be complete). */
export function prepareRules(rules: readonly PatternRule[]): void {
  // The cue-word sets first, the punctuation sets after them: the first ids (tested as bits, ID_BITS) stay cue words'.
  for (const rule of rules) registerAll(rule.pattern, rule.lang);
  for (const rule of rules) requirementsOf(rule);
}

/** The plan of a rule list: its pattern rules' requirements, filed by key (rule-plan.ts). */
export function planRules(rules: readonly RelationRule[]): RulePlan {
  return makePlan(rules.map((r) => (r.kind === 'sequence' || r.kind === 'pair-anaphor' ? requirementsOf(r) : undefined)));
}

/** The role categories of the role cues at a token as bits, plus ANY_ROLE. */
export function roleMaskAt(list: ReadonlyArray<{ category: RoleCategory }>): number {
  let mask = ANY_ROLE;
  for (const r of list) mask |= ROLE_BIT.get(r.category) ?? 0;
  return mask;
}

/** The compiled requirements of a pattern rule (memoised per rule object). */
export function requirementsFor(rule: PatternRule): Requirements {
  return requirementsOf(rule);
}
