// What a sequence match gives: its relation type (by the role it bound, for some rules), unless a
// negation, "former" or a hedge ("möchte", "may") in or next to it says it states no fact; then a
// relation between each source and target it bound, with the confidence the pair earns (run-rules.ts).

import type { DocLang, RelationType } from '../../types.js';
import type { Mention } from '../pipeline-types.js';
import { CLAUSE_BREAKS, CONTRASTS, FORMER, HEDGED_RELATIONS, HEDGES, INVITING, LIST_JOINERS, NEGATIONS } from '../model/relation-cues.js';
import type { RelationCollector } from './collect.js';
import { boundRole, slotItems, slotOne } from './matcher.js';
import type { SequenceMatch } from './matcher.js';
import { pairConfidence } from './nested-rules.js';
import type { SequenceRule } from './pattern-types.js';
import { tokenIn, tokenWords } from './sentence-view.js';
import type { SentenceView, TokenWords } from './sentence-view.js';
import { ID_BITS } from './word-index.js';
import { literalSet } from './word-sets.js';

const NEGATED = tokenWords(NEGATIONS);
const CONTRAST = tokenWords(CONTRASTS);
const PAST = tokenWords(FORMER);
const CLAUSE_END = tokenWords([...LIST_JOINERS, ...CLAUSE_BREAKS, 'oder', 'or']);

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
const STATIC = new Set<RelationType>(['HELD_IN', 'LOCATED_IN', 'CAPITAL_OF', 'PART_OF', 'ORGANIZED_BY', 'LEADER_OF', 'CITIZEN_OF']);

const HEDGE_LISTS = { de: [HEDGE_WORDS.de], en: [HEDGE_WORDS.en], any: [HEDGE_WORDS.de, HEDGE_WORDS.en] };

/** A wish or possibility inside the match of a relation type that then states no fact. */
export function hedged(view: SentenceView, m: SequenceMatch, type: RelationType, lang: DocLang): boolean {
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

/**
 * A visit that is only offered: a verb of inviting before or in the match, or as the participle right
 * after it ("lud X zu einem Besuch nach Y ein", "wurde zu einem Besuch nach Y eingeladen").
 */
function invited(view: SentenceView, m: SequenceMatch): boolean {
  const set = literalSet(INVITING);
  for (let t = 0, end = Math.min(view.tokens.length - 1, m.lastToken + 2); t <= end; t++) {
    const tok = view.tokens[t];
    if (tok && tok.kind === 'word' && set.has(tok.lower)) return true;
  }
  return false;
}

/** A word of `words` ("x*", "*x" forms too: word-sets.ts, compiled once per list) in the match. */
function hasAny(view: SentenceView, m: SequenceMatch, words: readonly string[]): boolean {
  const set = literalSet(words);
  for (let t = m.firstToken; t <= m.lastToken; t++) {
    const tok = view.tokens[t];
    if (tok && tok.kind === 'word' && set.has(tok.lower)) return true;
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
export function emitSequence(rule: SequenceRule, view: SentenceView, m: SequenceMatch, lang: DocLang, anyBits: number, collector: RelationCollector): void {
  const type = relationOf(rule, m);
  if (!type) return;
  if (!rule.past && mayHave(anyBits, NEGATION_BITS) && negated(view, m, lang === 'de' && !STATIC.has(type))) return;
  if (mayHave(anyBits, HEDGE_BITS) && hedged(view, m, type, lang)) return;
  if (rule.unless && hasAny(view, m, rule.unless)) return;
  if (rule.notAfter && m.firstToken > 0 && literalSet(rule.notAfter).has(view.tokens[m.firstToken - 1]!.lower)) return;
  if (type === 'VISITED' && invited(view, m)) return;
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
