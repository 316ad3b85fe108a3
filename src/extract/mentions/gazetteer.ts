// The knowledge-base matcher: a token trie of lowercased names (German inflection on the last
// token), case-sensitive acronyms, adjective stems with endings and demonyms, also inside hyphen
// compounds ("belarussisch-kasachischen", "SOZ-Gipfels"). Longest match wins. No regex per entry.

import type { KbEntry } from '../model/kb-types.js';
import type { Sentence, Token } from '../pipeline-types.js';
import { tokenize } from '../text/tokenize.js';
import type { MentionSet } from './mention-set.js';

interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: KbEntry;
  /** The entry was reached through an inflected form ("kasachstans"), not a listed name. */
  inflected?: boolean;
}

export interface Gazetteer {
  names: TrieNode;
  /** First three letters of every adjective and demonym (as a number): a cheap filter before the ending look-ups. */
  prefixes: Set<number>;
  acronyms: Map<string, KbEntry>;
  adjectives: Map<string, KbEntry>;
  demonyms: Map<string, KbEntry>;
  byId: Map<string, KbEntry>;
}

const NO_STEMS: string[] = [];
const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const DEMONYM_ENDINGS = ['', 'n', 'en', 's', 'es', 'in', 'innen', 'nen'];

/** Forms of a name's last token as German or English inflection leaves it ("Kasachstans" -> "kasachstan"). */
export function inflectionStems(lower: string): string[] {
  const lastChar = lower.charCodeAt(lower.length - 1);
  // s, n, ' and ’ are the only letters an inflection ends in: skip the work for every other word.
  if (lastChar !== 115 && lastChar !== 110 && lastChar !== 39 && lastChar !== 0x2019) return NO_STEMS;
  const out: string[] = [];
  for (const suffix of ["'s", '’s', "'", '’', 's', 'es', 'n', 'en']) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) out.push(lower.slice(0, lower.length - suffix.length));
  }
  return out;
}

const LAST_SUFFIXES = ['s', 'es', 'n', 'en', "'s", '’s', "'", '’'];
const INNER_SUFFIXES = ['n', 'r', 's', 'm'];

/** The inflected forms of one word of a name: all endings on the last word, adjective endings inside. */
function wordForms(t: Token, last: boolean): string[] {
  if (t.kind !== 'word' || t.lower.length < 3) return [t.lower];
  if (last) return [t.lower, ...LAST_SUFFIXES.map((s) => t.lower + s)];
  return t.lower.endsWith('e') ? [t.lower, ...INNER_SUFFIXES.map((s) => t.lower + s)] : [t.lower];
}

function insert(root: TrieNode, path: string[], entry: KbEntry, inflected: boolean): void {
  let node = root;
  for (const key of path) {
    let next = node.children.get(key);
    if (!next) {
      next = { children: new Map() };
      node.children.set(key, next);
    }
    node = next;
  }
  if (!node.entry) {
    node.entry = entry;
    if (inflected) node.inflected = true;
  }
}

/** Adds a name's listed form, or (second pass) its inflected forms, so that matching is exact look-ups. */
function addName(root: TrieNode, name: string, entry: KbEntry, inflect = false): void {
  const tokens = tokenize(name);
  if (tokens.length === 0) return;
  if (!inflect) return insert(root, tokens.map((t) => t.lower), entry, false);
  let paths: string[][] = [[]];
  tokens.forEach((t, k) => {
    const forms = wordForms(t, k === tokens.length - 1);
    paths = paths.flatMap((p) => forms.map((f) => [...p, f])).slice(0, 256);
  });
  for (const path of paths) insert(root, path, entry, true);
}

export function buildGazetteer(kb: readonly KbEntry[]): Gazetteer {
  const g: Gazetteer = { names: { children: new Map() }, prefixes: new Set(), acronyms: new Map(), adjectives: new Map(), demonyms: new Map(), byId: new Map() };
  for (const entry of kb) {
    if (!g.byId.has(entry.id)) g.byId.set(entry.id, entry);
    for (const name of [entry.name, ...entry.names]) addName(g.names, name, entry);
    for (const a of entry.acronyms ?? []) {
      if (/[^\p{L}\p{N}]/u.test(a)) addName(g.names, a, entry);
      else if (!g.acronyms.has(a)) g.acronyms.set(a, entry);
    }
    for (const a of entry.adjectives ?? []) if (!g.adjectives.has(a.toLowerCase())) g.adjectives.set(a.toLowerCase(), entry);
    for (const d of entry.demonyms ?? []) if (!g.demonyms.has(d.toLowerCase())) g.demonyms.set(d.toLowerCase(), entry);
  }
  for (const key of [...g.adjectives.keys(), ...g.demonyms.keys()]) g.prefixes.add(prefixKey(key));
  // Listed names of every entry first, then inflected forms: a listed name always wins.
  for (const entry of kb) for (const name of [entry.name, ...entry.names]) addName(g.names, name, entry, true);
  return g;
}

const PLACE_TYPES = new Set(['City', 'Country', 'Region', 'Location']);

