// A growing set of mentions for one document: builds Mention records from token ranges and keeps
// track of which tokens are taken, so later stages (unknown names, coreference) never overlap
// earlier ones. Parts of one hyphen compound may share a token.

import type { EntityType } from '../../types.js';
import type { Mention, MentionVia, Sentence, Token } from '../pipeline-types.js';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** The answer of at() for a token no mention covers: shared, so it must never be written to. */
const NONE: Mention[] = Object.freeze([]) as unknown as Mention[];

export class MentionSet {
  /** Mentions per sentence index, in the order they were added. */
  private readonly bySentence: Mention[][];
  /** Per sentence and token: how many mentions cover it. */
  private readonly taken: Uint16Array[];
  /** Per sentence and token: the mentions that cover it (undefined: none). */
  private readonly cover: (Mention[] | undefined)[][];

  constructor(readonly sentences: Sentence[]) {
    this.taken = sentences.map((s) => new Uint16Array(s.tokens.length));
    this.bySentence = sentences.map(() => []);
    this.cover = sentences.map((s) => new Array<Mention[] | undefined>(s.tokens.length));
  }

  /** Every mention, sentence by sentence. */
  all(): Mention[] {
    const out: Mention[] = [];
    for (const list of this.bySentence) for (const m of list) out.push(m);
    return out;
  }

  inSentence(sentence: number): Mention[] {
    return this.bySentence[sentence] ?? [];
  }

  isTaken(sentence: number, token: number): boolean {
    return (this.taken[sentence]?.[token] ?? 0) > 0;
  }

  anyTaken(sentence: number, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isTaken(sentence, k)) return true;
    return false;
  }

  /** Adds a mention over tokens [from, to) of a sentence, or over [start, end) inside one token. */
  add(
    ref: EntityRef,
    sentence: number,
    from: number,
    to: number,
    via: MentionVia,
    options: { confidence?: number; start?: number; end?: number; text?: string } = {},
  ): Mention {
    const s = this.sentences[sentence]!;
    const first: Token = s.tokens[from]!;
    const last: Token = s.tokens[to - 1]!;
    const start = options.start ?? first.start;
    const end = options.end ?? last.end;
    const offset = start - s.start;
    const mention: Mention = {
      entityId: ref.id,
      name: ref.name,
      type: ref.type,
      start,
      end,
      text: options.text ?? s.text.slice(offset, offset + end - start),
      sentence,
      tokenStart: from,
      tokenEnd: to,
      via,
    };
    if (options.confidence !== undefined && options.confidence < 1) mention.confidence = options.confidence;
    this.bySentence[sentence]!.push(mention);
    const cover = this.cover[sentence]!;
    const taken = this.taken[sentence]!;
    for (let k = from; k < to; k++) {
      if (taken[k]! < 65535) taken[k]!++;
      const list = cover[k];
      if (list) list.push(mention);
      else cover[k] = [mention];
    }
    return mention;
  }

  /** Removes the mentions that lie inside tokens [from, to) of a sentence (a longer name won). */
  removeInside(sentence: number, from: number, to: number): void {
    const inside = (m: Mention): boolean => m.tokenStart >= from && m.tokenEnd <= to;
    const gone = new Set<Mention>();
    for (let k = from; k < to; k++) for (const m of this.at(sentence, k)) if (inside(m)) gone.add(m);
    if (gone.size === 0) return;
    this.bySentence[sentence] = this.inSentence(sentence).filter((m) => !gone.has(m));
    const cover = this.cover[sentence]!;
    for (const m of gone) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        const left = (cover[k] ?? []).filter((x) => x !== m);
        this.taken[sentence]![k] = left.length;
        cover[k] = left.length > 0 ? left : undefined;
      }
    }
  }

  /** The mentions that cover token k of a sentence. */
  at(sentence: number, k: number): Mention[] {
    return this.cover[sentence]?.[k] ?? NONE;
  }

  /** Mentions sorted by start, then end, then entity id: the order the relation stage sees. */
  sorted(): Mention[] {
    return this.all().sort((a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
  }
}
