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

/**
 * Token texts seen before, found by their characters in the text without slicing a string: an
 * open-addressing table over FNV-1a hashes. Entries are made by `make` on first sight; after
 * `limit` entries the table starts afresh (entries are pure functions of their text). A look-up
 * compares the text with a copy of each entry's UTF-16 units in one flat array (`units`): that
 * stays in the cache, unlike the entries' strings.
 */
export class WordTable<W extends TableWord> {
  private slots: (W | undefined)[] = [];
  /** By UTF-16 unit; preallocated: a sparse array ("„" is unit 8222) would fall back to slow dictionary elements. */
  private singles = new Array<W | undefined>(65536);
  private hashes = new Int32Array(0);
  /** Per slot: where the entry's text starts in `units`, and its length. */
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);
  private units = new Uint16Array(1 << 16);
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
    const hashes = this.hashes;
    let idx = h & this.mask;
    for (let sh = hashes[idx]!; sh !== 0; sh = hashes[idx]!) {
      if (sh === h && this.lengths[idx] === len) {
        const units = this.units;
        const from = this.starts[idx]!;
        let k = 0;
        while (k < len && units[from + k] === text.charCodeAt(start + k)) k++;
        if (k === len) return this.slots[idx]!;
      }
      idx = (idx + 1) & this.mask;
    }
    const value = own(text.slice(start, end));
    const w = this.make(value, isWord ? value.toLowerCase() : value);
    if (this.count >= this.limit) {
      this.singles = new Array<W | undefined>(65536);
      this.reset(4096);
    }
    else if ((this.count + 1) * 2 > hashes.length) this.grow();
    this.insert(h, w);
    return w;
  }

  private reset(capacity: number): void {
    this.slots = new Array<W | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
    this.used = 0;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.reset(hashes.length * 2);
    for (let k = 0; k < hashes.length; k++) if (hashes[k] !== 0) this.insert(hashes[k]!, slots[k]!);
  }

  private insert(h: number, w: W): void {
    let idx = h & this.mask;
    while (this.hashes[idx] !== 0) idx = (idx + 1) & this.mask;
    this.hashes[idx] = h;
    this.slots[idx] = w;
    this.count++;
    const text = w.text;
    if (this.used + text.length > this.units.length) {
      const more = new Uint16Array(Math.max(2 * this.units.length, this.used + text.length));
      more.set(this.units.subarray(0, this.used));
      this.units = more;
    }
    this.starts[idx] = this.used;
    this.lengths[idx] = text.length;
    for (let k = 0; k < text.length; k++) this.units[this.used + k] = text.charCodeAt(k);
    this.used += text.length;
  }
}
