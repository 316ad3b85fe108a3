// Cheap tests that rule out a rule for a sentence (a required cue word, entity type in its form or
// role category is missing) or for a start token (the first element cannot match there), before the
// pattern engine runs; a sentence's facts are computed once, one word-index look-up per token. They
// only ever say "cannot match"; a true answer still goes through the matcher.

import { ENTITY_TYPES } from '../../types.js';
import type { EntityType } from '../../types.js';
import { DETERMINERS } from '../model/relation-cues.js';
import { ROLE_CATEGORIES } from '../pipeline-types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { Mention, RoleCue, Token } from '../pipeline-types.js';
import type { MentionForm, PairAnaphorRule, PatternElement, RelationRule, SequenceRule } from './pattern-types.js';
import { tokenWords } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { cueSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';
import { ID_BITS, formSets, formSetsOfWord, knownSetsOfWord, registerWordSet, wordSetCount } from './word-index.js';
import type { FormSets } from './word-index.js';
import { candidateRules, keysSettled, makePlan } from './rule-plan.js';
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
  /** `first` as plain numbers for the hot path: which kind of first element (START_*), and its set, masks (0 / -1 if none). */
  start: number;
  startSet: number;
  startMask: number;
  startFormMask: number;
  startRoleMask: number;
}

/** Requirements.start: the first element is none of these (any token may start), a slot, a role, a cue word. */
export const START_ANY = 0;
export const START_SLOT = 1;
export const START_ROLE = 2;
export const START_WORD = 3;

