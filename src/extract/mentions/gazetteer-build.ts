// Builds the knowledge-base matcher's data: a token trie of lowercased names with their German
// inflected forms (marked, so English text can skip them), multi-word adjectives, case-sensitive
// acronyms and all-capital names, adjective and demonym maps. Data structures only; no matching.

import type { KbEntry } from '../model/kb-types.js';
import type { Token } from '../pipeline-types.js';
import { tokenize } from '../text/tokenize.js';
import { fillEdges, type EdgeTable } from './gazetteer-edges.js';

export interface TrieNode {
  children: Map<string, TrieNode>;
  /** The same children by the number of their key in Gazetteer.wordKeys (filled when the trie is complete). */
  kids: Map<number, TrieNode>;
  /** The OR of kidBit (kidBit2) over the keys of kids (0: none): a Bloom filter of the child keys. */
  kidsMask: number;
  kidsMask2: number;
  entry?: KbEntry;
  /**
   * The entry was reached through an inflected form, not a listed name: 'any' for the possessive
   * ("Kenya's", both languages), 'de' for German endings ("Kasachstans", "Olympischen Spielen").
   */
  inflected?: 'any' | 'de';
  /** Some listed name has a lowercase word here ("of" in "Republic of Belarus"); else English text needs a capital. */
  lowerOk?: boolean;
  /** A multi-word adjective or demonym ("South African", "North Koreans"), not a name. */
  via?: 'kb-adjective' | 'kb-demonym';
  /** The node's number in EdgeTable.nodes (-1: the root, or not yet numbered). */
  id: number;
}

export interface Gazetteer {
  names: TrieNode;
  /** First three letters of every adjective and demonym (as a number): a cheap filter before the ending look-ups. */
  prefixes: Set<number>;
  acronyms: Map<string, KbEntry>;
  /** First UTF-16 unit of every acronym: most words start with none of them and skip the look-up. */
  acronymStarts: Set<number>;
  adjectives: Map<string, KbEntry>;
  demonyms: Map<string, KbEntry>;
  byId: Map<string, KbEntry>;
  /**
   * A number for every word of the trie below the root level: a token's word is looked up here once
   * (WordInfo.kbKey), then the trie walk takes TrieNode.kids by number instead of hashing strings.
   */
  wordKeys: Map<string, number>;
  /** The trie's edges below the root by (parent number, word key), filled with the kids. */
  edges: EdgeTable;
}

const NO_STEMS: string[] = [];
export const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
export const DEMONYM_ENDINGS = ['', 'n', 'en', 's', 'es', 'in', 'innen', 'nen'];

const STEM_SUFFIXES = ["'s", '’s', "'", '’', 's', 'es', 'n', 'en'];
const POSSESSIVE_SUFFIXES = ["'s", '’s', "'", '’'];

/** Forms of a name's last token as inflection leaves it ("Kasachstans" -> "kasachstan"); English has possessives only. */
export function inflectionStems(lower: string, lang: 'de' | 'en' | 'und' = 'und'): string[] {
  const lastChar = lower.charCodeAt(lower.length - 1);
  // s, n, ' and ’ are the only letters an inflection ends in: skip the work for every other word.
  if (lastChar !== 115 && lastChar !== 110 && lastChar !== 39 && lastChar !== 0x2019) return NO_STEMS;
  const out: string[] = [];
  for (const suffix of lang === 'en' ? POSSESSIVE_SUFFIXES : STEM_SUFFIXES) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) out.push(lower.slice(0, lower.length - suffix.length));
  }
  return out;
}

const POSSESSIVES = ["'s", '’s', "'", '’'];
const INNER_SUFFIXES = ['n', 'r', 's', 'm'];

/**
 * German endings a name's last word can take: genitive -s/-es after a consonant ("Kasachstans",
 * "Bundestages"), -s after a vowel ("Afrikas"), dative plural -n after -e/-el/-er ("Spielen",
 * "Gipfeln"), weak -en after a consonant ("Bären"). Never -n/-en after another vowel: "Afrikan", "Asian", "Korean" are no German forms.
 */
