// Cheap tests that rule out a rule for a sentence (a required cue word or entity type is missing)
// or for a start token (the first element cannot match there), before the pattern engine runs.
// They only ever say "cannot match"; a true answer still goes through the matcher.

import { ENTITY_TYPES } from '../../types.js';
import type { EntityType } from '../../types.js';
import { DETERMINERS } from '../model/relation-cues.js';
import type { PatternElement, RelationRule, SequenceRule } from './pattern-types.js';
import type { SentenceView } from './sentence-view.js';
import { cueSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';

export interface Requirements {
  /** Ids (in the word index) of the cue sets the rule needs somewhere in the sentence. */
  words: number[];
  /** One bit mask of entity types per slot. */
  slots: number[];
  /** What the first element needs at the start token. */
  first: { set?: number; mask?: number; role?: true };
}

export interface SentenceFacts {
  /** Per token: ids of the word sets its whole form belongs to. */
  tokenSets: number[][];
  /** Per word set id: does any form of the sentence (compound parts included) belong to it? */
  anySet: Uint8Array;
  /** The word set ids with anySet 1, in first-seen order. */
  present: number[];
  /** Per token: bit mask of the types of the mentions starting in it. */
  masks: number[];
  all: number;
}

const DET = new Set(DETERMINERS);
const BIT = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, 1 << i]));
const requirements = new WeakMap<SequenceRule, Requirements>();

// The word index: every cue set a rule requires gets an id; a form's set ids are memoised, so a
// sentence costs one look-up per token instead of one test per token and set.
const indexed: WordSet[] = [];
const idOf = new Map<WordSet, number>();
let memo = new Map<string, number[]>();
const MEMO_LIMIT = 100_000;

function register(set: WordSet): number {
  let id = idOf.get(set);
  if (id === undefined) {
    id = indexed.length;
    indexed.push(set);
    idOf.set(set, id);
    memo = new Map();
  }
  return id;
}

function setsOf(form: string): number[] {
  let ids = memo.get(form);
  if (!ids) {
    ids = [];
    for (let i = 0; i < indexed.length; i++) if (indexed[i]!.has(form)) ids.push(i);
    if (memo.size >= MEMO_LIMIT) memo = new Map();
    memo.set(form, ids);
  }
  return ids;
}

function maskOf(types: readonly EntityType[]): number {
  let mask = 0;
  for (const t of types) mask |= BIT.get(t) ?? 0;
  return mask;
}

function setOf(el: PatternElement, lang: SequenceRule['lang']): WordSet | undefined {
  if ('cue' in el && el.cue) return cueSet(el.cue, lang);
  if ('words' in el && el.words) return literalSet(el.words);
  return undefined;
}

function requirementsOf(rule: SequenceRule): Requirements {
  let req = requirements.get(rule);
  if (!req) {
    req = { words: [], slots: [], first: {} };
    for (const el of rule.pattern) {
      const set = setOf(el, rule.lang);
      if (set) req.words.push(register(set));
      if ('slot' in el) req.slots.push(maskOf(el.types));
    }
    const first = rule.pattern[0];
    const firstSet = first ? setOf(first, rule.lang) : undefined;
    if (first && 'slot' in first) req.first = { mask: maskOf(first.types) };
    else if (first && 'role' in first) req.first = { role: true };
    else if (firstSet) req.first = { set: register(firstSet) };
    requirements.set(rule, req);
  }
  return req;
}

/** Compiles the rules' requirements; call before matching a document (the word index must be complete). */
export function prepareRules(rules: readonly SequenceRule[]): void {
  for (const rule of rules) requirementsOf(rule);
}

/** The word index, slot masks and start tests of one sentence; compute once per sentence and document. */
export function factsFor(view: SentenceView): SentenceFacts {
  const tokenSets: number[][] = [];
  const anySet = new Uint8Array(indexed.length);
  const present: number[] = [];
  const masks: number[] = [];
  let all = 0;
  const mark = (ids: number[]): void => {
    for (const id of ids)
      if (anySet[id] !== 1) {
        anySet[id] = 1;
        present.push(id);
      }
  };
  for (let i = 0; i < view.tokens.length; i++) {
    const lower = view.tokens[i]!.lower;
    const ids = setsOf(lower);
    tokenSets.push(ids);
    mark(ids);
    if (lower.includes('-')) for (const part of lower.split('-').slice(1)) mark(setsOf(part));
    let mask = 0;
    for (const m of view.mentionsAt[i]!) mask |= BIT.get(m.type) ?? 0;
    masks.push(mask);
    all |= mask;
  }
  return { tokenSets, anySet, present, masks, all };
}

/** The sequence rules among a rule list, indexed by one word each needs, so a sentence visits only its candidates. */
export interface RulePlan {
  /** Per rule index: its requirements, or undefined when it is no sequence rule. */
  reqs: ReadonlyArray<Requirements | undefined>;
  /** Per word id: the rules keyed by it (their first required word). */
  byWord: ReadonlyArray<readonly number[] | undefined>;
  /** Sequence rules that need no word: candidates in every sentence. */
  unkeyed: readonly number[];
}

export function planRules(rules: readonly RelationRule[]): RulePlan {
  const reqs = rules.map((r) => (r.kind === 'sequence' ? requirementsOf(r) : undefined));
  const byWord: number[][] = [];
  const unkeyed: number[] = [];
  reqs.forEach((req, i) => {
    if (!req) return;
    const key = req.words[0];
    if (key === undefined) unkeyed.push(i);
    else (byWord[key] ??= []).push(i);
  });
  return { reqs, byWord, unkeyed };
}

// Plain loops below, no closures: these run for every rule, sentence and token.
function mayMatchWith(req: Requirements, facts: SentenceFacts): boolean {
  for (const mask of req.slots) if ((mask & facts.all) === 0) return false;
  for (const id of req.words) if (facts.anySet[id] !== 1) return false;
  return true;
}

/** Per rule index of the plan, 1 when the rule may match the sentence (every cue word and slot type present). */
export function candidateRules(plan: RulePlan, facts: SentenceFacts): Uint8Array {
  const out = new Uint8Array(plan.reqs.length);
  for (const i of plan.unkeyed) if (mayMatchWith(plan.reqs[i]!, facts)) out[i] = 1;
  for (const id of facts.present) {
    const keyed = plan.byWord[id];
    if (keyed) for (const i of keyed) if (mayMatchWith(plan.reqs[i]!, facts)) out[i] = 1;
  }
  return out;
}

export function mayStartWith(req: Requirements, facts: SentenceFacts, view: SentenceView, t: number): boolean {
  const { first } = req;
  const token = view.tokens[t];
  if (!token) return false;
  if (first.mask !== undefined) {
    const masks = facts.masks;
    return (masks[t]! & first.mask) !== 0 || (DET.has(token.lower) && ((masks[t + 1] ?? 0) & first.mask) !== 0);
  }
  if (first.role) return view.rolesAt[t]!.length > 0 || (DET.has(token.lower) && (view.rolesAt[t + 1]?.length ?? 0) > 0);
  return first.set === undefined || facts.tokenSets[t]!.includes(first.set);
}

/** The compiled requirements of a sequence rule (memoised per rule object). */
export function requirementsFor(rule: SequenceRule): Requirements {
  return requirementsOf(rule);
}
