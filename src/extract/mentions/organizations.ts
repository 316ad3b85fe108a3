// Unknown organisations by form: a run of capitalised words ending in an organisation head
// ("Deutsche Bank", "Siemens AG", "Labour Party", "Europäische Zentralbank"), "Ministry of ..." /
// "University of ...", a cue noun before the name ("Nachrichtenagentur X", "Firma X", "news agency X"),
// "X, a joint venture ...", and all-caps acronyms not in the KB (low confidence).

import type { Sentence } from '../pipeline-types.js';
import { STOPWORDS, UNIT_CODES, isRomanNumeral } from '../model/stopwords.js';
import { isGermanCommonNoun } from '../model/lexicon.js';
import { isRoleWord } from './roles.js';
import { initialsAliases } from './name-extensions.js';
import { isCompanyDescriptor } from './described-orgs.js';
import { germanBaseName, isPlaceAdjective } from './german-forms.js';
import { HEADS, HEADS_BEFORE_OF, LEGAL_FORMS, isElidedCompound, isHead, isOfHead, isOrgHeadWord, isOwnerOrDescriptor, knownBeforeLegalForm } from './org-heads.js';
import { canonicalName, isSentenceInitial, refFor, type AnalysisContext } from './context.js';
import { F_ALL_CAPS, F_ORG_HEAD, defineTrigger, wordFlags, type WordInfo } from './word-info.js';

export { isOrgHeadWord };

const OF_WORDS = new Set(['of', 'für', 'for', 'der', 'des']);
const NAME_JOINERS = new Set(['and', 'of', 'for', 'und', 'für', 'the']);
const ABSORBABLE = new Set(['City', 'Country', 'Region', 'Award', 'Location', 'Organization']);
/** Nouns right before an organisation's name; German ones also as compound heads ("Energiekonzern X"). */
const ORG_CUES_DE = ['agentur', 'zeitung', 'sender', 'firma', 'konzern', 'unternehmen', 'verlag', 'hersteller', 'gruppe', 'partei'];
const ORG_CUES_EN = new Set(['agency', 'company', 'firm', 'publisher', 'press', 'carrier', 'lender', 'broadcaster', 'newspaper', 'group', 'party', 'automaker', 'manufacturer', 'startup', 'insurer']);
/** Nouns that say what an organisation is, after its name: "Ghalam, a joint venture of ...". */
const ORG_NOUNS = new Set([...ORG_CUES_EN, 'venture', 'subsidiary', 'maker', 'producer', 'operator', 'bank', 'organisation', 'organization', 'association', 'unternehmen', 'firma', 'konzern', 'hersteller', 'tochter', 'tochterfirma', 'verlag']);
const AFTER_ORG_NOUN = new Set(['of', 'in', 'from', 'based', 'that', 'which', 'owned', 'with', 'des', 'der', 'aus', 'mit', 'im', 'für', 'for']);

const OB_CUE_DE = 1;
const OB_CUE_EN = 2;
const OB_NOUN = 4;
const OB_AFTER_NOUN = 8;
const OB_BEFORE_OF = 16;
const OB_LEGAL = 32;
const OB_DONE = 64;

/** This module's word lists as bits of one word, computed once per word. */
/** Sentence triggers: a finder skips a sentence with no word that can start its pattern. */
const T_CUE = defineTrigger((w) => ORG_CUES_EN.has(w.lower) || ORG_CUES_DE.some((c) => w.lower.endsWith(c)));
const T_NOUN = defineTrigger((w) => ORG_NOUNS.has(w.lower));
const T_HEAD = defineTrigger((w) => isOrgHeadWord(w.lower));
const T_BEFORE_OF = defineTrigger((w) => isOfHead(w.lower));
/** A second letter that lowercasing changes: a possible acronym. */
const T_ACRONYM = defineTrigger((w) => w.text.length >= 2 && w.text[1] !== w.lower[1]);

function orgBits(info: WordInfo): number {
  let b = info.orgBits;
  if (b === undefined) {
    const lower = info.lower;
    b = OB_DONE;
    if (ORG_CUES_DE.some((c) => lower.endsWith(c))) b |= OB_CUE_DE;
    if (ORG_CUES_EN.has(lower)) b |= OB_CUE_EN;
    if (ORG_NOUNS.has(lower)) b |= OB_NOUN;
    if (AFTER_ORG_NOUN.has(lower)) b |= OB_AFTER_NOUN;
    if (isOfHead(lower)) b |= OB_BEFORE_OF;
    if (LEGAL_FORMS.has(lower)) b |= OB_LEGAL;
    info.orgBits = b;
  }
  return b;
}

