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
  /**
   * The entry was reached through an inflected form, not a listed name: 'any' for the possessive
   * ("Kenya's", both languages), 'de' for German endings ("Kasachstans", "Olympischen Spielen").
   */
  inflected?: 'any' | 'de';
  /** A multi-word adjective or demonym ("South African", "North Koreans"), not a name. */
  via?: 'kb-adjective' | 'kb-demonym';
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

function insert(root: TrieNode, path: string[], entry: KbEntry, inflected: 'any' | 'de' | undefined): void {
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
    if (inflected) node.inflected = inflected;
  }
}

/** Adds a name's listed form, or (second pass) its inflected forms, so that matching is exact look-ups. */
function addName(root: TrieNode, name: string, entry: KbEntry, inflect = false): void {
  const tokens = tokenize(name);
  if (tokens.length === 0) return;
  if (!inflect) return insert(root, tokens.map((t) => t.lower), entry, undefined);
  let paths: Array<{ words: string[]; german: boolean }> = [{ words: [], german: false }];
  tokens.forEach((t, k) => {
    const forms = wordForms(t, k === tokens.length - 1);
    paths = paths.flatMap((p) => forms.map((f) => ({ words: [...p.words, f.text], german: p.german || f.german }))).slice(0, 256);
  });
  for (const path of paths) insert(root, path.words, entry, path.german ? 'de' : 'any');
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
    let next = node.children.get(key);
    if (!next) node.children.set(key, (next = { children: new Map() }));
    node = next;
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
  const g: Gazetteer = { names: { children: new Map() }, prefixes: new Set(), acronyms: new Map(), adjectives: new Map(), demonyms: new Map(), byId: new Map() };
  for (const entry of kb) {
    if (!g.byId.has(entry.id)) g.byId.set(entry.id, entry);
    for (const name of namesOf(entry)) addName(g.names, name, entry);
    for (const a of [entry.name, ...entry.names].filter(isCapsName)) if (!g.acronyms.has(a)) g.acronyms.set(a, entry);
    for (const a of entry.acronyms ?? []) {
      if (/[^\p{L}\p{N}]/u.test(a)) addName(g.names, a, entry);
      else if (!g.acronyms.has(a)) g.acronyms.set(a, entry);
    }
    for (const a of entry.adjectives ?? []) if (!g.adjectives.has(a.toLowerCase())) g.adjectives.set(a.toLowerCase(), entry);
    for (const d of entry.demonyms ?? []) if (!g.demonyms.has(d.toLowerCase())) g.demonyms.set(d.toLowerCase(), entry);
  }
  for (const key of [...g.adjectives.keys(), ...g.demonyms.keys()]) g.prefixes.add(prefixKey(key));
  addPhrases(g, kb);
  // Listed names of every entry first, then inflected forms: a listed name always wins.
  for (const entry of kb) for (const name of namesOf(entry)) addName(g.names, name, entry, true);
  return g;
}

const PLACE_TYPES = new Set(['City', 'Country', 'Region', 'Location']);

/** The document language as the matcher needs it: English text takes no German endings. */
export type MatchLang = 'de' | 'en' | 'und';

/** [end token index, entry, how it was named when not by a name]. */
export type NameMatch = [number, KbEntry, ('kb-adjective' | 'kb-demonym')?];

/** Longest name match starting at token i: [end token index, entry], or undefined. */
export function matchName(g: Gazetteer, tokens: Token[], i: number, lang: MatchLang = 'und'): NameMatch | undefined {
  const first = tokens[i]!;
  if (!(first.upper || first.kind === 'number')) return undefined;
  // Most capitalised words start no name: leave before allocating anything.
  let node: TrieNode | undefined = g.names.children.get(first.lower);
  if (!node) return undefined;
  const ends: NameMatch[] = [];
  const usable = (n: TrieNode): boolean => n.entry !== undefined && !(lang === 'en' && n.inflected === 'de');
  if (usable(node)) ends.push([i + 1, node.entry!, node.via]);
  for (let j = i + 1; j < tokens.length; j++) {
    node = node.children.get(tokens[j]!.lower);
    if (!node) break;
    if (usable(node)) ends.push([j + 1, node.entry!, node.via]);
  }
  const best = ends[ends.length - 1];
  return best ? splitTrailingPlace(g, tokens, ends, best, lang) : undefined;
}

