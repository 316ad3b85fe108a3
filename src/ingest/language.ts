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
  return scoreInPlace(text) ?? scoreLowered(text);
}

/** scoreLanguage by its definition: the text lowercased in one piece, then scanned. */
function scoreLowered(text: string): LanguageScore {
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

// The same count without lowercasing the text or slicing words: each character is lowercased by
// itself (a table per UTF-16 unit), which equals lowercasing the whole text unless a character
// changes length ("İ") or depends on its neighbours (final sigma), or is a surrogate: then
// scoreInPlace gives up and the text is lowercased after all. Short words become a number (5 bits
// per character of the function words' alphabet) looked up in one map.

/** Per UTF-16 unit: 0 unknown, -1 give up, else (its lowercase unit + 1) << 1 | (1 when that is a letter). */
const lowerTable = new Int32Array(65536);
/** Per lowercase unit: its index (1..31) in the function words' alphabet, 0 when none uses it. */
const alphabet = new Uint8Array(65536);
let alphabetSize = 0;

function keyChar(code: number): number {
  let a = alphabet[code]!;
  if (a === 0) {
    a = alphabet[code] = ++alphabetSize;
  }
  return a;
}

// The function words by key, in an open-addressing table: `head`, the first six characters' indexes
// (5 bits each, a small integer), and `tail`, the seventh's (0: none); `bits` 1 German, 2 English.
const SLOTS = 1024;
const slotHead = new Int32Array(SLOTS);
const slotTail = new Uint8Array(SLOTS);
const slotBits = new Uint8Array(SLOTS);

function slotOf(head: number, tail: number): number {
  return (Math.imul(head ^ (tail << 27), 0x9e3779b1) >>> 22) & (SLOTS - 1);
}

/** 1 German, 2 English, 3 both, 0 neither. */
function functionWordBits(head: number, tail: number): number {
  for (let idx = slotOf(head, tail); slotHead[idx] !== 0; idx = (idx + 1) & (SLOTS - 1)) if (slotHead[idx] === head && slotTail[idx] === tail) return slotBits[idx]!;
  return 0;
}

let usable = true;
function noteFunctionWord(word: string, bit: number): void {
  if (word.length > 7 || word.length === 0) return void (usable = false);
  let head = 0;
  for (let k = 0; k < Math.min(word.length, 6); k++) head |= keyChar(word.charCodeAt(k)) << (5 * k);
  const tail = word.length === 7 ? keyChar(word.charCodeAt(6)) : 0;
  let idx = slotOf(head, tail);
  while (slotHead[idx] !== 0 && (slotHead[idx] !== head || slotTail[idx] !== tail)) idx = (idx + 1) & (SLOTS - 1);
  slotHead[idx] = head;
  slotTail[idx] = tail;
  slotBits[idx] = slotBits[idx]! | bit;
}
for (const w of GERMAN) noteFunctionWord(w, 1);
for (const w of ENGLISH) noteFunctionWord(w, 2);
/** More than 31 characters would not fit 5 bits, a word over 7 not the key: then always the plain way. */
const IN_PLACE = usable && alphabetSize <= 31 && MAX_FUNCTION_WORD <= 7 && GERMAN.size + ENGLISH.size < SLOTS / 2;

/**
 * Per UTF-16 unit, what the scan needs (computed on first sight; lowerTable's): -1 give up; 1 no
 * letter once lowercased; else a letter: 3 | (index of its lowercase in the alphabet, 0 none) << 2.
 */
const charTable = new Int32Array(65536);

function charEntry(code: number): number {
  let e = lowerTable[code]!;
  if (e === 0) {
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) e = -1;
    else {
      const lower = String.fromCharCode(code).toLowerCase();
      if (lower.length !== 1) e = -1;
      else {
        const lc = lower.charCodeAt(0);
        e = ((lc + 1) << 1) | (letterAt(lower, 0) === 1 ? 1 : 0);
      }
    }
    lowerTable[code] = e;
  }
  const c = e === -1 ? -1 : (e & 1) === 0 ? 1 : 3 | (alphabet[(e >> 1) - 1]! << 2);
  charTable[code] = c;
  return c;
}

function scoreInPlace(text: string): LanguageScore | undefined {
  if (!IN_PLACE) return undefined;
  let de = 0;
  let en = 0;
  let words = 0;
  let len = 0;
  let head = 0;
  let tail = 0;
  let keyed = true;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let c = 1;
    if (i < n) {
      const code = text.charCodeAt(i);
      c = charTable[code]!;
      if (c === 0) c = charEntry(code);
      if (c === -1) return undefined;
    }
    if ((c & 2) !== 0) {
      if (len < MAX_FUNCTION_WORD && keyed) {
        const a = c >> 2;
        if (a === 0) keyed = false;
        else if (len < 6) head |= a << (5 * len);
        else tail = a;
      }
      len++;
      continue;
    }
    if (len === 0) continue;
    words++;
    if (keyed && len <= MAX_FUNCTION_WORD) {
      const bits = functionWordBits(head, tail);
      if ((bits & 1) !== 0) de++;
      if ((bits & 2) !== 0) en++;
    }
    len = 0;
    head = 0;
    tail = 0;
    keyed = true;
  }
  return { de, en, words };
}

/** 'de' or 'en' when that language's function words clearly dominate, else 'und'. */
export function detectLanguage(text: string): DocLang {
  const { de, en, words } = scoreLanguage(text);
  const best = Math.max(de, en);
  if (best < MIN_HITS || best < words * MIN_SHARE || de === en) return 'und';
  return de > en ? 'de' : 'en';
}
