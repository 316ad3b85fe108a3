// The knowledge-base matcher: longest match of names in the trie (German inflection only in German
// text, English names need their capitals), case-sensitive acronyms, adjective stems with endings
// and demonyms, also inside hyphen compounds ("belarussisch-kasachischen", "SOZ-Gipfels",
// "Siemens-Energy-Vorstand"). No regex per entry. The data is built in ./gazetteer-build.ts; single
// words and compound parts are matched in ./gazetteer-words.ts.

import type { KbEntry } from '../model/kb-types.js';
import type { Sentence, Token } from '../pipeline-types.js';
import { kidBit, kidBit2, type Gazetteer, type TrieNode } from './gazetteer-build.js';
import { EDGE_BITS, EDGE_CHILD, EDGE_ENTRY, EDGE_ENTRY_NO, EDGE_INFLECTED_DE, EDGE_KIDS_MASK, EDGE_KIDS_MASK2, EDGE_LOWER_OK, edgeAt, edgeVia } from './gazetteer-edges.js';
import type { MentionSet } from './mention-set.js';
import { STOPWORDS } from '../model/stopwords.js';
import { F_FIRST_NAME, T_HYPHEN, wordFlags, type KbWordMatch, type WordInfo } from './word-info.js';
import { matchCompound, matchWord } from './gazetteer-words.js';

export { buildGazetteer, inflectionStems, type Gazetteer } from './gazetteer-build.js';

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
  const node = g.names.children.get(first.lower);
  return node ? matchFrom(g, tokens, i, lang, node) : undefined;
}

/** matchName with the trie node of token i already looked up. */
function matchFrom(g: Gazetteer, tokens: Token[], i: number, lang: MatchLang, start: TrieNode): NameMatch | undefined {
  let node: TrieNode | undefined = start;
  let ends: NameMatch[] | undefined;
  let best: NameMatch | undefined;
  if (usable(node, lang)) best = [i + 1, node.entry!, node.via];
  for (let j = i + 1; j < tokens.length && node.children.size > 0; j++) {
    const t = tokens[j]!;
    node = node.children.get(t.lower);
    // English: "the Kazan expo centre" does not spell the name "Kazan Expo".
    if (!node || (lang === 'en' && t.kind === 'word' && !t.upper && !node.lowerOk)) break;
    if (usable(node, lang)) {
      if (best) (ends ??= []).push(best);
      best = [j + 1, node.entry!, node.via];
    }
  }
  if (!best) return undefined;
  if (!ends) return best;
  ends.push(best);
  return splitTrailingPlace(g, tokens, ends, best, lang);
}

/**
 * matchFrom over the tokens' WordInfo rows: children by the words' numbers (WordInfo.kbKey) in the
 * edge table (gazetteer-build.ts: child number, masks, flags and entry in one slot), a next word that is
 * no child mostly told by the Bloom masks (TrieNode.kidsMask, for the first step the start word's
 * copy in its WordInfo) without a look-up, no trie node read at all, and the token
 * itself only where English needs its case. The same answer as matchFrom.
 */
