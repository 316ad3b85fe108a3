// The shared state of one document's analysis (sentences, mentions so far, roles, lexicon) and the
// word tests every unknown-name finder uses: is this token a possible part of a name?

import type { Document } from '../../types.js';
import { entityId } from '../ids.js';
import type { Lexicon } from '../model/lexicon.js';
import type { Mention, RoleCue, Sentence, Token } from '../pipeline-types.js';
import type { EntityType } from '../../types.js';
import type { Gazetteer } from './gazetteer.js';
import { isSpaceUnit } from '../text/tokenize.js';
import type { EntityRef, MentionSet } from './mention-set.js';
import { F_DE_PROPER, F_DE_WORD, F_EN_COMMON_WORD, F_MONTH, F_ROLE, F_STOP, F_WEEKDAY, T_UPPER, isDeCommonNoun, wordFlags, type WordInfo } from './word-info.js';

export type { WordInfo } from './word-info.js';

/** What resolveSurnames learnt from the full names so far (see surnames.ts). */
export interface SurnameState {
  /** Surname key (lowercased) -> entity id, or null when two persons claim it. */
  owners: Map<string, string | null>;
  /** Entity id -> its latest full-name mention (by sentence, then by order of adding). */
  refs: Map<string, Mention>;
  /** How many of MentionSet.fullNames the maps include, and MentionSet.fullNameRemovals then. */
  seen: number;
  removals: number;
  /**
   * A process-wide number that changes whenever `owners` does (a new state, or a claim that set a
   * key anew): WordInfo.surnameOwner computed under the same version is still the word's owner.
   */
  version: number;
  /** The owners' keys by first letter (a bit per letter, mod 32), for `version`. */
  starts: number;
}

export interface AnalysisContext {
  document: Document;
  lang: 'de' | 'en';
  sentences: Sentence[];
  set: MentionSet;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  roles: RoleCue[];
  /** Lowercased forms of every capitalised word in the document (for genitive stripping), built on first need. */
  forms: Set<string> | undefined;
  /** Per sentence and token: the word's WordInfo (see ./word-info.ts). */
  words: WordInfo[][];
  /** MentionSet.personChanges when resolveSurnames last finished (-1: never ran). */
  surnamesDone: number;
  /** resolveSurnames' owners of surnames and latest full names, kept from run to run (surnames.ts). */
  surnames: SurnameState | undefined;
  /** The capitalised words as (sentence, token, WordInfo.initialBit) triples (upperWordTokens), built on first need. */
  upperWords: number[] | undefined;
  /** Per sentence: the triggers (WordInfo.triggers) of its words, OR-ed (entries past the last sentence: stale). */
  masks: Int32Array;
}

/** Numbers per capitalised word in ctx.upperWords: sentence, token, WordInfo.initialBit. */
export const UPPER_STRIDE = 3;

/**
 * (sentence, token, initialBit) triples of every capitalised word token (T_UPPER; upper implies a
 * word), in text order: ctx.upperWords, built here when the analysis did not fill it. The third
 * entry is the word's WordInfo.initialBit, so that a filter by first letter reads no WordInfo.
 */
export function upperWordTokens(ctx: AnalysisContext): number[] {
  if (ctx.upperWords) return ctx.upperWords;
  const triples: number[] = [];
  for (let si = 0; si < ctx.words.length; si++) {
    if ((ctx.masks[si]! & T_UPPER) === 0) continue;
    const row = ctx.words[si]!;
    for (let i = 0; i < row.length; i++) if ((row[i]!.triggers & T_UPPER) !== 0) triples.push(si, i, row[i]!.initialBit);
  }
  return (ctx.upperWords = triples);
}

/** The WordInfo of token i of sentence s. */
export function wordInfo(ctx: AnalysisContext, s: Sentence, i: number): WordInfo {
  return ctx.words[s.index]![i]!;
}

/**
 * isEnglishCommonWord(token i's text): the word's F_EN_COMMON_WORD flag, computed once per word
 * (of its lowercase form, which lowercases to itself again, with the analysis' lexicon).
 */
export function isEnglishCommonAt(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  return (wordFlags(ctx.words[s.index]![i]!) & F_EN_COMMON_WORD) !== 0;
}

/** Token k is a name already found, in the possessive ("Microsoft's chief executive", "Bayern Munich's Harry Kane"). */
export function isPossessiveMention(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  return /['’]s$/u.test(s.tokens[k]!.text) && ctx.set.isTaken(s.index, k);
}

/** First word of the sentence, or first word after an opening quote or a colon. */
export function isSentenceInitial(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (t.kind === 'quote' || t.kind === 'symbol' || t.text === '(' || t.text === '-' || t.text === '–') continue;
    return t.text === ':';
  }
  return true;
}

/** A capitalised word that may be part of a name: no function word, month, role or common noun. */
export function isNameWord(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word' || !t.upper) return false;
  const info = wordInfo(ctx, s, i);
  const facts = (info.nameFacts ??= wordFacts(info));
  if ((facts & NOT_NAME) !== 0) return false;
  if (ctx.lang === 'de' || ctx.document.lang === 'und') {
    if ((facts & DE_NOUN) !== 0) return false;
  }
  if (ctx.lang === 'en' && (facts & EN_COMMON) !== 0 && isSentenceInitial(s, i)) return false;
  if (ctx.lang === 'de' && (facts & DE_WORD) !== 0 && isSentenceInitial(s, i)) return false;
  return true;
}

