// Persons who open a sentence without a role: "Mwila Banda said ...", "Luka Perišić wechselt ...",
// "Henrik Albers, der ...". Two or three capitalised words that no dictionary knows (or a known first
// name before them), followed by a lowercase word or a comma apposition. Later bare surnames join
// the full name (resolveSurnames).

import type { Sentence, Token } from '../pipeline-types.js';
import { MONTHS, STOPWORDS, WEEKDAYS } from '../model/stopwords.js';
import { isGermanCommonNoun } from '../model/lexicon.js';
import { isFirstName } from '../model/first-names.js';
import { isAllCaps } from '../text/tokenize.js';
import { isRoleWord } from './roles.js';
import { isOrgHeadWord } from './organizations.js';
import { canonicalName, isSentenceInitial, refFor, type AnalysisContext } from './context.js';
import { resolveSurnames } from './persons.js';

/** Endings of Slavic, Turkish, Caucasian, Romanian ... surnames ("Marković", "Kovalenko", "Öztürkoğlu"). */
const SURNAME_END = /(?:ić|ič|ski|ska|sky|skyi|enko|shvili|dze|yan|escu|ov|ova|ev|eva|ová|ný|czyk|wicz|oğlu|ovich|evich)$/u;
const APPOSITION_STARTS = new Set(['der', 'die', 'das', 'who', 'a', 'an', 'the', 'ein', 'eine', 'which', 'whose', 'dessen', 'deren']);

/** A word any dictionary knows (German noun or word, English common word). */
function isDictionaryWord(ctx: AnalysisContext, t: Token): boolean {
  const lex = ctx.lexicon;
  if (lex.deProper.has(t.lower)) return false;
  if (lex.deWords.has(t.lower) || isGermanCommonNoun(t.text, lex)) return true;
  const l = t.lower;
  if (lex.enCommon.has(l) || lex.enProper.has(l) && !isFirstName(l)) return true;
  // Inflected English words: "Later", "Reportedly", "Walking".
  for (const suffix of ['s', 'es', 'r', 'er', 'st', 'est', 'ly', 'd', 'ed', 'ing']) {
    if (l.length > suffix.length + 2 && l.endsWith(suffix) && lex.enCommon.has(l.slice(0, -suffix.length))) return true;
  }
  return false;
}

function isCandidateWord(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !t.upper || t.text.length < 2 || isAllCaps(t.text)) return false;
  const l = t.lower;
  return !STOPWORDS.has(l) && !MONTHS.has(l) && !WEEKDAYS.has(l) && !isRoleWord(l) && !isOrgHeadWord(l);
}

/** What follows the name: a lowercase word (a verb), or a comma and an apposition or an age. */
function isFollowedByPredicate(s: Sentence, end: number): boolean {
  const next = s.tokens[end];
  if (!next) return false;
  if (next.kind === 'word' && !next.upper) return true;
  if (next.text !== ',') return false;
  const after = s.tokens[end + 1];
  return after !== undefined && (APPOSITION_STARTS.has(after.lower) || (after.kind === 'number' && /^\d{2}$/u.test(after.text)));
}

function personAt(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  for (const n of [3, 2]) {
    const end = i + n;
    let ok = true;
    for (let k = i; k < end && ok; k++) ok = isCandidateWord(s.tokens[k]) && !ctx.set.isTaken(s.index, k);
    if (!ok || !isFollowedByPredicate(s, end)) continue;
    const words = s.tokens.slice(i, end);
    const firstKnown = isFirstName(words[0]!.lower);
    const unknown = words.filter((t) => !isDictionaryWord(ctx, t)).length;
    // Every word unknown to the dictionaries, or a known first name and the rest unknown but one.
    if (unknown === n || (firstKnown && unknown >= n - 1)) return end;
  }
  return undefined;
}

/** "... auch DJs Nikola Marković trat auf": a known first name and an unknown surname anywhere. */
function personInside(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  const first = s.tokens[i];
  const second = s.tokens[i + 1];
  if (!first?.upper || !second?.upper || second.kind !== 'word') return undefined;
  const given = isFirstName(first.lower);
  if (!given && !SURNAME_END.test(second.lower)) return undefined;
  if (!isCandidateWord(first) || !isCandidateWord(second) || ctx.set.anyTaken(s.index, i, i + 2)) return undefined;
  if (!given && isDictionaryWord(ctx, first)) return undefined;
  const prev = s.tokens[i - 1];
  if (prev?.kind === 'word' && prev.upper && isCandidateWord(prev) && !isDictionaryWord(ctx, prev) && !/^\p{Lu}{2,}s$/u.test(prev.text)) return undefined;
  if (isDictionaryWord(ctx, second)) return undefined;
  const next = s.tokens[i + 2];
  if (next && next.kind === 'word' && next.upper) return undefined;
  return i + 2;
}

export function findSentencePersons(ctx: AnalysisContext): void {
  const surnames = new Set<string>();
  const add = (s: Sentence, from: number, to: number): void => {
    const words = s.tokens.slice(from, to);
    // "Later Banda added": a word run ending in a surname already found is left to resolveSurnames.
    if (surnames.has(words[words.length - 1]!.lower) && !isFirstName(words[0]!.lower)) return;
    const name = canonicalName(ctx, words.map((t) => t.text));
    ctx.set.add(refFor(ctx, 'Person', name), s.index, from, to, 'role', { confidence: 0.6 });
    surnames.add(words[words.length - 1]!.lower);
  };
  for (const s of ctx.sentences) {
    for (let i = 0; i < Math.min(s.tokens.length, 4); i++) {
      if (!isSentenceInitial(s, i)) continue;
      const end = personAt(ctx, s, i);
      if (end !== undefined) add(s, i, end);
      break;
    }
    for (let i = 1; i < s.tokens.length - 1; i++) {
      if (isSentenceInitial(s, i)) continue;
      const end = personInside(ctx, s, i);
      if (end !== undefined) {
        add(s, i, end);
        i = end - 1;
      }
    }
  }
  if (surnames.size > 0) resolveSurnames(ctx);
}
