// Runs the relation rules over an analysed document: sequence rules per sentence and start token,
// then the rules of other kinds (nested-rules.ts, implicit.ts, pair-anaphor.ts) in list order.
// Drops negated matches; lowers confidence for coreference, guessed entities and long gaps.
// Each sentence's facts are computed once; a pattern rule runs only in the sentences where the
// prefilter says it may match, from the start tokens its first element can take.

import type { DocLang, RelationType, Warning } from '../../types.js';
import type { AnalyzedDocument, Mention } from '../pipeline-types.js';
import { CLAUSE_BREAKS, CONTRASTS, FORMER, HEDGED_RELATIONS, HEDGES, LIST_JOINERS, NEGATIONS } from '../model/relation-cues.js';
import type { Candidate, RelationCollector } from './collect.js';
import { boundRole, framesOf, matchFrom, slotItems, slotOne } from './matcher.js';
import { planRules, prepareRules, requirementsFor } from './prefilter.js';
import type { PatternRule, Requirements, RulePlan } from './prefilter.js';
import { sentenceFacts } from './sentence-facts.js';
import { CANNOT_START, MAY_START, TAKES_NOTHING, compileRuleCode, lastStart, startAt, startFrom, startTokens } from './start-code.js';
import type { RuleCode } from './start-code.js';
import type { SentenceFacts } from './sentence-facts.js';
import type { Frame, MatchContext, SequenceMatch } from './matcher.js';
import type { RelationRule, SequenceRule } from './pattern-types.js';
import { buildViews, tokenIn, tokenWords } from './sentence-view.js';
import type { TokenWords } from './sentence-view.js';
import { ID_BITS } from './word-index.js';
import { runImplicitOwner } from './implicit.js';
import { groupBySentence, pairConfidence, runNamedAfter, runNested } from './nested-rules.js';
import type { BySentence } from './nested-rules.js';
import { runPairAnaphor } from './pair-anaphor.js';
import type { ImplicitContext } from './implicit.js';
import type { SentenceView } from './sentence-view.js';

const NEGATED = tokenWords(NEGATIONS);
const CONTRAST = tokenWords(CONTRASTS);
const PAST = tokenWords(FORMER);
const CLAUSE_END = tokenWords([...LIST_JOINERS, ...CLAUSE_BREAKS, 'oder', 'or']);
/** Steps one rule may take in one sentence; ample for real text, a wall against pathological input. */
const STEP_BUDGET = 20_000;
/** Below this many steps, a rule skips the start tokens where it cannot match (see runSequence). */
const PRUNE_BELOW = STEP_BUDGET / 4;

/**
 * A negation inside the match or right next to it ("kein Handel zwischen", "unterstützt Belarus nicht"),
 * or "former" just before it ("der ehemalige belarussische Präsident X").
 */
export function negated(view: SentenceView, m: SequenceMatch, lateNegation: boolean): boolean {
  // "kein Mitglied der NATO, aber Mitglied der EU": a negation before a contrast in the match stays in its clause.
  let from = m.firstToken;
  for (let t = m.lastToken; t > m.firstToken; t--) if (tokenIn(view, t, CONTRAST)) {
    from = t + 1;
    break;
  }
  for (let t = from; t <= m.lastToken; t++) if (tokenIn(view, t, NEGATED)) return true;
  if (from === m.firstToken && tokenIn(view, m.firstToken - 1, NEGATED)) return true;
  for (let t = m.firstToken - 1; t >= m.firstToken - 2; t--) {
    const tok = view.tokens[t];
    if (!tok || tok.kind === 'punct') break;
    if (tokenIn(view, t, PAST)) return true;
  }
  // The rest of a German clause: "nicht" comes late ("tritt beim Festival nicht auf"). It negates
  // the verb, not the places and names a preposition or apposition states ("beim Festival in Basel").
  if (!lateNegation) return false;
  for (let t = m.lastToken + 1; t <= m.lastToken + 6; t++) {
    const tok = view.tokens[t];
    if (!tok || tok.kind === 'punct' || tok.kind === 'quote' || tokenIn(view, t, CLAUSE_END)) break;
    if (tokenIn(view, t, NEGATED)) return true;
  }
  return false;
}

const HEDGE_WORDS = { de: tokenWords(HEDGES.de), en: tokenWords(HEDGES.en) };
const HEDGED = new Set(HEDGED_RELATIONS);
const OWNER_RELATIONS = new Set<RelationType>(['LEADER_OF', 'WORKS_FOR', 'CHAIRS']);
const STATIC = new Set<RelationType>(['HELD_IN', 'LOCATED_IN', 'CAPITAL_OF', 'PART_OF', 'ORGANIZED_BY', 'LEADER_OF', 'CITIZEN_OF']);