const NOT_NAME = 1;
const DE_NOUN = 2;
const EN_COMMON = 4;
const DE_WORD = 8;
/** isNameWord's tests of one word, as bits. */
function wordFacts(info: WordInfo): number {
  const flags = wordFlags(info);
  let f = 0;
  if ((flags & (F_STOP | F_MONTH | F_WEEKDAY | F_ROLE)) !== 0) f |= NOT_NAME;
  if (isDeCommonNoun(info)) f |= DE_NOUN;
  if ((flags & F_EN_COMMON_WORD) !== 0 && (flags & F_DE_PROPER) === 0) f |= EN_COMMON;
  if ((flags & F_DE_WORD) !== 0 && (flags & F_DE_PROPER) === 0) f |= DE_WORD;
  return f;
}

/** A known given name ("Alexander"): the next word may be a surname that is also a noun ("Müller"). */
export function isGivenName(ctx: AnalysisContext, t: Token): boolean {
  return t.kind === 'word' && t.upper && ctx.lexicon.deProper.has(t.lower);
}

/** The name as canonical form: whitespace normalised, genitive -s / 's of the last word removed. */
export function canonicalName(ctx: AnalysisContext, words: string[]): string {
  const out = [...words];
  const last = out[out.length - 1] ?? '';
  const possessive = endsInApostrophe(last) ? POSSESSIVE.exec(last) : null;
  if (possessive) out[out.length - 1] = possessive[1]!;
  else if (ctx.lang === 'de' && endsInSingleS(last) && (ctx.forms ??= capitalisedFormsOf(ctx)).has(last.slice(0, -1).toLowerCase())) out[out.length - 1] = last.slice(0, -1);
  const joined = out.join(' ');
  return isSpacedOnce(joined) ? joined : joined.replace(/\s+/g, ' ').trim();
}

/**
 * joined.replace(/\s+/g, ' ').trim() === joined: its only white space is single " " between other
 * characters (so for words of tokens, which hold no white space, joined by " ").
 */
export function isSpacedOnce(joined: string): boolean {
  const last = joined.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = joined.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || joined.charCodeAt(i - 1) === 32) return false;
    } else if ((c <= 32 || c >= 0x85) && isSpaceUnit(c)) return false;
  }
  return true;
}

const POSSESSIVE = /^(.+?)(['’]s?)$/u;

/** The word ends in ' or ’, or in one of them and s: only then can POSSESSIVE match. */
function endsInApostrophe(word: string): boolean {
  let c = word.charCodeAt(word.length - 1);
  if (c === 115 && word.length >= 2) c = word.charCodeAt(word.length - 2);
  return c === 39 || c === 0x2019;
}

/** /[^s]s$/u: a final s after anything but another s. */
function endsInSingleS(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115;
}

export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-‐'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The entity for a guessed name: the knowledge base's record when it has that id. */
export function refFor(ctx: AnalysisContext, type: EntityType, name: string): EntityRef {
  const known = knownRef(ctx.gazetteer, type, name);
  // A new record per call: callers may keep it (a dateline's place), the cache must stay unchanged.
  return { id: known.id, name: known.name, type: known.type };
}

/**
 * A string to keep as a process-wide cache key: V8 slices of 13+ characters point into their
 * parent, and a name sliced from a document would keep the whole text alive.
 */
export function ownKey(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** What refFor answers for a type and name, for the gazetteer `g` it was asked with. */
interface KnownRef extends EntityRef {
  g: Gazetteer;
}

/**
 * refFor's answer per type and name, once per process and gazetteer (slugging the id is the costly
 * part of a guessed mention; the knowledge-base look-up of the id comes next). Its name is the one
 * string kept here, so that the mentions of one name share it (and its hash, for later look-ups).
 */
const knownRefs = new Map<EntityType, Map<string, KnownRef>>();
let knownRefCount = 0;

function knownRef(g: Gazetteer, type: EntityType, name: string): KnownRef {
  let byName = knownRefs.get(type);
  if (!byName) knownRefs.set(type, (byName = new Map()));
  let known = byName.get(name);
  if (known === undefined) {
    if (++knownRefCount > 50000) {
      for (const m of knownRefs.values()) m.clear();
      knownRefCount = 1;
    }
    const key = ownKey(name);
    known = { id: entityId(type, key), name: key, type, g };
    refOf(known, g, type, key);
    byName.set(key, known);
  } else if (known.g !== g) refOf(known, g, type, name);
  return known;
}

/** Sets `known` to the knowledge base's record of its id in `g` (name and type), else to the guessed type and name. */
function refOf(known: KnownRef, g: Gazetteer, type: EntityType, name: string): void {
  const kb = g.byId.get(known.id);
  known.g = g;
  known.name = kb ? kb.name : ownKey(name);
  known.type = kb ? kb.type : type;
}

/** The lowercased forms of every capitalised word of the document (for genitive stripping). */
function capitalisedFormsOf(ctx: AnalysisContext): Set<string> {
  const forms = new Set<string>();
  const upper = upperWordTokens(ctx);
  for (let u = 0; u < upper.length; u += UPPER_STRIDE) forms.add(ctx.words[upper[u]!]![upper[u + 1]!]!.lower);
  return forms;
}
