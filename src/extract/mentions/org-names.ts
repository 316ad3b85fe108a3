// Organisation and place names the head-based finders miss:
// - a name after an organisation noun: "die Umweltorganisation Tierra Viva", "das Kulturzentrum
//   Kvart", "der Betreiber RB Rail", "die Band Lunapark", "the NGO Green Roots", "the vaccine
//   alliance Gavi" (quoted names too);
// - hyphen compounds: "Tierra-Viva-Sprecherin" (Organization "Tierra Viva"), "Karas-Region"
//   (Region "Karas"), "Bašta-Sound-Festival" (Event);
// - a possessive before an organisation head, "Independent Teachers' Union";
// - a name before a German legal form, "Nordsee Energie GmbH & Co. KG".
// Then name-extensions.ts extends truncated names and joins acronyms in brackets to their names.

import type { EntityType } from '../../types.js';
import type { Mention, Sentence, Token } from '../pipeline-types.js';
import { STOPWORDS } from '../model/stopwords.js';
import { isGermanCommonNoun } from '../model/lexicon.js';
import { isAllCaps } from '../text/tokenize.js';
import { isRoleWord } from './roles.js';
import { isFirstName } from '../model/first-names.js';
import { isOrgHeadWord } from './organizations.js';
import { refFor, type AnalysisContext } from './context.js';
import { PLACE_TYPES, acronymAliases, extendNames, spanName } from './name-extensions.js';
import { T_APOSTROPHE, T_HYPHEN, T_QUOTE, defineTrigger, isDeCommonNoun, type WordInfo } from './word-info.js';

/** German organisation nouns, also as compound heads ("Umweltorganisation"). Lowercase. */
const CUES_DE = ['organisation', 'kulturzentrum', 'betreiber', 'initiative', 'bewegung', 'netzwerk', 'allianz', 'hilfswerk', 'kollektiv', 'stiftung', 'verein', 'plattform', 'genossenschaft', 'label', 'band', 'ngo', 'gewerkschaft', 'bündnis', 'vereinigung'];
/** English organisation nouns (lowercase, or the all-caps "NGO"). */
const CUES_EN = new Set(['ngo', 'charity', 'nonprofit', 'non-profit', 'alliance', 'initiative', 'movement', 'network', 'operator', 'collective', 'band', 'coalition', 'platform', 'organisation', 'organization', 'foundation', 'association', 'union', 'club', 'label', 'cooperative', 'watchdog']);
const ROLE_TAILS = ['verhandlungsführerin', 'verhandlungsführer', 'referentin', 'referent', 'boss', 'sprecherin', 'sprecher', 'chefin', 'chef', 'gründerin', 'gründer', 'direktorin', 'direktor', 'leiterin', 'leiter', 'vorsitzende', 'vorsitzender', 'mitglied', 'aktivistin', 'aktivist', 'präsidentin', 'präsident', 'mitarbeiterin', 'mitarbeiter', 'sänger', 'sängerin'];
const REGION_TAILS = new Map<string, EntityType>([['region', 'Region'], ['provinz', 'Region'], ['gebiet', 'Region'], ['distrikt', 'Region']]);
const EVENT_TAILS = ['festival', 'konferenz', 'gipfel', 'turnier', 'marathon', 'biennale', 'forum', 'messe'];
const ORG_TAILS = ['gruppe', 'partei', 'bewegung', 'stiftung', 'initiative'];
/** "die Hallberg-Tochter", "das Nordvik-Werk": a word for a company's part after its name ("-Konzern": organizations.ts). */
const COMPANY_TAILS = ['tochter', 'mutter', 'werk', 'werks', 'werke'];

function isUntakenName(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !t.upper || ctx.set.isTaken(s.index, k) || STOPWORDS.has(t.lower) || isRoleWord(t.lower)) return false;
  return true;
}

function addOrgSpan(ctx: AnalysisContext, s: Sentence, from: number, to: number, type: EntityType, confidence: number): Mention | undefined {
  if (to <= from || ctx.set.anyTaken(s.index, from, to)) return undefined;
  const name = spanName(ctx, s, from, to);
  return ctx.set.add(refFor(ctx, type, name), s.index, from, to, 'pattern', { confidence });
}

const NB_CUE_DE = 1;
const NB_CUE_EN = 2;
const NB_LEGAL_DE = 4;
const NB_DONE = 8;