/**
 * "Slawischer Basar in Witebsk" is a name of the festival, but the place in it is a mention of its
 * own: stop at the shorter name of the same entry when the rest is a preposition and a place.
 */
function splitTrailingPlace(g: Gazetteer, tokens: Token[], ends: NameMatch[], best: NameMatch, lang: MatchLang): NameMatch {
  if (PLACE_TYPES.has(best[1].type)) return best;
  for (const [end, entry] of ends) {
    if (entry !== best[1] || end >= best[0] - 1) continue;
    const prep = tokens[end]!;
    if (prep.kind !== 'word' || prep.upper) continue;
    const place = matchName(g, tokens, end + 1, lang);
    if (place && place[0] === best[0] && PLACE_TYPES.has(place[1].type)) return [end, entry];
  }
  return best;
}

const INNER_PLACE_PREPOSITIONS = new Set(['in', 'von', 'of', 'at', 'bei', 'aus', 'de']);

/**
 * "Filmfestival in Cannes", "Festival de Cannes": a name that ends in a preposition and a place
 * names that place too; the place gets a mention of its own inside the longer one.
 */
function addInnerPlace(g: Gazetteer, set: MentionSet, s: Sentence, from: number, name: NameMatch, lang: MatchLang): void {
  if (PLACE_TYPES.has(name[1].type) || name[2]) return;
  for (let k = from + 1; k < name[0] - 1; k++) {
    const t = s.tokens[k]!;
    if (t.upper || !INNER_PLACE_PREPOSITIONS.has(t.lower)) continue;
    const place = matchName(g, s.tokens, k + 1, lang);
    if (place && place[0] === name[0] && PLACE_TYPES.has(place[1].type)) set.add(place[1], s.index, k + 1, place[0], 'kb-name');
    return;
  }
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

type WordVia = 'kb-acronym' | 'kb-adjective' | 'kb-demonym' | 'kb-name';

function matchWord(g: Gazetteer, text: string, withNames = true, lower = text.toLowerCase(), lang: MatchLang = 'und'): [KbEntry, WordVia] | undefined {
  const acronym = g.acronyms.get(text);
  if (acronym) return [acronym, 'kb-acronym'];
  // English writes nationality words capitalised: "Polish" is Poland's, "polish" a verb.
  const adjectiveCase = lang !== 'en' || /^\p{Lu}/u.test(text);
  if (!adjectiveCase || !g.prefixes.has(prefixKey(lower))) return withNames ? matchOneWordName(g, text, lower, lang) : undefined;
  const adjective = lookupWithEndings(g.adjectives, lower, ADJ_ENDINGS);
  if (adjective) return [adjective, 'kb-adjective'];
  const demonym = lookupWithEndings(g.demonyms, lower, DEMONYM_ENDINGS);
  if (demonym) return [demonym, 'kb-demonym'];
  return withNames ? matchOneWordName(g, text, lower, lang) : undefined;
}

function matchOneWordName(g: Gazetteer, text: string, lower: string, lang: MatchLang): [KbEntry, 'kb-name'] | undefined {
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return undefined;
  const node = g.names.children.get(lower);
  if (!node?.entry || (lang === 'en' && node.inflected === 'de')) return undefined;
  return [node.entry, 'kb-name'];
}

/** The longest run of hyphen parts from part p that is a multi-word KB name ("Siemens-Energy" in "Siemens-Energy-Vorstand"). */
function matchPartRun(g: Gazetteer, parts: Part[], p: number, lang: MatchLang): [number, KbEntry] | undefined {
  if (!/^[\p{Lu}\p{N}]/u.test(parts[p]!.text)) return undefined;
  let node: TrieNode | undefined = g.names.children.get(parts[p]!.text.toLowerCase());
  let best: [number, KbEntry] | undefined;
  for (let q = p + 1; node && q < parts.length; q++) {
    node = node.children.get(parts[q]!.text.toLowerCase());
    if (node?.entry && !(lang === 'en' && node.inflected === 'de')) best = [q + 1, node.entry];
  }
  return best;
}

function matchCompound(g: Gazetteer, set: MentionSet, s: Sentence, i: number, lang: MatchLang): boolean {
  const token = s.tokens[i]!;
  const parts = hyphenParts(token);
  let found = false;
  for (let p = 0; p < parts.length; p++) {
    const run = matchPartRun(g, parts, p, lang);
    if (run) {
      const first = parts[p]!;
      const last = parts[run[0] - 1]!;
      set.add(run[1], s.index, i, i + 1, 'kb-name', { start: first.start, end: last.end, text: token.text.slice(first.start - token.start, last.end - token.start) });
      found = true;
      p = run[0] - 1;
      continue;
    }
    const part = parts[p]!;
    const hit = matchWord(g, part.text, true, part.text.toLowerCase(), lang);
    if (!hit) continue;
    set.add(hit[0], s.index, i, i + 1, hit[1], { start: part.start, end: part.end, text: part.text });
    found = true;
  }
  return found;
}

export interface KbMatchOptions {
  lang?: MatchLang;
  /** English adjectives of the word list ("nice"): a sentence-initial one is no place unless the text capitalises it elsewhere. */
  enAdjectives?: ReadonlySet<string>;
}

function isFirstWord(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'number') return false;
  return true;
}

