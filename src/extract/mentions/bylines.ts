// Bylines and credit lines of agency copy name persons whatever the dictionaries say of their words
// ("Gray", "Payne", "Bode"): a line that is only "By Andrew Gray and Julia Payne" or "Von Anna
// Meier, dpa", and credits such as "(Reporting by Andrew Gray in Brussels; Editing by Alex
// Richardson)" or "(Bericht von Hakan Ersen, redigiert von Sabine Wollrab)". The cue and the list's
// shape are the evidence; each name needs two to four capitalised words (lowercase particles
// between them: "Peter van Dijk"). Nothing else in such a line may be left over, so that "By Monday
// the talks ..." or "Von Berlin aus ..." give nothing.

import type { Sentence } from '../pipeline-types.js';
import { NAME_PARTICLES, STOPWORDS } from '../model/stopwords.js';
import type { AnalysisContext } from './context.js';
import { addPerson } from './person-names.js';

/** Words that open a credit when "by"/"von" follows: "Reporting by", "redigiert von". */
const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'reporting', 'writing', 'editing', 'reported', 'written', 'edited', 'compiled', 'photos', 'photo', 'graphics',
  'bericht', 'redigiert', 'geschrieben', 'bearbeitet', 'redaktion', 'mitarbeit', 'übersetzt',
]);
const CUES: ReadonlySet<string> = new Set(['by', 'von']);
/** Between two names of one list. */
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'und', '&']);
/** What may end one credit inside a longer credit line ("...; Editing by ..."). */
const CREDIT_ENDS: ReadonlySet<string> = new Set([';', ')', '.']);

const PERSON_CONFIDENCE = 0.8;

/**
 * A word that may be part of a byline name: capitalised, no function word. Months stay allowed
 * ("Jan Strupczewski", "April Ryan"): a name needs two words, and the cue comes first.
 */
function isBylineWord(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && t.kind === 'word' && t.upper && t.text.length >= 2 && !STOPWORDS.has(t.lower);
}

/** Whether the tokens [from, to) are free or one person mention already (a name found before). */
function freeOrPerson(ctx: AnalysisContext, s: Sentence, from: number, to: number): boolean {
  if (!ctx.set.anyTaken(s.index, from, to)) return true;
  return ctx.set.inSentence(s.index).some((m) => m.type === 'Person' && m.tokenStart === from && m.tokenEnd === to);
}

/** End of the name that starts at token k (2-4 name words, particles between), or undefined. */
function nameEnd(s: Sentence, k: number): number | undefined {
  if (!isBylineWord(s, k)) return undefined;
  let end = k + 1;
  let words = 1;
  while (words < 4) {
    if (isBylineWord(s, end)) {
      end += 1;
      words += 1;
    } else if (NAME_PARTICLES.has(s.tokens[end]?.text ?? '') && isBylineWord(s, end + 1)) {
      end += 2;
      words += 1;
    } else break;
  }
  return words >= 2 ? end : undefined;
}

/**
 * The names of a list that starts at token k: [from, to) pairs, and the token after the list.
 * The list ends at a token that is neither a name nor a joiner.
 */
function nameList(ctx: AnalysisContext, s: Sentence, k: number): { names: Array<[number, number]>; next: number } {
  const names: Array<[number, number]> = [];
  let at = k;
  for (;;) {
    const end = nameEnd(s, at);
    if (end === undefined || !freeOrPerson(ctx, s, at, end)) break;
    names.push([at, end]);
    at = end;
    const joiner = s.tokens[at]?.lower ?? '';
    if (!JOINERS.has(joiner)) break;
    // "A, B and C": a comma and then "and".
    const skip = joiner === ',' && (s.tokens[at + 1]?.lower === 'and' || s.tokens[at + 1]?.lower === 'und') ? 2 : 1;
    if (nameEnd(s, at + skip) === undefined) break;
    at += skip;
  }
  return { names, next: at };
}

function addAll(ctx: AnalysisContext, s: Sentence, names: Array<[number, number]>): void {
  for (const [from, to] of names) if (!ctx.set.anyTaken(s.index, from, to)) addPerson(ctx, s, from, to, PERSON_CONFIDENCE);
}

/** True when tokens [k, end of sentence) are nothing but an agency or other organisation named already ("dpa", "AP"). */
function onlyOrganizationsFrom(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const n = s.tokens.length;
  if (k >= n) return true;
  if (s.tokens[k]!.text !== ',') return false;
  for (let i = k + 1; i < n; i++) {
    const t = s.tokens[i]!;
    if (t.text === ',' || t.text === '/') continue;
    if (!ctx.set.isTaken(s.index, i)) return false;
    if (!ctx.set.inSentence(s.index).some((m) => m.type === 'Organization' && m.tokenStart <= i && i < m.tokenEnd)) return false;
  }
  return true;
}

/** "By Andrew Gray and Julia Payne", "Von Anna Meier, dpa": the whole sentence is the byline. */
function lineByline(ctx: AnalysisContext, s: Sentence): void {
  const first = s.tokens[0];
  if (!first || !first.upper || !CUES.has(first.lower)) return;
  const { names, next } = nameList(ctx, s, 1);
  if (names.length > 0 && onlyOrganizationsFrom(ctx, s, next)) addAll(ctx, s, names);
}

/** "(Reporting by X in Brussels; Editing by Y)", "(Bericht von X, redigiert von Y)". */
function credits(ctx: AnalysisContext, s: Sentence): void {
  const tokens = s.tokens;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!CREDIT_WORDS.has(tokens[k]!.lower) || !CUES.has(tokens[k + 1]!.lower)) continue;
    const { names, next } = nameList(ctx, s, k + 2);
    const after = tokens[next];
    // The list ends the credit: a bracket, semicolon or full stop, the end, a place ("in Brussels"), or the next credit.
    const ends = !after || CREDIT_ENDS.has(after.text) || after.lower === 'in' || after.lower === 'aus' || (after.text === ',' && CREDIT_WORDS.has(tokens[next + 1]?.lower ?? ''));
    if (names.length > 0 && ends) addAll(ctx, s, names);
  }
}

/** Credit lines stand in brackets or open with a credit word ("Reporting by ..."), mostly last: no word trigger needed. */
function mayBeCredit(ctx: AnalysisContext, s: Sentence): boolean {
  const first = s.tokens[0];
  return first !== undefined && (first.text === '(' || CREDIT_WORDS.has(first.lower) || s.index === ctx.sentences.length - 1);
}

export function findBylines(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    lineByline(ctx, s);
    if (mayBeCredit(ctx, s)) credits(ctx, s);
  }
}
