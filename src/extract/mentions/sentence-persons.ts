// Persons who open a sentence without a role: "Mwila Banda said ...", "Luka Perišić wechselt ...",
// "Henrik Albers, der ...". Two or three capitalised words that no dictionary knows (or a known first
// name before them), followed by a lowercase word or a comma apposition. Later bare surnames join
// the full name (resolveSurnames).

import type { Sentence } from '../pipeline-types.js';
import { isFirstName } from '../model/first-names.js';
import { NAME_PARTICLES } from '../model/stopwords.js';
import {
  F_ALL_CAPS, F_DE_PROPER, F_DE_WORD, F_EN_COMMON, F_EN_PROPER, F_FIRST_NAME, F_MONTH, F_ORG_HEAD, F_ROLE, F_STOP, F_SURNAME_END, F_WEEKDAY,
  SURNAME_END, T_UPPER, defineTrigger, isDeCommonNoun, wordFlags, type WordInfo,
} from './word-info.js';
import { UPPER_STRIDE, canonicalName, isPossessiveMention, isSentenceInitial, refFor, upperWordTokens, type AnalysisContext } from './context.js';
import { resolveSurnames } from './surnames.js';
import { ARTICLE_NAME } from './person-names.js';

/** A known first name or a word with a surname ending (personInside). */
const T_INSIDE = defineTrigger((w) => isFirstName(w.lower) || SURNAME_END.test(w.lower));

const APPOSITION_STARTS = new Set(['der', 'die', 'das', 'who', 'a', 'an', 'the', 'ein', 'eine', 'which', 'whose', 'dessen', 'deren']);

/** A word any dictionary knows (German noun or word, English common word), asked once per word. */
function isDictionaryWord(ctx: AnalysisContext, info: WordInfo): boolean {
  return (info.dictWord ??= dictionaryWord(ctx, info));
}

function dictionaryWord(ctx: AnalysisContext, info: WordInfo): boolean {
  const lex = ctx.lexicon;
  const f = wordFlags(info);
  if ((f & F_DE_PROPER) !== 0) return false;
  if ((f & F_DE_WORD) !== 0 || isDeCommonNoun(info)) return true;
  const l = info.lower;
  if ((f & F_EN_COMMON) !== 0 || ((f & F_EN_PROPER) !== 0 && (f & F_FIRST_NAME) === 0)) return true;
  // Inflected English words: "Later", "Reportedly", "Walking".
  for (const suffix of ['s', 'es', 'r', 'er', 'st', 'est', 'ly', 'd', 'ed', 'ing']) {
    if (l.length > suffix.length + 2 && l.endsWith(suffix) && lex.enCommon.has(l.slice(0, -suffix.length))) return true;
  }
  return false;
}

const NOT_CANDIDATE = F_ALL_CAPS | F_STOP | F_MONTH | F_WEEKDAY | F_ROLE | F_ORG_HEAD;

/** Token k of the sentence: a capitalised word that may be part of a person's name. */
function isCandidateWord(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !t.upper || t.text.length < 2) return false;
  return (wordFlags(ctx.words[s.index]![k]!) & NOT_CANDIDATE) === 0;
}

/** What follows the name: a lowercase word (a verb), or a comma and an apposition or an age. */
/** "Abdel Fattah al-Burhan": an Arabic article joined to a capitalised word right at `end` belongs to the name. */
function withArticleName(s: Sentence, end: number): number {
  const next = s.tokens[end];
  return next && next.kind === 'word' && ARTICLE_NAME.test(next.text) ? end + 1 : end;
}

function isFollowedByPredicate(s: Sentence, end: number): boolean {
  const next = s.tokens[end];
  if (!next) return false;
  if (next.kind === 'word' && !next.upper) return true;
  if (next.text !== ',') return false;
  const after = s.tokens[end + 1];
  return after !== undefined && (APPOSITION_STARTS.has(after.lower) || (after.kind === 'number' && /^\d{2}$/u.test(after.text)));
}

function personAt(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  const particled = particleNameAt(ctx, s, i);
  if (particled !== undefined) return particled;
  for (const n of [3, 2]) {
    const end = i + n;
    let ok = true;
    for (let k = i; k < end && ok; k++) ok = isCandidateWord(ctx, s, k) && !ctx.set.isTaken(s.index, k);
    const full = withArticleName(s, end);
    if (!ok || ctx.set.anyTaken(s.index, end, full) || !isFollowedByPredicate(s, full)) continue;
    const row = ctx.words[s.index]!;
    const firstKnown = (wordFlags(row[i]!) & F_FIRST_NAME) !== 0;
    let unknown = 0;
    // After a known first name, a word the English lists know only as a proper name is a surname ("Brad Pitt und ...").
    for (let k = i; k < end; k++) if (!isDictionaryWord(ctx, row[k]!) || (firstKnown && k > i && isProperOnly(row[k]!))) unknown++;
    // Every word unknown to the dictionaries, or a known first name and the rest unknown but one.
    if (unknown === n || (firstKnown && unknown >= n - 1)) return full;
  }
  return undefined;
}

/** "Peter van Dijk scored": a known first name, one or two lowercase particles and a surname no dictionary knows. */
function particleNameAt(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  const end = particleEnd(ctx, s, i);
  return end !== undefined && isFollowedByPredicate(s, end) ? end : undefined;
}

