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
}

// How many sentences had each key: word ids, form-aware type bits, some role cue.
let wordCounts = new Float64Array(64);
const typeCounts = new Float64Array(32);
let roleCount = 0;
let sentencesSeen = 0;
const SETTLED = 1 << 17;

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
  const plan: RulePlan = { reqs, byWord: [], byType: [], byRole: [], unkeyed: [], rekeyAt: 0 };
  fileRules(plan);
  return plan;
}

function count(present: readonly number[], all: number, roles: number): void {
  if (wordCounts.length < wordSetCount()) {
    const grown = new Float64Array(wordSetCount() * 2);
    grown.set(wordCounts);
    wordCounts = grown;
  }
  sentencesSeen += 1;
  for (const id of present) wordCounts[id]! += 1;
  for (let m = all; m !== 0; m &= m - 1) typeCounts[31 - Math.clz32(m & -m)]! += 1;
  if (roles !== 0) roleCount += 1;
}

/** What a sentence has: its word ids (present, and seen[id] === stamp for each), form-aware mention types, role categories. */
export interface Present {
  present: readonly number[];
  seen: Int32Array;
  stamp: number;
  all: number;
  roles: number;
}

// Plain loops below, no closures: these run for every sentence and candidate rule.
function mayMatchWith(req: Requirements, has: Present): boolean {
  if ((req.need & has.all) !== req.need) return false;
  for (const mask of req.slotsAny) if ((mask & has.all) === 0) return false;
  for (const mask of req.roles) if ((mask & has.roles) === 0) return false;
  for (const id of req.words) if (has.seen[id] !== has.stamp) return false;
  return true;
}

/** Adds the rules of one key that may match (each rule is filed under one key only: no duplicates). */
function candidates(plan: RulePlan, filed: readonly number[] | undefined, has: Present, rules: number[]): void {
  if (filed) for (const i of filed) if (mayMatchWith(plan.reqs[i]!, has)) rules.push(i);
}

/** The indexes of the rules whose every requirement the sentence has, in no particular order. */
export function candidateRules(plan: RulePlan, has: Present): number[] {
  // The keys settle after some thousand sentences: count and re-choose only until then.
  if (sentencesSeen < SETTLED) {
    count(has.present, has.all, has.roles);
    if (sentencesSeen >= plan.rekeyAt) fileRules(plan);
  }
  const rules: number[] = [];
  candidates(plan, plan.unkeyed, has, rules);
  for (const id of has.present) candidates(plan, plan.byWord[id], has, rules);
  if (has.roles !== 0) candidates(plan, plan.byRole, has, rules);
  for (let m = has.all; m !== 0; m &= m - 1) candidates(plan, plan.byType[31 - Math.clz32(m & -m)], has, rules);
  return rules;
}