export interface SentenceFacts {
  /** Per token: ids of the word sets its whole form belongs to. */
  tokenSets: Array<readonly number[]>;
  /** Per token: those ids below ID_BITS as bits (word-index.ts FormSets.bits). */
  tokenBits: Int32Array;
  /**
   * Per token: the mentions starting in it or, after a determiner there, in the next token, as a
   * form-aware mask (formMask); and the role categories starting there, plus ANY_ROLE when one does.
   */
  startMasks: Int32Array;
  roleStarts: Int32Array;
  /**
   * The tokens with a start mask, with a role start, and with any word set, ascending: where first
   * elements can match. Each list is its array from its `*From` index to the sentence's token count
   * (filled from the end, as tokens are visited backwards).
   */
  maskTokens: Int32Array;
  roleTokens: Int32Array;
  wordTokens: Int32Array;
  maskFrom: number;
  roleFrom: number;
  wordFrom: number;
  /** The indexes (in the plan) of the rules that may match the sentence, in no particular order. */
  rules: number[];
  /**
   * The last token a rule's cue word can match in (lastToken): per word id, the last token whose form
   * (or a compound part after a hyphen) is in the set; and the last token some mention or role cue
   * ends inside of, where a cue may match the rest of the compound (restForm in slot-candidates.ts).
   */
  lastAt: Int32Array;
  lastInside: number;
  /** The form-aware mention types and role categories (bits) in the sentence, and per bit its last start token. */
  all: number;
  roles: number;
  lastTypeAt: Int32Array;
  lastRoleAt: Int32Array;
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
const DET_BIT = DET_ID < ID_BITS ? 1 << DET_ID : 0;

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
function requiredOf(sets: FormSets): readonly number[] {
  if (sets.askedVersion !== requiredVersion) {
    const ids: number[] = [];
    for (const id of sets.withParts) if (required[id] === 1) ids.push(id);
    sets.asked = ids.length === sets.withParts.length ? sets.withParts : ids;
    sets.askedVersion = requiredVersion;
  }
  return sets.asked;
}

/** Requirements.first with every field present (undefined where not needed): one object shape for the hot checks. */
function firstNeeds(first: Requirements['first']): Requirements['first'] {
  return { set: first.set, mask: first.mask, formMask: first.formMask, role: first.role, roleMask: first.roleMask };
}

function requirementsOf(rule: PatternRule): Requirements {
  let req = requirements.get(rule);
  if (!req) {
    req = { words: [], slots: [], need: 0, slotsAny: [], roles: [], first: {}, start: START_ANY, startSet: -1, startMask: 0, startFormMask: 0, startRoleMask: 0 };
    registerAll(rule.pattern, rule.lang);
    for (const el of rule.pattern) {
      const set = setOf(el, rule.lang);
      if (set) {
        const id = registerWordSet(set);
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
/** Counts sentences, never restarts (unlike stamp): FormSets.marked holds it. */
let sentenceNo = 0;

/**
 * Marks the ids as present; tokens are visited backwards, so the first visit of an id is its last
 * token. Lists them in `present`, or with `keys` only those filed there (see keysSettled).
 */
function mark(ids: readonly number[], present: number[], lastAt: Int32Array, i: number, keys: ReadonlyArray<unknown> | undefined): void {
  for (const id of ids)
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      lastAt[id] = i;
      if (keys === undefined || keys[id] !== undefined) present.push(id);
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

// The facts of the sentence being looked at: one set of arrays for all sentences (grown as needed),
// valid until the next call of sentenceFacts. Rules run sentence by sentence (run-rules.ts).
const facts: SentenceFacts = {
  tokenSets: [],
  tokenBits: new Int32Array(64),
  startMasks: new Int32Array(64),
  roleStarts: new Int32Array(64),
  maskTokens: new Int32Array(64),
  roleTokens: new Int32Array(64),
  wordTokens: new Int32Array(64),
  maskFrom: 0,
  roleFrom: 0,
  wordFrom: 0,
  rules: [],
  lastAt: new Int32Array(64),
  lastInside: -1,
  all: 0,
  roles: 0,
  lastTypeAt: new Int32Array(32),
  lastRoleAt: new Int32Array(32),
};

/** Notes token i as the last start of each bit of `fresh` (bits not seen yet, going backwards). */
function noteLast(last: Int32Array, fresh: number, i: number): void {
  for (let m = fresh; m !== 0; m &= m - 1) last[31 - Math.clz32(m & -m)] = i;
}

/** The last token at which something with a bit of `mask` starts (-1: none). */
function lastOf(last: Int32Array, mask: number): number {
  let at = -1;
  for (let m = mask; m !== 0; m &= m - 1) at = Math.max(at, last[31 - Math.clz32(m & -m)]!);
  return at;
}
const present: number[] = [];

function fitFacts(n: number): void {
  if (facts.tokenBits.length < n) {
    const size = n * 2;
    facts.tokenBits = new Int32Array(size);
    facts.startMasks = new Int32Array(size);
    facts.roleStarts = new Int32Array(size);
    facts.maskTokens = new Int32Array(size);
    facts.roleTokens = new Int32Array(size);
    facts.wordTokens = new Int32Array(size);
  }
  if (facts.lastAt.length < seen.length) facts.lastAt = new Int32Array(seen.length);
  present.length = 0;
}

/**
 * The token a mention or role cue ends inside of (before the token's end, so a pattern may go on in
 * it: "SOZ-Mitglied"), or -1 when it ends at a token's end; `last` is the token it says it ends in
 * (when that is not so, the sentence's last token: an answer that rules nothing out).
 */
function endInside(tokens: readonly Token[], end: number, last: number): number {
  const token = tokens[last];
  if (token === undefined || end <= token.start || end > token.end) return tokens.length - 1;
  return end < token.end ? last : -1;
}

/**
 * The facts of one sentence, with its candidate rules (facts.rules): those whose every cue word,
 * slot type (in the slot's form) and role category is present. Call once per sentence; the result
 * is shared scratch space, valid until the next call.
 */
export function sentenceFacts(view: SentenceView, plan: RulePlan): SentenceFacts {
  nextStamp();
  sentenceNo += 1;
  fitFacts(view.tokens.length);
  noteWords(view, plan);
  noteStarts(view, view.mentionTokens, view.mentionsAt, facts.startMasks, facts.lastTypeAt, facts.maskTokens, true);
  noteStarts(view, view.roleTokens, view.rolesAt, facts.roleStarts, facts.lastRoleAt, facts.roleTokens, false);
  facts.rules.length = 0;
  candidateRules(plan, { present, seen, stamp, all: facts.all, roles: facts.roles }, facts.rules);
  return facts;
}

/** Per token, its word sets (tokenSets, tokenBits, wordTokens); the sentence's required words (present, lastAt). */
function noteWords(view: SentenceView, plan: RulePlan): void {
  const { tokens } = view;
  const n = tokens.length;
  const { tokenSets, tokenBits, wordTokens, lastAt } = facts;
  let wordFrom = n;
  const ids = view.sentence.wordIds;
  const byId = ids !== undefined && ids.length === n;
  const keys = keysSettled() ? plan.byWord : undefined;
  // Backwards, so that the first visit of a word is its last token; the list is filled from its end.
  for (let i = n - 1; i >= 0; i--) {
    // Known sets by word id first: most tokens' words were seen before, and their token is not read.
    const sets = byId ? (knownSetsOfWord(ids[i]!) ?? formSetsOfWord(ids[i]!, tokens[i]!.lower)) : formSets(tokens[i]!.lower);
    const own = sets.own;
    tokenSets[i] = own;
    tokenBits[i] = sets.bits;
    if (own.length > 0) wordTokens[--wordFrom] = i;
    // A form seen again in the sentence (backwards: an earlier token) adds nothing new.
    if (sets.withParts.length > 0 && sets.marked !== sentenceNo) {
      sets.marked = sentenceNo;
      const asked = requiredOf(sets);
      if (asked.length > 0) mark(asked, present, lastAt, i, keys);
    }
  }
  facts.wordFrom = wordFrom;
  facts.lastInside = -1;
}

/** Is token t a determiner (tokenSets/tokenBits of the sentence noted)? */
function detAt(t: number): boolean {
  return DET_BIT !== 0 ? (facts.tokenBits[t]! & DET_BIT) !== 0 : facts.tokenSets[t]!.includes(DET_ID);
}

/**
 * The start masks of mentions (mentions: true) or role cues at the tokens where they start, and
 * after a determiner right before such a token, at the determiner (a slot or role element may take
 * "der" first); the tokens with a mask, ascending; per bit its last start token; the sentence's
 * bits (facts.all, facts.roles); lastInside. Visits only the tokens where something starts.
 */
function noteStarts(
  view: SentenceView,
  at: readonly number[],
  itemsAt: ReadonlyArray<ReadonlyArray<Mention | RoleCue>>,
  masks: Int32Array,
  lastBit: Int32Array,
  list: Int32Array,
  mentions: boolean,
): void {
  const { tokens } = view;
  let from = tokens.length;
  let all = 0;
  let lastInside = facts.lastInside;
  let after = -2;
  let afterMask = 0;
  for (let j = at.length - 1; j >= 0; j--) {
    const t = at[j]!;
    const items = itemsAt[t]!;
    let mask = 0;
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      const inside = endInside(tokens, item.end, item.tokenEnd - 1);
      if (inside > lastInside) lastInside = inside;
      if (mentions) mask |= mentionMask(item as Mention);
    }
    if (!mentions) mask = roleMaskAt(items as readonly RoleCue[]);
    if ((mask & ~all) !== 0) noteLast(lastBit, mask & ~all, t);
    all |= mask;
    const start = after === t + 1 && detAt(t) ? mask | afterMask : mask;
    masks[t] = start;
    if (start !== 0) list[--from] = t;
    // A determiner right before, where nothing starts: it starts what starts here.
    if (t > 0 && (j === 0 || at[j - 1] !== t - 1) && detAt(t - 1)) {
      masks[t - 1] = mask;
      if (mask !== 0) list[--from] = t - 1;
    }
    after = t;
    afterMask = mask;
  }
  facts.lastInside = lastInside;
  if (mentions) {
    facts.all = all;
    facts.maskFrom = from;
  } else {
    facts.roles = all;
    facts.roleFrom = from;
  }
}

/**
 * The last token at which a match of the rule may start. A match only moves forward, so everything
 * the rule requires must be found at or after its start token: each cue word in a token whose form or
 * compound part is in the word's set (not after the word's lastAt), or in the rest of a compound after
 * a mention or role cue ending inside a token (not after lastInside); each slot's mention and each
 * role cue in the token where it starts (not after the last start of its types or categories).
 * For a candidate rule of the sentence (all it requires is there).
 */
export function lastStart(req: Requirements, facts: SentenceFacts, tokenCount: number): number {
  let last = tokenCount - 1;
  for (const id of req.words) {
    const at = Math.max(facts.lastAt[id]!, facts.lastInside);
    if (at < last) last = at;
  }
  for (const mask of req.slots) {
    const at = lastOf(facts.lastTypeAt, mask & facts.all);
    if (at < last) last = at;
  }
  for (const mask of req.roles) {
    const at = lastOf(facts.lastRoleAt, mask & facts.roles);
    if (at < last) last = at;
  }
  return last;
}

/**
 * Where the rule's first element may match: a list of start tokens, ascending, from index
 * startFrom(req, facts) to the sentence's token count (a superset of the tokens where startAt is not
 * CANNOT_START); undefined for every token.
 */
export function startTokens(req: Requirements, facts: SentenceFacts): Int32Array | undefined {
  switch (req.start) {
    case START_SLOT:
      return facts.maskTokens;
    case START_ROLE:
      return facts.roleTokens;
    case START_WORD:
      return facts.wordTokens;
    default:
      return undefined;
  }
}

/** The index in startTokens(req, facts) of its first start token. */
export function startFrom(req: Requirements, facts: SentenceFacts): number {
  return req.start === START_SLOT ? facts.maskFrom : req.start === START_ROLE ? facts.roleFrom : facts.wordFrom;
}

/** startAt: the first element cannot match at the token (by the first prefilter's test: a mention type, any role, the word). */
export const CANNOT_START = 0;
/** startAt: it might, but takes nothing there (no mention of its types in its form, no role cue of its categories): one failing step. */
export const TAKES_NOTHING = 1;
/** startAt: the matcher must try. */
export const MAY_START = 2;

/** Can the rule's first element match at token t, a token of startTokens? CANNOT_START, TAKES_NOTHING or MAY_START. */
export function startAt(req: Requirements, facts: SentenceFacts, t: number): number {
  switch (req.start) {
    case START_SLOT: {
      const mask = facts.startMasks[t]!;
      if ((typesOf(mask) & req.startMask) === 0) return CANNOT_START;
      return (mask & req.startFormMask) === 0 ? TAKES_NOTHING : MAY_START;
    }
    case START_ROLE: {
      const mask = facts.roleStarts[t]!;
      if (mask === 0) return CANNOT_START;
      return (mask & req.startRoleMask) === 0 ? TAKES_NOTHING : MAY_START;
    }
    case START_WORD: {
      const id = req.startSet;
      const has = id < ID_BITS ? (facts.tokenBits[t]! & (1 << id)) !== 0 : facts.tokenSets[t]!.includes(id);
      return has ? MAY_START : CANNOT_START;
    }
    default:
      return MAY_START;
  }
}

/** The compiled requirements of a pattern rule (memoised per rule object). */
export function requirementsFor(rule: PatternRule): Requirements {
  return requirementsOf(rule);
}
