// Pair-anaphor rules: "die beiden Länder" / "both countries" + a relation cue take the two entities
// named in the sentence before (or the two before): as the two ends, or with a target slot each as
// the source of a relation to what the slot binds ("Both countries belong to the OAS"). Silent when
// there are not exactly two there or when the matched sentence names one itself: a guess only where
// there is nothing to choose between. With a source slot, the one organisation (or other entity)
// named just before is the target of each mention the slot binds ("South Africa joined a year later").

import type { AnalyzedDocument } from '../pipeline-types.js';
import type { Candidate } from './collect.js';
import { matchAt, slotItems } from './matcher.js';
import type { MatchContext, SequenceMatch } from './matcher.js';
import type { PairAnaphorRule } from './pattern-types.js';
import type { SentenceView } from './sentence-view.js';

/** Steps one rule may take in one sentence, as for sequence rules. */
const STEP_BUDGET = 20_000;

function entitiesIn(doc: AnalyzedDocument, rule: PairAnaphorRule, sentence: number): Set<string> {
  const ids = new Set<string>();
  for (const m of doc.mentions) if (m.sentence === sentence && rule.types.includes(m.type)) ids.add(m.entityId);
  return ids;
}

/** The pair named just before sentence s, or undefined. */
function pairBefore(doc: AnalyzedDocument, rule: PairAnaphorRule, s: number): [string, string] | undefined {
  const ids = entitiesIn(doc, rule, s - 1);
  if (ids.size < 2 && rule.reach >= 2) for (const id of entitiesIn(doc, rule, s - 2)) ids.add(id);
  if (ids.size !== 2) return undefined;
  const [a, b] = [...ids] as [string, string];
  return [a, b];
}

/** The entities of the rule's types named in sentence s before offset `start`. */
function entitiesBefore(doc: AnalyzedDocument, rule: PairAnaphorRule, sentence: number, start: number): Set<string> {
  const ids = new Set<string>();
  for (const m of doc.mentions) if (m.sentence === sentence && m.end <= start && rule.types.includes(m.type)) ids.add(m.entityId);
  return ids;
}

/** The one entity of the rule's types named in the nearest sentence before s that names any (within reach), or undefined. */
function oneBefore(doc: AnalyzedDocument, rule: PairAnaphorRule, s: number): string | undefined {
  for (let k = s - 1; k >= 0 && k >= s - rule.reach; k--) {
    const ids = entitiesIn(doc, rule, k);
    if (ids.size === 0) continue;
    return ids.size === 1 ? [...ids][0] : undefined;
  }
  return undefined;
}

/** The one entity of the rule's types the text names before sentence s, or undefined (none, or two or more). */
function onlyBefore(doc: AnalyzedDocument, rule: PairAnaphorRule, s: number): string | undefined {
  let found: string | undefined;
  for (const m of doc.mentions) {
    if (m.sentence >= s || !rule.types.includes(m.type)) continue;
    if (found !== undefined && found !== m.entityId) return undefined;
    found = m.entityId;
  }
  return found;
}

export function runPairAnaphor(
  rule: PairAnaphorRule,
  doc: AnalyzedDocument,
  views: readonly SentenceView[],
  /** The sentences (indexes into views, ascending) that may match: all the rule's cue words are there. */
  sentences: readonly number[],
  isNegated: (view: SentenceView, m: SequenceMatch) => boolean,
  out: (c: Candidate) => void,
): void {
  for (const v of sentences) {
    const view = views[v]!;
    const s = view.sentence.index;
    // Every field matchAt sets, in the order run-rules.ts makes them: the matcher sees one shape of context.
    const ctx: MatchContext = { view, lang: rule.lang, steps: 0, budget: STEP_BUDGET, first: 0, pattern: undefined, frame: undefined, found: undefined };
    for (let t = 0; t < view.tokens.length && ctx.steps <= ctx.budget; t++) {
      const m = matchAt(ctx, rule.pattern, t);
      if (!m || isNegated(view, m)) continue;
      if (rule.source !== undefined) {
        // The one named earlier in this sentence ("BRICS was founded in 2009; South Africa joined a year later"), else before it.
        const inSentence = entitiesIn(doc, rule, s);
        const here = rule.anywhere ? inSentence : entitiesBefore(doc, rule, s, view.tokens[m.firstToken]?.start ?? 0);
        if (here.size > 1 || inSentence.size > here.size) continue;
        const target = here.size === 1 ? [...here][0] : rule.topic ? onlyBefore(doc, rule, s) : oneBefore(doc, rule, s);
        if (target === undefined) continue;
        for (const item of slotItems(m, rule.source)) {
          if (item.entityId === target) continue;
          const [from, to] = rule.reverse ? [target, item.entityId] : [item.entityId, target];
          out({ type: rule.relation, source: from, target: to, confidence: rule.confidence, rule: rule.id, sentence: view.sentence });
        }
        continue;
      }
      if (entitiesIn(doc, rule, s).size > 0) continue;
      const pair = pairBefore(doc, rule, s);
      if (!pair) continue;
      if (rule.target === undefined) {
        out({ type: rule.relation, source: pair[0], target: pair[1], confidence: rule.confidence, rule: rule.id, sentence: view.sentence });
        continue;
      }
      for (const item of slotItems(m, rule.target))
        for (const source of pair) if (source !== item.entityId) out({ type: rule.relation, source, target: item.entityId, confidence: rule.confidence, rule: rule.id, sentence: view.sentence });
    }
  }
}