function isOrgWord(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word' || !t.upper || STOPWORDS.has(t.lower) || isOwnerOrDescriptor(t.text)) return false;
  // "Miner Impala Platinum said", "Analyst ...": a capitalised descriptor or role opening the sentence.
  if (ctx.lang === 'en' && isSentenceInitial(s, i) && (isCompanyDescriptor(t.lower, 'en') || isOneWordRole(ctx, s, i))) return false;
  if (ctx.set.isTaken(s.index, i)) return isNameAdjective(ctx, s, i) || isNamePart(ctx, s, i);
  if (ctx.lang === 'de' && isGermanCommonNoun(t.text, ctx.lexicon)) return false;
  return !(isSentenceInitial(s, i) && ctx.lang === 'de' && ctx.lexicon.deWords.has(t.lower) && !/(isch|ische[nrms]?|e[nrs]?)$/u.test(t.lower));
}

/** A role cue that is this one word ("Analyst", not the "National" of "national security adviser"). */
function isOneWordRole(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  return ctx.roles.some((r) => r.sentence === s.index && r.tokenStart === i && r.tokenEnd === i + 1);
}

/** German adjectives are capitalised only at a sentence start or inside a name ("Deutsche Bank"). */
function isNameAdjective(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  if (ctx.lang !== 'de' || isSentenceInitial(s, i)) return false;
  const here = ctx.set.at(s.index, i);
  // "Deutsch-Vietnamesischen": one adjective mention per part of the compound.
  return here.length >= 1 && here.every((m) => m.via === 'kb-adjective' && m.tokenStart === i && m.tokenEnd === i + 1);
}

/** "Kazan Federal University", "China Institute ...": a known place or prize at the start of the name. */
function isNamePart(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const here = ctx.set.at(s.index, i);
  const m = here[0];
  if (here.length !== 1 || !m || !ABSORBABLE.has(m.type) || !m.via.startsWith('kb-') || m.via === 'kb-adjective' && ctx.lang === 'de') return false;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) if (!s.tokens[k]!.upper && s.tokens[k]!.kind === 'word') return false;
  return m.tokenEnd === i + 1 || ctx.set.at(s.index, i + 1).includes(m);
}

/** "Staatliche Universität Minsk": a known city right after the head belongs to the name. */
function cityAfter(ctx: AnalysisContext, s: Sentence, end: number): number {
  const here = ctx.set.at(s.index, end);
  return here.length === 1 && here[0]!.type === 'City' && here[0]!.tokenStart === end ? here[0]!.tokenEnd : end;
}

function addOrg(ctx: AnalysisContext, s: Sentence, from: number, to: number, confidence: number): void {
  if (to <= from) return;
  for (let k = from; k < to; k++) {
    if (ctx.set.isTaken(s.index, k) && !isNameAdjective(ctx, s, k) && !isNamePart(ctx, s, k)) return;
  }
  const known = knownBeforeLegalForm(ctx, s, from, to);
  ctx.set.removeInside(s.index, from, to);
  ctx.set.add(known ?? refFor(ctx, 'Organization', orgName(ctx, s, from, to)), s.index, from, to, 'pattern', { confidence });
}

/** The name of tokens from..to: words as spaced in the text when a hyphen ends one ("Arbeitsmarkt- und ..."). */
function orgName(ctx: AnalysisContext, s: Sentence, from: number, to: number): string {
  const tokens = s.tokens.slice(from, to).map((t) => t.text);
  // "des Statistischen Bundesamtes" is the "Statistisches Bundesamt".
  const words = ctx.lang === 'de' ? germanBaseName(tokens) : tokens;
  for (let k = from + 1; k < to; k++) {
    if (isElidedCompound(s, k)) return canonicalName(ctx, s.text.slice(s.tokens[from]!.start - s.start, s.tokens[to - 1]!.end - s.start).split(/\s+/u));
  }
  return canonicalName(ctx, words);
}

