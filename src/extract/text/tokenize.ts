// Tokenizer: words (letters of any script, inner hyphens and apostrophes), numbers, quotes,
// punctuation and symbols, each with its JS string offsets into the original text. It never
// rewrites the text and never throws; whitespace produces no tokens. A hand-written scanner over a
// character-class table: the regular-expression version was the slowest part of the extractor.

import type { Token, TokenKind } from '../pipeline-types.js';
import type { TableWord, WordTable } from './word-table.js';
import { MARK_BREAK, MARK_PARAGRAPH, MARK_QUOTE, MARK_TERMINAL, mark, type TokenMarks } from './token-marks.js';

export { WordTable, type TableWord } from './word-table.js';

const SPACE = 1;
const LETTER = 2;
const UPPER = 4;
const DIGIT = 8;
const QUOTE = 16;
const PUNCT = 32;
const JOINER = 64;
const KNOWN = 128;

let table: Uint8Array | undefined;

function classOf(ch: string): number {
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return LETTER | UPPER;
  if (/[\p{L}\p{M}]/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return DIGIT;
  let c = 0;
  if ('"„“”«»‚‘’‹›\''.includes(ch)) c |= QUOTE;
  if ('.,;:!?…()[]{}-–—/'.includes(ch)) c |= PUNCT;
  return c;
}

/** Character classes by UTF-16 code unit, filled on first sight of each character (KNOWN bit set). */
function getTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(65536);
  for (let code = 0; code < 128; code++) known(table, code);
  return table;
}

function known(t: Uint8Array, code: number): number {
  let c = t[code]!;
  if (c !== 0) return c;
  c = KNOWN | (code >= 0xd800 && code <= 0xdfff ? 0 : classOf(String.fromCharCode(code)));
  if (code === 0x2d || code === 0x2010 || code === 0x27 || code === 0x2019) c |= JOINER;
  t[code] = c;
  return c;
}

/** Class of the character at i; astral characters (surrogate pairs) are classified by code point. */
function cls(t: Uint8Array, text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return known(t, code);
  const cp = text.codePointAt(i) ?? code;
  return cp > 0xffff ? classOf(String.fromCodePoint(cp)) : 0;
}

function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * A Token made by a constructor rather than an object literal: V8 may "pretenure" a literal's
 * allocation site (allocate all its objects in the old generation) when many of its objects once
 * survived a scavenge, and then every short-lived token of every later document becomes old-space
 * garbage (frequent full collections). Constructed objects have no allocation site. The fields and
 * their order are the literal's, so a TokenRecord serialises and compares like one.
 */
class TokenRecord implements Token {
  constructor(
    public text: string,
    public start: number,
    public end: number,
    public lower: string,
    public kind: TokenKind,
    public upper: boolean,
  ) {}
}

/** FNV-1a hash of the UTF-16 units scanWord passed over (WordTable's hash of the word). */
let wordHash = 0;
/** Where the word scanWord last passed over ends (wordHash is its hash). */
let lastWordEnd = -1;
const FNV_OFFSET = -2128831035;
const FNV_PRIME = 16777619;

/** The end of the word going on at i; `h`: the FNV-1a hash of the word's units before i (the offset basis at its start). */
function scanWord(t: Uint8Array, text: string, i: number, to: number, h = FNV_OFFSET): number {
  let j = i;
  for (;;) {
    for (;;) {
      if (j >= to) break;
      const code = text.charCodeAt(j);
      if (isAsciiAlnum(code)) {
        h = Math.imul(h ^ code, FNV_PRIME);
        j++;
      } else if (code > 127 && (cls(t, text, j) & (LETTER | DIGIT)) !== 0) {
        h = Math.imul(h ^ code, FNV_PRIME);
        if (width(text, j) === 2) h = Math.imul(h ^ text.charCodeAt(++j), FNV_PRIME);
        j++;
      } else break;
    }
    if (j + 1 < to && (known(t, text.charCodeAt(j)) & JOINER) !== 0 && (cls(t, text, j + 1) & (LETTER | DIGIT)) !== 0) {
      h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
      j++;
    } else {
      wordHash = h;
      lastWordEnd = j;
      return j;
    }
  }
}

function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let j = start; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
  return h;
}

function scanNumber(t: Uint8Array, text: string, i: number, to: number): number {
  let j = i;
  for (;;) {
    while (j < to && (cls(t, text, j) & DIGIT) !== 0) j += width(text, j);
    const sep = text[j];
    if (j + 1 < to && (sep === '.' || sep === ',' || sep === ':' || sep === '/') && (cls(t, text, j + 1) & DIGIT) !== 0) j++;
    else return j;
  }
}

/** The lowercased text[from, to) and its offset `from` (text undefined: lowercase word by word). */
interface Lowered {
  text: string | undefined;
  from: number;
}

function push(tokens: Token[], text: string, start: number, end: number, kind: TokenKind, upper: boolean, lowered: Lowered): void {
  const value = text.slice(start, end);
  const lower = kind !== 'word' ? value : lowered.text !== undefined ? lowered.text.slice(start - lowered.from, end - lowered.from) : value.toLowerCase();
  tokens.push(new TokenRecord(value, start, end, lower, kind, upper));
}

/**
 * The whole text lowercased in one call, when that equals lowercasing each word by itself: every
 * character keeps its length (no "İ" -> "i̇") and no final-sigma rule looks across a word's end.
 */
function lowercasedText(text: string, from: number, to: number): Lowered {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (part.includes('İ') || part.includes('Σ')) return { text: undefined, from };
  const lower = part.toLowerCase();
  return { text: lower.length === part.length ? lower : undefined, from };
}

