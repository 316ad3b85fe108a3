// The rule plan: each pattern rule filed under one thing it needs (a cue word, some role cue, a
// mention of one type and form), so a sentence visits only the rules whose key it has, then checks
// all their requirements. Keys are the rarest in the sentences seen so far; they change how many
// rules are looked at, never which rules are candidates (a candidate has its key, whichever it is).

import type { Requirements } from './prefilter.js';
import { wordSetCount } from './word-index.js';

/**
 * The pattern rules among a rule list, each filed under one thing it needs (a cue word, a role cue,
 * a mention of one type and form), so a sentence visits only rules whose key it has. The key is the
 * rarest of those in the sentences seen so far (re-chosen now and then): which key is used never
 * changes which rules are candidates, only how many are looked at.
 */
export interface RulePlan {
  /** Per rule index: its requirements, or undefined when it has no pattern. */
  reqs: ReadonlyArray<Requirements | undefined>;
  /** Per word id, per form-aware type bit, and for "some role cue": the rules filed there. */
  byWord: Array<number[] | undefined>;
  byType: Array<number[] | undefined>;
  byRole: number[];
  /** Pattern rules that need none of these: candidates in every sentence. */
  unkeyed: number[];
  /** How many sentences had been seen when the keys were chosen; when to choose again. */
  rekeyAt: number;
  /** The requirements again, flat (see Checks): what candidates() tests. */
  checks: Checks;
}

/**
 * All rules' requirements in flat arrays, so that testing one rule reads a few typed-array slots:
 * need[i] (the single-bit slot masks OR-ed), and rule i's other slot masks, role masks and word ids
 * at anySlots/roles/words[from[i] .. from[i + 1]) of each list.
 */
interface Checks {
  need: Int32Array;
  anySlots: Int32Array;
  anyFrom: Int32Array;
  roles: Int32Array;
  roleFrom: Int32Array;
  words: Int32Array;
  wordFrom: Int32Array;
}

function flat(reqs: ReadonlyArray<Requirements | undefined>, pick: (req: Requirements) => readonly number[]): [Int32Array, Int32Array] {
  const from = new Int32Array(reqs.length + 1);
  const items: number[] = [];
  reqs.forEach((req, i) => {
    from[i] = items.length;
    if (req) items.push(...pick(req));
  });
  from[reqs.length] = items.length;
  return [Int32Array.from(items), from];
}

function checksOf(reqs: ReadonlyArray<Requirements | undefined>): Checks {
  const [anySlots, anyFrom] = flat(reqs, (req) => req.slotsAny);
  const [roles, roleFrom] = flat(reqs, (req) => req.roles);
  const [words, wordFrom] = flat(reqs, (req) => req.words);
  return { need: Int32Array.from(reqs, (req) => req?.need ?? 0), anySlots, anyFrom, roles, roleFrom, words, wordFrom };
}

// How many sentences had each key: word ids, form-aware type bits, some role cue.
let wordCounts = new Float64Array(64);
const typeCounts = new Float64Array(32);
let roleCount = 0;
let sentencesSeen = 0;
// Keys are re-chosen after 256, 2048 and 16384 sentences, then kept (counting costs time per sentence).
const SETTLED = (1 << 14) + 1;

function singleBit(mask: number): number {
  return mask !== 0 && (mask & (mask - 1)) === 0 ? 31 - Math.clz32(mask) : -1;
}

/** Files each rule under its rarest key (ties: the first word, then role cues, then a type). */
function fileRules(plan: RulePlan): void {
  plan.byWord = [];
  plan.byType = [];
  plan.byRole = [];
  plan.unkeyed = [];
  plan.reqs.forEach((req, i) => {
    if (!req) return;
    let best = Infinity;
    let file: number[] | undefined;
    for (const id of req.words) if (!file || (wordCounts[id] ?? 0) < best) {
      best = wordCounts[id] ?? 0;
      file = plan.byWord[id] ??= [];
    }
    if (req.roles.length > 0 && (!file || roleCount < best)) {
      best = roleCount;
      file = plan.byRole;
    }
    for (const mask of req.slots) {
      const bit = singleBit(mask);
      if (bit >= 0 && (!file || typeCounts[bit]! < best)) {
        best = typeCounts[bit]!;
        file = plan.byType[bit] ??= [];
      }
    }
    (file ?? plan.unkeyed).push(i);
  });
  plan.rekeyAt = sentencesSeen < 256 ? 256 : sentencesSeen * 8;
}