function germanLastSuffixes(lower: string): string[] {
  const vowelEnd = /[aeiouyäöü]$/u.test(lower);
  const out = ['s'];
  if (!vowelEnd && !/[sßxz]$/u.test(lower)) out.push('es', 'en');
  if (/(e|el|er)$/u.test(lower)) out.push('n');
  return out;
}

interface Form {
  text: string;
  german: boolean;
}

/** The inflected forms of one word of a name: possessives and German endings on the last word, adjective endings inside. */
function wordForms(t: Token, last: boolean): Form[] {
  const base: Form = { text: t.lower, german: false };
  if (t.kind !== 'word' || t.lower.length < 3) return [base];
  if (last) return [base, ...POSSESSIVES.map((s) => ({ text: t.lower + s, german: false })), ...germanLastSuffixes(t.lower).map((s) => ({ text: t.lower + s, german: true }))];
  return t.lower.endsWith('e') ? [base, ...INNER_SUFFIXES.map((s) => ({ text: t.lower + s, german: true }))] : [base];
}

/** The children of every leaf: one shared empty map, replaced by a node's own on its first child (never written to). */
const NO_CHILDREN: Map<string, TrieNode> = new Map();

/** The kids of every node without children (never written to). */
const NO_KIDS: Map<number, TrieNode> = new Map();

/** A trie node with every field present, so that all nodes share one shape (fast property reads). */
function newNode(children: Map<string, TrieNode>): TrieNode {
  return { children, kids: NO_KIDS, kidsMask: 0, kidsMask2: 0, entry: undefined, inflected: undefined, lowerOk: undefined, via: undefined, id: -1 };
}

/**
 * A word number's bits in TrieNode.kidsMask and kidsMask2 (two independent bits of 30). Bits 0-29
 * only: the masks stay small integers (V8 stores a field that once held a larger number as a boxed
 * double, in every object of the shape).
 */
export function kidBit(key: number): number {
  return 1 << (key % 30);
}

export function kidBit2(key: number): number {
  return 1 << ((Math.imul(key, 0x9e3779b1) >>> 2) % 30);
}

/** Numbers the words below the root (Gazetteer.wordKeys) and the nodes, fills every node's kids and the edge table. */
function indexWords(g: Gazetteer): void {
  const nodes = g.edges.nodes;
  const stack: TrieNode[] = [...g.names.children.values()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.id < 0) {
      node.id = nodes.length;
      nodes.push(node);
    }
    if (node.children.size === 0 || node.kids !== NO_KIDS) continue;
    node.kids = new Map();
    for (const [key, child] of node.children) {
      let id = g.wordKeys.get(key);
      if (id === undefined) g.wordKeys.set(key, (id = g.wordKeys.size));
      node.kids.set(id, child);
      node.kidsMask |= kidBit(id);
      node.kidsMask2 |= kidBit2(id);
      stack.push(child);
    }
  }
  fillEdges(g.edges);
}

/** The child of node under key, created when missing. */
function childOf(node: TrieNode, key: string): TrieNode {
  let next = node.children.get(key);
  if (!next) {
    if (node.children === NO_CHILDREN) node.children = new Map();
    next = newNode(NO_CHILDREN);
    node.children.set(key, next);
  }
  return next;
}

function insert(root: TrieNode, path: string[], entry: KbEntry, inflected: 'any' | 'de' | undefined, lower: readonly boolean[] = []): void {
  let node = root;
  for (let k = 0; k < path.length; k++) {
    node = childOf(node, path[k]!);
    if (lower[k]) node.lowerOk = true;
  }
  if (!node.entry) {
    node.entry = entry;
    if (inflected) node.inflected = inflected;
  }
}

/** Adds a name's listed form, or (second pass) its inflected forms, so that matching is exact look-ups. */
function addName(root: TrieNode, name: string, entry: KbEntry, inflect = false): void {
  const tokens = tokenize(name);
  if (tokens.length === 0) return;
  const lower = tokens.map((t) => t.kind === 'word' && !t.upper);
  if (!inflect) return insert(root, tokens.map((t) => t.lower), entry, undefined, lower);
  let paths: Array<{ words: string[]; german: boolean }> = [{ words: [], german: false }];
  tokens.forEach((t, k) => {
    const forms = wordForms(t, k === tokens.length - 1);
    paths = paths.flatMap((p) => forms.map((f) => ({ words: [...p.words, f.text], german: p.german || f.german }))).slice(0, 256);
  });
  for (const path of paths) insert(root, path.words, entry, path.german ? 'de' : 'any', lower);
}