/** Capitalised words that also occur inside a sentence: proof that the text means a name. */
function midSentenceForms(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) s.tokens.forEach((t, k) => { if (t.upper && k > 0 && !isFirstWord(s.tokens, k)) out.add(t.lower); });
  return out;
}

/** "Nice weather": an English sentence starting with an adjective that is also a one-word place name. */
function isInitialAdjective(tokens: Token[], i: number, end: number, options: KbMatchOptions, mid: () => Set<string>): boolean {
  const t = tokens[i]!;
  if (options.lang !== 'en' || end !== i + 1 || !options.enAdjectives?.has(t.lower) || !isFirstWord(tokens, i)) return false;
  return !mid().has(t.lower);
}

/** Adds every knowledge-base mention of the sentences to the set. */
export function findKbMentions(g: Gazetteer, sentences: Sentence[], set: MentionSet, options: KbMatchOptions = {}): void {
  const lang = options.lang ?? 'und';
  let mid: Set<string> | undefined;
  const midForms = (): Set<string> => (mid ??= midSentenceForms(sentences));
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      let name = matchName(g, tokens, i, lang);
      // "Ethiopian" is the adjective, not "Ethiopia" with a German -n.
      const listed = g.names.children.get(t.lower);
      if (name && name[0] === i + 1 && t.kind === 'word' && (!listed?.entry || listed.inflected)) {
        const word = matchWord(g, t.text, true, t.lower, lang);
        if (word && word[1] !== 'kb-name') name = undefined;
      }
      if (name && isInitialAdjective(tokens, i, name[0], options, midForms)) continue;
      if (name) {
        set.add(name[1], s.index, i, name[0], name[2] ?? 'kb-name');
        addInnerPlace(g, set, s, i, name, lang);
        i = name[0] - 1;
        continue;
      }
      if (t.kind !== 'word') continue;
      const word = matchWord(g, t.text, false, t.lower, lang);
      if (word) set.add(word[0], s.index, i, i + 1, word[1]);
      else if (t.text.includes('-') || t.text.includes('‐')) matchCompound(g, set, s, i, lang);
    }
  }
}
