// The facts of one sentence that the prefilter tests rules against (prefilter.ts Requirements):
// its tokens' cue-word sets, where mentions and role cues start, the last token of each required
// word, type and category, and so its candidate rules; then per rule, the start tokens where a match
// may begin (start-code.ts). Computed once per sentence into shared scratch space. They only ever say "cannot match".

import type { Mention, RoleCue } from '../pipeline-types.js';
import { DET_BIT, DET_ID, mentionMask, requiredOf, roleMaskAt } from './prefilter.js';
import { IntList, candidateRules, keysSettled } from './rule-plan.js';
import type { Present, RulePlan } from './rule-plan.js';
import type { SentenceView } from './sentence-view.js';
import { formSets, formSetsOfWord, knownSetsOfWord, noSetsBase, noSetsFlags, wordSetCount } from './word-index.js';

const NO_IDS: readonly number[] = [];

/** What one sentence has, for testing rule requirements (valid until the next sentenceFacts call). */
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
  rules: IntList;
  /**
   * The last token a rule's cue word can match in (lastStart): per required word id, the last token whose
   * form (or a compound part after a hyphen) is in the set; and the last token some mention or role cue
   * ends inside of, where a cue may match the rest of the compound (restForm in slot-candidates.ts).
   */
  lastAt: Int32Array;
  lastInside: number;
  /** The form-aware mention types and role categories (bits) in the sentence, and per bit its last start token. */
  all: number;
  roles: number;
  lastTypeAt: Int32Array;
  lastRoleAt: Int32Array;
  /** The tokenBits of all tokens OR-ed: which of the first word sets the sentence has at all. */
  anyBits: number;
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
function mark(ids: readonly number[], present: IntList, lastAt: Int32Array, i: number, keys: Uint8Array | undefined): void {
  const marks = seen;
  const now = stamp;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (marks[id] === now) continue;
    marks[id] = now;
    lastAt[id] = i;
    if (keys === undefined || keys[id] === 1) present.push(id);
  }
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
  rules: new IntList(),
  lastAt: new Int32Array(64),
  lastInside: -1,
  all: 0,
  roles: 0,
  lastTypeAt: new Int32Array(32),
  lastRoleAt: new Int32Array(32),
  anyBits: 0,
};

/** Notes token i as the last start of each bit of `fresh` (bits not seen yet, going backwards). */
function noteLast(last: Int32Array, fresh: number, i: number): void {
  for (let m = fresh; m !== 0; m &= m - 1) last[31 - Math.clz32(m & -m)] = i;
}

const present = new IntList();
/** What the sentence has, for candidateRules (one object for all sentences). */
const has: Present = { present, seen, stamp: 0, all: 0, roles: 0 };

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
  present.count = 0;
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
  facts.lastInside = view.lastInside;
  facts.rules.count = 0;
  has.seen = seen;
  has.stamp = stamp;
  has.all = facts.all;
  has.roles = facts.roles;
  candidateRules(plan, has, facts.rules);
  return facts;
}

/** Per token, its word sets (tokenSets, tokenBits, wordTokens); the sentence's required words (present, lastAt). */
function noteWords(view: SentenceView, plan: RulePlan): void {
  const { tokens } = view;
  const n = tokens.length;
  const { tokenSets, tokenBits, wordTokens, lastAt } = facts;
  let wordFrom = n;
  let anyBits = 0;
  const ids = view.sentence.wordIds;
  const byId = ids !== undefined && ids.length === n;
  const keys = keysSettled() ? plan.keyWord : undefined;
  // knownNoSets(id) read inline from the word index's flags (taken again after formSetsOfWord, which may move them).
  let flags = noSetsFlags();
  let base = noSetsBase();
  // Backwards, so that the first visit of a word is its last token; the list is filled from its end.
  for (let i = n - 1; i >= 0; i--) {
    const id = byId ? ids[i]! : -1;
    // Most words are in no set: known so by word id, neither their sets nor their token is read.
    const k = id - base;
    if (byId && k >= 0 && k >> 5 < flags.length && ((flags[k >> 5]! >>> (k & 31)) & 1) === 1) {
      tokenSets[i] = NO_IDS;
      tokenBits[i] = 0;
      continue;
    }
    // Known sets by word id first: most tokens' words were seen before, and their token is not read.
    let sets = byId ? knownSetsOfWord(id) : undefined;
    if (sets === undefined) {
      sets = byId ? formSetsOfWord(id, tokens[i]!.lower) : formSets(tokens[i]!.lower);
      flags = noSetsFlags();
      base = noSetsBase();
    }
    const own = sets.own;
    tokenSets[i] = own;
    tokenBits[i] = sets.bits;
    anyBits |= sets.bits;
    if (own.length > 0) wordTokens[--wordFrom] = i;
    // A form seen again in the sentence (backwards: an earlier token) adds nothing new.
    if (sets.withParts.length > 0 && sets.marked !== sentenceNo) {
      sets.marked = sentenceNo;
      const asked = requiredOf(sets);
      if (asked.length > 0) mark(asked, present, lastAt, i, keys);
    }
  }
  facts.wordFrom = wordFrom;
  facts.anyBits = anyBits;
}

/** Is token t a determiner (tokenSets/tokenBits of the sentence noted)? */
function detAt(t: number): boolean {
  return DET_BIT !== 0 ? (facts.tokenBits[t]! & DET_BIT) !== 0 : facts.tokenSets[t]!.includes(DET_ID);
}

/**
 * The start masks of mentions (mentions: true) or role cues at the tokens where they start, and
 * after a determiner right before such a token, at the determiner (a slot or role element may take
 * "der" first); the tokens with a mask, ascending; per bit its last start token; the sentence's
 * bits (facts.all, facts.roles). Visits only the tokens where something starts.
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
  let after = -2;
  let afterMask = 0;
  for (let j = at.length - 1; j >= 0; j--) {
    const t = at[j]!;
    const items = itemsAt[t]!;
    let mask = 0;
    if (mentions) for (let k = 0; k < items.length; k++) mask |= mentionMask(items[k] as Mention);
    else mask = roleMaskAt(items as readonly RoleCue[]);
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
  if (mentions) {
    facts.all = all;
    facts.maskFrom = from;
  } else {
    facts.roles = all;
    facts.roleFrom = from;
  }
}
