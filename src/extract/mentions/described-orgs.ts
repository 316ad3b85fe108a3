// Companies introduced by what they do: "battery maker Voltaro", "telecoms group Telenor", "broadband
// provider Nordfiber", "der Schiffbaukonzern Nordwerft". A company descriptor noun right before one or
// two unknown name words makes them an Organization; the same name elsewhere in the text ("Voltaro
// has faced delays") is a mention too. These are the antecedents the nominal phrases of
// ./nominal-orgs.ts ("the company", "der Konzern") need. Runs after the other finders: a word that is
// already part of a mention is never taken.

import type { Sentence } from '../pipeline-types.js';
import { isGivenName, isNameWord, refFor, wordInfo, type AnalysisContext } from './context.js';
import { F_DE_NOUN, F_DE_WORD, F_MONTH, F_ROLE, F_STOP, F_WEEKDAY, wordFlags } from './word-info.js';
import type { EntityRef } from './mention-set.js';
import { COMPANY_DESCRIPTORS_DE, COMPANY_DESCRIPTORS_EN } from '../model/nominal-heads.js';
import { LEGAL_FORMS, isOrgHeadWord } from './org-heads.js';

/** Whether a token is a company descriptor ("maker", "group"; German "Schiffbaukonzern", "Hersteller"). */
export function isCompanyDescriptor(lower: string, lang: 'de' | 'en'): boolean {
  if (lang === 'en') return COMPANY_DESCRIPTORS_EN.has(lower);
  // The genitive too: "des Grazer Anlagenbauers Andritz", "des Konzerns".
  const base = lower.endsWith('es') && !lower.endsWith('ges') ? lower.slice(0, -2) : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  for (const end of COMPANY_DESCRIPTORS_DE) if (lower.endsWith(end) || base.endsWith(end)) return true;
  return false;
}

function nameWordAt(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !t.upper || t.text.length < 2 || ctx.set.isTaken(s.index, k) || isGivenName(ctx, t)) return false;
  const flags = wordFlags(wordInfo(ctx, s, k));
  if ((flags & (F_STOP | F_MONTH | F_WEEKDAY | F_ROLE)) !== 0) return false;
  // German: any word the dictionary does not know ("Nordwerft" looks like a compound noun, but is none).
  if (ctx.lang === 'de') return (flags & (F_DE_NOUN | F_DE_WORD)) === 0 && !isInflectedGermanWord(ctx, t.lower);
  return isNameWord(ctx, s, k);
}

/** A capitalised word that may stand inside a name (no stop word, month, weekday or role). */
function capitalisedAt(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !t.upper || t.text.length < 2 || ctx.set.isTaken(s.index, k)) return false;
  return (wordFlags(wordInfo(ctx, s, k)) & (F_STOP | F_MONTH | F_WEEKDAY | F_ROLE)) === 0;
}

const GERMAN_ENDINGS = ['e', 'en', 'n', 's', 'es', 'er', 'ern'];

/** Words of number before a descriptor: it is a plural. */
const QUANTIFIERS = new Set([
  'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'mehrere', 'einige', 'viele', 'alle', 'beide', 'beiden', 'andere', 'anderen',
  'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'all', 'both', 'other',
]);

/** "Gewinne", "Märkten": a dictionary word with a plural or case ending. */
function isInflectedGermanWord(ctx: AnalysisContext, lower: string): boolean {
  const { deWords, deNouns } = ctx.lexicon;
  for (const end of GERMAN_ENDINGS) {
    if (lower.length <= end.length + 2 || !lower.endsWith(end)) continue;
    const stem = lower.slice(0, -end.length);
    if (deNouns.has(stem) || deWords.has(stem)) return true;
  }
  return false;
}

/** Articles that open a describing apposition ("Maybank, the Kuala Lumpur-based lender,"). */
const APPOSITION_ARTICLES = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine']);
/** What may follow the descriptor of such an apposition: its end, or a clause about the company. */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', 'that', 'which', 'der', 'die', 'das', 'with', 'mit', 'based', 'owned', 'led', 'founded']);

/**
 * "Maybank, the Kuala Lumpur-based lender, said", "Bitters End, a Tokyo-based company, acquired",
 * "Voltaro, ein schwedischer Batteriehersteller, baut": unknown name words right before a comma and
 * an apposition whose head is a company descriptor (its modifiers lowercase words, places,
 * possessives or "-based" compounds) are an Organization. The name must start the sentence or
 * follow a word that is no name, so that no longer name is cut.
 */