/** Longest name match starting at token i: [end token index, entry], or undefined. */
export function matchName(g: Gazetteer, tokens: Token[], i: number): [number, KbEntry] | undefined {
  const first = tokens[i]!;
  if (!(first.upper || first.kind === 'number')) return undefined;
  // Most capitalised words start no name: leave before allocating anything.
  let node: TrieNode | undefined = g.names.children.get(first.lower);
  if (!node) return undefined;
  const ends: Array<[number, KbEntry]> = [];
  if (node.entry) ends.push([i + 1, node.entry]);
  for (let j = i + 1; j < tokens.length; j++) {
    node = node.children.get(tokens[j]!.lower);
    if (!node) break;
    if (node.entry) ends.push([j + 1, node.entry]);
  }
  const best = ends[ends.length - 1];
  return best ? splitTrailingPlace(g, tokens, ends, best) : undefined;
}

/**
 * "Slawischer Basar in Witebsk" is a name of the festival, but the place in it is a mention of its
 * own: stop at the shorter name of the same entry when the rest is a preposition and a place.
 */
function splitTrailingPlace(g: Gazetteer, tokens: Token[], ends: Array<[number, KbEntry]>, best: [number, KbEntry]): [number, KbEntry] {
  if (PLACE_TYPES.has(best[1].type)) return best;
  for (const [end, entry] of ends) {
    if (entry !== best[1] || end >= best[0] - 1) continue;
    const prep = tokens[end]!;
    if (prep.kind !== 'word' || prep.upper) continue;
    const place = matchName(g, tokens, end + 1);
    if (place && place[0] === best[0] && PLACE_TYPES.has(place[1].type)) return [end, entry];
  }
  return best;
}

function lookupWithEndings(map: Map<string, KbEntry>, lower: string, endings: string[]): KbEntry | undefined {
  for (const ending of endings) {
    if (lower.length - ending.length < 3 || !lower.endsWith(ending)) continue;
    const entry = map.get(lower.slice(0, lower.length - ending.length));
    if (entry) return entry;
  }
  return undefined;
}

interface Part {
  text: string;
  start: number;
  end: number;
}

function hyphenParts(token: Token): Part[] {
  const parts: Part[] = [];
  const re = /[^\-‐]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(token.text)) !== null) parts.push({ text: m[0], start: token.start + m.index, end: token.start + m.index + m[0].length });
  return parts;
}

/** A single word (or compound part) as acronym, adjective, demonym or one-word name. */
/** The first three UTF-16 units of a lowercase word as one number (no string is built). */
function prefixKey(lower: string): number {
  return (lower.charCodeAt(0) || 0) * 4294967296 + (lower.charCodeAt(1) || 0) * 65536 + (lower.charCodeAt(2) || 0);
}

function matchWord(g: Gazetteer, text: string, withNames = true, lower = text.toLowerCase()): [KbEntry, 'kb-acronym' | 'kb-adjective' | 'kb-demonym' | 'kb-name'] | undefined {
  const acronym = g.acronyms.get(text);
  if (acronym) return [acronym, 'kb-acronym'];
  if (!g.prefixes.has(prefixKey(lower))) return withNames ? matchOneWordName(g, text, lower) : undefined;
  const adjective = lookupWithEndings(g.adjectives, lower, ADJ_ENDINGS);
  if (adjective) return [adjective, 'kb-adjective'];
  const demonym = lookupWithEndings(g.demonyms, lower, DEMONYM_ENDINGS);
  if (demonym) return [demonym, 'kb-demonym'];
  return withNames ? matchOneWordName(g, text, lower) : undefined;
}

function matchOneWordName(g: Gazetteer, text: string, lower: string): [KbEntry, 'kb-name'] | undefined {
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return undefined;
  const name = g.names.children.get(lower)?.entry;
  return name ? [name, 'kb-name'] : undefined;
}

function matchCompound(g: Gazetteer, set: MentionSet, s: Sentence, i: number): boolean {
  const token = s.tokens[i]!;
  let found = false;
  for (const part of hyphenParts(token)) {
    const hit = matchWord(g, part.text);
    if (!hit) continue;
    set.add(hit[0], s.index, i, i + 1, hit[1], { start: part.start, end: part.end, text: part.text });
    found = true;
  }
  return found;
}

/** Adds every knowledge-base mention of the sentences to the set. */
export function findKbMentions(g: Gazetteer, sentences: Sentence[], set: MentionSet): void {
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      let name = matchName(g, tokens, i);
      // "Ethiopian" is the adjective, not "Ethiopia" with a German -n.
      const listed = g.names.children.get(t.lower);
      if (name && name[0] === i + 1 && t.kind === 'word' && (!listed?.entry || listed.inflected)) {
        const word = matchWord(g, t.text);
        if (word && word[1] !== 'kb-name') name = undefined;
      }
      if (name) {
        set.add(name[1], s.index, i, name[0], 'kb-name');
        i = name[0] - 1;
        continue;
      }
      if (t.kind !== 'word') continue;
      const word = matchWord(g, t.text, false, t.lower);
      if (word) set.add(word[0], s.index, i, i + 1, word[1]);
      else if (t.text.includes('-') || t.text.includes('‐')) matchCompound(g, set, s, i);
    }
  }
}
