// Cheap tests that rule out a rule for a sentence (a required cue word, entity type in its form or
// role category is missing) or for a start token (the first element cannot match there), before the
// pattern engine runs; a sentence's facts are computed once, one word-index look-up per token. They
// only ever say "cannot match"; a true answer still goes through the matcher.

import { ENTITY_TYPES } from '../../types.js';
import type { EntityType } from '../../types.js';
import { DETERMINERS } from '../model/relation-cues.js';
import { ROLE_CATEGORIES } from '../pipeline-types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { Mention } from '../pipeline-types.js';
import type { MentionForm, PairAnaphorRule, PatternElement, RelationRule, SequenceRule } from './pattern-types.js';
import { tokenWords } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { cueSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';
import { formSets, registerWordSet, wordSetCount } from './word-index.js';
import { candidateRules, makePlan } from './rule-plan.js';
import type { RulePlan } from './rule-plan.js';

export type { RulePlan } from './rule-plan.js';

/** What a pattern rule needs in a sentence (all of it) and at its start token. */
export interface Requirements {
  /** Ids (in the word index) of the cue sets the rule needs somewhere in the sentence. */
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
}

export interface SentenceFacts {
  /** Per token: ids of the word sets its whole form belongs to. */
  tokenSets: Array<readonly number[]>;
  /**
   * Per token: the mentions starting in it or, after a determiner there, in the next token, as a
   * form-aware mask (formMask); and the role categories starting there, plus ANY_ROLE when one does.
   */
  startMasks: number[];
  roleStarts: number[];
  /** The tokens with a start mask, with a role start, and with any word set, ascending: where first elements can match. */
  maskTokens: number[];
  roleTokens: number[];
  wordTokens: number[];
  /** The indexes (in the plan) of the rules that may match the sentence, in no particular order. */
  rules: number[];
}

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
const DET_ID = tokenWords(DETERMINERS).id;

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

function mentionMask(m: Mention): number {
  const bit = BIT.get(m.type) ?? 0;
  return m.via === 'kb-adjective' ? bit << ADJ_SHIFT : m.via === 'kb-demonym' ? bit << DEMONYM_SHIFT : bit << NAME_SHIFT;
}

/** Any form: the plain type mask of a form-aware mask. */
function typesOf(mask: number): number {
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

function requirementsOf(rule: PatternRule): Requirements {
  let req = requirements.get(rule);
  if (!req) {
    req = { words: [], slots: [], need: 0, slotsAny: [], roles: [], first: {} };
    registerAll(rule.pattern, rule.lang);
    for (const el of rule.pattern) {
      const set = setOf(el, rule.lang);
      if (set) req.words.push(registerWordSet(set));
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
    if (first && 'slot' in first) req.first = { mask: maskOf(first.types), formMask: formMask(first.types, first.form ?? 'name') };
    else if (first && 'role' in first) req.first = { role: true, roleMask: roleMaskOf(first.role) };
    else if (firstSet) req.first = { set: registerWordSet(firstSet) };
    requirements.set(rule, req);
  }
  return req;
}

/** Compiles the rules' requirements; call before matching a document (the word index must be complete). */
export function prepareRules(rules: readonly PatternRule[]): void {
  for (const rule of rules) requirementsOf(rule);
}

// Which word sets the sentence being looked at has (compound parts included): word id -> stamp.
// One scratch array for all sentences; a sentence's marks are valid until the next sentence.
let seen = new Int32Array(64);
let stamp = 0;

function mark(ids: readonly number[], present: number[]): void {
  for (const id of ids)
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      present.push(id);
    }
}

/** The plan of a rule list: its pattern rules' requirements, filed by key (rule-plan.ts). */
export function planRules(rules: readonly RelationRule[]): RulePlan {
  return makePlan(rules.map((r) => (r.kind === 'sequence' || r.kind === 'pair-anaphor' ? requirementsOf(r) : undefined)));
}

function roleMaskAt(list: ReadonlyArray<{ category: RoleCategory }>): number {
  let mask = ANY_ROLE;
  for (const r of list) mask |= ROLE_BIT.get(r.category) ?? 0;
  return mask;
}

function nextStamp(): void {
  if (seen.length < wordSetCount()) seen = new Int32Array(wordSetCount() * 2);
  if (++stamp > 0x3fffffff) {
    seen.fill(0);
    stamp = 1;
  }
}

/**
 * The facts of one sentence, with its candidate rules (facts.rules): those whose every cue word,
 * slot type (in the slot's form) and role category is present. Call once per sentence.
 */
export function sentenceFacts(view: SentenceView, plan: RulePlan): SentenceFacts {
  nextStamp();
  const { tokens, mentionsAt, rolesAt } = view;
  const n = tokens.length;
  const tokenSets: Array<readonly number[]> = new Array(n);
  const startMasks: number[] = new Array(n);
  const roleStarts: number[] = new Array(n);
  const maskTokens: number[] = [];
  const roleTokens: number[] = [];
  const wordTokens: number[] = [];
  const present: number[] = [];
  let all = 0;
  let roles = 0;
  // Backwards, so that the next token's masks are known when a determiner is seen; lists reversed after.
  let nextMask = 0;
  let nextRoles = 0;
  for (let i = n - 1; i >= 0; i--) {
    const sets = formSets(tokens[i]!.lower);
    const own = sets.own;
    tokenSets[i] = own;
    if (sets.withParts.length > 0) mark(sets.withParts, present);
    let mask = 0;
    const mentions = mentionsAt[i]!;
    for (let k = 0; k < mentions.length; k++) mask |= mentionMask(mentions[k]!);
    all |= mask;
    const roleList = rolesAt[i]!;
    const roleMask = roleList.length > 0 ? roleMaskAt(roleList) : 0;
    roles |= roleMask;
    const det = own.length > 0 && own.includes(DET_ID);
    const start = det ? mask | nextMask : mask;
    const roleStart = det ? roleMask | nextRoles : roleMask;
    startMasks[i] = start;
    roleStarts[i] = roleStart;
    if (start !== 0) maskTokens.push(i);
    if (roleStart !== 0) roleTokens.push(i);
    if (own.length > 0) wordTokens.push(i);
    nextMask = mask;
    nextRoles = roleMask;
  }
  maskTokens.reverse();
  roleTokens.reverse();
  wordTokens.reverse();
  const rules = candidateRules(plan, { present, seen, stamp, all, roles });
  return { tokenSets, startMasks, roleStarts, maskTokens, roleTokens, wordTokens, rules };
}

const NO_TOKENS: readonly number[] = [];

/**
 * The tokens at which the rule's first element may match, ascending: a superset of those for which
 * mayStartWith holds, or undefined for every token.
 */
export function startTokens(req: Requirements, facts: SentenceFacts): readonly number[] | undefined {
  const { first } = req;
  if (first.mask !== undefined) return facts.maskTokens;
  if (first.role) return facts.roleTokens;
  if (first.set !== undefined) return facts.wordTokens.length > 0 ? facts.wordTokens : NO_TOKENS;
  return undefined;
}

/** Can the rule's first element match at token t? (The first prefilter's test: a mention type, any role, the word.) */
export function mayStartWith(req: Requirements, facts: SentenceFacts, t: number): boolean {
  const { first } = req;
  if (first.mask !== undefined) return (typesOf(facts.startMasks[t]!) & first.mask) !== 0;
  if (first.role) return facts.roleStarts[t]! !== 0;
  return first.set === undefined || facts.tokenSets[t]!.includes(first.set);
}

/**
 * Given mayStartWith, can the first element (a slot or role) take anything at t: a mention of its
 * types in its form, a role cue of its categories? When not, the matcher would fail in one step.
 */
export function mayTakeFirst(req: Requirements, facts: SentenceFacts, t: number): boolean {
  const { first } = req;
  if (first.formMask !== undefined) return (facts.startMasks[t]! & first.formMask) !== 0;
  if (first.roleMask !== undefined) return (facts.roleStarts[t]! & first.roleMask) !== 0;
  return true;
}

/** The compiled requirements of a pattern rule (memoised per rule object). */
export function requirementsFor(rule: PatternRule): Requirements {
  return requirementsOf(rule);
}
