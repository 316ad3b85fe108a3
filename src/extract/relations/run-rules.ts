// Runs the relation rules over an analysed document: sequence rules per sentence and start token,
// then the rules of other kinds (nested-rules.ts, implicit.ts, pair-anaphor.ts) in list order.
// What a match gives (negated and hedged matches dropped, confidences lowered) is emit.ts's.
// Each sentence's facts are computed once; a pattern rule runs only in the sentences where the
// prefilter says it may match, from the start tokens its first element can take.

import type { DocLang, RelationType, Warning } from '../../types.js';
import type { AnalyzedDocument } from '../pipeline-types.js';
import type { Candidate, RelationCollector } from './collect.js';
import { framesOf, matchFrom } from './matcher.js';
import { planRules, prepareRules, requirementsFor } from './prefilter.js';
import type { PatternRule, Requirements, RulePlan } from './prefilter.js';
import { sentenceFacts } from './sentence-facts.js';
import { CANNOT_START, MAY_START, TAKES_NOTHING, compileRuleCode, lastStart, startAt, startFrom, startTokens } from './start-code.js';
import type { RuleCode } from './start-code.js';
import type { SentenceFacts } from './sentence-facts.js';
import type { Frame, MatchContext } from './matcher.js';
import type { RelationRule, SequenceRule } from './pattern-types.js';
import { buildViews } from './sentence-view.js';
import { runImplicitOwner } from './implicit.js';
import { groupBySentence, runEventHead, runMinistryHead, runNamedAfter, runNested, runNominalPlace } from './nested-rules.js';
import type { BySentence } from './nested-rules.js';
import { runPairAnaphor } from './pair-anaphor.js';
import { entityIdPrefix } from '../ids.js';
import type { ImplicitContext } from './implicit.js';
import type { SentenceView } from './sentence-view.js';
// Last: emit.ts registers its word lists after those of the modules above, as when they stood here.
import { emitSequence, hedged, negated } from './emit.js';

/** Steps one rule may take in one sentence; ample for real text, a wall against pathological input. */
const STEP_BUDGET = 20_000;
/** Below this many steps, a rule skips the start tokens where it cannot match (see runSequence). */
const PRUNE_BELOW = STEP_BUDGET / 4;
const OWNER_RELATIONS = new Set<RelationType>(['LEADER_OF', 'WORKS_FOR', 'CHAIRS']);
/** Owners that are states or places (ids by type prefix): what an office of a state competes with. */
const PLACE_PREFIXES = (['Country', 'Region', 'City'] as const).map((type) => entityIdPrefix(type));

/** One sequence rule of the plan, with what it needs compiled once (its start data: RuleCode). */
interface Planned {
  rule: SequenceRule;
  req: Requirements;
  frame: Frame;
}

/**
 * Runs one sequence rule over the sentence from each start token its first element may take. False
 * when the rule gave up (step budget). Start tokens after lastStart cannot begin a match: they are
 * skipped, unless the rule has used much of its budget, when they still run so that giving up stays
 * where it was (a wall for pathological sentences only).
 */
function runSequence(p: Planned, code: Int32Array, at: number, ctx: MatchContext, facts: SentenceFacts, exhaustive: boolean, lang: DocLang, collector: RelationCollector): boolean {
  const view = ctx.view;
  const starts = exhaustive ? undefined : startTokens(code, at, facts);
  const n = view.tokens.length;
  const last = starts ? lastStart(code, at, facts, n) : n;
  for (let i = starts ? startFrom(code, at, facts) : 0; i < n; i++) {
    const t = starts ? starts[i]! : i;
    if (t > last && ctx.steps < PRUNE_BELOW) break;
    const can = starts ? startAt(code, at, facts, t) : MAY_START;
    if (can === CANNOT_START) continue;
    // The first element takes nothing here: the matcher would fail in its first step, so count just that step.
    if (can === TAKES_NOTHING) {
      if (++ctx.steps > ctx.budget) return false;
      continue;
    }
    const m = matchFrom(ctx, p.frame, t);
    if (m) emitSequence(p.rule, view, m, lang, facts.anyBits, collector);
    if (ctx.steps > ctx.budget) return false;
  }
  return true;
}

