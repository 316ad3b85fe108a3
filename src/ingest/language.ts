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

export function scoreLanguage(text: string): LanguageScore {
  const score: LanguageScore = { de: 0, en: 0, words: 0 };
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    score.words += 1;
    if (GERMAN.has(match[0])) score.de += 1;
    if (ENGLISH.has(match[0])) score.en += 1;
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
