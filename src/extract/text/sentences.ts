// Sentence splitter over tokens. Ends a sentence at . ! ? (with closing quotes) unless the period
// belongs to an abbreviation, an initial, a German ordinal ("am 3. Juli", "der 2. Weltkrieg") or
// a decimal; a line break always ends one. Marks sentences that lie (partly) inside quotation marks.

import type { Sentence, Token } from '../pipeline-types.js';
import { ABBREVIATIONS, MONTHS, ORDINAL_LEADS, STOPWORDS } from '../model/stopwords.js';
import { isSpaceUnit, tokenize } from './tokenize.js';
import { MARK_BREAK, MARK_PARAGRAPH, MARK_QUOTE, MARK_TERMINAL, type TokenMarks } from './token-marks.js';

const TERMINAL = new Set(['.', '!', '?', '…']);

/** TERMINAL.has(text) by character code (boundaries asks it of every punctuation token). */
function isTerminal(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
const CLOSERS = new Set([')', ']', '}']);
/** Characters after which a quotation mark opens a quotation, besides whitespace. */
const OPENERS = new Set([...'([{„«‚—–-'].map((c) => c.charCodeAt(0)));

/** True when a quote character opens (rather than closes) a quotation at this position. */
export function isOpeningQuote(text: string, token: Token): boolean {
  if (token.text === '„' || token.text === '«' || token.text === '‚' || token.text === '‹') return true;
  if (token.text === '»' || token.text === '›') return false;
  // /[\s([{„«‚—–-]/u before and /\s/u after, one UTF-16 unit each; the text's edges count as spaces.
  const spaceBefore = token.start <= 0 || token.start > text.length || isSpaceUnit(text.charCodeAt(token.start - 1)) || OPENERS.has(text.charCodeAt(token.start - 1));
  const spaceAfter = token.end >= text.length || token.end < 0 || isSpaceUnit(text.charCodeAt(token.end));
  return spaceBefore && !spaceAfter;
}

function periodEndsSentence(tokens: Token[], count: number, i: number): boolean {
  const prev = tokens[i - 1];
  const next = i + 1 < count ? tokens[i + 1] : undefined;
  if (!prev) return true;
  if (prev.kind === 'word' && prev.end === tokens[i]!.start) {
    // Initial or "z. B."; a regnal numeral after a name ("König Frederik X. Danach ...") ends the
    // sentence when a function word opens the next one.
    if (prev.text.length === 1) return isRegnalEnd(tokens, i, next);
    if (ABBREVIATIONS.has(prev.lower)) return false;
  }
  if (prev.kind === 'number' && prev.text.length <= 3 && /^\d+$/.test(prev.text)) {
    if (next && next.kind === 'word' && (MONTHS.has(next.lower) || !next.upper)) return false;
    const lead = tokens[i - 2];
    if (lead && lead.kind === 'word' && ORDINAL_LEADS.has(lead.lower)) return false;
    if (!lead) return false;
  }
  if (next && next.kind === 'word' && !next.upper && /^\p{Ll}/u.test(next.text)) return false;
  if (next && (next.kind === 'punct' && next.text !== '(' && next.text !== '-' && next.text !== '–')) return false;
  return true;
}

/** "Frederik X. Danach", "Charles V. The": a one-letter Roman numeral after a capitalised word, a function word after it. */
function isRegnalEnd(tokens: Token[], i: number, next: Token | undefined): boolean {
  const numeral = tokens[i - 1]!.text;
  if (numeral !== 'I' && numeral !== 'V' && numeral !== 'X') return false;
  const name = tokens[i - 2];
  if (!name || name.kind !== 'word' || !name.upper || name.text.length < 2) return false;
  return next !== undefined && next.kind === 'word' && next.upper && (STOPWORDS.has(next.lower) || SENTENCE_ADVERBS.has(next.lower));
}
/** Adverbs that open sentences (isRegnalEnd), besides the closed-class words. */
const SENTENCE_ADVERBS = new Set(['danach', 'anschließend', 'später', 'zuvor', 'zudem', 'außerdem', 'dabei', 'later', 'afterwards', 'earlier', 'meanwhile']);

/** Index of the last token of the sentence that a terminal at i closes (trailing quotes and brackets). */
function extendOverClosers(text: string, tokens: Token[], count: number, i: number): number {
  let j = i;
  while (j + 1 < count) {
    const n = tokens[j + 1]!;
    if (n.kind === 'quote' && !isOpeningQuote(text, n)) j++;
    else if (n.kind === 'punct' && (CLOSERS.has(n.text) || TERMINAL.has(n.text))) j++;
    else break;
  }
  return j;
}

/** Whether text[a.end, b.start) holds `needle`; `next` caches the next occurrence at or after a position. */
function makeGapTest(text: string, needle: string): (a: Token, b: Token) => boolean {
  let nextAt = -2;
  return (a, b) => {
    if (nextAt !== -1 && nextAt < a.end) nextAt = text.indexOf(needle, a.end);
    return nextAt !== -1 && nextAt >= a.end && nextAt + needle.length <= b.start;
  };
}

/** Groups tokens into sentences; returns token index ranges [start, end). */
function boundaries(text: string, tokens: Token[], count: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // makeGapTest(text, '\n') inlined: the next line break at or after a position.
  let breakAt = -2;
  let start = 0;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    let endAt = -1;
    if (t.kind === 'punct' && isTerminal(t.text) && (t.text !== '.' || periodEndsSentence(tokens, count, i))) {
      endAt = extendOverClosers(text, tokens, count, i);
    }
    const after = (endAt >= 0 ? endAt : i) + 1;
    const next = after < count ? tokens[after] : undefined;
    if (endAt < 0 && next) {
      if (breakAt !== -1 && breakAt < t.end) breakAt = text.indexOf('\n', t.end);
      if (breakAt !== -1 && breakAt >= t.end && breakAt + 1 <= next.start) endAt = i;
    }
    if (endAt >= 0) {
      ranges.push([start, endAt + 1]);
      start = endAt + 1;
      i = endAt;
    }
  }
  if (start < count) ranges.push([start, count]);
  return ranges;
}

