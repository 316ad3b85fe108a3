// One sentence prepared for matching: its tokens, the mentions and role cues indexed by the token
// they start in, and which tokens are covered by a name mention (gaps may not skip those); closed
// word lists tested per token by word-set id. Read-only over the AnalyzedDocument; no rule logic here.

import type { EntityType } from '../../types.js';
import type { AnalyzedDocument, Mention, RoleCue, Sentence, Token } from '../pipeline-types.js';
import { ID_BITS, registerWordSet } from './word-index.js';
import { exactSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';

export interface SentenceView {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** Mentions by the index of the token their start lies in. */
  mentionsAt: ReadonlyArray<readonly Mention[]>;
  rolesAt: ReadonlyArray<readonly RoleCue[]>;
  /**
   * Name mentions (not adjectives/demonyms) covering each token, in no particular order; made on
   * first need by namesOverAt (undefined until then: most sentences never ask).
   */
  namesOver: ReadonlyArray<readonly Mention[]> | undefined;
  /**
   * Whether two name mentions may cover one token (their token ranges met, or came out of order):
   * when not, a token has at most one name over it, so no name lies inside a larger one there.
   * nameEnd: the last token of the name mentions placed so far (buildViews' scratch).
   */
  crowded: boolean;
  nameEnd: number;
  /** The last token a placed mention or role cue ends inside of (endInside), or -1: sentence-facts.ts lastInside. */
  lastInside: number;
  /** The tokens that some mention starts in (mentionsAt non-empty), ascending. */
  mentionTokens: readonly number[];
  /** The tokens that some role cue starts in (rolesAt non-empty), ascending. */
  roleTokens: readonly number[];
  /**
   * Per token: the ids (word-index.ts) of the word sets its lowercase form is in, while the relation
   * stage runs its sequence rules on the sentence (shared scratch space: undefined before and after).
   */
  sets?: ReadonlyArray<readonly number[]>;
  /** Per token, with sets: the ids below ID_BITS (word-index.ts) as bits. */
  bits?: Readonly<ArrayLike<number>>;
}

/** A closed word list, tested against tokens by its word-index id when the view has its token sets. */
export interface TokenWords {
  id: number;
  set: WordSet;
}

export function tokenWords(words: readonly string[]): TokenWords {
  const set = exactSet(words);
  return { id: registerWordSet(set), set };
}

/** Is token t's lowercase form in the list? (A missing token counts as the empty form, as `tokens[t]?.lower ?? ''` did.) */
export function tokenIn(view: SentenceView, t: number, words: TokenWords): boolean {
  const token = view.tokens[t];
  if (!token) return words.set.has('');
  const sets = view.sets;
  if (!sets) return words.set.has(token.lower);
  const bits = view.bits;
  return bits !== undefined && words.id < ID_BITS ? (bits[t]! & (1 << words.id)) !== 0 : sets[t]!.includes(words.id);
}

export function isModifier(m: Mention): boolean {
  return m.via === 'kb-adjective' || m.via === 'kb-demonym';
}

/** Index of the token whose range holds offset, or -1. Tokens are sorted and disjoint. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The token a mention or role cue ends inside of (before the token's end, so a pattern may go on in
 * it: "SOZ-Mitglied"), or -1 when it ends at a token's end; `last` is the token it says it ends in
 * (when that is not so, the sentence's last token: an answer that rules nothing out).
 */
function endInside(tokens: readonly Token[], end: number, last: number): number {
  const token = tokens[last];
  if (token === undefined || end <= token.start || end > token.end) return tokens.length - 1;
  return end < token.end ? last : -1;
}

/** tokenAt, trying the token a mention or role cue says it spans first (checked, so a wrong hint costs only time). */
export function tokenAtHint(tokens: Token[], offset: number, hint: number): number {
  const t = tokens[hint];
  if (t && offset >= t.start && offset < t.end) return hint;
  return tokenAt(tokens, offset);
}

// Most tokens start nothing: they share one empty list, a list is made on the first push. A
// sentence with nothing of a kind shares one all-empty array of its length, copied on the first push.
const NONE: readonly never[] = [];
const EMPTY: Array<ReadonlyArray<readonly never[]>> = [];

function emptyBuckets(n: number): ReadonlyArray<readonly never[]> {
  return (EMPTY[n] ??= new Array<readonly never[]>(n).fill(NONE));
}

/** The bucket arrays of a view, made its own before the first push. */
function own<T>(lists: ReadonlyArray<readonly T[]>): Array<readonly T[]> {
  return (lists === EMPTY[lists.length] ? lists.slice() : lists) as Array<readonly T[]>;
}

function push<T>(lists: Array<readonly T[]>, i: number, item: T): void {
  const list = lists[i]!;
  if (list === NONE) lists[i] = [item];
  else (list as T[]).push(item);
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** The token list with t added (the shared empty list is never changed: a list is made on the first add). */
function withToken(list: readonly number[], t: number): readonly number[] {
  if (list === NONE) return [t];
  (list as number[]).push(t);
  return list;
}

function sortAscending(list: number[]): void {
  for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) {
    list.sort(ascending);
    return;
  }
}

function byEndThenStart(a: Mention, b: Mention): number {
  return b.end - a.end || a.start - b.start;
}


/** Name mentions (not adjectives/demonyms) covering token t of the view (namesOver, made on first need). */
export function namesOverAt(view: SentenceView, t: number): readonly Mention[] {
  const lists = view.namesOver ?? (view.namesOver = namesOverOf(view));
  return lists[t] ?? NONE;
}

/**
 * The name mention covering token t of a view that is not crowded (at most one does), or undefined:
 * the name starting last at or before t, if it reaches t. No lists are made.
 */
export function nameOver(view: SentenceView, t: number): Mention | undefined {
  const starts = view.mentionTokens;
  for (let j = starts.length - 1; j >= 0; j--) {
    const first = starts[j]!;
    if (first > t) continue;
    for (const m of view.mentionsAt[first]!) {
      if (isModifier(m)) continue;
      const last = tokenAtHint(view.tokens, Math.max(m.start, m.end - 1), m.tokenEnd - 1);
      return last >= t ? m : undefined;
    }
  }
  return undefined;
}

/**
 * Per token, the name mentions covering it: each mention of mentionsAt (those buildViews placed:
 * first and last token found) from its first to its last token. The same mentions per token as
 * pushing them in document order would give; only their order within a token may differ.
 */
function namesOverOf(view: SentenceView): ReadonlyArray<readonly Mention[]> {
  const tokens = view.tokens;
  let namesOver: ReadonlyArray<readonly Mention[]> = emptyBuckets(tokens.length);
  for (const first of view.mentionTokens) {
    for (const m of view.mentionsAt[first]!) {
      if (isModifier(m)) continue;
      const last = tokenAtHint(tokens, Math.max(m.start, m.end - 1), m.tokenEnd - 1);
      const lists = own(namesOver);
      namesOver = lists;
      for (let t = first; t <= last; t++) push(lists, t, m);
    }
  }
  return namesOver;
}

/** The views in sentence order, and by sentence index (a later sentence with the same index wins). */
export interface Views {
  list: SentenceView[];
  byIndex: Map<number, SentenceView>;
  /** The mentions of a type, in document order, for the few types rules ask for (filled by mentionsOfType). */
  byType: Map<EntityType, readonly Mention[]>;
  /**
   * Gathered in the walk over the mentions: the person mentions placed in a view, in document order,
   * with their view and the token they start in; and whether every mention and role cue of a
   * sentence with a view was placed (its tokens found).
   */
  persons: PlacedMention[];
  complete: boolean;
}

export interface PlacedMention {
  mention: Mention;
  view: SentenceView;
  token: number;
}

/** A sentence index that can index an array (sentences are numbered 0, 1, 2, ... in practice). */
function small(index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < 1 << 20;
}

/**
 * The document's mentions of the type, in document order; each type's list made once, on first
 * need (one pass over the mentions per type asked costs less than grouping all of them by type).
 */
export function mentionsOfType(doc: AnalyzedDocument, views: Views, type: EntityType): readonly Mention[] {
  let list = views.byType.get(type);
  if (!list) {
    const found: Mention[] = [];
    for (const m of doc.mentions) if (m.type === type) found.push(m);
    views.byType.set(type, (list = found));
  }
  return list;
}

export function buildViews(doc: AnalyzedDocument): Views {
  const list: SentenceView[] = [];
  const byIndex = new Map<number, SentenceView>();
  // byIndex again as an array, for the look-up per mention and role cue (when every index is small).
  const at: Array<SentenceView | undefined> = [];
  let dense = true;
  for (const sentence of doc.sentences) {
    const n = sentence.tokens.length;
    const none = emptyBuckets(n);
    const view: SentenceView = { text: doc.document.text, sentence, tokens: sentence.tokens, mentionsAt: none, rolesAt: none, namesOver: undefined, crowded: false, nameEnd: -1, lastInside: -1, mentionTokens: NONE, roleTokens: NONE, sets: undefined, bits: undefined };
    list.push(view);
    byIndex.set(sentence.index, view);
    if (dense && small(sentence.index)) {
      while (at.length < sentence.index) at.push(undefined);
      at[sentence.index] = view;
    } else dense = false;
  }
  const viewOf = (index: number): SentenceView | undefined => (dense ? (small(index) ? at[index] : undefined) : byIndex.get(index));
  const byType = new Map<EntityType, readonly Mention[]>();
  const persons: PlacedMention[] = [];
  let complete = true;
  for (const m of doc.mentions) {
    const view = viewOf(m.sentence);
    if (!view) continue;
    const tokens = view.tokens;
    const first = tokenAtHint(tokens, m.start, m.tokenStart);
    const last = tokenAtHint(tokens, Math.max(m.start, m.end - 1), m.tokenEnd - 1);
    if (first < 0 || last < 0) {
      complete = false;
      continue;
    }
    const inside = endInside(tokens, m.end, m.tokenEnd - 1);
    if (inside > view.lastInside) view.lastInside = inside;
    const mentionsAt = own(view.mentionsAt);
    view.mentionsAt = mentionsAt;
    if (mentionsAt[first] === NONE) view.mentionTokens = withToken(view.mentionTokens, first);
    push(mentionsAt, first, m);
    // namesOverOf places a name from its first to its last token: a range that starts at or before
    // the end of an earlier one may share a token with it.
    if (!isModifier(m)) {
      if (first <= view.nameEnd) view.crowded = true;
      else view.nameEnd = Math.max(view.nameEnd, last);
    }
    if (m.type === 'Person') persons.push({ mention: m, view, token: first });
  }
  for (const r of doc.roles) {
    const view = viewOf(r.sentence);
    if (!view) continue;
    const first = tokenAtHint(view.tokens, r.start, r.tokenStart);
    if (first < 0) {
      complete = false;
      continue;
    }
    const inside = endInside(view.tokens, r.end, r.tokenEnd - 1);
    if (inside > view.lastInside) view.lastInside = inside;
    const rolesAt = own(view.rolesAt);
    view.rolesAt = rolesAt;
    if (rolesAt[first] === NONE) view.roleTokens = withToken(view.roleTokens, first);
    push(rolesAt, first, r);
  }
  // The list holds every view of byIndex (and those a later sentence of the same index replaced, which got nothing).
  for (const view of list) {
    sortAscending(view.roleTokens as number[]);
    const starts = view.mentionTokens as number[];
    let sorted = true;
    for (let i = 0; i < starts.length; i++) {
      if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
      const at = view.mentionsAt[starts[i]!]!;
      if (at.length > 1) (at as Mention[]).sort(byEndThenStart);
    }
    if (!sorted) starts.sort(ascending);
  }
  return { list, byIndex, byType, persons, complete };
}
