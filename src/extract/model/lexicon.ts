// The German and English word lists (hunspell .dic files of the dictionary-de / dictionary-en
// packages), loaded once, lazily, into Sets. German capitalised entries that may start a compound
// (flag "m") are common nouns; others without it are mostly proper names. Never throws: a missing
// list yields empty sets and `lexiconMissing()` reports it.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Lexicon {
  /** German common nouns, lowercased base forms ("zusammenarbeit", "partner"). */
  deNouns: Set<string>;
  /** Every German entry, lowercased (nouns, verbs, adjectives, names, compound stems). */
  deWords: Set<string>;
  /** Capitalised German entries that cannot start a compound: mostly given names ("alexander", "eva"). */
  deProper: Set<string>;
  /** Every capitalised German entry, lowercased: possible heads of a compound noun. */
  deHeads: Set<string>;
  /** English entries spelled lowercase in the list ("the", "president", "cooperation"). */
  enCommon: Set<string>;
  /** Capitalised German entries with no plural or compound flags (only S, m): names or mass nouns ("cannes", "wien", "abscheu"). */
  deNameLike: Set<string>;
  /** English entries spelled capitalised (proper names: "berlin", "cannes"), lowercased. */
  enProper: Set<string>;
  /** English adjectives with comparison forms (hunspell flag T: "nice", "fine"), lowercase. */
  enAdjectives: Set<string>;
  missing: string[];
}

let cached: Lexicon | undefined;

/** Where this module lives: import.meta.url under Node ESM/tsx; @swc/jest's CommonJS rewrites it to __filename. */
function moduleDir(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}

