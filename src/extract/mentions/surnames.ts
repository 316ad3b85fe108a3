// Bare surnames ("Lukaschenko", "Doe's") of persons already found become mentions of those persons:
// each full name claims its last word (and, for family-name-first names, its first), a word claimed
// by two persons belongs to neither, and inflected forms find their owner through their stems.

import type { Mention } from '../pipeline-types.js';
import { UPPER_STRIDE, ownKey, upperWordTokens, type AnalysisContext, type SurnameState } from './context.js';
import { inflectionStems } from './gazetteer.js';
import { F_FAMILY_FIRST, F_FIRST_NAME, wordFlags } from './word-info.js';
import { NAME_PARTICLES } from '../model/stopwords.js';

/** Bare surnames ("Lukaschenko", "Doe's") of persons already found become their mentions. */
export function resolveSurnames(ctx: AnalysisContext): void {
  // Nothing removed and no full name added since the last run, which took every free token it
  // could: a second run would find the same owners and no free token to give them.
  if (ctx.set.personChanges === ctx.surnamesDone) return;
  resolveSurnamesNow(ctx);
  ctx.surnamesDone = ctx.set.personChanges;
}

function resolveSurnamesNow(ctx: AnalysisContext): void {
  const state = surnameState(ctx);
  const { owners, refs } = state;
  if (owners.size === 0) return;
  // The owners' keys by first letter (a bit per letter, mod 32): a word's key and its inflection
  // stems all start with the word's first letter, so a word with no such bit has no owner.
  if (state.starts === 0) for (const key of owners.keys()) state.starts |= 1 << (key.charCodeAt(0) & 31);
  const starts = state.starts;
  // A word's owner depends on its text (and the document language) only: asked once per distinct
  // word and version of the owners (runs in between that learnt nothing new ask nothing again).
  const run = state.version;
  const upper = upperWordTokens(ctx);
  for (let k = 0; k < upper.length; k += UPPER_STRIDE) {
    // A word whose first letter starts no owner's key has no owner, under any version: skipped
    // by the triple's initialBit alone, without reading its WordInfo or the mention set.
    if ((starts & upper[k + 2]!) === 0) continue;
    const si = upper[k]!;
    const i = upper[k + 1]!;
    if (ctx.set.isTaken(si, i)) continue;
    const info = ctx.words[si]![i]!;
    if (info.surnameRun !== run) {
      info.surnameRun = run;
      info.surnameOwner = undefined;
      const stems = ctx.lang === 'de' ? (info.stemsDe ??= inflectionStems(info.lower, 'de')) : (info.stemsEn ??= inflectionStems(info.lower, 'en'));
      info.surnameOwner = owners.get(info.lower) ?? stemOwner(owners, stems);
    }
    const owner = info.surnameOwner;
    const ref = owner ? refs.get(owner) : undefined;
    if (ref && !otherFirstNameBefore(ctx, si, i, ref.name)) ctx.set.add({ id: ref.entityId, name: ref.name, type: 'Person' }, si, particlesBefore(ctx, si, i, ref.name), i + 1, 'pattern', { confidence: 0.9 });
  }
}

const PLACES = new Set(['City', 'Country', 'Region']);

/** "Olga Novak" after "Marta Novak": a free known first name before the surname that the owner's name does not hold is another person. */
function otherFirstNameBefore(ctx: AnalysisContext, si: number, i: number, name: string): boolean {
  if (i === 0) return false;
  // "Sofia Veselova": a first name the knowledge base also has as a place counts too.
  if (ctx.set.isTaken(si, i - 1) && !ctx.set.at(si, i - 1).every((m) => m.tokenEnd === i && m.tokenStart === i - 1 && PLACES.has(m.type))) return false;
  const prev = ctx.sentences[si]!.tokens[i - 1]!;
  if (prev.kind !== 'word' || !prev.upper || (wordFlags(ctx.words[si]![i - 1]!) & F_FIRST_NAME) === 0) return false;
  return !` ${name} `.includes(` ${prev.text} `);
}


/** "Van Dijk", "bin Salman": the free particles before surname token i that the full name holds before it (i itself when none). */
function particlesBefore(ctx: AnalysisContext, si: number, i: number, name: string): number {
  const tokens = ctx.sentences[si]!.tokens;
  let from = i;
  let tail = ` ${tokens[i]!.lower}`;
  const lower = ` ${name.toLowerCase()}`;
  while (from > 0 && i - from < 2 && NAME_PARTICLES.has(tokens[from - 1]!.lower) && !ctx.set.isTaken(si, from - 1)) {
    const longer = ` ${tokens[from - 1]!.lower}${tail}`;
    if (!lower.includes(longer)) break;
    tail = longer;
    from--;
  }
  return from;
}