const HEDGE_LISTS = { de: [HEDGE_WORDS.de], en: [HEDGE_WORDS.en], any: [HEDGE_WORDS.de, HEDGE_WORDS.en] };

/** A wish or possibility inside the match of a relation type that then states no fact. */
function hedged(view: SentenceView, m: SequenceMatch, type: RelationType, lang: DocLang): boolean {
  if (!HEDGED.has(type)) return false;
  const lists = lang === 'de' ? HEDGE_LISTS.de : lang === 'en' ? HEDGE_LISTS.en : HEDGE_LISTS.any;
  for (let t = m.firstToken; t <= m.lastToken; t++) {
    const tok = view.tokens[t];
    if (!tok) continue;
    // Lowercase in the text only: "May" (the month) is no hedge.
    for (const words of lists) if (tokenIn(view, t, words)) {
      if (tok.text === tok.lower) return true;
      break;
    }
  }
  return false;
}

function relationOf(rule: SequenceRule, m: SequenceMatch): RelationType | undefined {
  if (!rule.byRole) return rule.relation;
  const category = boundRole(m, rule.byRole.bind);
  return category ? rule.byRole.map[category] : undefined;
}

function emitPair(rule: SequenceRule, type: RelationType, s: Mention, t: Mention, gapTokens: number, view: SentenceView, collector: RelationCollector): void {
  collector.addPair(type, s.entityId, t.entityId, pairConfidence(rule.confidence, s, t, gapTokens), rule.id, view.sentence);
}

/** A bit for each list (its word-index id below ID_BITS), or -1 (any sentence may have it) when one has none. */
function bitsOf(lists: readonly TokenWords[]): number {
  let bits = 0;
  for (const words of lists) {
    if (words.id >= ID_BITS) return -1;
    bits |= 1 << words.id;
  }
  return bits;
}
function mayHave(anyBits: number, bits: number): boolean {
  return bits < 0 || (anyBits & bits) !== 0;
}

/** The words negated() and hedged() look for: a sentence without any of them is neither (see emitSequence). */
const NEGATION_BITS = bitsOf([NEGATED, PAST]);
const HEDGE_BITS = bitsOf([HEDGE_WORDS.de, HEDGE_WORDS.en]);

/** anyBits: which word sets the sentence has (SentenceFacts.anyBits), to skip negated() and hedged() where none of their words is. */
function emitSequence(rule: SequenceRule, view: SentenceView, m: SequenceMatch, lang: DocLang, anyBits: number, collector: RelationCollector): void {
  const type = relationOf(rule, m);
  if (!type) return;
  if (mayHave(anyBits, NEGATION_BITS) && negated(view, m, lang === 'de' && !STATIC.has(type))) return;
  if (mayHave(anyBits, HEDGE_BITS) && hedged(view, m, type, lang)) return;
  // Most matches bind one mention to each end: that pair, without the lists slotItems would make.
  if (rule.source !== rule.target) {
    const source = slotOne(m, rule.source);
    const target = source && slotOne(m, rule.target);
    if (source && target) {
      emitPair(rule, type, source, target, m.gapTokens, view, collector);
      return;
    }
  }
  const sources = slotItems(m, rule.source);
  const targets = slotItems(m, rule.target);
  if (rule.source === rule.target) {
    for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) emitPair(rule, type, sources[i]!, sources[j]!, m.gapTokens, view, collector);
  } else for (const s of sources) for (const t of targets) emitPair(rule, type, s, t, m.gapTokens, view, collector);
}

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
    entry = { active, plan, planned: [], pair: new Uint8Array(active.length), others: [], code: compileRuleCode([]) };
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
  for (let v = 0; v < views.length; v++) {
    const view = views[v]!;
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
    byType: built.byType,
    persons: built.persons,
    hasOwner: (p) => collector.hasSource(p, OWNER_RELATIONS, upTo),
  };
  for (const r of entry.others) {
    const rule = active[r]!;
    collector.ruleIndex = r;
    upTo = r;
    if (rule.kind === 'implicit-owner') runImplicitOwner(rule, implicit, out);
    // A nested match needs a role cue inside a mention: without role cues there is nothing to group.
    else if (rule.kind === 'nested' && doc.roles.length > 0) runNested(rule, views, (grouped ??= groupBySentence(doc, built)), out);
    else if (rule.kind === 'named-after') runNamedAfter(rule, doc, built, out);
    else if (rule.kind === 'pair-anaphor')
      runPairAnaphor(rule, doc, viewList, pairSentences[r] ?? NO_SENTENCES, (view, m) => negated(view, m, lang === 'de') || hedged(view, m, rule.relation, lang), out);
  }
  return warnings;
}
