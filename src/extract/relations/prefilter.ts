// Cheap tests that rule out a rule for a sentence (a required cue word or entity type is missing)
// or for a start token (the first element cannot match there), before the pattern engine runs. A
// rule plan indexes the rules by one cue word each, so a sentence visits only rules whose word it
// has. They only ever say "cannot match"; a true answer still goes through the matcher.

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
  /** Per token: types of the mentions starting in it or, after a determiner there, in the next token. */
  startMasks: number[];
  /** Per token: 1 when a role cue starts in it or, after a determiner there, in the next token. */
  roleStarts: number[];
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
function mayMatchWith(req: Requirements, all: number): boolean {
  for (const mask of req.slots) if ((mask & all) === 0) return false;
  for (const id of req.words) if (seen[id] !== stamp) return false;
  return true;
}

/**
 * The facts of one sentence, and its candidate rules: out[offset + i] = 1 when rule i of the plan
 * may match the sentence (every cue word and slot type present). Call once per sentence.
 */
export function sentenceFacts(view: SentenceView, plan: RulePlan, out: Uint8Array, offset: number): SentenceFacts {
  if (seen.length < indexed.length) seen = new Int32Array(indexed.length * 2);
  if (++stamp > 0x3fffffff) {
    seen.fill(0);
    stamp = 1;
  }
  const { tokens, mentionsAt, rolesAt } = view;
  const n = tokens.length;
  const tokenSets: number[][] = new Array(n);
  const masks: number[] = new Array(n);
  const present: number[] = [];
  let all = 0;
  for (let i = 0; i < n; i++) {
    const lower = tokens[i]!.lower;
    const ids = setsOf(lower);
    tokenSets[i] = ids;
    mark(ids, present);
    if (lower.includes('-')) for (const part of lower.split('-').slice(1)) mark(setsOf(part), present);
    let mask = 0;
    for (const m of mentionsAt[i]!) mask |= BIT.get(m.type) ?? 0;
    masks[i] = mask;
    all |= mask;
  }
  const startMasks: number[] = new Array(n);
  const roleStarts: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const det = DET.has(tokens[i]!.lower);
    startMasks[i] = det ? masks[i]! | (masks[i + 1] ?? 0) : masks[i]!;
    roleStarts[i] = rolesAt[i]!.length > 0 || (det && (rolesAt[i + 1]?.length ?? 0) > 0) ? 1 : 0;
  }
  for (const i of plan.unkeyed) if (mayMatchWith(plan.reqs[i]!, all)) out[offset + i] = 1;
  for (const id of present) {
    const keyed = plan.byWord[id];
    if (keyed) for (const i of keyed) if (mayMatchWith(plan.reqs[i]!, all)) out[offset + i] = 1;
  }
  return { tokenSets, startMasks, roleStarts };
}

/** Can the rule's first element match at token t? */
export function mayStartWith(req: Requirements, facts: SentenceFacts, t: number): boolean {
  const { first } = req;
  if (first.mask !== undefined) return (facts.startMasks[t]! & first.mask) !== 0;
  if (first.role) return facts.roleStarts[t] === 1;
  return first.set === undefined || facts.tokenSets[t]!.includes(first.set);
}

/** The compiled requirements of a sequence rule (memoised per rule object). */
export function requirementsFor(rule: SequenceRule): Requirements {
  return requirementsOf(rule);
}