/**
 * The owners and latest full names of the full-name Person mentions now in the set. Claims do not
 * depend on their order (a key ends as the one id that claimed it, or null) and a full name added
 * later comes after every earlier one of its sentence, so the maps of the last run take the names
 * added since, unless a full name was removed since: then they are made afresh from the sentences.
 */
function surnameState(ctx: AnalysisContext): SurnameState {
  const set = ctx.set;
  let state = ctx.surnames;
  if (!state || state.removals !== set.fullNameRemovals) {
    state = ctx.surnames = { owners: new Map(), refs: new Map(), seen: set.fullNames.length, removals: set.fullNameRemovals, version: ++surnameVersions, starts: 0 };
    if (set.fullNameRemovals === 0) {
      // No full name was removed: fullNames holds exactly those in the set, in the order they were
      // added, which within a sentence is the sentence's order (all the refs' ties depend on).
      for (const m of set.fullNames) learnFullName(ctx, state, m);
      return state;
    }
    for (const s of ctx.sentences) for (const m of set.inSentence(s.index)) if (m.type === 'Person' && m.tokenEnd - m.tokenStart >= 2) learnFullName(ctx, state, m);
    return state;
  }
  let changed = false;
  for (; state.seen < set.fullNames.length; state.seen++) if (learnFullName(ctx, state, set.fullNames[state.seen]!)) changed = true;
  if (changed) {
    state.version = ++surnameVersions;
    state.starts = 0;
  }
  return state;
}

/** One full name's claims on its surnames, and the latest mention of its person; true when `owners` changed. */
function learnFullName(ctx: AnalysisContext, state: SurnameState, m: Mention): boolean {
  const { owners, refs } = state;
  const latest = refs.get(m.entityId);
  if (!latest || m.sentence >= latest.sentence) refs.set(m.entityId, m);
  const tokens = ctx.sentences[m.sentence]!.tokens;
  const last = tokens[m.tokenEnd - 1]!;
  let changed = claimSurname(owners, last.lower, m.entityId);
  // A claim is idempotent: a name ending in the last token's word claims nothing more.
  if (!endsWithWord(m.name, last.text) && claimSurname(owners, lastWordLower(m.name), m.entityId)) changed = true;
  // "Xi Jinping", "Kim Jong Un": the family name comes first and is what the text repeats.
  if (m.tokenEnd - m.tokenStart <= 3 && (wordFlags(ctx.words[m.sentence]![m.tokenStart]!) & F_FAMILY_FIRST) !== 0) {
    if (claimSurname(owners, tokens[m.tokenStart]!.lower, m.entityId)) changed = true;
  }
  return changed;
}

/** Numbers the versions of SurnameState.owners (WordInfo.surnameRun), process-wide. */
let surnameVersions = 0;


/** The name's last word is `word` (a token's text: no spaces), so lastWordLower(name) is the token's lower. */
function endsWithWord(name: string, word: string): boolean {
  const at = name.length - word.length;
  return at >= 0 && name.endsWith(word) && (at === 0 || name.charCodeAt(at - 1) === 32);
}

const lastWords = new Map<string, string>();

/** The last word of a name, lowercased ("Doe" of "Jane Doe"), once per name. */
function lastWordLower(name: string): string {
  let last = lastWords.get(name);
  if (last === undefined) {
    last = ownKey(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
    if (lastWords.size > 50000) lastWords.clear();
    lastWords.set(ownKey(name), last);
  }
  return last;
}

/** Claims `key` for `id` (null once two persons claimed it); true when that changed its owner. */
function claimSurname(owners: Map<string, string | null>, key: string, id: string): boolean {
  const owner = owners.get(key);
  const next = owner === undefined || owner === id ? id : null;
  if (next === owner) return false;
  owners.set(key, next);
  return true;
}

/** The first owner (not null) of an inflection stem of the word. */
function stemOwner(owners: Map<string, string | null>, stems: readonly string[]): string | null | undefined {
  for (const stem of stems) {
    const owner = owners.get(stem);
    if (owner) return owner;
  }
  return undefined;
}
