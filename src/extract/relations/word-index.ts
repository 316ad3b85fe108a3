// The word index: every cue-word set the rules use gets a small integer id, and a lowercase form's
// set ids are memoised, so a sentence costs one look-up per token instead of one test per token and
// set, and the matcher tests membership by id. Ids only grow; register every set before matching.
// A form that no set can hold (by length, first and last character) skips even the memo look-up.

import type { WordSet } from './word-sets.js';

/** What the index knows about one form: its sets, and those of its compound parts after hyphens. */
export interface FormSets {
  /** Ids of the sets the whole form belongs to, ascending. */
  own: readonly number[];
  /** own plus the ids of each part after a hyphen ("soz-mitglied": those of "mitglied"), no duplicates. */
  withParts: readonly number[];
  /** The ids in own below ID_BITS as bits (1 << id): membership in the first sets by one AND. */
  bits: number;
  /** Scratch for the relation prefilter: withParts cut to the ids it asks about, and for which version of that question. */
  asked: readonly number[];
  askedVersion: number;
  /** Scratch for the relation prefilter: the sentence (its stamp) whose marks include this form's. */
  marked: number;
}

/** Ids below this have a bit in FormSets.bits. */
export const ID_BITS = 31;

const NONE: FormSets = { own: [], withParts: [], bits: 0, asked: [], askedVersion: -1, marked: -1 };

function bitsOf(ids: readonly number[]): number {
  let bits = 0;
  for (const id of ids) if (id < ID_BITS) bits |= 1 << id;
  return bits;
}
const indexed: WordSet[] = [];
const idOf = new Map<WordSet, number>();
let memo = new Map<string, FormSets>();
const MEMO_LIMIT = 100_000;
// By word id (Sentence.wordIds, one per distinct token text): the form's sets from an array slot,
// no string hashing. Ids only grow; a window of WORD_WINDOW ids from `wordBase` is kept.
let byWord: Array<FormSets | undefined> = [];
// The same window as bits: 1 where the word's form is in no set (most words), read without the object;
// bit k of the window is bit k & 31 of noSets[k >> 5] (32 words to a 4-byte entry: a small table
// that stays in the CPU caches while the mention stage runs between documents).
let noSets = new Int32Array(32);
let wordBase = 0;
const WORD_WINDOW = 1 << 18;

/** The set's id, registering it first if needed (this forgets the memo: do it before matching). */
export function registerWordSet(set: WordSet): number {
  let id = idOf.get(set);
  if (id === undefined) {
    id = indexed.length;
    indexed.push(set);
    idOf.set(set, id);
    memo = new Map();
    shortMemo = new Map();
    byWord = [];
    noSets.fill(0);
    filter = undefined;
    combined = undefined;
  }
  return id;
}

/** The set's id if registered. */
export function wordSetId(set: WordSet): number | undefined {
  return idOf.get(set);
}

/** How many sets are registered (ids are 0 .. count - 1). */
export function wordSetCount(): number {
  return indexed.length;
}

// The quick negative test: a form can only be in a set if an exact form shares its (length, first,
// last character) key, or a prefix starts / a suffix ends it and it is long enough. Keys are hashed
// into a bit table (collisions only let more forms through). Infixes or unknown sets turn it off.
interface Filter {
  exact: Uint8Array;
  /** Per first (last) UTF-16 code: 0, or 1 + the shortest prefix (suffix) length with that code. */
  first: Uint8Array;
  last: Uint8Array;
}
let filter: Filter | false | undefined;

function keyOf(form: string): number {
  const n = form.length;
  return ((n & 0x3f) << 10) | ((form.charCodeAt(0) & 0x1f) << 5) | (form.charCodeAt(n - 1) & 0x1f);
}

function noteAffix(table: Uint8Array, code: number, length: number): void {
  const v = Math.min(length, 254) + 1;
  if (table[code] === 0 || table[code]! > v) table[code] = v;
}

function buildFilter(): Filter | false {
  const f: Filter = { exact: new Uint8Array(1 << 16), first: new Uint8Array(1 << 16), last: new Uint8Array(1 << 16) };
  for (const set of indexed) {
    const spec = set.spec;
    if (!spec || spec.infixes.length > 0) return false;
    for (const form of spec.exact) if (form.length > 0) f.exact[keyOf(form)] = 1;
    for (const p of spec.prefixes) {
      if (p.length === 0) return false;
      noteAffix(f.first, p.charCodeAt(0), p.length);
    }
    for (const s of spec.suffixes) {
      if (s.length === 0) return false;
      noteAffix(f.last, s.charCodeAt(s.length - 1), s.length);
    }
  }
  return f;
}

/** False when no registered set can hold the form (and it has no hyphen, so no parts either). */
function mayHold(f: Filter, form: string): boolean {
  const n = form.length;
  if (n === 0 || f.exact[keyOf(form)] === 1) return true;
  const p = f.first[form.charCodeAt(0)]!;
  if (p !== 0 && n >= p - 1) return true;
  const s = f.last[form.charCodeAt(n - 1)]!;
  if (s !== 0 && n >= s - 1) return true;
  return form.includes('-');
}

// All sets at once, for forms seen the first time: exact forms -> set ids, and the affixes with their
// set's id; a set without a spec is asked itself.
interface Combined {
  exact: Map<string, number[]>;
  prefixes: Array<[string, number]>;
  suffixes: Array<[string, number]>;
  infixes: Array<[string, number]>;
  others: number[];
}
let combined: Combined | undefined;

