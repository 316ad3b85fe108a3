// Token marks: the few tokens the sentence splitter must look at (sentence-ending punctuation,
// quotation marks, line breaks after a token), noted by tokenizeWordsInto while it tokenizes, so
// that splitSentences need not walk every token again (split off tokenize.ts).

/** TokenMarks bits: a sentence-ending punctuation token (. ! ? …). */
export const MARK_TERMINAL = 1;
/** A quotation mark other than ' and ’ (the ones quoteRegions looks at). */
export const MARK_QUOTE = 2;
/** A line break lies between this token and the next one. */
export const MARK_BREAK = 4;
/** Two line breaks in a row ("\n\n") lie between this token and the next one. */
export const MARK_PARAGRAPH = 8;

/**
 * The few tokens the sentence splitter must look at, found while tokenizing: `tokens[k]` for
 * k < count, in token order, each with its MARK_* bits in `bits[k]` (typed arrays reused from
 * document to document, grown as needed). Every other token is a word, number or other symbol with
 * no line break after it, where no sentence or quotation can end or start.
 */
export interface TokenMarks {
  tokens: Int32Array;
  bits: Uint8Array;
  count: number;
}

export function newTokenMarks(): TokenMarks {
  return { tokens: new Int32Array(256), bits: new Uint8Array(256), count: 0 };
}

/** ORs `bits` into token k's marks; k is the last marked token or comes after it. */
export function mark(marks: TokenMarks, k: number, bits: number): void {
  const n = marks.count;
  if (n > 0 && marks.tokens[n - 1] === k) {
    marks.bits[n - 1]! |= bits;
    return;
  }
  if (n === marks.tokens.length) {
    const tokens = new Int32Array(2 * n);
    tokens.set(marks.tokens);
    const more = new Uint8Array(2 * n);
    more.set(marks.bits);
    marks.tokens = tokens;
    marks.bits = more;
  }
  marks.tokens[n] = k;
  marks.bits[n] = bits;
  marks.count = n + 1;
}
