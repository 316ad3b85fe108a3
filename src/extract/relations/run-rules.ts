// Runs the relation rules over an analysed document: sequence rules per sentence and start token,
// nested rules over mentions that contain other mentions, named-after rules over event names.
// Drops negated matches; lowers confidence for coreference, guessed entities and long gaps.
// Each sentence's facts are computed once; a pattern rule runs only in the sentences where the
// prefilter says it may match, from the start tokens its first element can take.

import type { DocLang, RelationType, Warning } from '../../types.js';
import type { AnalyzedDocument, Mention, RoleCue } from '../pipeline-types.js';
import { CLAUSE_BREAKS, CONTRASTS, FORMER, HEDGED_RELATIONS, HEDGES, LIST_JOINERS, NEGATIONS } from '../model/relation-cues.js';
import type { Candidate, RelationCollector } from './collect.js';
import { boundRole, framesOf, matchFrom, slotItems } from './matcher.js';
import { mayStartWith, mayTakeFirst, planRules, prepareRules, requirementsFor, sentenceFacts, startTokens } from './prefilter.js';
import type { PatternRule, Requirements, RulePlan, SentenceFacts } from './prefilter.js';
import type { Frame, MatchContext, SequenceMatch } from './matcher.js';
import type { NamedAfterRule, NestedRule, RelationRule, SequenceRule } from './pattern-types.js';
import { buildViews, isModifier, tokenIn, tokenWords } from './sentence-view.js';
import { runImplicitOwner } from './implicit.js';
import { runPairAnaphor } from './pair-anaphor.js';
import type { ImplicitContext } from './implicit.js';
import type { SentenceView } from './sentence-view.js';

const NEGATED = tokenWords(NEGATIONS);
const CONTRAST = tokenWords(CONTRASTS);
const PAST = tokenWords(FORMER);
const CLAUSE_END = tokenWords([...LIST_JOINERS, ...CLAUSE_BREAKS, 'oder', 'or']);
const PAST_WORDS = new RegExp(`(^|\\s)(${FORMER.join('|')})(\\s|$)`, 'iu');
/** Steps one rule may take in one sentence; ample for real text, a wall against pathological input. */
const STEP_BUDGET = 20_000;

function adjustedConfidence(base: number, mentions: readonly Mention[], gapTokens: number): number {
  let c = base;
  if (mentions.some((m) => m.via === 'coref')) c -= 0.1;
  if (mentions.some((m) => (m.confidence ?? 1) < 0.8)) c -= 0.1;
  if (gapTokens > 4) c -= 0.05;
  if (gapTokens > 8) c -= 0.05;
  return c;
}

/** adjustedConfidence for the two ends of a pair, without building a list (same arithmetic, same order). */
function pairConfidence(base: number, s: Mention, t: Mention, gapTokens: number): number {
  let c = base;
  if (s.via === 'coref' || t.via === 'coref') c -= 0.1;
  if ((s.confidence ?? 1) < 0.8 || (t.confidence ?? 1) < 0.8) c -= 0.1;
  if (gapTokens > 4) c -= 0.05;
  if (gapTokens > 8) c -= 0.05;
  return c;
}

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

function emitPair(rule: SequenceRule, type: RelationType, s: Mention, t: Mention, gapTokens: number, view: SentenceView, out: (c: Candidate) => void): void {
  const confidence = pairConfidence(rule.confidence, s, t, gapTokens);
  out({ type, source: s.entityId, target: t.entityId, confidence, rule: rule.id, sentence: view.sentence });
}

function emitSequence(rule: SequenceRule, view: SentenceView, m: SequenceMatch, lang: DocLang, out: (c: Candidate) => void): void {
  const type = relationOf(rule, m);
  const sources = slotItems(m, rule.source);
  const targets = slotItems(m, rule.target);
  if (!type || negated(view, m, lang === 'de' && !STATIC.has(type)) || hedged(view, m, type, lang)) return;
  if (rule.source === rule.target) {
    for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) emitPair(rule, type, sources[i]!, sources[j]!, m.gapTokens, view, out);
  } else for (const s of sources) for (const t of targets) emitPair(rule, type, s, t, m.gapTokens, view, out);
}

