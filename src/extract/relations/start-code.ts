// Where a sequence rule may start in a sentence, from its facts (sentence-facts.ts): the start tokens
// its first element can take, and the last token a match may start at. What each rule needs for
// that is compiled once into one flat array (RuleCode), a record per rule: testing a rule per
// sentence reads one stretch of memory, not the rule's objects, which the mention stage's work on
// each document pushes out of the CPU caches. These only ever say "cannot match".

import { START_ROLE, START_SLOT, START_WORD, typesOf } from './prefilter.js';
import type { Requirements } from './prefilter.js';
import type { SentenceFacts } from './sentence-facts.js';
import { ID_BITS } from './word-index.js';

/**
 * Per rule index, where its record starts in `code` (-1: no sequence rule). A record: its start
 * kind (Requirements.start), startSet, startMask, startFormMask, startRoleMask; the number of its
 * required word ids, slot masks and role masks; then those ids and masks.
 */
export interface RuleCode {
  at: Int32Array;
  code: Int32Array;
}

const KIND = 0;
const SET = 1;
const MASK = 2;
const FORM_MASK = 3;
const ROLE_MASK = 4;
const WORDS = 5;
const SLOTS = 6;
const ROLES = 7;
const HEAD = 8;

/** The records of the rules with requirements (sequence rules); undefined entries get none. */
export function compileRuleCode(reqs: ReadonlyArray<Requirements | undefined>): RuleCode {
  const at = new Int32Array(reqs.length).fill(-1);
  const code: number[] = [];
  reqs.forEach((req, r) => {
    if (!req) return;
    at[r] = code.length;
    code.push(req.start, req.startSet, req.startMask, req.startFormMask, req.startRoleMask, req.wordIds.length, req.slotMasks.length, req.roleMasks.length);
    code.push(...req.wordIds, ...req.slotMasks, ...req.roleMasks);
  });
  return { at, code: Int32Array.from(code) };
}

/** The last token at which something with a bit of `mask` starts (-1: none). */
function lastOf(last: Int32Array, mask: number): number {
  let at = -1;
  for (let m = mask; m !== 0; m &= m - 1) at = Math.max(at, last[31 - Math.clz32(m & -m)]!);
  return at;
}

/**
 * The last token at which a match of the rule (its record at `at`) may start. A match only moves
 * forward, so everything the rule requires must be found at or after its start token: each cue word
 * in a token whose form or compound part is in the word's set (not after the word's lastAt), or in
 * the rest of a compound after a mention or role cue ending inside a token (not after lastInside);
 * each slot's mention and each role cue in the token where it starts (not after the last start of
 * its types or categories). For a candidate rule of the sentence (all it requires is there).
 */
export function lastStart(code: Int32Array, at: number, facts: SentenceFacts, tokenCount: number): number {
  let last = tokenCount - 1;
  const { lastAt, lastInside } = facts;
  let k = at + HEAD;
  for (const end = k + code[at + WORDS]!; k < end; k++) {
    const word = Math.max(lastAt[code[k]!]!, lastInside);
    if (word < last) last = word;
  }
  for (const end = k + code[at + SLOTS]!; k < end; k++) {
    const slot = lastOf(facts.lastTypeAt, code[k]! & facts.all);
    if (slot < last) last = slot;
  }
  for (const end = k + code[at + ROLES]!; k < end; k++) {
    const role = lastOf(facts.lastRoleAt, code[k]! & facts.roles);
    if (role < last) last = role;
  }
  return last;
}

/**
 * Where the rule's first element may match: a list of start tokens, ascending, from index
 * startFrom(code, at, facts) to the sentence's token count (a superset of the tokens where startAt
 * is not CANNOT_START); undefined for every token.
 */
export function startTokens(code: Int32Array, at: number, facts: SentenceFacts): Int32Array | undefined {
  switch (code[at + KIND]) {
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

/** The index in startTokens(code, at, facts) of its first start token. */
export function startFrom(code: Int32Array, at: number, facts: SentenceFacts): number {
  const kind = code[at + KIND];
  return kind === START_SLOT ? facts.maskFrom : kind === START_ROLE ? facts.roleFrom : facts.wordFrom;
}

/** startAt: the first element cannot match at the token (by the first prefilter's test: a mention type, any role, the word). */
export const CANNOT_START = 0;
/** startAt: it might, but takes nothing there (no mention of its types in its form, no role cue of its categories): one failing step. */
export const TAKES_NOTHING = 1;
/** startAt: the matcher must try. */
export const MAY_START = 2;

/** Can the rule's first element match at token t, a token of startTokens? CANNOT_START, TAKES_NOTHING or MAY_START. */
export function startAt(code: Int32Array, at: number, facts: SentenceFacts, t: number): number {
  switch (code[at + KIND]) {
    case START_SLOT: {
      const mask = facts.startMasks[t]!;
      if ((typesOf(mask) & code[at + MASK]!) === 0) return CANNOT_START;
      return (mask & code[at + FORM_MASK]!) === 0 ? TAKES_NOTHING : MAY_START;
    }
    case START_ROLE: {
      const mask = facts.roleStarts[t]!;
      if (mask === 0) return CANNOT_START;
      return (mask & code[at + ROLE_MASK]!) === 0 ? TAKES_NOTHING : MAY_START;
    }
    case START_WORD: {
      const id = code[at + SET]!;
      const has = id < ID_BITS ? (facts.tokenBits[t]! & (1 << id)) !== 0 : facts.tokenSets[t]!.includes(id);
      return has ? MAY_START : CANNOT_START;
    }
    default:
      return MAY_START;
  }
}
