// The shared state of one document's analysis (sentences, mentions so far, roles, lexicon) and the
// word tests every unknown-name finder uses: is this token a possible part of a name?

import type { Document } from '../../types.js';
import { entityId } from '../ids.js';
import { getLexicon, isEnglishCommonWord, isGermanCommonNoun, type Lexicon } from '../model/lexicon.js';
import { MONTHS, STOPWORDS, WEEKDAYS } from '../model/stopwords.js';
import type { RoleCue, Sentence, Token } from '../pipeline-types.js';
import type { EntityType } from '../../types.js';
import type { Gazetteer } from './gazetteer.js';
import type { EntityRef, MentionSet } from './mention-set.js';
import { isRoleWord } from './roles.js';

export interface AnalysisContext {
  document: Document;
  lang: 'de' | 'en';
  sentences: Sentence[];
  set: MentionSet;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  roles: RoleCue[];
  /** Lowercased forms of every capitalised word in the document (for genitive stripping). */
  forms: Set<string>;
  /** Per sentence and token: the word's WordInfo, built on first use (see wordInfo). */
  words: (WordInfo[] | undefined)[];
}

/**
 * What the finders ask about one lowercase word, each field filled in by its finder on first need.
 * One record per word for the whole process, reached by array index from the tokens (ctx.words):
 * the passes over a document look words up in no Map of their own.
 */
export interface WordInfo {
  /** isNameWord's tests as bits (NOT_NAME | DE_NOUN | EN_COMMON | DE_WORD). */
  nameFacts?: number;
  /** persons.ts: title and speech-verb bits (0: none). */
  personCue?: number;
  /** events.ts: the word ends in an event head. */
  eventWord?: boolean;
  /** organizations.ts: an organisation head ("Bank", "Wirtschaftsministerium"). */
  orgHead?: boolean;
}

const infos = new Map<string, WordInfo>();
let infosLexicon: Lexicon | undefined;

/** The WordInfo of token i of sentence s. */
export function wordInfo(ctx: AnalysisContext, s: Sentence, i: number): WordInfo {
  let row = ctx.words[s.index];
  if (!row) {
    if (infosLexicon !== ctx.lexicon || infos.size > 50000) {
      infos.clear();
      infosLexicon = ctx.lexicon;
    }
    row = ctx.words[s.index] = s.tokens.map((t) => {
      let info = infos.get(t.lower);
      if (!info) infos.set(t.lower, (info = {}));
      return info;
    });
  }
  return row[i]!;
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
  const facts = (info.nameFacts ??= wordFacts(t.lower, ctx.lexicon));
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
/** isNameWord's tests of one lowercase word, as bits. */
function wordFacts(lower: string, lex: Lexicon): number {
  let f = 0;
  if (STOPWORDS.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower) || isRoleWord(lower)) f |= NOT_NAME;
  if (isGermanCommonNoun(lower, lex)) f |= DE_NOUN;
  if (isEnglishCommonWord(lower, lex) && !lex.deProper.has(lower)) f |= EN_COMMON;
  if (lex.deWords.has(lower) && !lex.deProper.has(lower)) f |= DE_WORD;
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
  const possessive = /^(.+?)(['’]s?)$/u.exec(last);
  if (possessive) out[out.length - 1] = possessive[1]!;
  else if (ctx.lang === 'de' && /[^s]s$/u.test(last) && ctx.forms.has(last.slice(0, -1).toLowerCase())) out[out.length - 1] = last.slice(0, -1);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-‐'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The entity for a guessed name: the knowledge base's record when it has that id. */
export function refFor(ctx: AnalysisContext, type: EntityType, name: string): EntityRef {
  const id = entityId(type, name);
  const kb = ctx.gazetteer.byId.get(id);
  return kb ? { id, name: kb.name, type: kb.type } : { id, name, type };
}

export function capitalisedForms(sentences: Sentence[]): Set<string> {
  const forms = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.upper) forms.add(t.lower);
  return forms;
}