/** Multi-word adjectives and demonyms ("south african", "North Korean") go into the name trie, capitalised forms only. */
function addPhrases(g: Gazetteer, kb: readonly KbEntry[]): void {
  for (const entry of kb) {
    for (const [list, via, endings] of [[entry.adjectives, 'kb-adjective', ADJ_ENDINGS], [entry.demonyms, 'kb-demonym', DEMONYM_ENDINGS]] as const) {
      for (const phrase of list ?? []) {
        const words = tokenize(phrase).map((t) => t.lower);
        if (words.length < 2) continue;
        for (const ending of endings) insertPhrase(g.names, [...words.slice(0, -1), words[words.length - 1]! + ending], entry, via);
      }
    }
  }
}

function insertPhrase(root: TrieNode, path: string[], entry: KbEntry, via: 'kb-adjective' | 'kb-demonym'): void {
  let node = root;
  for (const key of path) {
    node = childOf(node, key);
    node.lowerOk = true;
  }
  if (node.entry) return;
  node.entry = entry;
  node.via = via;
}

/** "WHO", "NATO": an all-capital one-word name is matched case-sensitively, like an acronym. */
function isCapsName(name: string): boolean {
  return name.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(name) && /\p{Lu}/u.test(name);
}

/**
 * The surface names matched case-insensitively: `names` only. The canonical `name` is matched when
 * it is listed there too; an entry that leaves it out ("!Nice", "dpa") means it to be found otherwise.
 */
function namesOf(entry: KbEntry): string[] {
  return entry.names.filter((n) => !isCapsName(n));
}

export function buildGazetteer(kb: readonly KbEntry[]): Gazetteer {
  const g: Gazetteer = { names: newNode(new Map()), prefixes: new Set(), acronyms: new Map(), acronymStarts: new Set(), adjectives: new Map(), demonyms: new Map(), byId: new Map(), wordKeys: new Map(), edges: { slots: new Int32Array(0), mask: 0, nodes: [], entries: [] } };
  for (const entry of kb) {
    if (!g.byId.has(entry.id)) g.byId.set(entry.id, entry);
    for (const name of namesOf(entry)) addName(g.names, name, entry);
    for (const a of [entry.name, ...entry.names].filter(isCapsName)) {
      // "AT&T", "H&M" are several tokens: matched as a name ("AT & T" too), not as one acronym token.
      if (a.includes('&')) {
        if (entry.names.includes(a)) addName(g.names, a, entry);
      } else if (!g.acronyms.has(a)) g.acronyms.set(a, entry);
    }
    for (const a of entry.acronyms ?? []) {
      if (/[^\p{L}\p{N}]/u.test(a)) addName(g.names, a, entry);
      else if (!g.acronyms.has(a)) g.acronyms.set(a, entry);
    }
    for (const a of entry.adjectives ?? []) if (!g.adjectives.has(a.toLowerCase())) g.adjectives.set(a.toLowerCase(), entry);
    for (const d of entry.demonyms ?? []) if (!g.demonyms.has(d.toLowerCase())) g.demonyms.set(d.toLowerCase(), entry);
  }
  for (const key of [...g.adjectives.keys(), ...g.demonyms.keys()]) g.prefixes.add(prefixKey(key));
  for (const key of g.acronyms.keys()) g.acronymStarts.add(key.charCodeAt(0));
  addPhrases(g, kb);
  // Listed names of every entry first, then inflected forms: a listed name always wins.
  for (const entry of kb) for (const name of namesOf(entry)) addName(g.names, name, entry, true);
  indexWords(g);
  return g;
}

/** The first three UTF-16 units of a lowercase word as one number (no string is built). */
export function prefixKey(lower: string): number {
  return (lower.charCodeAt(0) || 0) * 4294967296 + (lower.charCodeAt(1) || 0) * 65536 + (lower.charCodeAt(2) || 0);
}
