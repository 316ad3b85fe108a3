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
  /**
   * The same lists compiled for candidateRules (see Filed); keyWord is what noteWords asks
   * (sentence-facts.ts): 1 for a word id that is a key.
   */
  filedWord: Array<Filed | undefined>;
  filedType: Array<Filed | undefined>;
  filedRole: Filed | undefined;
  filedUnkeyed: Filed | undefined;
  keyWord: Uint8Array;
  /** How many sentences had been seen when the keys were chosen; when to choose again. */
  rekeyAt: number;
  /** The requirements again, flat (see Checks): what candidates() tests. */
  checks: Checks;
}

/**
 * The rules filed under one key as pairs (rule index, its `need` mask) in one typed array: most
 * rules looked at fail on `need` (a slot type the sentence lacks), which is then read right there.
 */
type Filed = Int32Array;

/**
 * All rules' requirements in one flat array, a record per rule so that testing a rule reads one
 * stretch of memory: at[i] is where rule i's record starts: the number of its multi-bit slot masks,
 * of its role masks and of its word ids, then those masks and ids (its single-bit slot masks are
 * OR-ed into its `need`, kept with the filed rules).
 */
interface Checks {
  at: Int32Array;
  records: Int32Array;
}

function checksOf(reqs: ReadonlyArray<Requirements | undefined>): Checks {
  const at = new Int32Array(reqs.length);
  const records: number[] = [];
  reqs.forEach((req, i) => {
    at[i] = records.length;
    const slotsAny = req?.slotsAny ?? [];
    const roles = req?.roles ?? [];
    const words = req?.words ?? [];
    records.push(slotsAny.length, roles.length, words.length, ...slotsAny, ...roles, ...words);
  });
  return { at, records: Int32Array.from(records) };
}

function compileFiled(reqs: ReadonlyArray<Requirements | undefined>, rules: readonly number[] | undefined): Filed | undefined {
  if (!rules || rules.length === 0) return undefined;
  const filed = new Int32Array(rules.length * 2);
  rules.forEach((r, k) => {
    filed[2 * k] = r;
    filed[2 * k + 1] = reqs[r]?.need ?? 0;
  });
  return filed;
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
  const { reqs } = plan;
  plan.filedWord = plan.byWord.map((rules) => compileFiled(reqs, rules));
  plan.filedType = plan.byType.map((rules) => compileFiled(reqs, rules));
  plan.filedRole = compileFiled(reqs, plan.byRole);
  plan.filedUnkeyed = compileFiled(reqs, plan.unkeyed);
  plan.keyWord = new Uint8Array(Math.max(plan.byWord.length, wordSetCount()));
  // A word looked at as a key but not chosen has an empty list: it is no key.
  plan.byWord.forEach((rules, id) => {
    if (rules && rules.length > 0) plan.keyWord[id] = 1;
  });
  plan.rekeyAt = sentencesSeen < 256 ? 256 : sentencesSeen * 8;
}

/** A plan over the rules' requirements (undefined: a rule without a pattern), keys chosen now. */
export function makePlan(reqs: ReadonlyArray<Requirements | undefined>): RulePlan {
  const plan: RulePlan = { reqs, byWord: [], byType: [], byRole: [], unkeyed: [], filedWord: [], filedType: [], filedRole: undefined, filedUnkeyed: undefined, keyWord: new Uint8Array(0), rekeyAt: 0, checks: checksOf(reqs) };
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
/** Does the sentence have all rule i requires beyond its `need` (Requirements: the other slots' types, role categories, words)? */
function mayMatchWith(c: Checks, i: number, has: Present): boolean {
  const rec = c.records;
  let k = c.at[i]!;
  const nAny = rec[k]!;
  const nRoles = rec[k + 1]!;
  const nWords = rec[k + 2]!;
  k += 3;
  const all = has.all;
  for (const end = k + nAny; k < end; k++) if ((rec[k]! & all) === 0) return false;
  const roles = has.roles;
  for (const end = k + nRoles; k < end; k++) if ((rec[k]! & roles) === 0) return false;
  const { seen, stamp } = has;
  for (const end = k + nWords; k < end; k++) if (seen[rec[k]!] !== stamp) return false;
  return true;
}

/** Adds the rules of one key that may match (each rule is filed under one key only: no duplicates). */
function candidates(plan: RulePlan, filed: Filed | undefined, has: Present, rules: IntList): void {
  if (filed === undefined) return;
  const all = has.all;
  for (let k = 0; k < filed.length; k += 2) {
    const need = filed[k + 1]!;
    if ((need & all) === need && mayMatchWith(plan.checks, filed[k]!, has)) rules.push(filed[k]!);
  }
}

/** Adds to `rules` the indexes of the rules whose every requirement the sentence has, in no particular order. */
export function candidateRules(plan: RulePlan, has: Present, rules: IntList): void {
  // The keys settle after some thousand sentences: count and re-choose only until then.
  if (sentencesSeen < SETTLED) {
    count(has.present, has.all, has.roles);
    if (sentencesSeen >= plan.rekeyAt) fileRules(plan);
  }
  candidates(plan, plan.filedUnkeyed, has, rules);
  const { present } = has;
  const filedWord = plan.filedWord;
  for (let k = 0; k < present.count; k++) candidates(plan, filedWord[present.items[k]!], has, rules);
  if (has.roles !== 0) candidates(plan, plan.filedRole, has, rules);
  for (let m = has.all; m !== 0; m &= m - 1) candidates(plan, plan.filedType[31 - Math.clz32(m & -m)], has, rules);
}