function matchFromRow(g: Gazetteer, tokens: Token[], i: number, lang: MatchLang, row: readonly WordInfo[]): NameMatch | undefined {
  const { slots, entries } = g.edges;
  let ends: NameMatch[] | undefined;
  // The start node's fields come from the start word's WordInfo: most matches end at one word.
  const first = row[i]!;
  let bestEnd = usableStart(first, lang) ? i + 1 : -1;
  let bestEntry = first.kbEntry;
  let bestVia = first.kbVia;
  let kidsMask = first.kbKidsMask;
  let kidsMask2 = first.kbKidsMask2;
  let node = first.kbNodeId;
  for (let j = i + 1; j < tokens.length && kidsMask !== 0; j++) {
    const info = row[j]!;
    if (info.kbFor !== g) kbNodeOf(g, info);
    if ((kidsMask & info.kbKeyBit) === 0 || (kidsMask2 & info.kbKeyBit2) === 0) break;
    const at = edgeAt(g.edges, node, info.kbKey);
    if (at < 0) break;
    const bits = slots[at + EDGE_BITS]!;
    // English: "the Kazan expo centre" does not spell the name "Kazan Expo".
    if (lang === 'en' && (bits & EDGE_LOWER_OK) === 0) {
      const t = tokens[j]!;
      if (t.kind === 'word' && !t.upper) break;
    }
    node = slots[at + EDGE_CHILD]!;
    if ((bits & EDGE_ENTRY) !== 0 && !(lang === 'en' && (bits & EDGE_INFLECTED_DE) !== 0)) {
      if (bestEnd >= 0) (ends ??= []).push([bestEnd, bestEntry!, bestVia]);
      bestEnd = j + 1;
      bestEntry = entries[slots[at + EDGE_ENTRY_NO]!];
      bestVia = edgeVia(bits);
    }
    kidsMask = slots[at + EDGE_KIDS_MASK]!;
    kidsMask2 = slots[at + EDGE_KIDS_MASK2]!;
  }
  if (bestEnd < 0) return undefined;
  const best: NameMatch = [bestEnd, bestEntry!, bestVia];
  if (!ends) return best;
  ends.push(best);
  return splitTrailingPlace(g, tokens, ends, best, lang);
}

/**
 * A name whose last word opens a hyphen compound: "Hong Kong-based", "Kuala Lumpur-based", "Deutsche
 * Bank-Chef", "Siemens Energy-Aktie". The words before the compound and the compound's first part
 * spell the name: [end token index (the compound's token + 1), entry, offset where the name ends].
 */
function matchIntoCompound(g: Gazetteer, tokens: Token[], i: number, lang: MatchLang, start: TrieNode): [number, KbEntry, number] | undefined {
  let node: TrieNode | undefined = start;
  for (let j = i + 1; j < tokens.length && node && node.children.size > 0; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !t.upper) return undefined;
    const dash = hyphenAt(t.text);
    if (dash < 0) {
      node = node.children.get(t.lower);
      continue;
    }
    // The rest is one more word ("-based", "-Chef"): "Red Bull-Bora-Hansgrohe" is a name of its own.
    if (dash === 0 || hyphenAt(t.text.slice(dash + 1)) >= 0) return undefined;
    const part = node.children.get(t.lower.slice(0, dash));
    return part && usable(part, lang) && part.via === undefined ? [j + 1, part.entry!, t.start + dash] : undefined;
  }
  return undefined;
}

