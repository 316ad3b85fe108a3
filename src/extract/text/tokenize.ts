// Tokenizer: words (letters of any script, inner hyphens and apostrophes), numbers, quotes,
// punctuation and symbols, each with its JS string offsets into the original text. It never
// rewrites the text and never throws; whitespace produces no tokens.

import type { Token, TokenKind } from '../pipeline-types.js';

const TOKEN_RE =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:\/]\p{N}+)*)|(["„“”«»‚‘’‹›'])|([.,;:!?…()[\]{}\-–—/])|(\S)/gu;

const UPPER_RE = /^\p{Lu}/u;

function kindOf(match: RegExpExecArray): TokenKind {
  if (match[1] !== undefined) return 'word';
  if (match[2] !== undefined) return 'number';
  if (match[3] !== undefined) return 'quote';
  if (match[4] !== undefined) return 'punct';
  return 'symbol';
}

/** Tokens of text[from, to); offsets are relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null && match.index < to) {
    const value = match[0];
    const end = match.index + value.length;
    if (end > to) break;
    const kind = kindOf(match);
    tokens.push({
      text: value,
      start: match.index,
      end,
      lower: value.toLowerCase(),
      kind,
      upper: kind === 'word' && UPPER_RE.test(value),
    });
  }
  return tokens;
}

/** True when every letter of a word token is uppercase (acronyms, dateline places). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