/** One sequence rule of the plan, with what it needs compiled once. */
interface Planned {
  rule: SequenceRule;
  req: Requirements;
  frame: Frame;
}

function runSequence(p: Planned, ctx: MatchContext, facts: SentenceFacts, exhaustive: boolean, lang: DocLang, out: (c: Candidate) => void): boolean {
  const { rule, req, frame } = p;
  const view = ctx.view;
  const starts = exhaustive ? undefined : startTokens(req, facts);
  const n = starts ? starts.length : view.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = starts ? starts[i]! : i;
    if (starts && !mayStartWith(req, facts, t)) continue;
    // The first element takes nothing here: the matcher would fail in its first step, so count just that step.
    if (starts && !mayTakeFirst(req, facts, t)) {
      if (++ctx.steps > ctx.budget) return false;
      continue;
    }
    const m = matchFrom(ctx, frame, t);
    if (m) emitSequence(rule, view, m, lang, out);
    if (ctx.steps > ctx.budget) return false;
  }
  return true;
}

/** The document's mentions and role cues grouped by sentence, in document order: look-ups stay within one sentence. */
interface BySentence {
  mentions: Map<number, Mention[]>;
  roles: Map<number, RoleCue[]>;
}

function groupBySentence(doc: AnalyzedDocument): BySentence {
  const mentions = new Map<number, Mention[]>();
  const roles = new Map<number, RoleCue[]>();
  for (const m of doc.mentions) {
    const list = mentions.get(m.sentence);
    if (list) list.push(m);
    else mentions.set(m.sentence, [m]);
  }
  for (const r of doc.roles) {
    const list = roles.get(r.sentence);
    if (list) list.push(r);
    else roles.set(r.sentence, [r]);
  }
  return { mentions, roles };
}

function roleInside(roles: readonly RoleCue[] | undefined, outer: Mention, categories: readonly RoleCue['category'][]): RoleCue | undefined {
  if (roles) for (const r of roles) if (r.start >= outer.start && r.end <= outer.end && categories.includes(r.category)) return r;
  return undefined;
}

function runNested(rule: NestedRule, doc: AnalyzedDocument, views: Map<number, SentenceView>, grouped: BySentence, out: (c: Candidate) => void): void {
  for (const outer of doc.mentions) {
    if (!rule.outer.includes(outer.type)) continue;
    // A role cue or mention inside the outer span lies in its sentence.
    const role = roleInside(grouped.roles.get(outer.sentence), outer, rule.roles);
    const view = views.get(outer.sentence);
    if (!role || !view || PAST_WORDS.test(outer.text)) continue;
    for (const inner of grouped.mentions.get(outer.sentence) ?? []) {
      if (inner === outer || inner.start < outer.start || inner.end > outer.end || !rule.inner.includes(inner.type)) continue;
      if (rule.innerForm === 'adj' ? inner.via !== 'kb-adjective' : rule.innerForm === 'name' && isModifier(inner)) continue;
      const confidence = adjustedConfidence(rule.confidence, [outer, inner], 0);
      out({ type: rule.relation, source: outer.entityId, target: inner.entityId, confidence, rule: rule.id, sentence: view.sentence });
    }
  }
}

function runNamedAfter(rule: NamedAfterRule, doc: AnalyzedDocument, views: Map<number, SentenceView>, out: (c: Candidate) => void): void {
  const owners = new Map<string, Mention>();
  for (const m of doc.mentions) if (rule.ownerTypes.includes(m.type) && !owners.has(m.name)) owners.set(m.name, m);
  for (const event of doc.mentions) {
    if (!rule.eventTypes.includes(event.type)) continue;
    const suffix = rule.suffixes.find((s) => event.name.endsWith(s) && event.name.length > s.length);
    const owner = suffix ? owners.get(event.name.slice(0, -suffix.length)) : undefined;
    const view = views.get(event.sentence);
    if (!owner || !view) continue;
    const confidence = adjustedConfidence(rule.confidence, [event], 0);
    out({ type: rule.relation, source: event.entityId, target: owner.entityId, confidence, rule: rule.id, sentence: view.sentence });
  }
}

