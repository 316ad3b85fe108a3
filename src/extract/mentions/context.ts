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
  if (STOPWORDS.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
  if (isRoleWord(t.lower)) return false;
  if (ctx.lang === 'de' || ctx.document.lang === 'und') {
    if (isGermanCommonNoun(t.text, ctx.lexicon)) return false;
  }
  if (ctx.lang === 'en' && isSentenceInitial(s, i) && isEnglishCommonWord(t.text, ctx.lexicon) && !ctx.lexicon.deProper.has(t.lower)) return false;
  if (ctx.lang === 'de' && isSentenceInitial(s, i) && ctx.lexicon.deWords.has(t.lower) && !ctx.lexicon.deProper.has(t.lower)) return false;
  return true;
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
