// Runs the relation rules over an analysed document: sequence rules per sentence and start token,
// nested rules over mentions that contain other mentions, named-after rules over event names.
// Drops negated matches; lowers confidence for coreference, guessed entities and long gaps.

import type { DocLang, RelationType, Warning } from '../../types.js';
import type { AnalyzedDocument, Mention, RoleCue } from '../pipeline-types.js';
import { CLAUSE_BREAKS, CONTRASTS, FORMER, HEDGED_RELATIONS, HEDGES, LIST_JOINERS, NEGATIONS } from '../model/relation-cues.js';
import type { Candidate, RelationCollector } from './collect.js';
import { boundRole, matchAt, slotItems } from './matcher.js';
import { mayStartWith, planRules, prepareRules, requirementsFor, sentenceFacts } from './prefilter.js';
import type { RulePlan, SentenceFacts } from './prefilter.js';
import type { MatchContext, SequenceMatch } from './matcher.js';
import type { NamedAfterRule, NestedRule, RelationRule, SequenceRule } from './pattern-types.js';
import { buildViews, isModifier } from './sentence-view.js';
import { runImplicitOwner } from './implicit.js';
import { runPairAnaphor } from './pair-anaphor.js';
import type { ImplicitContext } from './implicit.js';
import type { SentenceView } from './sentence-view.js';

const NEGATED = new Set(NEGATIONS);
const CONTRAST = new Set(CONTRASTS);
const PAST = new Set(FORMER);
const CLAUSE_END = new Set([...LIST_JOINERS, ...CLAUSE_BREAKS, 'oder', 'or']);
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

/**
 * A negation inside the match or right next to it ("kein Handel zwischen", "unterstützt Belarus nicht"),
 * or "former" just before it ("der ehemalige belarussische Präsident X").
 */
export function negated(view: SentenceView, m: SequenceMatch, lateNegation: boolean): boolean {
  // "kein Mitglied der NATO, aber Mitglied der EU": a negation before a contrast in the match stays in its clause.
  let from = m.firstToken;
  for (let t = m.lastToken; t > m.firstToken; t--) if (CONTRAST.has(view.tokens[t]?.lower ?? '')) {
    from = t + 1;
    break;
  }
  for (let t = from; t <= m.lastToken; t++) if (NEGATED.has(view.tokens[t]?.lower ?? '')) return true;
  if (from === m.firstToken && NEGATED.has(view.tokens[m.firstToken - 1]?.lower ?? '')) return true;
  for (let t = m.firstToken - 1; t >= m.firstToken - 2; t--) {
    const tok = view.tokens[t];
    if (!tok || tok.kind === 'punct') break;
    if (PAST.has(tok.lower)) return true;
  }
  // The rest of a German clause: "nicht" comes late ("tritt beim Festival nicht auf"). It negates
  // the verb, not the places and names a preposition or apposition states ("beim Festival in Basel").
  if (!lateNegation) return false;
  for (let t = m.lastToken + 1; t <= m.lastToken + 6; t++) {
    const tok = view.tokens[t];
    if (!tok || tok.kind === 'punct' || tok.kind === 'quote' || CLAUSE_END.has(tok.lower)) break;
    if (NEGATED.has(tok.lower)) return true;
  }
  return false;
}

const HEDGE_WORDS = { de: new Set<string>(HEDGES.de), en: new Set<string>(HEDGES.en) };
const HEDGED = new Set(HEDGED_RELATIONS);
const OWNER_RELATIONS = new Set<RelationType>(['LEADER_OF', 'WORKS_FOR', 'CHAIRS']);
const STATIC = new Set<RelationType>(['HELD_IN', 'LOCATED_IN', 'CAPITAL_OF', 'PART_OF', 'ORGANIZED_BY', 'LEADER_OF', 'CITIZEN_OF']);

/** A wish or possibility inside the match of a relation type that then states no fact. */
function hedged(view: SentenceView, m: SequenceMatch, type: RelationType, lang: DocLang): boolean {
  if (!HEDGED.has(type)) return false;
  const sets = lang === 'de' ? [HEDGE_WORDS.de] : lang === 'en' ? [HEDGE_WORDS.en] : [HEDGE_WORDS.de, HEDGE_WORDS.en];
  for (let t = m.firstToken; t <= m.lastToken; t++) {
    const tok = view.tokens[t];
    // Lowercase in the text only: "May" (the month) is no hedge.
    if (!tok || tok.text !== tok.lower) continue;
    for (const set of sets) if (set.has(tok.lower)) return true;
  }
  return false;
}

function relationOf(rule: SequenceRule, m: SequenceMatch): RelationType | undefined {
  if (!rule.byRole) return rule.relation;
  const category = boundRole(m, rule.byRole.bind);
  return category ? rule.byRole.map[category] : undefined;
}