function describedByApposition(ctx: AnalysisContext, s: Sentence, i: number, found: Map<string, EntityRef>): void {
  const tokens = s.tokens;
  const next = tokens[i + 1];
  if (next && !APPOSITION_ENDS.has(next.lower)) return;
  let d = i - 1;
  while (d > 0 && i - d <= 5 && !APPOSITION_ARTICLES.has(tokens[d]!.lower)) {
    const m = tokens[d]!;
    if (m.kind !== 'word') return;
    // A capitalised modifier is a place or a possessive ("Europe's biggest"), never a name of its own.
    if (m.upper && !ctx.set.isTaken(s.index, d) && !/['’]s$/u.test(m.text)) return;
    d--;
  }
  if (d < 2 || !APPOSITION_ARTICLES.has(tokens[d]!.lower) || tokens[d]!.upper || tokens[d - 1]!.text !== ',') return;
  const end = d - 1;
  let start = end;
  while (start > 0 && end - start < 4 && nameWordAt(ctx, s, start - 1)) start--;
  if (start === end) start = guessedPersonBefore(ctx, s, end);
  if (start === end) return;
  const before = tokens[start - 1];
  if (before && before.kind === 'word' && before.upper) return;
  const name = tokens.slice(start, end).map((w) => w.text).join(' ');
  if (isGivenName(ctx, tokens[start]!) && end - start > 1) return;
  const ref = refFor(ctx, 'Organization', name);
  ctx.set.add(ref, s.index, start, end, 'pattern', { confidence: 0.65 });
  found.set(name, ref);
}

/**
 * "Nakamura Shoji, a Tokyo-based company,": a name guessed to be a person's (no role, no known first
 * name) right before the apposition is the company it describes; its mention gives way. Returns
 * where that name starts (it must start at `start` when given), or `end` when there is none.
 */
function guessedPersonBefore(ctx: AnalysisContext, s: Sentence, end: number, start?: number): number {
  const over = ctx.set.at(s.index, end - 1);
  const m = over.length === 1 ? over[0]! : undefined;
  if (!m || m.type !== 'Person' || m.tokenEnd !== end || m.tokenEnd - m.tokenStart > 3 || (m.via !== 'pattern' && m.via !== 'context' && m.via !== 'role')) return end;
  if (start !== undefined && m.tokenStart !== start) return end;
  if (isGivenName(ctx, s.tokens[m.tokenStart]!)) return end;
  ctx.set.removeInside(s.index, m.tokenStart, end);
  return m.tokenStart;
}

/** Finds described companies in a sentence known to hold a descriptor word; returns the names added. */
export function findDescribedOrgsIn(ctx: AnalysisContext, s: Sentence, found: Map<string, EntityRef>): void {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !isCompanyDescriptor(t.lower, ctx.lang)) continue;
    // English descriptors are lowercase common nouns ("group Telenor", not "Group Chairman"); "NGO" is written in capitals.
    if (ctx.lang === 'en' && t.upper && t.text !== 'NGO') continue;
    describedByApposition(ctx, s, i, found);
    if (i + 1 >= tokens.length) continue;
    // "gegen vier Hersteller Bußgelder verhängt", "several makers": a plural descriptor names no one company.
    const before = tokens[i - 1];
    if (before && (before.kind === 'number' || QUANTIFIERS.has(before.lower))) continue;
    if (!nameWordAt(ctx, s, i + 1)) continue;
    let end = i + 2;
    while (end < i + 5 && nameWordAt(ctx, s, end) && tokens[end]!.start === tokens[end - 1]!.end + 1) end++;
    // German: a dictionary noun inside a foreign name ("US-Rüstungszulieferer Loc Performance Products"):
    // up to four capitalised words, as long as the last is a name word.
    if (ctx.lang === 'de') {
      let k = end;
      while (k < i + 5 && capitalisedAt(ctx, s, k) && tokens[k]!.start === tokens[k - 1]!.end + 1) {
        k++;
        if (nameWordAt(ctx, s, k - 1)) end = k;
      }
    }
    // A name that goes on ("group Telenor Nordic Holdings") is not ours to cut.
    const after = tokens[end];
    if (after && after.kind === 'word' && after.upper && !ctx.set.isTaken(s.index, end) && isNameWord(ctx, s, end)) continue;
    const words = tokens.slice(i + 1, end).map((w) => w.text);
    const name = words.join(' ').replace(/['’]s$/u, '');
    const ref = refFor(ctx, 'Organization', name);
    ctx.set.add(ref, s.index, i + 1, end, 'pattern', { confidence: 0.7 });
    found.set(name, ref);
  }
}

/**
 * "Weidenbach-Vorstandschef", "Hoshida-Konzern": the first part of a hyphen compound that is a
 * company found here, or the first word of the one found name it starts ("Hoshida" of "Hoshida
 * Chemical"), is a mention of that company. True when the token was such a compound.
 */
function echoInCompound(ctx: AnalysisContext, s: Sentence, i: number, firsts: ReadonlyMap<string, string[]>, found: ReadonlyMap<string, EntityRef>): boolean {
  const t = s.tokens[i]!;
  const dash = t.text.indexOf('-');
  if (dash < 2 || dash === t.text.length - 1) return false;
  const part = t.text.slice(0, dash);
  const names = firsts.get(part);
  if (!names || names.length !== 1) return false;
  const ref = found.get(names[0]!)!;
  // A mention the compound already has stays: one of the same one-word name is this company, and one
  // that the compound alone made of a longer name's first word is merged by mergeCompoundFirstWords.
  if (ctx.set.isTaken(s.index, i)) return true;
  ctx.set.add(ref, s.index, i, i + 1, 'pattern', { confidence: 0.7, start: t.start, end: t.start + dash, text: part });
  return true;
}

/**
 * "Japanischer Hoshida-Konzern", "Beraten wurde Hoshida" next to "der Chemiekonzern Hoshida Chemical":
 * an organisation named by one word (alone or as the first part of a compound) is the one organisation
 * of the text whose longer name starts with that word (both found by their form, none known to the
 * knowledge base), unless the longer name has an organisation head of its own ("Vandrell Bank AG").
 */
export function mergeCompoundFirstWords(ctx: AnalysisContext): void {
  let longer: Map<string, EntityRef | null> | undefined;
  for (const s of ctx.sentences) for (const m of ctx.set.inSentence(s.index)) {
    if (m.type !== 'Organization' || m.via !== 'pattern') continue;
    const space = m.name.indexOf(' ');
    if (space < 0) continue;
    longer ??= new Map();
    // "telecoms group Vandrell" next to "Vandrell Bank AG": a longer name with a head word of its own is another kind of body.
    if (m.name.slice(space + 1).split(' ').some((w) => isOrgHeadWord(w.toLowerCase()) && !LEGAL_FORMS.has(w.toLowerCase()))) continue;
    const first = m.name.slice(0, space);
    const seen = longer.get(first);
    if (seen === undefined) longer.set(first, { id: m.entityId, name: m.name, type: m.type });
    else if (seen !== null && seen.id !== m.entityId) longer.set(first, null);
  }
  if (!longer) return;
  for (const s of ctx.sentences) {
    for (const m of [...ctx.set.inSentence(s.index)]) {
      if (m.type !== 'Organization' || m.via !== 'pattern' || m.tokenEnd !== m.tokenStart + 1) continue;
      const ref = longer.get(m.name);
      const t = s.tokens[m.tokenStart]!;
      // The word alone ("Beraten wurde Hoshida") or the first part of a compound ("Hoshida-Konzern").
      if (!ref || m.start !== t.start || (m.end !== t.end && t.text[m.end - t.start] !== '-')) continue;
      if (ctx.set.at(s.index, m.tokenStart).length !== 1) continue;
      ctx.set.removeInside(s.index, m.tokenStart, m.tokenEnd);
      ctx.set.add(ref, s.index, m.tokenStart, m.tokenEnd, 'pattern', { confidence: m.confidence ?? 0.6, start: m.start, end: m.end, text: m.text });
    }
  }
}

/** The other occurrences of the names found ("Voltaro has faced delays", "Voltaro's shares"). */
export function echoDescribedOrgs(ctx: AnalysisContext, found: ReadonlyMap<string, EntityRef>): void {
  if (found.size === 0) return;
  const firsts = new Map<string, string[]>();
  for (const name of found.keys()) {
    const first = name.split(' ')[0]!;
    const list = firsts.get(first);
    if (list) list.push(name);
    else firsts.set(first, [name]);
  }
  for (const s of ctx.sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.upper) continue;
      if (echoInCompound(ctx, s, i, firsts, found)) continue;
      const base = t.text.replace(/['’]s$/u, '');
      const names = firsts.get(base);
      if (!names) continue;
      for (const name of names) {
        const parts = name.split(' ');
        const end = i + parts.length;
        if (end > tokens.length) continue;
        if (parts.length === 2 && tokens[i + 1]!.text.replace(/['’]s$/u, '') !== parts[1]) continue;
        // The same name guessed to be a person's elsewhere ("Nakamura Shoji said") is the company too.
        if (ctx.set.anyTaken(s.index, i, end) && guessedPersonBefore(ctx, s, end, i) !== i) continue;
        ctx.set.add(found.get(name)!, s.index, i, end, 'pattern', { confidence: 0.7 });
        break;
      }
    }
  }
}