/** This module's word lists as bits of one word, computed once per word. */
/** Sentence triggers: a finder skips a sentence with no word that can start its pattern. */
const T_CUE = defineTrigger((w) => (nameBits(w) & (NB_CUE_DE | NB_CUE_EN)) !== 0);
const T_LEGAL = defineTrigger((w) => (nameBits(w) & NB_LEGAL_DE) !== 0);

function nameBits(info: WordInfo): number {
  let b = info.orgNameBits;
  if (b === undefined) {
    const lower = info.lower;
    b = NB_DONE;
    if (CUES_DE.some((c) => lower === c || (lower.endsWith(c) && lower.length > c.length + 2))) b |= NB_CUE_DE;
    if (CUES_EN.has(lower)) b |= NB_CUE_EN;
    if (LEGAL_FORMS_DE.has(info.text)) b |= NB_LEGAL_DE;
    info.orgNameBits = b;
  }
  return b;
}

function isCue(ctx: AnalysisContext, t: Token, info: WordInfo): boolean {
  if (t.kind !== 'word') return false;
  if (ctx.lang === 'de') return t.upper && (nameBits(info) & NB_CUE_DE) !== 0;
  return (!t.upper || t.text === 'NGO') && (nameBits(info) & NB_CUE_EN) !== 0;
}

/** The name after a cue noun: a quoted name, or 1-3 capitalised words that are not common nouns. */
function nameAfterCue(ctx: AnalysisContext, s: Sentence, p: number): [number, number] | undefined {
  const t = s.tokens[p];
  if (!t) return undefined;
  if (t.kind === 'quote') {
    let k = p + 1;
    while (k < s.tokens.length && k - p < 8 && s.tokens[k]!.kind !== 'quote') k++;
    if (s.tokens[k]?.kind !== 'quote' || k === p + 1 || !s.tokens[p + 1]!.upper || ctx.set.anyTaken(s.index, p + 1, k)) return undefined;
    return [p + 1, k];
  }
  let end = p;
  while (end - p < 3 && isUntakenName(ctx, s, end)) {
    const w = s.tokens[end]!;
    // An all-caps word is an acronym, not the noun it spells ("IG BAU").
    if (ctx.lang === 'de' && ctx.lexicon.deNouns.has(w.lower) && !(end > p && isAllCaps(w.text) && w.text.length > 1)) break;
    // "die Gewerkschaft CCOO Proteste an": an inflected German noun after an acronym is the next phrase.
    if (ctx.lang === 'de' && end > p && isAllCaps(s.tokens[end - 1]!.text) && !isAllCaps(w.text) && isDeCommonNoun(ctx.words[s.index]![end]!)) break;
    if (ctx.lang === 'en' && end === p && ctx.lexicon.enCommon.has(w.lower) && !isAllCaps(w.text)) break;
    end++;
  }
  return end > p ? [p, end] : undefined;
}

function orgsAfterCues(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_CUE) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i < s.tokens.length - 1; i++) {
    const t = s.tokens[i]!;
    if (!isCue(ctx, t, row[i]!)) continue;
    // English cue nouns need an article or a lowercase word before them ("the NGO", "vaccine alliance").
    const span = nameAfterCue(ctx, s, i + 1);
    if (!span) continue;
    const isBand = t.lower === 'band' || t.lower.endsWith('band');
    addOrgSpan(ctx, s, span[0], span[1], 'Organization', isBand ? 0.7 : 0.75);
    i = span[1] - 1;
  }
}

/** Prefixes of a role in its own part of a compound ("Co-Präsidentin", "Vize-Chef", "Ex-Präsident"). */
const ROLE_PREFIXES: ReadonlySet<string> = new Set(['co', 'ko', 'vize', 'ex', 'interims']);

