// WordTable: one entry per distinct token text, found by the token's characters in the text
// without slicing a string (tokenizeWords in ./tokenize.ts fills it). Entries are made by the
// caller's factory and are pure functions of their text, so the table may start afresh any time.

/** What a WordTable holds per distinct token text: the text and its lowercase form (words only). */
export interface TableWord {
  readonly text: string;
  readonly lower: string;
}

/** A copy of a string that keeps no longer text alive (V8 slices of 13+ characters point into their parent). */
function own(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

const SLOT_SIZE = 8;
const SLOT_HASH = 0;
const SLOT_START = 1;
const SLOT_LENGTH = 2;
/** Where a slot holds its text's units in place, two per int (low half first), when it has at most INLINE_UNITS. */
const SLOT_UNITS = 3;
const INLINE_UNITS = 2 * (SLOT_SIZE - SLOT_UNITS);

/**
 * Token texts seen before, found by their characters in the text without slicing a string: an
 * open-addressing table over FNV-1a hashes. Entries are made by `make` on first sight; after
 * `limit` entries the table starts afresh (entries are pure functions of their text). A look-up
 * compares the text with a copy of each entry's UTF-16 units: in its slot for texts of up to
 * INLINE_UNITS units (most words: the probe and the comparison read one slot), else in one flat
 * array (`units`). Either copy stays in the cache better than the entries' strings.
 */
export class WordTable<W extends TableWord> {
  private slots: (W | undefined)[] = [];
  /** By UTF-16 unit; preallocated: a sparse array ("„" is unit 8222) would fall back to slow dictionary elements. */
  private singles = new Array<W | undefined>(65536);
  /**
   * Per slot, side by side (SLOT_* fields of SLOT_SIZE ints, 32 bytes): the hash (0: empty slot),
   * where the entry's text starts in `units` (long texts only), its length, and a short text's
   * units. One array rather than one per field: a probe that finds its word reads one cache line
   * instead of several (the passes after the tokenizer push the table out of the cache between documents).
   */
  private meta = new Int32Array(0);
  private units = new Uint16Array(1 << 12);
  private used = 0;
  private mask = 0;
  private count = 0;

  constructor(private readonly make: (text: string, lower: string) => W, private readonly limit = 100000) {
    this.reset(4096);
  }

  get size(): number {
    return this.count;
  }

  /** The entry of the one-unit token `code`, from a direct array (no hashing). */
  single(code: number, isWord: boolean): W {
    let w = this.singles[code];
    if (w === undefined) {
      const value = String.fromCharCode(code);
      w = this.singles[code] = this.make(value, isWord ? value.toLowerCase() : value);
    }
    return w;
  }

  /**
   * The entry of text[start, end), whose FNV-1a hash over its UTF-16 units is `hash` (tokenize.ts
   * computes it while scanning); `isWord`: its lowercase form is the lowercased text.
   */
  word(text: string, start: number, end: number, isWord: boolean, hash: number): W {
    const h = hash | 1;
    const len = end - start;
    const meta = this.meta;
    let idx = h & this.mask;
    for (let sh = meta[idx * SLOT_SIZE]!; sh !== 0; sh = meta[idx * SLOT_SIZE]!) {
      const at = idx * SLOT_SIZE;
      if (sh === h && meta[at + SLOT_LENGTH] === len && this.holds(at, text, start, len)) return this.slots[idx]!;
      idx = (idx + 1) & this.mask;
    }
    const value = own(text.slice(start, end));
    const w = this.make(value, isWord ? value.toLowerCase() : value);
    if (this.count >= this.limit) {
      this.singles = new Array<W | undefined>(65536);
      this.reset(4096);
    }
    else if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.insert(h, w);
    return w;
  }

  /** Whether the slot at `at` (whose length is len) holds the units of text[start, start + len). */
  private holds(at: number, text: string, start: number, len: number): boolean {
    if (len > INLINE_UNITS) {
      const units = this.units;
      const from = this.meta[at + SLOT_START]!;
      let k = 0;
      while (k < len && units[from + k] === text.charCodeAt(start + k)) k++;
      return k === len;
    }
    const meta = this.meta;
    let m = at + SLOT_UNITS;
    let k = 0;
    for (; k + 1 < len; k += 2, m++) if (meta[m] !== (text.charCodeAt(start + k) | (text.charCodeAt(start + k + 1) << 16))) return false;
    return k === len || meta[m] === text.charCodeAt(start + k);
  }

  private reset(capacity: number): void {
    this.slots = new Array<W | undefined>(capacity);
    this.meta = new Int32Array(capacity * SLOT_SIZE);
    this.mask = capacity - 1;
    this.count = 0;
    this.used = 0;
  }

  private grow(): void {
    const { slots, meta } = this;
    const capacity = this.mask + 1;
    this.reset(capacity * 2);
    for (let k = 0; k < capacity; k++) {
      const h = meta[k * SLOT_SIZE + SLOT_HASH]!;
      if (h !== 0) this.insert(h, slots[k]!);
    }
  }

  private insert(h: number, w: W): void {
    const meta = this.meta;
    let idx = h & this.mask;
    while (meta[idx * SLOT_SIZE + SLOT_HASH] !== 0) idx = (idx + 1) & this.mask;
    const at = idx * SLOT_SIZE;
    meta[at + SLOT_HASH] = h;
    this.slots[idx] = w;
    this.count++;
    const text = w.text;
    meta[at + SLOT_LENGTH] = text.length;
    if (text.length <= INLINE_UNITS) {
      // Pairs of units, the odd last one alone: as holds() packs the text it compares.
      for (let k = 0; k < text.length; k += 2) meta[at + SLOT_UNITS + (k >> 1)] = k + 1 < text.length ? text.charCodeAt(k) | (text.charCodeAt(k + 1) << 16) : text.charCodeAt(k);
      return;
    }
    if (this.used + text.length > this.units.length) {
      const more = new Uint16Array(Math.max(2 * this.units.length, this.used + text.length));
      more.set(this.units.subarray(0, this.used));
      this.units = more;
    }
    meta[at + SLOT_START] = this.used;
    for (let k = 0; k < text.length; k++) this.units[this.used + k] = text.charCodeAt(k);
    this.used += text.length;
  }
}