/**
 * boundaries() from the tokenizer's marks: only a marked token can end a sentence (a terminal, or a
 * token with a line break after it), so the walk visits those alone, in the same order and with
 * the same tests.
 */
function markedBoundaries(text: string, tokens: Token[], count: number, marks: TokenMarks): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let m = 0; m < marks.count; m++) {
    const i = marks.tokens[m]!;
    // A token inside the sentence the last terminal closed (with its closers) ends nothing.
    if (i < start) continue;
    const bits = marks.bits[m]!;
    let endAt = -1;
    if ((bits & MARK_TERMINAL) !== 0 && (tokens[i]!.text !== '.' || periodEndsSentence(tokens, count, i))) {
      endAt = extendOverClosers(text, tokens, count, i);
    }
    // MARK_BREAK: a line break between token i and token i + 1 (which exists).
    if (endAt < 0 && (bits & MARK_BREAK) !== 0) endAt = i;
    if (endAt >= 0) {
      ranges.push([start, endAt + 1]);
      start = endAt + 1;
    }
  }
  if (start < count) ranges.push([start, count]);
  return ranges;
}

interface QuoteRegion {
  from: number;
  to: number;
}

/** Token index ranges inside quotation marks, quote characters included; unclosed ones end at a paragraph. */
function quoteRegions(text: string, tokens: Token[], count: number): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  const paragraphBetween = makeGapTest(text, '\n\n');
  let open = -1;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (open >= 0 && i > 0 && paragraphBetween(tokens[i - 1]!, t)) {
      regions.push({ from: open, to: i });
      open = -1;
    }
    if (t.kind !== 'quote' || t.text === "'" || t.text === '’') continue;
    if (open < 0 && isOpeningQuote(text, t)) open = i;
    else if (open >= 0 && !isOpeningQuote(text, t)) {
      regions.push({ from: open, to: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) regions.push({ from: open, to: count });
  return regions;
}

/**
 * quoteRegions() from the tokenizer's marks: a region opens or closes only at a marked quotation
 * mark and breaks off at a marked paragraph break. Per marked token k, its quote comes before the
 * paragraph break after it, which comes before the next token's quote, as in the token-by-token walk.
 */
function markedQuoteRegions(text: string, tokens: Token[], count: number, marks: TokenMarks): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  for (let m = 0; m < marks.count; m++) {
    const k = marks.tokens[m]!;
    const bits = marks.bits[m]!;
    if ((bits & MARK_QUOTE) !== 0) {
      const t = tokens[k]!;
      if (open < 0 && isOpeningQuote(text, t)) open = k;
      else if (open >= 0 && !isOpeningQuote(text, t)) {
        regions.push({ from: open, to: k + 1 });
        open = -1;
      }
    }
    // A paragraph break between token k and token k + 1 (which exists).
    if ((bits & MARK_PARAGRAPH) !== 0 && open >= 0) {
      regions.push({ from: open, to: k + 1 });
      open = -1;
    }
  }
  if (open >= 0) regions.push({ from: open, to: count });
  return regions;
}

/** Direct speech rather than a quoted title: long, or with sentence punctuation inside. */
function isSpeech(tokens: Token[], r: QuoteRegion): boolean {
  let words = 0;
  for (let k = r.from; k < r.to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    if ((t.kind === 'punct' && TERMINAL.has(t.text)) || t.text === ',') return true;
  }
  return words > 6;
}

/** The quotation regions that are direct speech, in text order (never empty, never overlapping). */
function speechRegions(text: string, tokens: Token[], count: number, marks: TokenMarks | undefined): QuoteRegion[] {
  const speech: QuoteRegion[] = [];
  const regions = marks ? markedQuoteRegions(text, tokens, count, marks) : quoteRegions(text, tokens, count);
  for (const r of regions) if (isSpeech(tokens, r)) speech.push(r);
  return speech;
}

/**
 * Sentences of the text from its tokens: the first `count` of `tokens` (a reused array may hold
 * more); `marks`: what tokenizeWordsInto marked in these tokens (the same sentences, found faster).
 */
export function splitSentences(text: string, tokens: Token[] = tokenize(text), count = tokens.length, marks?: TokenMarks): Sentence[] {
  const speech = speechRegions(text, tokens, count, marks);
  const ranges = marks ? markedBoundaries(text, tokens, count, marks) : boundaries(text, tokens, count);
  // A loop with push, not ranges.map(): map's result is sometimes a holey array (when V8 leaves its
  // fast path), and one holey sentence list deoptimises every function that was compiled for packed
  // ones, in the middle of a long run (bench:extract showed a dip of a few hundred documents).
  const sentences: Sentence[] = [];
  for (let index = 0; index < ranges.length; index++) {
    const [a, b] = ranges[index]!;
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    // Some token of [a, b) lies inside direct speech.
    let quoted = false;
    for (let k = 0; k < speech.length && !quoted; k++) {
      const r = speech[k]!;
      quoted = r.from < r.to && r.from < b && r.to > a;
    }
    sentences.push({ index, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens: tokens.slice(a, b), quoted });
  }
  return sentences;
}
