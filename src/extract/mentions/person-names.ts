// Name runs of unknown persons, shared by the person finders of persons.ts: where a name starting
// at a token ends ("Peter van Dijk", "C.C. Wei", "Khalid al-Falih", "Mark Schober"), where one ending
// before a token starts, and the Person mention it makes.

import type { Sentence } from '../pipeline-types.js';
import { NAME_PARTICLES, STOPWORDS } from '../model/stopwords.js';
import { isRoleWord } from './roles.js';
import { isAllCaps } from '../text/tokenize.js';
import { isOrgHeadWord } from './organizations.js';
import { isCompanyDescriptor } from './described-orgs.js';
import { canonicalName, isGivenName, isNameWord, refFor, wordInfo, type AnalysisContext } from './context.js';
import { F_FIRST_NAME, wordFlags } from './word-info.js';

/** "al-Falih", "el-Sisi", "ad-Din": an Arabic article, a hyphen and a capitalised word (one token). */
export const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\p{Lu}\p{Ll}/u;

/** The name run starting at token i: [end, confidence] or undefined. */
export function nameRun(ctx: AnalysisContext, s: Sentence, i: number, minWords: number): number | undefined {
  let end = i;
  let words = 0;
  while (end < s.tokens.length && words < 4) {
    const t = s.tokens[end]!;
    if (ctx.set.isTaken(s.index, end)) break;
    // "von der Leyen": a particle only when a free name word follows ("Pablo Ruiz von Betis Sevilla": a club follows).
    // "de la Fuente": a particle may follow a particle.
    const particle = words > 0 && NAME_PARTICLES.has(t.lower) && !ctx.set.isTaken(s.index, end + 1) &&
      (isNameWord(ctx, s, end + 1) || (NAME_PARTICLES.has(s.tokens[end + 1]?.lower ?? '') && !ctx.set.isTaken(s.index, end + 2) && isNameWord(ctx, s, end + 2)));
    // "Khalid al-Falih": an Arabic article joined to a capitalised name word.
    if (words > 0 && !particle && t.kind === 'word' && ARTICLE_NAME.test(t.text)) {
      words++;
      end++;
      continue;
    }
    const initials = words === 0 ? initialsEnd(s, end) : end;
    if (initials > end && isNameWord(ctx, s, initials)) {
      end = initials;
      continue;
    }
    if (words === 0 && !particle && isGivenPosition(ctx, s, end)) {
      words++;
      end++;
      continue;
    }
    const surnameNoun = words === 1 && isSurnameNoun(ctx, s, end);
    if (!particle && !isNameWord(ctx, s, end) && !surnameNoun) break;
    if (!particle) words++;
    end++;
  }
  if (words < minWords) return undefined;
  // A name never ends in a particle.
  while (end > i + 1 && NAME_PARTICLES.has(s.tokens[end - 1]!.lower)) end--;
  return end;
}

/** "C.C. Wei", "J. R. Smith": the end of the one-letter initials with their periods at k (k itself when none). */
function initialsEnd(s: Sentence, k: number): number {
  let p = k;
  while (p + 1 < s.tokens.length && p - k < 6) {
    const t = s.tokens[p]!;
    if (t.kind !== 'word' || t.text.length !== 1 || !t.upper || s.tokens[p + 1]!.text !== '.' || s.tokens[p + 1]!.start !== t.end) break;
    p += 2;
  }
  return p;
}

/** "Klaus Brenner", "Park Ji-hoon": a first word that is also a noun, before a name word. */
function isGivenPosition(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (t.kind !== 'word' || !t.upper || ctx.set.isTaken(s.index, k) || isNameWord(ctx, s, k)) return false;
  if (STOPWORDS.has(t.lower) || isRoleWord(t.lower)) return false;
  // "das belgische Unternehmen Umicore", "der Chemiekonzern Umicore": the noun says what the name is.
  if (isCompanyDescriptor(t.lower, 'de') || isOrgHeadWord(t.lower)) return false;
  const next = s.tokens[k + 1];
  if (!next || ctx.set.isTaken(s.index, k + 1) || isAllCaps(next.text)) return false;
  const given = isGiven(ctx, s, k);
  if (!given && !ctx.lexicon.deNouns.has(t.lower)) return false;
  return isNameWord(ctx, s, k + 1) || (given && isSurnameNoun(ctx, s, k + 1));
}

/** A first name by the German proper-name list or the first-name data ("Mark Schober": "Mark" is a noun too). */
function isGiven(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  return isGivenName(ctx, s.tokens[k]!) || (wordFlags(wordInfo(ctx, s, k)) & F_FIRST_NAME) !== 0;
}

/** "Helena Vogt", "Thomas Müller": a surname that is also a noun, after a first name, before a lowercase word. */
function isSurnameNoun(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  const next = s.tokens[k + 1];
  if (t.kind !== 'word' || !t.upper || (next && next.upper) || ctx.set.isTaken(s.index, k)) return false;
  return isGiven(ctx, s, k - 1) || ctx.lexicon.deNouns.has(t.lower);
}

export function addPerson(ctx: AnalysisContext, s: Sentence, from: number, to: number, confidence: number): void {
  const words: string[] = [];
  // "Stanbic IBTC": an acronym beside ordinary words makes an organisation, not a person.
  let caps = 0;
  for (let k = from; k < to; k++) {
    const w = s.tokens[k]!.text;
    // "C.C. Wei": tokens without a space between them are one word.
    if (k > from && s.tokens[k]!.start === s.tokens[k - 1]!.end) words[words.length - 1] += w;
    else words.push(w);
    if (w.length >= 2 && isAllCaps(w)) caps++;
  }
  if (caps > 0 && caps < to - from) return;
  // "the Electoral Commission said": an organisation's head word never ends a person's name.
  if (isOrgHeadWord(s.tokens[to - 1]!.lower)) return;
  const name = canonicalName(ctx, words);
  ctx.set.add(refFor(ctx, 'Person', name), s.index, from, to, 'role', { confidence });
}


/** Start of the 2-4 free name words right before token `end` ("Jane Doe"), lowercase particles between them ("Peter van Dijk"); `end` when none. */
export function nameStartBefore(ctx: AnalysisContext, s: Sentence, end: number): number {
  let from = end;
  while (from > 0 && end - from < 4 && !ctx.set.isTaken(s.index, from - 1)) {
    // A first name that is also a word opens the sentence ("Marina Ngirmang, Palau's ambassador, said").
    const firstName = from - 1 === 0 && from < end && s.tokens[0]!.upper && (wordFlags(wordInfo(ctx, s, 0)) & F_FIRST_NAME) !== 0;
    if (isNameWord(ctx, s, from - 1) || firstName || (from > 1 && from < end && NAME_PARTICLES.has(s.tokens[from - 1]!.text) && isNameWord(ctx, s, from - 2) && !ctx.set.isTaken(s.index, from - 2))) from--;
    else break;
  }
  return from;
}