/** Tokens of text[from, to); offsets are relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const t = getTable();
  const tokens: Token[] = [];
  const lowered = lowercasedText(text, from, to);
  let i = from;
  while (i < to) {
    const c = cls(t, text, i);
    if ((c & SPACE) !== 0) {
      i++;
    } else if ((c & LETTER) !== 0) {
      const end = Math.max(scanWord(t, text, i, to), i + width(text, i));
      push(tokens, text, i, end, 'word', (c & UPPER) !== 0, lowered);
      i = end;
    } else if ((c & DIGIT) !== 0) {
      const end = Math.max(scanNumber(t, text, i, to), i + width(text, i));
      push(tokens, text, i, end, 'number', false, lowered);
      i = end;
    } else {
      const w = width(text, i);
      push(tokens, text, i, i + w, (c & QUOTE) !== 0 ? 'quote' : (c & PUNCT) !== 0 ? 'punct' : 'symbol', false, lowered);
      i += w;
    }
  }
  return tokens;
}

/**
 * Tokens of the whole text whose text and lowercase strings come from `table` (one pair of
 * strings per distinct token text, shared by every token that spells it); `words[k]` receives
 * token k's table entry (a reused array: entries past the last token stay as they were). The
 * tokens equal tokenize(text)'s.
 */
export function tokenizeWords<W extends TableWord>(text: string, table: WordTable<W>, words: W[]): Token[] {
  const tokens: Token[] = [];
  tokenizeWordsInto(text, table, words, tokens);
  return tokens;
}

/**
 * tokenizeWords into `tokens` (a reused array, grown as needed: entries past the returned count
 * stay as they were), so that a document's tokens need no growing array of their own. With
 * `marks`, also fills those (from count 0) for splitSentences.
 */
export function tokenizeWordsInto<W extends TableWord>(text: string, table: WordTable<W>, words: W[], tokens: Token[], marks?: TokenMarks): number {
  const t = getTable();
  let n = 0;
  const to = text.length;
  let i = 0;
  /** MARK_BREAK | MARK_PARAGRAPH of the whitespace since the last token (only with marks). */
  let gap = 0;
  if (marks) marks.count = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    const c = code < 128 ? t[code]! : cls(t, text, i);
    if ((c & SPACE) !== 0) {
      // A token never holds a line break, so one before i in the text lies in this whitespace too.
      if (code === 10 && marks) gap |= i > 0 && text.charCodeAt(i - 1) === 10 ? MARK_BREAK | MARK_PARAGRAPH : MARK_BREAK;
      i++;
      continue;
    }
    if (gap !== 0) {
      if (n > 0) mark(marks!, n - 1, gap);
      gap = 0;
    }
    // The same token boundaries as tokenize(): j > i means j >= i + width(text, i) there.
    let end: number;
    let kind: TokenKind;
    let hash = 0;
    if (code < 128 && (c & LETTER) !== 0) {
      // ASCII letters and digits only, the common case: scanned and hashed here; anything else
      // (a non-ASCII letter, a hyphen or apostrophe going on) goes on in scanWord.
      let j = i;
      let h = FNV_OFFSET;
      let ch = code;
      while (isAsciiAlnum(ch)) {
        h = Math.imul(h ^ ch, FNV_PRIME);
        if (++j >= to) break;
        ch = text.charCodeAt(j);
      }
      if (j < to && (ch > 127 || (t[ch]! & JOINER) !== 0)) {
        // scanWord goes on from j with the hash so far: from i it would pass [i, j) the same way.
        j = scanWord(t, text, j, to, h);
        h = wordHash;
      }
      end = j;
      hash = h;
      kind = 'word';
    } else if ((c & LETTER) !== 0) {
      const j = scanWord(t, text, i, to);
      end = j > i ? j : i + width(text, i);
      hash = end === lastWordEnd ? wordHash : hashRange(text, i, end);
      kind = 'word';
    } else if ((c & DIGIT) !== 0) {
      const j = scanNumber(t, text, i, to);
      end = j > i ? j : i + width(text, i);
      kind = 'number';
      if (end !== i + 1) hash = hashRange(text, i, end);
    } else {
      end = i + width(text, i);
      kind = (c & QUOTE) !== 0 ? 'quote' : (c & PUNCT) !== 0 ? 'punct' : 'symbol';
      if (end !== i + 1) hash = hashRange(text, i, end);
      else if (marks) {
        // What sentences.ts calls isTerminal (of a punct token) and the quotes quoteRegions reads.
        if (kind === 'punct' && (code === 46 || code === 33 || code === 63 || code === 0x2026)) mark(marks, n, MARK_TERMINAL);
        else if (kind === 'quote' && code !== 0x27 && code !== 0x2019) mark(marks, n, MARK_QUOTE);
      }
    }
    const isWord = kind === 'word';
    const w = end === i + 1 ? table.single(code, isWord) : table.word(text, i, end, isWord, hash);
    words[n] = w;
    const token: Token = new TokenRecord(w.text, i, end, w.lower, kind, isWord && (c & UPPER) !== 0);
    if (n < tokens.length) tokens[n] = token;
    else tokens.push(token);
    n++;
    i = end;
  }
  return n;
}

/** /\s/u.test of one UTF-16 unit (a lone surrogate is no space). */
export function isSpaceUnit(code: number): boolean {
  return code >= 0 && code <= 0xffff && (known(getTable(), code) & SPACE) !== 0;
}

/** Token.upper of every token whose text is `text` (a function of the first character alone). */
export function isUpperToken(text: string): boolean {
  return text.length > 0 && (cls(getTable(), text, 0) & UPPER) !== 0;
}

/** True when every letter of a word token is uppercase (acronyms, dateline places). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