/** The rules active for a language, with their word index: compiled once per rule list and language. */
interface PlanEntry {
  active: RelationRule[];
  plan: RulePlan;
  /** Per rule index: the sequence rule compiled for matching (made on first use). */
  planned: Array<Planned | undefined>;
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
    entry = { active, plan: planRules(active), planned: [] };
    byLang.set(lang, entry);
  }
  return entry;
}

function plannedRule(entry: PlanEntry, r: number, rule: SequenceRule): Planned {
  let p = entry.planned[r];
  if (!p) {
    p = { rule, req: entry.plan.reqs[r] ?? requirementsFor(rule), frame: framesOf(rule.pattern, rule.lang) };
    entry.planned[r] = p;
  }
  return p;
}

const NO_SENTENCES: readonly number[] = [];

export interface RunOptions {
  /** Skip the prefilter: every sequence rule at every token (slow; for checking that the prefilter changes nothing). */
  exhaustive?: boolean;
}

export function runRules(doc: AnalyzedDocument, rules: readonly RelationRule[], collector: RelationCollector, options: RunOptions = {}): Warning[] {
  const warnings: Warning[] = [];
  const lang = doc.document.lang;
  const entry = planFor(rules, lang);
  const { active, plan } = entry;
  const { list: viewList, byIndex: views } = buildViews(doc);
  // sentencesOf[r]: the sentences, in order, where rule r may match at all.
  const R = active.length;
  const facts: SentenceFacts[] = new Array(viewList.length);
  const sentencesOf: number[][] = new Array(R);
  for (let v = 0; v < viewList.length; v++) {
    const view = viewList[v]!;
    const f = sentenceFacts(view, plan);
    facts[v] = f;
    view.sets = f.tokenSets;
    for (const r of f.rules) (sentencesOf[r] ??= []).push(v);
  }
  if (options.exhaustive) for (let r = 0; r < R; r++) sentencesOf[r] = viewList.map((_, v) => v);
  const out = (c: Candidate): void => collector.add(c);
  let grouped: BySentence | undefined;
  const implicit: ImplicitContext = { doc, views: viewList, byIndex: views, hasOwner: (p) => collector.hasSource(p, OWNER_RELATIONS) };
  for (let r = 0; r < active.length; r++) {
    const rule = active[r]!;
    if (rule.kind === 'implicit-owner') runImplicitOwner(rule, implicit, out);
    else if (rule.kind === 'nested') runNested(rule, doc, views, (grouped ??= groupBySentence(doc)), out);
    else if (rule.kind === 'named-after') runNamedAfter(rule, doc, views, out);
    else if (rule.kind === 'pair-anaphor')
      runPairAnaphor(rule, doc, viewList, sentencesOf[r] ?? NO_SENTENCES, (view, m) => negated(view, m, lang === 'de') || hedged(view, m, rule.relation, lang), out);
    else {
      const p = plannedRule(entry, r, rule);
      for (const v of sentencesOf[r] ?? NO_SENTENCES) {
        const view = viewList[v]!;
        const ctx: MatchContext = { view, lang: rule.lang, steps: 0, budget: STEP_BUDGET };
        if (runSequence(p, ctx, facts[v]!, options.exhaustive === true, lang, out)) continue;
        warnings.push({
          doc: doc.document.id,
          code: 'RELATION_BUDGET',
          message: `relations: rule ${rule.id} gave up on sentence ${view.sentence.index} (too many alternatives). Shorten or split that sentence.`,
        });
      }
    }
  }
  return warnings;
}
