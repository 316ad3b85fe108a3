// The steps of coreference resolution (coref.ts): a document's person mentions, role cues and
// pronouns in quote attributions ("sagte er", "he said"), merged into text order (split off coref.ts).

import type { Mention, RoleCue, Sentence } from '../pipeline-types.js';
import type { AnalysisContext } from './context.js';
import { defineTrigger } from './word-info.js';

const DE_SPEECH = new Set(['sagte', 'sagt', 'betonte', 'betont', 'fügte', 'erklärte', 'erklärt', 'unterstrich', 'meinte', 'erinnerte', 'hob', 'teilte', 'kündigte', 'bekräftigte', 'versicherte', 'stellte', 'sprach', 'warnte', 'schrieb', 'antwortete', 'fuhr', 'ergänzte', 'bemerkte', 'sagten']);
const EN_SPEECH = new Set(['said', 'says', 'added', 'noted', 'stressed', 'told', 'explained', 'emphasized', 'emphasised', 'stated', 'recalled', 'continued', 'underlined', 'warned', 'wrote', 'replied', 'insisted', 'announced']);
const PRONOUNS = new Set(['er', 'sie', 'he', 'she']);

/** A pronoun ("er", "she"). */
const T_PRONOUN = defineTrigger((w) => PRONOUNS.has(w.lower));

function pronounAt(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.kind !== 'word' || (ctx.words[s.index]![i]!.triggers & T_PRONOUN) === 0) return false;
  const prev = s.tokens[i - 1]?.lower ?? '';
  const next = s.tokens[i + 1]?.lower ?? '';
  if (ctx.lang === 'de') return DE_SPEECH.has(prev) && prev !== 'sagten';
  return EN_SPEECH.has(next) || (EN_SPEECH.has(prev) && (t.lower === 'he' || t.lower === 'she'));
}

/** One step of the walk: a person mention, a role cue or a pronoun (token i of sentence s), at its offset. */
export type Step = { at: number; kind: 'person'; m: Mention } | { at: number; kind: 'cue'; cue: RoleCue } | { at: number; kind: 'pronoun'; s: Sentence; i: number };

/**
 * Persons, cues and pronouns in text order: what one stable sort of them all by offset gives
 * (persons, then cues, then pronouns at one offset), as a merge of the three lists, each sorted
 * (stably) only when it is out of order: mostly they come in order.
 */
export function steps(ctx: AnalysisContext): Step[] {
  const persons: Step[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const list = ctx.set.inSentence(si);
    for (let c = 0; c < list.length; c++) if (list[c]!.type === 'Person') persons.push({ at: list[c]!.start, kind: 'person', m: list[c]! });
  }
  const cues: Step[] = [];
  for (const cue of ctx.roles) cues.push({ at: cue.start, kind: 'cue', cue });
  const pronouns: Step[] = [];
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_PRONOUN) === 0) continue;
    for (let i = 0; i < s.tokens.length; i++) if (pronounAt(ctx, s, i)) pronouns.push({ at: s.tokens[i]!.start, kind: 'pronoun', s, i });
  }
  return merge(inOrder(persons), inOrder(cues), inOrder(pronouns));
}

function byOffset(a: Step, b: Step): number {
  return a.at - b.at;
}

/** The list sorted stably by offset (itself when it already is). */
function inOrder(list: Step[]): Step[] {
  for (let k = 1; k < list.length; k++) if (list[k - 1]!.at > list[k]!.at) return list.sort(byOffset);
  return list;
}

/** Merges sorted lists; at equal offsets an earlier list's step comes first. */
function merge(a: Step[], b: Step[], c: Step[]): Step[] {
  const out: Step[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length || k < c.length) {
    const x = i < a.length ? a[i]!.at : Infinity;
    const y = j < b.length ? b[j]!.at : Infinity;
    const z = k < c.length ? c[k]!.at : Infinity;
    if (x <= y && x <= z) out.push(a[i++]!);
    else if (y <= z) out.push(b[j++]!);
    else out.push(c[k++]!);
  }
  return out;
}
