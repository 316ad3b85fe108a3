// Compiled cue-word sets: exact forms in a Set, "x*" prefixes, "*x" suffixes, "*x*" infixes, and
// plain exact sets for closed word lists. Compiled once per (list, language) and cached; each shows
// its spec so word-index.ts can answer for all sets at once. Knows nothing about rules.

import { RELATION_CUES } from '../model/relation-cues.js';
import type { CueKey } from '../model/relation-cues.js';

export interface WordSet {
  has(form: string): boolean;
  /** What the set holds, for indexes that need a quick "certainly not in it" test (word-index.ts). */
  readonly spec?: WordSpec;
}

export interface WordSpec {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly infixes: readonly string[];
}

class CompiledWords implements WordSet, WordSpec {
  readonly exact = new Set<string>();
  readonly prefixes: string[] = [];
  readonly suffixes: string[] = [];
  readonly infixes: string[] = [];
  readonly spec: WordSpec = this;

  constructor(forms: readonly string[]) {
    for (const raw of forms) {
      const f = raw.toLowerCase();
      const head = f.startsWith('*');
      const tail = f.endsWith('*') && f.length > 1;
      const core = f.slice(head ? 1 : 0, tail ? -1 : undefined);
      if (head && tail) this.infixes.push(core);
      else if (head) this.suffixes.push(core);
      else if (tail) this.prefixes.push(core);
      else this.exact.add(core);
    }
  }

  has(form: string): boolean {
    if (this.exact.has(form)) return true;
    for (const p of this.prefixes) if (form.startsWith(p)) return true;
    for (const s of this.suffixes) if (form.endsWith(s)) return true;
    for (const i of this.infixes) if (form.includes(i)) return true;
    return false;
  }
}

/** Exactly these forms, as given (no lowercasing, no "*" patterns): a plain Set that word-index.ts can index. */
class ExactWords implements WordSet, WordSpec {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[] = [];
  readonly suffixes: readonly string[] = [];
  readonly infixes: readonly string[] = [];
  readonly spec: WordSpec = this;

  constructor(forms: readonly string[]) {
    this.exact = new Set(forms);
  }

  has(form: string): boolean {
    return this.exact.has(form);
  }
}

const exactCache = new Map<string, WordSet>();

/** The set of exactly these forms (cached by content). */
export function exactSet(forms: readonly string[]): WordSet {
  const key = forms.join('\u0000');
  let set = exactCache.get(key);
  if (!set) {
    set = new ExactWords(forms);
    exactCache.set(key, set);
  }
  return set;
}

const cache = new Map<string, WordSet>();

export function wordSet(forms: readonly string[]): WordSet {
  const key = forms.join('\u0000');
  let set = cache.get(key);
  if (!set) {
    set = new CompiledWords(forms);
    cache.set(key, set);
  }
  return set;
}

// By language, then key: no key string is built per look-up (the matcher asks for every cue element).
const cueCache = { de: new Map<CueKey, WordSet>(), en: new Map<CueKey, WordSet>(), any: new Map<CueKey, WordSet>() };

/** The cue list for a rule language; 'any' unites German and English. */
export function cueSet(key: CueKey, lang: 'de' | 'en' | 'any'): WordSet {
  const cache = cueCache[lang];
  let set = cache.get(key);
  if (!set) {
    const cue = RELATION_CUES[key];
    set = wordSet(lang === 'any' ? [...cue.de, ...cue.en] : cue[lang]);
    cache.set(key, set);
  }
  return set;
}

const literalCache = new WeakMap<readonly string[], WordSet>();

/** The set for a literal word list, cached by the list object itself (rules are static data). */
export function literalSet(words: readonly string[]): WordSet {
  let set = literalCache.get(words);
  if (!set) {
    set = wordSet(words);
    literalCache.set(words, set);
  }
  return set;
}
