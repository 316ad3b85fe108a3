// One sentence prepared for matching: its tokens, the mentions and role cues indexed by the token
// they start in, and which tokens are covered by a name mention (gaps may not skip those).
// Read-only over the AnalyzedDocument; no rule logic here.

import type { AnalyzedDocument, Mention, RoleCue, Sentence, Token } from '../pipeline-types.js';

export interface SentenceView {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** Mentions by the index of the token their start lies in. */
  mentionsAt: ReadonlyArray<readonly Mention[]>;
  rolesAt: ReadonlyArray<readonly RoleCue[]>;
  /** Name mentions (not adjectives/demonyms) covering each token. */
  namesOver: ReadonlyArray<readonly Mention[]>;
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

// Most tokens start nothing: they share one empty list, a list is made on the first push.
const NONE: readonly never[] = [];

function buckets<T>(n: number): Array<readonly T[]> {
  return new Array<readonly T[]>(n).fill(NONE);
}

function push<T>(lists: Array<readonly T[]>, i: number, item: T): void {
  const list = lists[i]!;
  if (list === NONE) lists[i] = [item];
  else (list as T[]).push(item);
}

function byEndThenStart(a: Mention, b: Mention): number {
  return b.end - a.end || a.start - b.start;
}

function spanTokens(tokens: Token[], start: number, end: number): [number, number] {
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, Math.max(start, end - 1));
  return [first, last];
}

export function buildViews(doc: AnalyzedDocument): SentenceView[] {
  const bySentence = new Map<number, { view: SentenceView; mentionsAt: Array<readonly Mention[]>; rolesAt: Array<readonly RoleCue[]>; namesOver: Array<readonly Mention[]> }>();
  const views: SentenceView[] = doc.sentences.map((sentence) => {
    const n = sentence.tokens.length;
    const [mentionsAt, rolesAt, namesOver] = [buckets<Mention>(n), buckets<RoleCue>(n), buckets<Mention>(n)];
    const view: SentenceView = { text: doc.document.text, sentence, tokens: sentence.tokens, mentionsAt, rolesAt, namesOver };
    // A later sentence with the same index wins, as a Map.set in sentence order does.
    bySentence.set(sentence.index, { view, mentionsAt, rolesAt, namesOver });
    return view;
  });
  for (const m of doc.mentions) {
    const entry = bySentence.get(m.sentence);
    if (!entry) continue;
    const [first, last] = spanTokens(entry.view.tokens, m.start, m.end);
    if (first < 0 || last < 0) continue;
    push(entry.mentionsAt, first, m);
    if (!isModifier(m)) for (let t = first; t <= last; t++) push(entry.namesOver, t, m);
  }
  for (const r of doc.roles) {
    const entry = bySentence.get(r.sentence);
    if (!entry) continue;
    const first = tokenAt(entry.view.tokens, r.start);
    if (first >= 0) push(entry.rolesAt, first, r);
  }
  for (const { mentionsAt } of bySentence.values()) for (const list of mentionsAt) if (list.length > 1) (list as Mention[]).sort(byEndThenStart);
  return views;
}