/** "Tierra-Viva-Sprecherin", "Karas-Region", "Bašta-Sound-Festival". */
function hyphenCompounds(ctx: AnalysisContext, s: Sentence): void {
  if (ctx.lang !== 'de' || (ctx.masks[s.index]! & T_HYPHEN) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i < s.tokens.length; i++) {
    if ((row[i]!.triggers & T_HYPHEN) === 0) continue;
    const t = s.tokens[i]!;
    if (!t.upper || t.kind !== 'word' || ctx.set.isTaken(s.index, i)) continue;
    const parts = t.text.split(/[-‐]/u);
    if (parts.length < 2) continue;
    const tail = parts[parts.length - 1]!.toLowerCase();
    // "SP-Co-Präsidentin", "SPD-Vize-Chef": a prefix of the role is no part of the name.
    const rolePrefix = parts.length >= 3 && ROLE_PREFIXES.has(parts[parts.length - 2]!.toLowerCase()) ? 1 : 0;
    if (rolePrefix) parts.splice(parts.length - 2, 1);
    const head = parts.slice(0, -1);
    if (!head.every((p) => /^\p{Lu}/u.test(p) && !STOPWORDS.has(p.toLowerCase()))) continue;
    const firstKnown = isGermanCommonNoun(head[0]!, ctx.lexicon) || ctx.lexicon.deWords.has(head[0]!.toLowerCase());
    // The head's own text: its parts and the hyphens between them, where the token starts.
    const headText = t.text.slice(0, head.reduce((n, p) => n + p.length, 0) + head.length - 1);
    const region = REGION_TAILS.get(tail);
    if (region && head.length === 1 && !firstKnown) {
      addPart(ctx, s, i, headText, region);
    } else if (EVENT_TAILS.some((e) => tail === e || tail === `${e}s`) && !firstKnown) {
      const name = EVENT_TAILS.includes(tail) ? t.text : t.text.slice(0, -1);
      ctx.set.add(refFor(ctx, 'Event', name), s.index, i, i + 1, 'pattern', { confidence: 0.7 });
    } else if (head.length >= 2 ? !firstKnown && (ROLE_TAILS.includes(tail) || ORG_TAILS.includes(tail)) : (ROLE_TAILS.includes(tail) || COMPANY_TAILS.includes(tail)) && isOrgNamePart(ctx, head[0]!)) {
      addPart(ctx, s, i, headText, 'Organization');
    }
  }
}

/**
 * "Gesamtmetall-Präsident", "Nordwerft-Sprecher": one unknown word before a role names an
 * organisation, unless it is a person's name ("Merz-Sprecher": a surname found in the text, a first
 * name, a proper name of the German word list) or an acronym (the acronym finder's).
 */
function isOrgNamePart(ctx: AnalysisContext, part: string): boolean {
  const lower = part.toLowerCase();
  if (part.length < 3 || isAllCaps(part) || isFirstName(lower) || ctx.lexicon.deProper.has(lower)) return false;
  if (ctx.surnames?.owners.has(lower) ?? false) return false;
  // A dictionary word, also with a linking -s/-es ("Partei-Chef", "Vereins-Präsident"), is none.
  const { deNouns, deWords } = ctx.lexicon;
  for (const stem of [lower, lower.replace(/e?s$/u, '')]) if (deNouns.has(stem) || deWords.has(stem) || ctx.lexicon.enCommon.has(stem)) return false;
  return true;
}

function addPart(ctx: AnalysisContext, s: Sentence, i: number, headText: string, type: EntityType): void {
  const t = s.tokens[i]!;
  const name = headText.replace(/[-‐]/gu, ' ');
  const ref = refFor(ctx, type, name);
  ctx.set.add(ref, s.index, i, i + 1, 'pattern', { confidence: 0.7, start: t.start, end: t.start + headText.length, text: headText });
}

/** "Independent Teachers' Union": a plural possessive before an organisation head. */
function possessiveOrgs(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_APOSTROPHE) === 0) return;
  const tokens = s.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const q = tokens[i]!;
    const owner = tokens[i - 1]!;
    const head = tokens[i + 1]!;
    if (q.kind !== 'quote' || !/^['’]$/u.test(q.text) || owner.end !== q.start || !/s$/u.test(owner.text)) continue;
    if (!isUntakenName(ctx, s, i - 1) || !isUntakenName(ctx, s, i + 1) || !isOrgHeadWord(head.lower)) continue;
    let from = i - 1;
    while (from > 0 && i - 1 - from < 3 && isUntakenName(ctx, s, from - 1)) from--;
    addOrgSpan(ctx, s, from, i + 2, 'Organization', 0.7);
  }
}

const LEGAL_FORMS_DE = new Set(['GmbH', 'AG', 'KG', 'SE', 'mbH', 'KGaA', 'OHG', 'eG', 'UG']);