/** The rules active for a language, with their word index: compiled once per rule list and language. */
interface PlanEntry {
  active: RelationRule[];
  plan: RulePlan;
  /** Per rule index: the sequence rule compiled for matching; undefined for the other kinds. */
  planned: Array<Planned | undefined>;
  /** Per rule index: 1 for a pair-anaphor rule. */
  pair: Uint8Array;
  /** The indexes of the rules that are not sequence rules, in order. */
  others: number[];
  /** The sequence rules' start data (start-code.ts); at[r] is -1 for the other kinds. */
  code: RuleCode;
  /**
   * Every pattern rule (sequence, pair-anaphor) has a slot, so needs a mention in the sentence: a
   * sentence without one has no candidate rules, and its facts are not computed (see runSequences).
   */
  needsMention: boolean;
}

/** Does every pattern rule of the plan require some mention type (a slot) in the sentence? */
function allNeedMention(plan: RulePlan): boolean {
  for (const req of plan.reqs) if (req && req.need === 0 && req.slotsAny.length === 0) return false;
  return true;
}

const plans = new WeakMap<readonly RelationRule[], Map<DocLang, PlanEntry>>();

function planFor(rules: readonly RelationRule[], lang: DocLang): PlanEntry {
  let byLang = plans.get(rules);
  if (!byLang) {
    // The word index must be complete before any sentence's facts are computed.
    prepareRules(rules.filter((r): r is PatternRule => r.kind === 'sequence' || r.kind === 'pair-anaphor'));
    byLang = new Map();
    plans.set(rules, byLang);
  }
  let entry = byLang.get(lang);
  if (!entry) {
    const active = rules.filter((r) => r.lang === 'any' || lang === 'und' || r.lang === lang);
    const plan = planRules(active);
    entry = { active, plan, planned: [], pair: new Uint8Array(active.length), others: [], code: compileRuleCode([]), needsMention: allNeedMention(plan) };
    for (let r = 0; r < active.length; r++) {
      const rule = active[r]!;
      if (rule.kind === 'sequence') entry.planned[r] = { rule, req: plan.reqs[r] ?? requirementsFor(rule), frame: framesOf(rule.pattern, rule.lang) };
      else {
        entry.planned[r] = undefined;
        entry.others.push(r);
        if (rule.kind === 'pair-anaphor') entry.pair[r] = 1;
      }
    }
    entry.code = compileRuleCode(entry.planned.map((p) => p?.req));
    byLang.set(lang, entry);
  }
  return entry;
}

export interface RunOptions {
  /** Skip the prefilter: every sequence rule at every token (slow; for checking that the prefilter changes nothing). */
  exhaustive?: boolean;
}

/** A rule that gave up on a sentence (step budget): rule index, view index. */
type GaveUp = [number, number];

/**
 * The sequence rules, sentence by sentence: each sentence's facts are computed into shared scratch
 * space and its candidate rules run while they are valid. The order in which rules run changes
 * nothing the collector keeps (hasSource answers in rule-list order); what the pair-anaphor rules
 * need later, the sentences where they may match, is noted per rule.
 */
