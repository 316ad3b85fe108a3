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

/** What add() may be told besides the token range. */
export interface AddOptions {
  confidence?: number;
  start?: number;
  end?: number;
  text?: string;
}

/** add() without options: one shared object rather than a new `{}` per call (never written to). */
const NO_OPTIONS: AddOptions = Object.freeze({});

/** The answer of at() for a token no mention covers: shared, so it must never be written to. */
const NONE: Mention[] = Object.freeze([]) as unknown as Mention[];

export class MentionSet {
  /** Mentions per sentence index, in the order they were added. */
  private readonly bySentence: Mention[][];
  /**
   * Index of each sentence's first token in the per-token arrays below; its token count. Plain
   * arrays: typed arrays of more than 64 bytes cost a microsecond each to allocate, per document.
   */
  private readonly offsets: number[] = [];
  private readonly sizes: number[] = [];
  /** Per token of the document: the mentions that cover it (undefined: none). */
  private readonly cover: (Mention[] | undefined)[];
  /**
   * Counts every removal and every added Person mention of two or more tokens: while it stays the
   * same, the persons' full names and the free tokens can only have shrunk (see resolveSurnames).
   */
  personChanges = 0;
  /** Every Person mention of two or more tokens, in the order they were added (removed ones too). */
  readonly fullNames: Mention[] = [];
  /** Counts removals that took away such a Person mention (fullNames then holds mentions no longer in the set). */
  fullNameRemovals = 0;

  constructor(readonly sentences: Sentence[]) {
    const n = sentences.length;
    this.bySentence = new Array<Mention[]>(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      const size = sentences[k]!.tokens.length;
      this.offsets.push(total);
      this.sizes.push(size);
      this.bySentence[k] = [];
      total += size;
    }
    this.cover = new Array<Mention[] | undefined>(total);
  }

  /** The per-token index of token k of a sentence, or -1 outside the sentence. */
  private slot(sentence: number, k: number): number {
    const size = this.sizes[sentence];
    return size !== undefined && k >= 0 && k < size ? this.offsets[sentence]! + k : -1;
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
    const at = this.slot(sentence, token);
    // A token's cover list is undefined or holds at least one mention.
    return at >= 0 && this.cover[at] !== undefined;
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
    options: AddOptions = NO_OPTIONS,
  ): Mention {
    const s = this.sentences[sentence]!;
    const first: Token = s.tokens[from]!;
    const last: Token = s.tokens[to - 1]!;
    const start = options.start ?? first.start;
    const end = options.end ?? last.end;
    const offset = start - s.start;
    // One whole token (most mentions): its text is the token's, a string shared by every token that spells it (no slice made).
    const text = options.text ?? (to - from === 1 && start === first.start && end === first.end ? first.text : s.text.slice(offset, offset + end - start));
    const mention: Mention = {
      entityId: ref.id,
      name: ref.name,
      type: ref.type,
      start,
      end,
      text,
      sentence,
      tokenStart: from,
      tokenEnd: to,
      via,
      // Always present (undefined: certain), so that every mention has one shape; readers take `confidence ?? 1`.
      confidence: options.confidence !== undefined && options.confidence < 1 ? options.confidence : undefined,
    };
    this.bySentence[sentence]!.push(mention);
    if (ref.type === 'Person' && to - from >= 2) {
      this.personChanges++;
      this.fullNames.push(mention);
    }
    const { cover } = this;
    for (let k = from; k < to; k++) {
      const at = this.slot(sentence, k);
      if (at < 0) continue;
      const list = cover[at];
      if (list) list.push(mention);
      else cover[at] = [mention];
    }
    return mention;
  }

  /** Removes the mentions that lie inside tokens [from, to) of a sentence (a longer name won). */
  removeInside(sentence: number, from: number, to: number): void {
    const inside = (m: Mention): boolean => m.tokenStart >= from && m.tokenEnd <= to;
    const gone = new Set<Mention>();
    for (let k = from; k < to; k++) for (const m of this.at(sentence, k)) if (inside(m)) gone.add(m);
    if (gone.size === 0) return;
    this.personChanges++;
    for (const m of gone) if (m.type === 'Person' && m.tokenEnd - m.tokenStart >= 2) this.fullNameRemovals++;
    this.bySentence[sentence] = this.inSentence(sentence).filter((m) => !gone.has(m));
    const { cover } = this;
    for (const m of gone) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        const at = this.slot(sentence, k);
        if (at < 0) continue;
        const left = (cover[at] ?? []).filter((x) => x !== m);
        cover[at] = left.length > 0 ? left : undefined;
      }
    }
  }

  /** The mentions that cover token k of a sentence. */
  at(sentence: number, k: number): Mention[] {
    const at = this.slot(sentence, k);
    return at >= 0 ? this.cover[at] ?? NONE : NONE;
  }

  /**
   * Mentions sorted by start, then end, then entity id: the order the relation stage sees. A
   * sentence's mentions lie inside it and sentences follow each other, so each sentence's list is
   * sorted alone (stable, as one sort of all would be), and only when it is out of order.
   */
  sorted(): Mention[] {
    const out: Mention[] = [];
    for (const list of this.bySentence) {
      let ordered = true;
      for (let k = 1; k < list.length && ordered; k++) ordered = byPosition(list[k - 1]!, list[k]!) <= 0;
      if (ordered) for (const m of list) out.push(m);
      else if (list.length > 64) for (const m of list.slice().sort(byPosition)) out.push(m);
      else {
        const from = out.length;
        for (const m of list) out.push(m);
        insertionSort(out, from);
      }
    }
    return out;
  }
}

/**
 * Sorts list[from..] by byPosition in place, stably (as Array.prototype.sort does), without the
 * temporary arrays of sort(): a sentence's few mentions are mostly in order already.
 */
function insertionSort(list: Mention[], from: number): void {
  for (let i = from + 1; i < list.length; i++) {
    const m = list[i]!;
    let j = i - 1;
    for (; j >= from && byPosition(list[j]!, m) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = m;
  }
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0);
}