/** "Deutsche Bank", "Siemens AG": capitalised modifiers (at least one) before a head or legal form. */
function orgsByHead(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_HEAD) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.kind !== 'word' || !t.upper) continue;
    const info = row[i]!;
    if ((wordFlags(info) & F_ORG_HEAD) === 0 || ctx.set.isTaken(s.index, i)) continue;
    const legal = (orgBits(info) & OB_LEGAL) !== 0 && (t.text === t.text.toUpperCase() || t.text === 'GmbH' || /^[A-Z][a-z]+$/.test(t.text));
    if (!legal && !(info.orgHead ??= isHead(t.lower))) continue;
    let from = i;
    while (from > 0 && i - from < 4 && isOrgWord(ctx, s, from - 1)) from--;
    // "das Kieler Institut für Weltwirtschaft": a place adjective in -er before the head.
    // Not when a name follows the head: "der Rigaer Verein FK RFS" names the club FK RFS.
    // Only an institute or an exchange ("Frankfurter Börse"): "das Stuttgarter Museum", "die Bonner Behörde",
    // "das Karlsruher Gericht" are a body of the town, mostly one just named, with no name of their own.
    if (from === i && ctx.lang === 'de' && !legal && from > 1 && (t.lower.startsWith('institut') || t.lower === 'börse') && isPlaceAdjective(ctx, s, from - 1) && !(s.tokens[i + 1]?.upper ?? false)) from--;
    // "des Nordvik-Konzerns": the company is Nordvik; "Konzern" only says what it is.
    const name = from === i && !legal ? companyCompoundName(ctx, t.text) : undefined;
    if (name !== undefined) {
      ctx.set.add(refFor(ctx, 'Organization', name.replace(/[-‐]/gu, ' ')), s.index, i, i + 1, 'pattern', { confidence: 0.7, start: t.start, end: t.start + name.length, text: name });
      continue;
    }
    // "Universität Potsdam": a head without modifiers names a body when a known city follows it.
    if (from === i && !isNamedCompound(ctx, t.text) && !(HEADS_BEFORE_OF.has(t.lower) && cityAfter(ctx, s, i + 1) > i + 1)) continue;
    let end = i + 1;
    if (s.tokens[end]?.text === '.' && legal) end++;
    end = extendWithOf(ctx, s, i, end);
    if (!legal && HEADS_BEFORE_OF.has(lastPart(t.lower))) end = cityAfter(ctx, s, end);
    // "Bakubung Minerals Holdings": a second head right after the first belongs to the name.
    while (!legal && end < s.tokens.length && end - i < 3 && s.tokens[end]!.upper && isHead(s.tokens[end]!.lower) && !ctx.set.isTaken(s.index, end)) end++;
    end = beforeLegalForm(ctx, s, end);
    const form = s.tokens[end];
    if (!legal && form && form.upper && LEGAL_FORMS.has(form.lower) && !ctx.set.isTaken(s.index, end)) end++;
    addOrg(ctx, s, from, legal && s.tokens[i + 1]?.text === '.' ? i + 1 : end, legal ? 0.8 : 0.7);
    i = end - 1;
  }
}

/** "Thyssenkrupp Steel Europe AG": up to two capitalised words (a place too) before a legal form join the name. */
function beforeLegalForm(ctx: AnalysisContext, s: Sentence, end: number): number {
  let k = end;
  while (k < end + 2 && k < s.tokens.length) {
    const t = s.tokens[k]!;
    if (t.kind !== 'word' || !t.upper || STOPWORDS.has(t.lower) || LEGAL_FORMS.has(t.lower)) break;
    if (ctx.set.isTaken(s.index, k) && !isNamePart(ctx, s, k)) return end;
    k++;
  }
  const form = s.tokens[k];
  return k > end && form !== undefined && form.upper && LEGAL_FORMS.has(form.lower) && !ctx.set.isTaken(s.index, k) ? k : end;
}

function lastPart(lower: string): string {
  return HEADS.find((h) => lower.endsWith(h)) ?? lower;
}

const COMPANY_WORDS = new Set(['konzern', 'konzerns', 'unternehmen', 'unternehmens']);

/** "Nordvik-Konzern" -> "Nordvik": the name before a company word in a named compound (undefined: none). */
function companyCompoundName(ctx: AnalysisContext, text: string): string | undefined {
  const dash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('‐'));
  return dash > 0 && COMPANY_WORDS.has(text.slice(dash + 1).toLowerCase()) && isNamedCompound(ctx, text) ? text.slice(0, dash) : undefined;
}

