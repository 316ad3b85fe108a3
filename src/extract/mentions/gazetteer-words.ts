// One word, or the parts of a hyphenated compound, against the knowledge base: acronyms ("SOZ"),
// adjectives ("kasachischen"), demonyms ("Belarussen"), one-word names, and names inside compounds
// ("Siemens-Energy-Vorstand", "SOZ-Gipfel").

import type { KbEntry } from '../model/kb-types.js';
import type { Sentence, Token } from '../pipeline-types.js';
import { ADJ_ENDINGS, DEMONYM_ENDINGS, prefixKey, type Gazetteer, type TrieNode } from './gazetteer-build.js';
import type { MatchLang } from './gazetteer.js';
import type { MentionSet } from './mention-set.js';

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

type WordVia = 'kb-acronym' | 'kb-adjective' | 'kb-demonym' | 'kb-name';

/** A single word (or compound part) as acronym, adjective, demonym or one-word name. */
export function matchWord(g: Gazetteer, text: string, withNames = true, lower = text.toLowerCase(), lang: MatchLang = 'und'): [KbEntry, WordVia] | undefined {
  const acronym = g.acronymStarts.has(text.charCodeAt(0)) ? (g.acronyms.get(text) ?? possessiveAcronym(g, text)) : undefined;
  if (acronym) return [acronym, 'kb-acronym'];
  // English writes nationality words capitalised: "Polish" is Poland's, "polish" a verb.
  const adjectiveCase = lang !== 'en' || startsUpper(text);
  if (!adjectiveCase || !g.prefixes.has(prefixKey(lower))) return withNames ? matchOneWordName(g, text, lower, lang) : undefined;
  const adjective = lookupWithEndings(g.adjectives, lower, ADJ_ENDINGS);
  if (adjective) return [adjective, 'kb-adjective'];
  const demonym = lookupWithEndings(g.demonyms, lower, DEMONYM_ENDINGS);
  if (demonym) return [demonym, 'kb-demonym'];
  return withNames ? matchOneWordName(g, text, lower, lang) : undefined;
}

/** "NATO's", "ASEAN’s", "BRICS'": an acronym with a possessive ending, as "Kenya's" is Kenya. */
function possessiveAcronym(g: Gazetteer, text: string): KbEntry | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (last === 115 /* s */) {
    const mark = text.charCodeAt(text.length - 2);
    return mark === 39 || mark === 0x2019 ? g.acronyms.get(text.slice(0, -2)) : undefined;
  }
  return last === 39 || last === 0x2019 ? g.acronyms.get(text.slice(0, -1)) : undefined;
}

/** /^\p{Lu}/u without a regex for ASCII. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(text);
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

export function matchCompound(g: Gazetteer, set: MentionSet, s: Sentence, i: number, lang: MatchLang): boolean {
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
