// Language detection by counting German and English function words. No NLP, no dictionary: short
// closed word lists are enough to tell German from English news text and to say 'und' otherwise.

import type { DocLang } from '../types.js';

const GERMAN = new Set(
  ('der die das und ist nicht mit von zu den dem des ein eine einer einem eines im auf für sich auch als ' +
    'wird wurde werden sind bei nach über aus dass wie sie er es wir zum zur noch nur oder hat haben am vom ' +
    'durch gegen unter sein seine ihre diese dieser dieses jedoch sowie bereits')
    .split(' '),
);
const ENGLISH = new Set(
  ('the and of to in is was for that with on as by at from are be has have it this which were an ' +
    'not its their his her he she they we will would been had or but after over about who said into ' +
    'also than more other such these those when while')
    .split(' '),
);

/** Minimum function-word hits, and minimum share of all words, before a language is claimed. */
const MIN_HITS = 3;
const MIN_SHARE = 0.08;

export interface LanguageScore {
  de: number;
  en: number;
  words: number;
}

/** Longer words are never function words: they are counted but not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...GERMAN, ...ENGLISH].map((w) => w.length));
/** Per UTF-16 code unit: 1 letter, 2 no letter (0: not yet classified). */
const letterTable = new Uint8Array(65536);

/** Length of the \p{L} character at i of text (0: none); astral letters are two code units. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && /\p{L}/u.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let c = letterTable[code]!;
  if (c === 0) letterTable[code] = c = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1 ? 1 : 0;
}

/** Counts the words (runs of \p{L} in the lowercased text) and the function words among them. */
export function scoreLanguage(text: string): LanguageScore {
  const score: LanguageScore = { de: 0, en: 0, words: 0 };
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    let w = letterAt(lower, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < lower.length ? letterAt(lower, i) : 0;
    }
    score.words += 1;
    if (i - start > MAX_FUNCTION_WORD) continue;
    const word = lower.slice(start, i);
    if (GERMAN.has(word)) score.de += 1;
    if (ENGLISH.has(word)) score.en += 1;
  }
  return score;
}

/** 'de' or 'en' when that language's function words clearly dominate, else 'und'. */
export function detectLanguage(text: string): DocLang {
  const { de, en, words } = scoreLanguage(text);
  const best = Math.max(de, en);
  if (best < MIN_HITS || best < words * MIN_SHARE || de === en) return 'und';
  return de > en ? 'de' : 'en';
}