function runSequences(doc: AnalyzedDocument, entry: PlanEntry, views: readonly SentenceView[], collector: RelationCollector, exhaustive: boolean): { gaveUp: GaveUp[]; pairSentences: number[][] } {
  const { active, plan, planned, pair } = entry;
  const { at: codeAt, code } = entry.code;
  const lang = doc.document.lang;
  const gaveUp: GaveUp[] = [];
  const pairSentences: number[][] = [];
  const all = exhaustive ? active.map((_, r) => r) : undefined;
  // One context for all sentences, made with every field matchFrom sets (no shape changes per sentence).
  // lang is for matchAt only (it compiles frames); runSequence hands matchFrom each rule's own frames.
  const ctx: MatchContext = { view: views[0]!, lang: 'any', steps: 0, budget: STEP_BUDGET, first: 0, pattern: undefined, frame: undefined, found: undefined };
  const skipBare = !exhaustive && entry.needsMention;
  for (let v = 0; v < views.length; v++) {
    const view = views[v]!;
    // No mention, no candidate rule (needsMention): neither the sentence's words nor its rules are looked at.
    if (skipBare && view.mentionTokens.length === 0) continue;
    const facts = sentenceFacts(view, plan);
    view.sets = facts.tokenSets;
    view.bits = facts.tokenBits;
    ctx.view = view;
    const rules = all ?? facts.rules.items;
    const count = all ? all.length : facts.rules.count;
    for (let j = 0; j < count; j++) {
      const r = rules[j]!;
      const at = codeAt[r]!;
      if (at < 0) {
        if (pair[r] === 1) (pairSentences[r] ??= []).push(v);
        continue;
      }
      // The rule's own objects (planned[r]) are read only when a match is tried: most runs try none.
      ctx.steps = 0;
      collector.ruleIndex = r;
      if (!runSequence(planned[r]!, code, at, ctx, facts, exhaustive, lang, collector)) gaveUp.push([r, v]);
    }
    view.sets = undefined;
    view.bits = undefined;
  }
  // Warnings in rule order, then sentence order, as running rule by rule gives them.
  gaveUp.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { gaveUp, pairSentences };
}

const NO_SENTENCES: readonly number[] = [];

export function runRules(doc: AnalyzedDocument, rules: readonly RelationRule[], collector: RelationCollector, options: RunOptions = {}): Warning[] {
  const lang = doc.document.lang;
  const entry = planFor(rules, lang);
  const { active } = entry;
  const built = buildViews(doc);
  const { list: viewList, byIndex: views } = built;
  const { gaveUp, pairSentences } = runSequences(doc, entry, viewList, collector, options.exhaustive === true);
  const warnings: Warning[] = gaveUp.map(([r, v]) => ({
    doc: doc.document.id,
    code: 'RELATION_BUDGET',
    message: `relations: rule ${active[r]!.id} gave up on sentence ${viewList[v]!.sentence.index} (too many alternatives). Shorten or split that sentence.`,
  }));
  const out = (c: Candidate): void => collector.add(c);
  let grouped: BySentence | undefined;
  // An implicit-owner rule sees the relations of the rules before it and its own, as in list order.
  let upTo = 0;
  const implicit: ImplicitContext = {
    doc,
    views: viewList,
    byIndex: views,
    built,
    persons: built.persons,
    hasOwner: (p, placesOnly) => collector.hasSource(p, OWNER_RELATIONS, upTo, placesOnly ? PLACE_PREFIXES : undefined),
  };
  for (const r of entry.others) {
    const rule = active[r]!;
    collector.ruleIndex = r;
    upTo = r;
    // The kind read once (rules of different kinds have different object shapes: each read is a slow one).
    const { kind } = rule;
    if (kind === 'implicit-owner') runImplicitOwner(rule, implicit, out);
    // A nested match needs a role cue inside a mention: without role cues there is nothing to group.
    else if (kind === 'nested' && doc.roles.length > 0) runNested(rule, views, (grouped ??= groupBySentence(doc, built)), out);
    else if (kind === 'named-after') runNamedAfter(rule, doc, built, out);
    else if (kind === 'nominal-place') runNominalPlace(rule, doc, views, out);
    else if (kind === 'ministry-head' && doc.roles.length > 0) runMinistryHead(rule, doc, views, out);
    else if (kind === 'event-head' && doc.roles.length > 0) runEventHead(rule, doc, views, out);
    else if (kind === 'pair-anaphor')
      runPairAnaphor(rule, doc, viewList, pairSentences[r] ?? NO_SENTENCES, (view, m) => negated(view, m, lang === 'de') || hedged(view, m, rule.relation, lang), out);
  }
  return warnings;
}