/** Where the first hyphen of a word is, -1 without one. */
function hyphenAt(text: string): number {
  const a = text.indexOf('-');
  const b = text.indexOf('‐');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function usable(n: TrieNode, lang: MatchLang): boolean {
  return n.entry !== undefined && !(lang === 'en' && n.inflected === 'de');
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

export interface KbMatchOptions {
  lang?: MatchLang;
  /** The sentences' WordInfo rows: per-word answers are then looked up once per word and process. */
  rows?: readonly (readonly WordInfo[])[];
  /** English adjectives of the word list ("nice"): a sentence-initial one is no place unless the text capitalises it elsewhere. */
  enAdjectives?: ReadonlySet<string>;
}

function isFirstWord(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'number') return false;
  return true;
}

/** A capitalised word (lowercased) that also occurs inside a sentence, after a word or number: proof that the text means a name. */
function occursMidSentence(sentences: Sentence[], lower: string): boolean {
  for (const s of sentences) {
    let afterWord = false;
    for (const t of s.tokens) {
      if (afterWord && t.upper && t.lower === lower) return true;
      if (t.kind === 'word' || t.kind === 'number') afterWord = true;
    }
  }
  return false;
}

/**
 * "Nice weather": an English sentence starting with an adjective that is also a one-word place name;
 * "Seine Finanzchefin": a German one starting with a function word that is one (the river Seine).
 */
function isInitialAdjective(tokens: Token[], i: number, end: number, options: KbMatchOptions, mid: (lower: string) => boolean): boolean {
  const t = tokens[i]!;
  // The word list last: a name mostly follows another word, which isFirstWord sees first.
  if (end !== i + 1 || (options.lang !== 'en' && options.lang !== 'de') || !isFirstWord(tokens, i)) return false;
  if (!(options.lang === 'en' ? options.enAdjectives?.has(t.lower) : STOPWORDS.has(t.lower))) return false;
  return !mid(t.lower);
}

/** WordInfo.kbNodeBits: the trie node has an entry; it was reached through an inflected form; a German one. */
const KB_NODE_ENTRY = 1;
const KB_NODE_INFLECTED = 2;
const KB_NODE_INFLECTED_DE = 4;

function nodeBits(node: TrieNode): number {
  return (node.entry !== undefined ? KB_NODE_ENTRY : 0) | (node.inflected ? KB_NODE_INFLECTED : 0) | (node.inflected === 'de' ? KB_NODE_INFLECTED_DE : 0);
}

/** usable() of the word's trie node, from its WordInfo. */
function usableStart(info: WordInfo, lang: MatchLang): boolean {
  return (info.kbNodeBits & KB_NODE_ENTRY) !== 0 && !(lang === 'en' && (info.kbNodeBits & KB_NODE_INFLECTED_DE) !== 0);
}

/** The name trie's child under a word, and matchWord without names, remembered on the word's WordInfo. */
function kbNodeOf(g: Gazetteer, info: WordInfo): TrieNode | undefined {
  if (info.kbFor !== g) {
    info.kbFor = g;
    info.kbNode = g.names.children.get(info.lower) ?? null;
    info.kbKey = g.wordKeys.get(info.lower) ?? -1;
    info.kbKeyBit = info.kbKey < 0 ? 0 : kidBit(info.kbKey);
    info.kbKeyBit2 = info.kbKey < 0 ? 0 : kidBit2(info.kbKey);
    info.kbKidsMask = info.kbNode?.kidsMask ?? 0;
    info.kbKidsMask2 = info.kbNode?.kidsMask2 ?? 0;
    info.kbEntry = info.kbNode?.entry;
    info.kbVia = info.kbNode?.via;
    info.kbNodeBits = info.kbNode ? nodeBits(info.kbNode) : 0;
    info.kbNodeId = info.kbNode?.id ?? -1;
    info.kbDe = info.kbEn = info.kbUnd = undefined;
    info.kbMiss = 0;
  }
  return info.kbNode ?? undefined;
}

function kbWordOf(g: Gazetteer, info: WordInfo, lang: MatchLang): KbWordMatch | undefined {
  if (info.kbFor !== g) kbNodeOf(g, info);
  let hit = lang === 'de' ? info.kbDe : lang === 'en' ? info.kbEn : info.kbUnd;
  if (hit === undefined) {
    hit = matchWord(g, info.text, false, info.lower, lang) ?? null;
    if (lang === 'de') info.kbDe = hit;
    else if (lang === 'en') info.kbEn = hit;
    else info.kbUnd = hit;
  }
  return hit ?? undefined;
}

/** WordInfo.kbMiss bits per document language: the answer is known (KNOWN << l), and it is "nothing to do" (MISS << l). */
const KB_KNOWN = 1;
const KB_MISS = 8;

function langBit(lang: MatchLang): number {
  return lang === 'de' ? 1 : lang === 'en' ? 2 : 4;
}

/**
 * Whether findKbMentions does nothing at a token `t` of the word `info` (a function of the word:
 * a token's kind and case are functions of its text): not a word or number, no trie child under
 * it when it may start a name, and as a word no acronym, adjective, demonym or hyphen compound.
 */
function kbMissOf(g: Gazetteer, info: WordInfo, t: Token, lang: MatchLang): boolean {
  const known = KB_KNOWN * langBit(lang);
  if (info.kbFor !== g) kbNodeOf(g, info);
  if ((info.kbMiss & known) === 0) {
    let miss = t.kind !== 'word' && t.kind !== 'number';
    if (!miss) {
      const listed = t.upper || t.kind === 'number' ? kbNodeOf(g, info) : undefined;
      miss = !listed && (t.kind !== 'word' || (!kbWordOf(g, info, lang) && (info.triggers & T_HYPHEN) === 0));
    }
    info.kbMiss |= miss ? known | KB_MISS * langBit(lang) : known;
  }
  return (info.kbMiss & KB_MISS * langBit(lang)) !== 0;
}

/** Whether token i follows a capitalised first name that no mention took ("Giuseppe" before "Verdi"). */
function afterFirstName(set: MentionSet, s: Sentence, i: number, row: readonly WordInfo[]): boolean {
  const prev = s.tokens[i - 1]!;
  return prev.kind === 'word' && prev.upper && prev.end + 1 === s.tokens[i]!.start && (wordFlags(row[i - 1]!) & F_FIRST_NAME) !== 0 && !STOPWORDS.has(prev.lower) && !set.isTaken(s.index, i - 1);
}

/** Adds every knowledge-base mention of the sentences to the set. */
export function findKbMentions(g: Gazetteer, sentences: Sentence[], set: MentionSet, options: KbMatchOptions = {}): void {
  const lang = options.lang ?? 'und';
  let mid: Map<string, boolean> | undefined;
  const midForms = (lower: string): boolean => {
    mid ??= new Map();
    let known = mid.get(lower);
    if (known === undefined) mid.set(lower, (known = occursMidSentence(sentences, lower)));
    return known;
  };
  const miss = KB_MISS * langBit(lang);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const row = options.rows?.[si];
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const info = row?.[i];
      // Most tokens: a word known to start nothing here, answered by its WordInfo alone.
      if (info && info.kbFor === g && (info.kbMiss & miss) !== 0) continue;
      const t = tokens[i]!;
      if (info ? kbMissOf(g, info, t, lang) : t.kind !== 'word' && t.kind !== 'number') continue;
      const listed = t.upper || t.kind === 'number' ? (info ? kbNodeOf(g, info) : g.names.children.get(t.lower)) : undefined;
      let name = listed ? (info ? matchFromRow(g, tokens, i, lang, row!) : matchFrom(g, tokens, i, lang, listed)) : undefined;
      // "Ethiopian" is the adjective, not "Ethiopia" with a German -n.
      if (name && name[0] === i + 1 && t.kind === 'word' && (info ? (info.kbNodeBits & KB_NODE_ENTRY) === 0 || (info.kbNodeBits & KB_NODE_INFLECTED) !== 0 : !listed?.entry || listed.inflected)) {
        // matchWord with names gives a word other than a name exactly when matchWord without names
        // gives anything (acronym, adjective, demonym): the answer kbWordOf remembers per word.
        const word = info ? kbWordOf(g, info, lang) : matchWord(g, t.text, false, t.lower, lang);
        if (word) name = undefined;
      }
      // "Hong Kong-based": the name goes on into the next word's compound.
      if (listed && t.kind === 'word' && (!name || name[0] === i + 1) && i + 1 < tokens.length) {
        const start = g.names.children.get(t.lower);
        const tail = start ? matchIntoCompound(g, tokens, i, lang, start) : undefined;
        if (tail) {
          set.add(tail[1], s.index, i, tail[0], 'kb-name', { start: t.start, end: tail[2], text: s.text.slice(t.start - s.start, tail[2] - s.start) });
          i = tail[0] - 1;
          continue;
        }
      }
      if (name && isInitialAdjective(tokens, i, name[0], options, midForms)) continue;
      // "Giuseppe Verdis „Don Carlo“", "George Washington": one word of a place's or body's name right after a first name is a surname.
      if (name && name[0] === i + 1 && !name[2] && i > 0 && row && name[1].type !== 'Person' && afterFirstName(set, s, i, row)) continue;
      if (name) {
        set.add(name[1], s.index, i, name[0], name[2] ?? 'kb-name');
        addInnerPlace(g, set, s, i, name, lang);
        i = name[0] - 1;
        continue;
      }
      if (t.kind !== 'word') continue;
      const word = info ? kbWordOf(g, info, lang) : matchWord(g, t.text, false, t.lower, lang);
      if (word) set.add(word[0], s.index, i, i + 1, word[1]);
      else if (info ? (info.triggers & T_HYPHEN) !== 0 : t.text.includes('-') || t.text.includes('‐')) matchCompound(g, set, s, i, lang);
    }
  }
}