/** "Nordsee Energie GmbH & Co. KG": capitalised words (nouns and known places too) before a legal form. */
function legalFormOrgs(ctx: AnalysisContext, s: Sentence): void {
  if (ctx.lang !== 'de' || (ctx.masks[s.index]! & T_LEGAL) === 0) return;
  const tokens = s.tokens;
  const row = ctx.words[s.index]!;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || (nameBits(row[i]!) & NB_LEGAL_DE) === 0 || ctx.set.isTaken(s.index, i)) continue;
    let from = i;
    while (from > 0 && i - from < 4) {
      const w = tokens[from - 1]!;
      if (w.kind !== 'word' || !w.upper || STOPWORDS.has(w.lower) || isRoleWord(w.lower)) break;
      const here = ctx.set.at(s.index, from - 1);
      if (here.length > 0) {
        const place = here.length === 1 && PLACE_TYPES.has(here[0]!.type) && here[0]!.tokenEnd === from ? here[0] : undefined;
        if (!place || place.tokenStart < from - 1 - 3) break;
        from = place.tokenStart;
        continue;
      }
      if (from - 1 === 0 && ctx.lexicon.deWords.has(w.lower) && !ctx.lexicon.deNouns.has(w.lower)) break;
      from--;
    }
    if (from === i) continue;
    let end = i + 1;
    // "GmbH & Co. KG"
    if (tokens[end]?.text === '&' && tokens[end + 1]?.text === 'Co' && tokens[end + 2]?.text === '.' && tokens[end + 3] && LEGAL_FORMS_DE.has(tokens[end + 3]!.text)) end += 4;
    if (ctx.set.anyTaken(s.index, i, end)) continue;
    for (let k = from; k < i; k++) if (ctx.set.at(s.index, k).some((m) => m.tokenStart < from || m.tokenEnd > i)) end = -1;
    if (end < 0) continue;
    ctx.set.removeInside(s.index, from, i);
    addOrgSpan(ctx, s, from, end, 'Organization', 0.75);
    i = end - 1;
  }
}

/** Words right before "dem"/"der" and a quoted medium's name: "sagte dem „Kicker“", "gegenüber der „Welt“". */
const TOLD_DE = new Set(['sagte', 'sagt', 'sagten', 'erklärte', 'betonte', 'bestätigte', 'gegenüber']);
const T_TOLD = defineTrigger((w) => TOLD_DE.has(w.lower));

/** "sagte dem „Kicker“": a quoted title of one to four capitalised words after a speech verb is a medium. */
function quotedMedia(ctx: AnalysisContext, s: Sentence): void {
  if (ctx.lang !== 'de' || (ctx.masks[s.index]! & T_TOLD) === 0 || (ctx.masks[s.index]! & T_QUOTE) === 0) return;
  const tokens = s.tokens;
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (!TOLD_DE.has(tokens[i]!.lower) || (tokens[i + 1]!.lower !== 'dem' && tokens[i + 1]!.lower !== 'der') || tokens[i + 2]!.kind !== 'quote') continue;
    let close = i + 3;
    while (close < tokens.length && close - (i + 3) < 5 && tokens[close]!.kind === 'word' && tokens[close]!.upper) close++;
    if (close === i + 3 || tokens[close]?.kind !== 'quote') continue;
    addOrgSpan(ctx, s, i + 3, close, 'Organization', 0.7);
  }
}

/** "Statistics South Africa", "Statistics Canada": national statistics offices named "Statistics <country>". */
const T_STATISTICS = defineTrigger((w) => w.text === 'Statistics');

function statisticsOffices(ctx: AnalysisContext, s: Sentence): void {
  if (ctx.lang !== 'en' || (ctx.masks[s.index]! & T_STATISTICS) === 0) return;
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    if (s.tokens[i]!.text !== 'Statistics' || ctx.set.isTaken(s.index, i)) continue;
    const country = ctx.set.at(s.index, i + 1).find((m) => m.type === 'Country' && m.tokenStart === i + 1 && m.via === 'kb-name');
    if (!country || country.end !== s.tokens[country.tokenEnd - 1]!.end || /['’]s$/u.test(country.text)) continue;
    ctx.set.removeInside(s.index, i + 1, country.tokenEnd);
    addOrgSpan(ctx, s, i, country.tokenEnd, 'Organization', 0.75);
  }
}

/** Runs after the other unknown-name finders, before coreference. */
export function findMoreOrgNames(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    hyphenCompounds(ctx, s);
    orgsAfterCues(ctx, s);
    possessiveOrgs(ctx, s);
    legalFormOrgs(ctx, s);
    quotedMedia(ctx, s);
    statisticsOffices(ctx, s);
  }
  for (const s of ctx.sentences) extendNames(ctx, s);
  if (ctx.document.text.includes('(')) acronymAliases(ctx);
}