/** "Humboldt-Universität": a hyphen compound of a name and an organisation head. */
function isNamedCompound(ctx: AnalysisContext, text: string): boolean {
  const parts = text.split(/[-‐]/u);
  const first = parts[0]!;
  return parts.length > 1 && /^\p{Lu}/u.test(first) && !isGermanCommonNoun(first, ctx.lexicon) && !STOPWORDS.has(first.toLowerCase());
}

/** "Ministry of Foreign Affairs", "Universität für Musik": the head's complement of capitalised words. */
function extendWithOf(ctx: AnalysisContext, s: Sentence, head: number, end: number): number {
  const lower = s.tokens[head]!.lower;
  if (!isOfHead(lower) || !OF_WORDS.has(s.tokens[end]?.lower ?? '')) return end;
  let k = end + 1;
  if (s.tokens[k]?.lower === 'the') k++;
  let last = -1;
  while (k < s.tokens.length && k - end < 8) {
    const t = s.tokens[k]!;
    if (ctx.set.isTaken(s.index, k)) break;
    if (t.kind === 'word' && t.upper && !STOPWORDS.has(t.lower)) last = k;
    else if (!(t.kind === 'word' && NAME_JOINERS.has(t.lower)) && !isElidedCompound(s, k)) break;
    k++;
  }
  return last > end ? last + 1 : end;
}

/** "Ministry of Foreign Affairs" at a sentence start or without modifiers. */
function orgsByOf(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_BEFORE_OF) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!t.upper || (orgBits(row[i]!) & OB_BEFORE_OF) === 0 || ctx.set.isTaken(s.index, i)) continue;
    const end = extendWithOf(ctx, s, i, i + 1);
    if (end > i + 1) addOrg(ctx, s, i, end, 0.7);
  }
}

/** "Nachrichtenagentur Kazinform", "news agency Xinhua". */
function orgsAfterAgency(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_CUE) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i < s.tokens.length - 1; i++) {
    const t = s.tokens[i]!;
    let p = -1;
    if (t.lower === 'news' && s.tokens[i + 1]?.lower === 'agency') p = i + 2;
    else if (isOrgCue(ctx, row[i]!, t.upper)) p = i + 1;
    if (p < 0 || !isOrgStart(ctx, s, p)) continue;
    let end = p;
    while (end < s.tokens.length && end - p < 3 && s.tokens[end]!.upper && !ctx.set.isTaken(s.index, end) && !STOPWORDS.has(s.tokens[end]!.lower) && !isRoleWord(s.tokens[end]!.lower)) end++;
    if (end > p) addOrg(ctx, s, p, end, 0.8);
  }
}

function isOrgCue(ctx: AnalysisContext, info: WordInfo, upper: boolean): boolean {
  if (ctx.lang === 'en') return !upper && (orgBits(info) & OB_CUE_EN) !== 0;
  return upper && (orgBits(info) & OB_CUE_DE) !== 0;
}

/** The first word after a cue: a name, not a plural or inflected noun ("das Unternehmen Gewinne ..."). */
function isOrgStart(ctx: AnalysisContext, s: Sentence, p: number): boolean {
  const t = s.tokens[p];
  if (!t || t.kind !== 'word' || !t.upper) return false;
  if (ctx.lang !== 'de' || !isGermanCommonNoun(t.text, ctx.lexicon)) return true;
  const next = s.tokens[p + 1];
  return next !== undefined && next.upper && !STOPWORDS.has(next.lower) && !ctx.set.isTaken(s.index, p + 1);
}

/** "Ghalam, a joint venture of ...", "Acme, ein Hersteller aus ...": a name before ", a <org noun>". */
function orgsBeforeOrgNoun(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_NOUN) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 2; i < s.tokens.length; i++) {
    if ((orgBits(row[i]!) & OB_NOUN) === 0) continue;
    const next = s.tokens[i + 1];
    if (next?.kind === 'word' && (orgBits(row[i + 1]!) & OB_AFTER_NOUN) === 0) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && s.tokens[k]!.kind === 'word' && !s.tokens[k]!.upper && !/^(a|an|ein|eine|einer|einem)$/u.test(s.tokens[k]!.lower)) k--;
    if (k < 2 || !/^(a|an|ein|eine|einer|einem)$/u.test(s.tokens[k]!.lower) || s.tokens[k - 1]!.text !== ',') continue;
    let from = k - 1;
    while (from > 0 && k - 1 - from < 3 && isOrgWord(ctx, s, from - 1) && !ctx.set.isTaken(s.index, from - 1)) from--;
    if (from < k - 1 && !(isSentenceInitial(s, from) && ctx.lexicon.enCommon.has(s.tokens[from]!.lower))) addOrg(ctx, s, from, k - 1, 0.6);
  }
}