function combine(): Combined {
  const c: Combined = { exact: new Map(), prefixes: [], suffixes: [], infixes: [], others: [] };
  indexed.forEach((set, id) => {
    const spec = set.spec;
    if (!spec) return void c.others.push(id);
    for (const form of spec.exact) {
      const ids = c.exact.get(form);
      if (ids) ids.push(id);
      else c.exact.set(form, [id]);
    }
    for (const p of spec.prefixes) c.prefixes.push([p, id]);
    for (const x of spec.suffixes) c.suffixes.push([x, id]);
    for (const x of spec.infixes) c.infixes.push([x, id]);
  });
  return c;
}

function addId(ids: number[], id: number): void {
  if (!ids.includes(id)) ids.push(id);
}

/** The ids of the sets holding the form, ascending. */
function idsOf(form: string): number[] {
  const c = (combined ??= combine());
  const ids = c.exact.get(form)?.slice() ?? [];
  for (const [p, id] of c.prefixes) if (form.startsWith(p)) addId(ids, id);
  for (const [x, id] of c.suffixes) if (form.endsWith(x)) addId(ids, id);
  for (const [x, id] of c.infixes) if (form.includes(x)) addId(ids, id);
  for (const id of c.others) if (indexed[id]!.has(form)) addId(ids, id);
  return ids.length > 1 ? ids.sort((a, b) => a - b) : ids;
}

function compute(form: string): FormSets {
  const own = idsOf(form);
  if (!form.includes('-')) return own.length === 0 ? NONE : { own, withParts: own, bits: bitsOf(own), asked: own, askedVersion: -1, marked: -1 };
  const withParts = own.slice();
  const parts = form.split('-');
  for (let p = 1; p < parts.length; p++) for (const id of idsOf(parts[p]!)) if (!withParts.includes(id)) withParts.push(id);
  return { own, withParts, bits: bitsOf(own), asked: withParts, askedVersion: -1, marked: -1 };
}

/** A copy of the form that does not keep the text it was cut from alive (V8 slices long strings). */
function ownCopy(form: string): string {
  return form.length >= 13 ? (' ' + form).slice(1) : form;
}

// Short forms ("der", "in", ",", "of", "with") are most tokens: they are memoised by a small-integer
// key made of their characters, which is cheaper to look up than a new string.
let shortMemo = new Map<number, FormSets>();

/**
 * A unique small-integer key of a form: 1..4 characters in U+0001..U+007F (7 bits each, below 2^28),
 * or 1..3 in U+0001..U+00FF (8 bits each, plus 2^28); -1 for any other form.
 */
function shortKey(form: string): number {
  const n = form.length;
  if (n === 0 || n > 4) return -1;
  let ascii = 0;
  let latin = 0;
  let wide = false;
  for (let i = 0; i < n; i++) {
    const c = form.charCodeAt(i);
    if (c === 0 || c > 0xff) return -1;
    if (c > 0x7f) wide = true;
    ascii |= c << (7 * i);
    if (i < 3) latin |= c << (8 * i);
  }
  if (!wide) return ascii;
  return n <= 3 ? (1 << 28) + latin : -1;
}

/** The sets of a lowercase form (memoised). */
export function formSets(form: string): FormSets {
  // Tokens share their lowercase strings (one per distinct word, see text/tokenize.ts), whose hash V8
  // keeps: the memo look-up comes first, the character tests only for a form not seen before.
  let sets = memo.get(form);
  if (sets) return sets;
  const key = shortKey(form);
  if (key >= 0) sets = shortMemo.get(key);
  if (!sets) {
    if (filter === undefined) filter = buildFilter();
    sets = filter && key < 0 && !mayHold(filter, form) ? NONE : compute(form);
    if (key >= 0) shortMemo.set(key, sets);
  }
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(ownCopy(form), sets);
  return sets;
}

/** True when the word is known to be in no set (formSetsOfWord gave no ids at all); false when not known so. */
export function knownNoSets(id: number): boolean {
  const k = id - wordBase;
  return k >= 0 && k >> 5 < noSets.length && ((noSets[k >> 5]! >>> (k & 31)) & 1) === 1;
}

/**
 * The flags behind knownNoSets as they stand, for a loop over many word ids: knownNoSets(id) is
 * `k >= 0 && k >> 5 < flags.length && ((flags[k >> 5] >>> (k & 31)) & 1) === 1` with
 * k = id - noSetsBase(). Valid until the next formSetsOfWord or registerWordSet call (either may
 * move or grow the window).
 */
export function noSetsFlags(): Int32Array {
  return noSets;
}
export function noSetsBase(): number {
  return wordBase;
}

/** formSetsOfWord(id, ...) when the word's sets are at hand, without its form; else undefined. */
export function knownSetsOfWord(id: number): FormSets | undefined {
  const k = id - wordBase;
  return k >= 0 && k < byWord.length ? byWord[k] : undefined;
}

/** formSets(form) for the token text whose word id is `id` (form: that text's lowercase form). */
export function formSetsOfWord(id: number, form: string): FormSets {
  let k = id - wordBase;
  if (k >= 0 && k < byWord.length) {
    const sets = byWord[k];
    if (sets !== undefined) return sets;
  } else if (k < 0) return formSets(form);
  else if (k >= WORD_WINDOW) {
    byWord = [];
    noSets.fill(0);
    wordBase = id;
    k = 0;
  }
  const sets = formSets(form);
  while (byWord.length <= k) byWord.push(undefined);
  byWord[k] = sets;
  if (sets === NONE) {
    if (k >> 5 >= noSets.length) {
      const grown = new Int32Array(Math.max((k >> 5) + 1, noSets.length * 2));
      grown.set(noSets);
      noSets = grown;
    }
    noSets[k >> 5]! |= 1 << (k & 31);
  }
  return sets;
}