/** "... signed Alphonso Davies and Matthijs de Ligt": a known first name, one or two particles and an unknown surname anywhere. */
function particleInside(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  const end = particleEnd(ctx, s, i);
  if (end === undefined) return undefined;
  const prev = s.tokens[i - 1];
  const next = s.tokens[end];
  // Inside a longer run of capitalised words ("Banco Santo Antonio de Lisboa") it is no person's name.
  if ((prev?.kind === 'word' && prev.upper) || (next?.kind === 'word' && next.upper)) return undefined;
  return end;
}

/** "Peter van Dijk": a known first name at i, particles and a surname no dictionary knows; the end, or undefined. */
function particleEnd(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  const particle = s.tokens[i + 1];
  if (!particle || !NAME_PARTICLES.has(particle.text)) return undefined;
  const row = ctx.words[s.index]!;
  if ((wordFlags(row[i]!) & F_FIRST_NAME) === 0 || !isCandidateWord(ctx, s, i)) return undefined;
  let p = i + 2;
  if (NAME_PARTICLES.has(s.tokens[p]?.text ?? '')) p++;
  if (!isCandidateWord(ctx, s, p) || ctx.set.anyTaken(s.index, i, p + 1) || isDictionaryWord(ctx, row[p]!)) return undefined;
  return p + 1;
}

/** "... auch DJs Nikola Marković trat auf": a known first name and an unknown surname anywhere. */
function personInside(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  const first = s.tokens[i];
  const second = s.tokens[i + 1];
  if (second?.kind === 'word' && !second.upper) return particleInside(ctx, s, i);
  if (!first?.upper || !second?.upper || second.kind !== 'word') return undefined;
  const row = ctx.words[s.index]!;
  const given = (wordFlags(row[i]!) & F_FIRST_NAME) !== 0;
  if (!given && (wordFlags(row[i + 1]!) & F_SURNAME_END) === 0) return undefined;
  if (!isCandidateWord(ctx, s, i) || !isCandidateWord(ctx, s, i + 1) || ctx.set.anyTaken(s.index, i, i + 2)) return undefined;
  if (!given && isDictionaryWord(ctx, row[i]!)) return undefined;
  const prev = s.tokens[i - 1];
  // A name word before the pair makes a longer name, unless it is a name already found, in the possessive ("Bayern Munich's Harry Kane").
  if (prev?.kind === 'word' && prev.upper && isCandidateWord(ctx, s, i - 1) && !isDictionaryWord(ctx, row[i - 1]!) && !/^\p{Lu}{2,}s$/u.test(prev.text) && !isPossessiveMention(ctx, s, i - 1)) return undefined;
  // After a known first name, a word the English lists know only as a proper name is a surname ("Harry Kane").
  // After a known first name, so is a word that looks like a noun only by its form ("Jörg Mahler": "Mahl" + -er).
  if (isDictionaryWord(ctx, row[i + 1]!) && !(given && (isProperOnly(row[i + 1]!) || isNounByFormOnly(ctx, row[i + 1]!)))) return undefined;
  const next = s.tokens[i + 2];
  if (next && next.kind === 'word' && next.upper) return undefined;
  return ctx.set.isTaken(s.index, i + 2) ? i + 2 : withArticleName(s, i + 2);
}

/** A word no list has as such, taken for a German noun by its form (an inflection or a compound of listed words). */
function isNounByFormOnly(ctx: AnalysisContext, info: WordInfo): boolean {
  const f = wordFlags(info);
  if ((f & (F_DE_WORD | F_EN_COMMON)) !== 0 || ctx.lexicon.deNouns.has(info.lower)) return false;
  return isDeCommonNoun(info);
}

/** A word of the English proper-name list that no list knows as a common word. */
function isProperOnly(info: WordInfo): boolean {
  const f = wordFlags(info);
  return (f & F_EN_PROPER) !== 0 && (f & (F_EN_COMMON | F_DE_WORD | F_FIRST_NAME)) === 0 && !isDeCommonNoun(info);
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
  // The capitalised words (T_UPPER) as (sentence, token, initial) triples in text order: personInside
  // is tried only at those, without a look at every other token of the sentence.
  const upper = upperWordTokens(ctx);
  let u = 0;
  for (const s of ctx.sentences) {
    for (let i = 0; i < Math.min(s.tokens.length, 4); i++) {
      if (!isSentenceInitial(s, i)) continue;
      const end = personAt(ctx, s, i);
      if (end !== undefined) add(s, i, end);
      break;
    }
    // personInside needs a known first name at i or a surname ending at i + 1, both capitalised.
    if ((ctx.masks[s.index]! & T_INSIDE) === 0) continue;
    const row = ctx.words[s.index]!;
    while (u < upper.length && upper[u]! < s.index) u += UPPER_STRIDE;
    // The first token personInside may start at: 1, then the token after a name found.
    let from = 1;
    for (; u < upper.length && upper[u] === s.index; u += UPPER_STRIDE) {
      const i = upper[u + 1]!;
      if (i < from || i >= s.tokens.length - 1) continue;
      // Both capitalised (T_UPPER is Token.upper, read from the words instead of the tokens).
      // Or a capitalised word before a lowercase name particle ("Matthijs de Ligt"). Tested
      // before isSentenceInitial: most capitalised words are followed by neither.
      if ((row[i + 1]!.triggers & T_UPPER) === 0 && !NAME_PARTICLES.has(s.tokens[i + 1]!.text)) continue;
      if (isSentenceInitial(s, i)) continue;
      const end = personInside(ctx, s, i);
      if (end !== undefined) {
        add(s, i, end);
        from = end;
      }
    }
  }
  if (surnames.size > 0) resolveSurnames(ctx);
}