/** The places a word list is looked for, module location first (independent of cwd and argv). */
export function defaultSearchStarts(): string[] {
  const starts = [moduleDir(), process.cwd(), process.argv[1] ? path.dirname(process.argv[1]) : undefined];
  return starts.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** The .dic file of a dictionary package, resolved like an import from each start, then by walking up node_modules. */
export function findDictionary(pkg: string, starts: readonly string[] = defaultSearchStarts()): string | undefined {
  for (const start of starts) {
    try {
      const entry = createRequire(path.join(start, 'index.js')).resolve(pkg);
      const file = path.join(path.dirname(entry), 'index.dic');
      if (fs.existsSync(file)) return file;
    } catch {
      // not resolvable from here (e.g. exports conditions); walk up below
    }
    for (let dir = start; ; dir = path.dirname(dir)) {
      const file = path.join(dir, 'node_modules', pkg, 'index.dic');
      if (fs.existsSync(file)) return file;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

function readLines(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
}

function parseGerman(lines: string[], lex: Lexicon): void {
  for (const line of lines) {
    if (line.length === 0 || line.charCodeAt(0) === 9) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    if (word.length === 0) continue;
    const lower = word.toLowerCase();
    lex.deWords.add(lower);
    const first = word[0]!;
    if (first === first.toLowerCase() || word === word.toUpperCase()) continue;
    lex.deHeads.add(lower);
    if (/^[Sm]*$/u.test(flags)) lex.deNameLike.add(lower);
    if (flags.includes('m') && !flags.includes('h')) lex.deNouns.add(lower);
    else if (!flags.includes('h')) lex.deProper.add(lower);
  }
}

function parseEnglish(lines: string[], lex: Lexicon): void {
  for (const line of lines) {
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    if (word.length === 0) continue;
    const first = word[0]!;
    if (first !== first.toLowerCase() && word !== word.toUpperCase()) lex.enProper.add(word.toLowerCase());
    if (first !== first.toLowerCase() || first === first.toUpperCase()) continue;
    lex.enCommon.add(word);
    if (slash >= 0 && line.slice(slash + 1).includes('T')) lex.enAdjectives.add(word);
  }
}

/** Loads both word lists from the given search starts (tests pass their own; getLexicon caches the default). */
export function loadLexicon(starts: readonly string[] = defaultSearchStarts()): Lexicon {
  const lex: Lexicon = { deNouns: new Set(), deWords: new Set(), deHeads: new Set(), deProper: new Set(), enCommon: new Set(), enAdjectives: new Set(), deNameLike: new Set(), enProper: new Set(), missing: [] };
  const de = findDictionary('dictionary-de', starts);
  const en = findDictionary('dictionary-en', starts);
  parseGerman(readLines(de), lex);
  parseEnglish(readLines(en), lex);
  // A list that was found but could not be read (or is empty) is as missing as one never found.
  if (lex.deWords.size === 0) lex.missing.push('dictionary-de');
  if (lex.enCommon.size === 0) lex.missing.push('dictionary-en');
  return lex;
}

export function getLexicon(): Lexicon {
  if (!cached) cached = loadLexicon();
  return cached;
}

const NOUN_ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'in', 'innen', 'nen'];
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** Derivational noun suffixes the word list leaves to its affix rules ("Führung", "Sicherheit"). */
const NOUN_SUFFIX_RE = /^.{3,}(ung|heit|keit|schaft|tion|tät|ismus|nis|tum)(en|se|sen)?$/u;
const nounCache = new Map<string, boolean>();

/** A German common noun, also inflected ("Partnern", "Präsidentin") or a compound ("Handelsumsatz"). */
export function isGermanCommonNoun(word: string, lex: Lexicon = getLexicon()): boolean {
  const lower = word.toLowerCase();
  // No name is that long; and a compound search over a huge "word" would be quadratic.
  if (lower.length > 40) return true;
  const known = nounCache.get(lower);
  if (known !== undefined) return known;
  const result = NOUN_SUFFIX_RE.test(lower) || hasForm(lower, lex.deNouns) || isCompound(lower, lex, 1);
  if (nounCache.size > 50000) nounCache.clear();
  nounCache.set(lower, result);
  return result;
}

function hasForm(lower: string, set: Set<string>): boolean {
  for (const ending of NOUN_ENDINGS) {
    if (ending.length >= lower.length - 1) continue;
    if (lower.endsWith(ending) && set.has(lower.slice(0, lower.length - ending.length))) return true;
  }
  return false;
}

/** A known word (with a linking -s-, -n-, ...) as first part: "Kooperations", "Güter", "Staats". */
function isStem(prefix: string, lex: Lexicon, depth: number): boolean {
  for (const link of LINKS) {
    if (link.length >= prefix.length - 2 || !prefix.endsWith(link)) continue;
    const stem = prefix.slice(0, prefix.length - link.length);
    if (lex.deWords.has(stem)) return true;
  }
  return depth > 0 && isCompoundPrefix(prefix, lex, depth - 1);
}

function isCompoundPrefix(prefix: string, lex: Lexicon, depth: number): boolean {
  for (let cut = 3; cut <= prefix.length - 3; cut++) {
    if (lex.deWords.has(prefix.slice(cut)) && isStem(prefix.slice(0, cut), lex, depth)) return true;
  }
  return false;
}

/** "Kooperationspotenzial", "Gütertransit": a known stem of 3+ letters before a known noun of 3+. */
function isCompound(lower: string, lex: Lexicon, depth: number): boolean {
  for (let cut = 3; cut <= lower.length - 3; cut++) {
    if (hasForm(lower.slice(cut), lex.deHeads) && isStem(lower.slice(0, cut), lex, depth)) return true;
  }
  return false;
}

/** An English word that the list spells lowercase: a common word when capitalised at a sentence start. */
export function isEnglishCommonWord(word: string, lex: Lexicon = getLexicon()): boolean {
  const lower = word.toLowerCase();
  if (lex.enCommon.has(lower)) return true;
  if (lower.endsWith('s') && lex.enCommon.has(lower.slice(0, -1))) return true;
  return lower.endsWith('es') && lex.enCommon.has(lower.slice(0, -2));
}

/**
 * A capitalised word both lists treat as a proper name: English spells it capitalised only, German
 * knows it at most without plural or compound forms ("Cannes", "Kiel"; not "Angst", "Abscheu").
 */
export function isProperName(word: string, lex: Lexicon = getLexicon()): boolean {
  const lower = word.toLowerCase();
  if (!lex.enProper.has(lower) || lex.enCommon.has(lower)) return false;
  return !lex.deWords.has(lower) || lex.deNameLike.has(lower);
}

/** Names of the word-list packages that could not be loaded (empty when all is well). */
export function lexiconMissing(): string[] {
  return [...getLexicon().missing];
}
