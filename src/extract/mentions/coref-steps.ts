// The steps of coreference resolution (coref.ts): a document's person mentions, role cues and
// pronouns, in quote attributions ("sagte er", "he said") or as subjects ("Er reiste", "Danach traf
// sie X", "he met"), merged into text order (split off coref.ts).

import type { Mention, RoleCue, Sentence } from '../pipeline-types.js';
import { isSentenceInitial, type AnalysisContext } from './context.js';
import { T_CLAUSE } from './clause-words.js';

const DE_SPEECH = new Set(['sagte', 'sagt', 'betonte', 'betont', 'fügte', 'erklärte', 'erklärt', 'unterstrich', 'meinte', 'erinnerte', 'hob', 'teilte', 'kündigte', 'bekräftigte', 'versicherte', 'stellte', 'sprach', 'warnte', 'schrieb', 'antwortete', 'fuhr', 'ergänzte', 'bemerkte', 'sagten']);
const EN_SPEECH = new Set(['said', 'says', 'added', 'noted', 'stressed', 'told', 'explained', 'emphasized', 'emphasised', 'stated', 'recalled', 'continued', 'underlined', 'warned', 'wrote', 'replied', 'insisted', 'announced']);
const PRONOUNS = new Set(['er', 'sie', 'he', 'she']);

/** A pronoun ("er", "she"), among other words: the trigger is shared with ./clause-words.ts (T_CLAUSE). */
const T_PRONOUN = T_CLAUSE;

/** What a pronoun is: none, in a quote attribution ("sagte er", "he said"), or another sentence's subject ("Er reiste", "Danach traf sie"). */
const NONE = 0;
const QUOTE = 1;
const SUBJECT = 2;

/**
 * Words that open a German sentence whose subject then follows the finite verb: adverbs and
 * prepositions ("Danach traf sie X", "Am Montag kam sie mit X zusammen", "In Hanoi wurde sie empfangen").
 */
const DE_INVERSION_OPENERS = new Set([
  'danach', 'dann', 'anschließend', 'später', 'zuvor', 'vorher', 'dort', 'hier', 'heute', 'gestern', 'morgen', 'zudem', 'außerdem',
  'auch', 'bereits', 'zunächst', 'zuletzt', 'damals', 'inzwischen', 'seitdem', 'deshalb', 'daher', 'trotzdem', 'dabei', 'darauf',
  'am', 'im', 'in', 'an', 'auf', 'nach', 'vor', 'bei', 'beim', 'mit', 'während', 'seit', 'um', 'ab', 'aus', 'von', 'vom', 'zum', 'zur', 'für', 'als',
]);
/** Words before "sie" that make it no subject of a singular verb: conjunctions, prepositions, relative words. */
const DE_NOT_VERB = new Set(['und', 'oder', 'aber', 'dass', 'weil', 'ob', 'wenn', 'als', 'wie', 'da', 'für', 'durch', 'gegen', 'ohne', 'um', 'auf', 'an', 'in', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'doch', 'denn', 'sondern']);

/** Subordinating conjunctions: "sie" right after one is its clause's subject ("dass sie ... wolle", "weil sie ... hält"). */
const DE_SUBORDINATORS = new Set(['dass', 'weil', 'ob', 'obwohl', 'wenn', 'nachdem', 'bevor', 'damit', 'da', 'als', 'sodass', 'falls', 'seit', 'seitdem']);
/** What ends a German subordinate clause: its finite verb is the word before. */
const DE_CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '(', ')', '-', '–', '—']);

/**
 * "dass sie ... wolle": the clause's last word is its finite verb; a singular one ("hält", "wolle",
 * not "wollen") makes "sie" one woman.
 */
function singularClauseVerb(s: Sentence, i: number): boolean {
  let last = -1;
  for (let k = i + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (DE_CLAUSE_END.has(t.text) || t.kind === 'quote') break;
    last = k;
  }
  const verb = last > i ? s.tokens[last]! : undefined;
  return !!verb && verb.kind === 'word' && verb.text === verb.lower && singular(verb.lower);
}

/** The first word token of the sentence (after quotes, brackets, a dateline's dash), or -1. */
function firstWord(s: Sentence): number {
  for (let k = 0; k < s.tokens.length; k++) if (s.tokens[k]!.kind === 'word') return k;
  return -1;
}

/**
 * German "sie" as the subject of one woman: right after a subordinating conjunction when its
 * clause ends in a singular verb ("dass sie ... wolle"), first in its sentence before a singular verb ("Sie
 * reiste", not "Sie reisten"), or right after a singular finite verb in a sentence opened by an adverb or
 * a preposition ("Danach traf sie X"; "Scholz traf sie" has her as its object).
 */
function germanSheSubject(s: Sentence, i: number): boolean {
  if (DE_SUBORDINATORS.has(s.tokens[i - 1]?.lower ?? '')) return singularClauseVerb(s, i);
  const next = s.tokens[i + 1];
  if (i === firstWord(s) && isSentenceInitial(s, i)) return !!next && next.kind === 'word' && next.text === next.lower && singular(next.lower);
  const prev = s.tokens[i - 1];
  if (!prev || prev.kind !== 'word' || prev.text !== prev.lower || DE_NOT_VERB.has(prev.lower) || !singular(prev.lower)) return false;
  const first = firstWord(s);
  return first >= 0 && first < i - 1 && DE_INVERSION_OPENERS.has(s.tokens[first]!.lower);
}

/** A German verb form that may be third person singular: not "-en"/"-n" ("reisten", "sind"). */
function singular(lower: string): boolean {
  return !lower.endsWith('n');
}

function pronounAt(ctx: AnalysisContext, s: Sentence, i: number): number {
  const t = s.tokens[i]!;
  if (t.kind !== 'word' || (ctx.words[s.index]![i]!.triggers & T_PRONOUN) === 0 || !PRONOUNS.has(t.lower)) return NONE;
  const prev = s.tokens[i - 1]?.lower ?? '';
  const next = s.tokens[i + 1]?.lower ?? '';
  if (ctx.lang === 'de') {
    if (DE_SPEECH.has(prev) && prev !== 'sagten') return QUOTE;
    // "er" is nominative wherever it stands: the subject of its clause.
    if (t.lower === 'er') return SUBJECT;
    return germanSheSubject(s, i) ? SUBJECT : NONE;
  }
  if (EN_SPEECH.has(next) || (EN_SPEECH.has(prev) && (t.lower === 'he' || t.lower === 'she'))) return QUOTE;
  // "he" and "she" are subjects wherever they stand.
  return t.lower === 'he' || t.lower === 'she' ? SUBJECT : NONE;
}

/**
 * One step of the walk: a person mention, a role cue or a pronoun (token i of sentence s), at its
 * offset; a pronoun is a quote attribution's or (subject) another clause's subject.
 */
export type Step =
  | { at: number; kind: 'person'; m: Mention }
  | { at: number; kind: 'cue'; cue: RoleCue }
  | { at: number; kind: 'pronoun'; s: Sentence; i: number; subject: boolean };

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
    const row = ctx.words[s.index]!;
    for (let i = 0; i < s.tokens.length; i++) {
      // Most words lack the trigger (shared with clause coreference): not even a call for them.
      if ((row[i]!.triggers & T_PRONOUN) === 0) continue;
      const what = pronounAt(ctx, s, i);
      if (what !== NONE) pronouns.push({ at: s.tokens[i]!.start, kind: 'pronoun', s, i, subject: what === SUBJECT });
    }
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