function emitSequence(rule: SequenceRule, view: SentenceView, m: SequenceMatch, lang: DocLang, out: (c: Candidate) => void): void {
  const type = relationOf(rule, m);
  const sources = slotItems(m, rule.source);
  const targets = slotItems(m, rule.target);
  if (!type || negated(view, m, lang === 'de' && !STATIC.has(type)) || hedged(view, m, type, lang)) return;
  const pairs: Array<[Mention, Mention]> = [];
  if (rule.source === rule.target) {
    for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push([sources[i]!, sources[j]!]);
  } else for (const s of sources) for (const t of targets) pairs.push([s, t]);
  for (const [s, t] of pairs) {
    const confidence = adjustedConfidence(rule.confidence, [s, t], m.gapTokens);
    out({ type, source: s.entityId, target: t.entityId, confidence, rule: rule.id, sentence: view.sentence });
  }
}

function runSequence(rule: SequenceRule, view: SentenceView, facts: SentenceFacts | undefined, lang: DocLang, out: (c: Candidate) => void): boolean {
  const req = requirementsFor(rule);
  const ctx: MatchContext = { view, lang: rule.lang, steps: 0, budget: STEP_BUDGET };
  for (let t = 0; t < view.tokens.length; t++) {
    if (facts && !mayStartWith(req, facts, t)) continue;
    const m = matchAt(ctx, rule.pattern, t);
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

function runNested(rule: NestedRule, doc: AnalyzedDocument, views: Map<number, SentenceView>, grouped: BySentence, out: (c: Candidate) => void): void {
  for (const outer of doc.mentions) {
    if (!rule.outer.includes(outer.type) || PAST_WORDS.test(outer.text)) continue;
    const inside = (s: number, e: number): boolean => s >= outer.start && e <= outer.end;
    // A role cue or mention inside the outer span lies in its sentence.
    const role = grouped.roles.get(outer.sentence)?.find((r) => inside(r.start, r.end) && rule.roles.includes(r.category));
    const view = views.get(outer.sentence);
    if (!role || !view) continue;
    for (const inner of grouped.mentions.get(outer.sentence) ?? []) {
      if (inner === outer || !inside(inner.start, inner.end) || !rule.inner.includes(inner.type)) continue;
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
const plans = new WeakMap<readonly RelationRule[], Map<DocLang, { active: RelationRule[]; plan: RulePlan }>>();

function planFor(rules: readonly RelationRule[], lang: DocLang): { active: RelationRule[]; plan: RulePlan } {
  let byLang = plans.get(rules);
  if (!byLang) {
    // The word index must be complete before any sentence's facts are computed.
    prepareRules(rules.filter((r): r is SequenceRule => r.kind === 'sequence'));
    byLang = new Map();
    plans.set(rules, byLang);
  }
  let entry = byLang.get(lang);
  if (!entry) {
    const active = rules.filter((r) => r.lang === 'any' || lang === 'und' || r.lang === lang);
    entry = { active, plan: planRules(active) };
    byLang.set(lang, entry);
  }
  return entry;
}

export interface RunOptions {
  /** Skip the prefilter: every sequence rule at every token (slow; for checking that the prefilter changes nothing). */
  exhaustive?: boolean;
}

export function runRules(doc: AnalyzedDocument, rules: readonly RelationRule[], collector: RelationCollector, options: RunOptions = {}): Warning[] {
  const warnings: Warning[] = [];
  const lang = doc.document.lang;
  const { active, plan } = planFor(rules, lang);
  const viewList = buildViews(doc);
  const views = new Map(viewList.map((v) => [v.sentence.index, v]));
  // Per sentence v and rule r, candidates[v * R + r] = 1 when the rule may match there at all.
  const R = active.length;
  const candidates = new Uint8Array(viewList.length * R);
  const facts = viewList.map((view, v) => sentenceFacts(view, plan, candidates, v * R));
  if (options.exhaustive) candidates.fill(1);
  const out = (c: Candidate): void => collector.add(c);
  let grouped: BySentence | undefined;
  const implicit: ImplicitContext = { doc, views: viewList, byIndex: views, hasOwner: (p) => collector.hasSource(p, OWNER_RELATIONS) };
  for (let r = 0; r < active.length; r++) {
    const rule = active[r]!;
    if (rule.kind === 'implicit-owner') runImplicitOwner(rule, implicit, out);
    else if (rule.kind === 'nested') runNested(rule, doc, views, (grouped ??= groupBySentence(doc)), out);
    else if (rule.kind === 'named-after') runNamedAfter(rule, doc, views, out);
    else if (rule.kind === 'pair-anaphor')
      runPairAnaphor(rule, doc, viewList, (view, m) => negated(view, m, lang === 'de') || hedged(view, m, rule.relation, lang), out);
    else
      for (let v = 0; v < viewList.length; v++) {
        const view = viewList[v]!;
        if (candidates[v * R + r] !== 1 || runSequence(rule, view, options.exhaustive ? undefined : facts[v], lang, out)) continue;
        warnings.push({
          doc: doc.document.id,
          code: 'RELATION_BUDGET',
          message: `relations: rule ${rule.id} gave up on sentence ${view.sentence.index} (too many alternatives). Shorten or split that sentence.`,
        });
      }
  }
  return warnings;
}