/** A plan over the rules' requirements (undefined: a rule without a pattern), keys chosen now. */
export function makePlan(reqs: ReadonlyArray<Requirements | undefined>): RulePlan {
  const plan: RulePlan = { reqs, byWord: [], byType: [], byRole: [], unkeyed: [], rekeyAt: 0, checks: checksOf(reqs) };
  fileRules(plan);
  return plan;
}

function count(present: IntList, all: number, roles: number): void {
  if (wordCounts.length < wordSetCount()) {
    const grown = new Float64Array(wordSetCount() * 2);
    grown.set(wordCounts);
    wordCounts = grown;
  }
  sentencesSeen += 1;
  for (let k = 0; k < present.count; k++) wordCounts[present.items[k]!]! += 1;
  for (let m = all; m !== 0; m &= m - 1) typeCounts[31 - Math.clz32(m & -m)]! += 1;
  if (roles !== 0) roleCount += 1;
}

/** A reusable list of small integers: cleared by setting count (no array length change per sentence). */
export class IntList {
  items = new Int32Array(64);
  count = 0;

  push(value: number): void {
    if (this.count === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = value;
  }
}

/** True once the keys are no longer re-chosen: then only a sentence's words that are keys need to be listed (Present.present). */
export function keysSettled(): boolean {
  return sentencesSeen >= SETTLED;
}

/**
 * What a sentence has: its word ids (present, and seen[id] === stamp for each; once keysSettled(),
 * present may hold only those that are keys), form-aware mention types, role categories.
 */
export interface Present {
  present: IntList;
  seen: Int32Array;
  stamp: number;
  all: number;
  roles: number;
}

// Plain loops over typed arrays below, no closures: these run for every sentence and candidate rule.
/** Does the sentence have all rule i requires (Requirements: all slots' types, role categories, words)? */
function mayMatchWith(c: Checks, i: number, has: Present): boolean {
  const need = c.need[i]!;
  const all = has.all;
  if ((need & all) !== need) return false;
  for (let k = c.anyFrom[i]!, end = c.anyFrom[i + 1]!; k < end; k++) if ((c.anySlots[k]! & all) === 0) return false;
  for (let k = c.roleFrom[i]!, end = c.roleFrom[i + 1]!; k < end; k++) if ((c.roles[k]! & has.roles) === 0) return false;
  const { seen, stamp } = has;
  for (let k = c.wordFrom[i]!, end = c.wordFrom[i + 1]!; k < end; k++) if (seen[c.words[k]!] !== stamp) return false;
  return true;
}

/** Adds the rules of one key that may match (each rule is filed under one key only: no duplicates). */
function candidates(plan: RulePlan, filed: readonly number[] | undefined, has: Present, rules: IntList): void {
  if (filed) for (let k = 0; k < filed.length; k++) if (mayMatchWith(plan.checks, filed[k]!, has)) rules.push(filed[k]!);
}

/** Adds to `rules` the indexes of the rules whose every requirement the sentence has, in no particular order. */
export function candidateRules(plan: RulePlan, has: Present, rules: IntList): void {
  // The keys settle after some thousand sentences: count and re-choose only until then.
  if (sentencesSeen < SETTLED) {
    count(has.present, has.all, has.roles);
    if (sentencesSeen >= plan.rekeyAt) fileRules(plan);
  }
  candidates(plan, plan.unkeyed, has, rules);
  const { present } = has;
  for (let k = 0; k < present.count; k++) candidates(plan, plan.byWord[present.items[k]!], has, rules);
  if (has.roles !== 0) candidates(plan, plan.byRole, has, rules);
  for (let m = has.all; m !== 0; m &= m - 1) candidates(plan, plan.byType[31 - Math.clz32(m & -m)], has, rules);
}

