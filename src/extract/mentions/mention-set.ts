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

export class MentionSet {
  /** Mentions per sentence index, in the order they were added. */
  private readonly bySentence: Mention[][];
  private readonly taken: Set<number>[];

  constructor(readonly sentences: Sentence[]) {
    this.taken = sentences.map(() => new Set<number>());
    this.bySentence = sentences.map(() => []);
  }

  /** Every mention, sentence by sentence. */
  all(): Mention[] {
    return this.bySentence.flat();
  }

  inSentence(sentence: number): Mention[] {
    return this.bySentence[sentence] ?? [];
  }

  isTaken(sentence: number, token: number): boolean {
    return this.taken[sentence]?.has(token) ?? false;
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
    for (let k = from; k < to; k++) this.taken[sentence]!.add(k);
    return mention;
  }

  /** Removes the mentions that lie inside tokens [from, to) of a sentence (a longer name won). */
  removeInside(sentence: number, from: number, to: number): void {
    this.bySentence[sentence] = this.inSentence(sentence).filter((m) => !(m.tokenStart >= from && m.tokenEnd <= to));
    for (let k = from; k < to; k++) this.taken[sentence]!.delete(k);
  }

  /** The mentions that cover token k of a sentence. */
  at(sentence: number, k: number): Mention[] {
    return this.inSentence(sentence).filter((m) => m.tokenStart <= k && k < m.tokenEnd);
  }

  /** Mentions sorted by start, then end, then entity id: the order the relation stage sees. */
  sorted(): Mention[] {
    return this.all().sort((a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
  }
}
