// One sentence prepared for matching: its tokens, the mentions and role cues indexed by the token
// they start in, and which tokens are covered by a name mention (gaps may not skip those).
// Read-only over the AnalyzedDocument; no rule logic here.

import type { AnalyzedDocument, Mention, RoleCue, Sentence, Token } from '../pipeline-types.js';

export interface SentenceView {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** Mentions by the index of the token their start lies in. */
  mentionsAt: Mention[][];
  rolesAt: RoleCue[][];
  /** Name mentions (not adjectives/demonyms) covering each token. */
  namesOver: Mention[][];
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

function buckets<T>(n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  return out;
}

function spanTokens(tokens: Token[], start: number, end: number): [number, number] {
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, Math.max(start, end - 1));
  return [first, last];
}

export function buildViews(doc: AnalyzedDocument): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((sentence) => ({
    text: doc.document.text,
    sentence,
    tokens: sentence.tokens,
    mentionsAt: buckets<Mention>(sentence.tokens.length),
    rolesAt: buckets<RoleCue>(sentence.tokens.length),
    namesOver: buckets<Mention>(sentence.tokens.length),
  }));
  const bySentence = new Map<number, SentenceView>();
  doc.sentences.forEach((s, i) => bySentence.set(s.index, views[i]!));
  for (const m of doc.mentions) {
    const view = bySentence.get(m.sentence);
    if (!view) continue;
    const [first, last] = spanTokens(view.tokens, m.start, m.end);
    if (first < 0 || last < 0) continue;
    view.mentionsAt[first]!.push(m);
    if (!isModifier(m)) for (let t = first; t <= last; t++) view.namesOver[t]!.push(m);
  }
  for (const r of doc.roles) {
    const view = bySentence.get(r.sentence);
    if (!view) continue;
    const first = tokenAt(view.tokens, r.start);
    if (first >= 0) view.rolesAt[first]!.push(r);
  }
  for (const view of views) for (const list of view.mentionsAt) list.sort((a, b) => b.end - a.end || a.start - b.start);
  return views;
}