/** An untaken all-caps word of 2-6 letters right after the previous token (one space), that no word list knows. */
function acronymAt(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || t.start !== s.tokens[k - 1]!.end + 1 || ctx.set.isTaken(s.index, k)) return false;
  if (!/^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(t.text) || isRomanNumeral(t.text) || UNIT_CODES.has(t.text)) return false;
  return !(t.text.length > 3 && (ctx.lexicon.deWords.has(t.lower) || ctx.lexicon.enCommon.has(t.lower)));
}

/** All-caps words of 2-6 letters that no word list knows: acronyms of organisations. */
/** Adds the sentence's acronym organisations; true when it added one. */
function orgsByAcronym(ctx: AnalysisContext, s: Sentence): boolean {
  if ((ctx.masks[s.index]! & T_ACRONYM) === 0) return false;
  const row = ctx.words[s.index]!;
  let allCapsSentence = true;
  for (let k = 0; k < s.tokens.length && allCapsSentence; k++) {
    const t = s.tokens[k]!;
    if (t.kind === 'word') allCapsSentence = (wordFlags(row[k]!) & F_ALL_CAPS) !== 0 || t.text.length < 2;
  }
  if (allCapsSentence) return false;
  let added = false;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.kind !== 'word' || !t.upper || t.text.length < 2 || t.text[1] === t.lower[1] || ctx.set.isTaken(s.index, i)) continue;
    // "IG BAU", "IG Bergbau": "IG" (Industriegewerkschaft, Interessengemeinschaft) always starts a longer name.
    const next = s.tokens[i + 1];
    if (t.text === 'IG' && next && next.kind === 'word' && next.upper && next.start === t.end + 1 && !ctx.set.isTaken(s.index, i + 1)) {
      addOrg(ctx, s, i, i + 2, 0.6);
      added = true;
      i++;
      continue;
    }
    const part = t.text.split(/[-‐]/u)[0]!;
    if (!/^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(part) || isRomanNumeral(part) || UNIT_CODES.has(part)) continue;
    if (part.length > 3 && (ctx.lexicon.deWords.has(part.toLowerCase()) || ctx.lexicon.enCommon.has(part.toLowerCase()))) continue;
    if (part.length === t.text.length && acronymAt(ctx, s, i + 1)) {
      // "CJ ENM", "SK On": two unknown acronyms in a row are one name.
      addOrg(ctx, s, i, i + 2, 0.5);
      added = true;
      i++;
    } else if (part.length === t.text.length) {
      const prev = s.tokens[i - 1];
      const withName = prev && prev.upper && i - 1 > 0 && !ctx.set.isTaken(s.index, i - 1) && !STOPWORDS.has(prev.lower) && !isGermanCommonNoun(prev.text, ctx.lexicon) && !ctx.lexicon.enCommon.has(prev.lower) && !isRoleWord(prev.lower);
      addOrg(ctx, s, withName ? i - 1 : i, i + 1, 0.5);
      added = true;
    }
    else {
      ctx.set.add(refFor(ctx, 'Organization', part), s.index, i, i + 1, 'pattern', { confidence: 0.5, start: t.start, end: t.start + part.length, text: part });
      added = true;
    }
  }
  return added;
}

export function findOrganizations(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    orgsAfterAgency(ctx, s);
    orgsBeforeOrgNoun(ctx, s);
    orgsByHead(ctx, s);
    orgsByOf(ctx, s);
  }
}

/** Acronyms go last, after events and places had their chance at the same words. */
export function findAcronymOrganizations(ctx: AnalysisContext): void {
  let found = false;
  for (const s of ctx.sentences) found = orgsByAcronym(ctx, s) || found;
  if (found) initialsAliases(ctx);
}

