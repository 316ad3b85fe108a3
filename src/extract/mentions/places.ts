// Unknown places by context: "in X", "nach X", "aus X", "in the city of X", "Region X", "Gebiet X",
// "X region" where X is a capitalised word that is no common noun: type City (Region after a region
// word) with low confidence. Named sites ("Boylston Street", "Berlinale-Palast") become Locations.

import type { EntityType } from '../../types.js';
import type { Mention, Sentence } from '../pipeline-types.js';
import { isProperName } from '../model/lexicon.js';
import { MONTHS, STOPWORDS, WEEKDAYS } from '../model/stopwords.js';
import { canonicalName, isEnglishCommonAt, isNameWord, isSentenceInitial, refFor, type AnalysisContext } from './context.js';
import { T_HYPHEN, T_UPPER, defineTrigger, type WordInfo } from './word-info.js';

const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'of', 'from', 'near', 'around']);
const REGION_BEFORE = new Set(['region', 'gebiet', 'oblast', 'provinz', 'province', 'bezirk', 'district', 'kreis', 'landkreis', 'bundesland', 'kanton']);
const REGION_AFTER = new Set(['region', 'oblast', 'province', 'district', 'county']);
const CITY_WORDS = new Set(['stadt', 'city', 'town', 'hauptstadt', 'capital', 'dorf', 'village', 'ort', 'kleinstadt', 'metropole']);

function isPlaceWord(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  if (!isNameWord(ctx, s, i)) return ctx.lang === 'de' && isGermanProperName(ctx, s, i);
  return ctx.lang !== 'en' || !isEnglishCommonAt(ctx, s, i);
}

/** German lists call many town names nouns ("Cannes/m"): a word both word lists treat as a proper name still counts. */
function isGermanProperName(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.kind !== 'word' || !t.upper || isSentenceInitial(s, i) || STOPWORDS.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
  return isProperName(t.text, ctx.lexicon);
}

/** The place name at p: 1-3 name words, never followed by a further capitalised word run (a person). */
function placeRun(ctx: AnalysisContext, s: Sentence, p: number): number | undefined {
  let end = p;
  while (end < s.tokens.length && end - p < 3 && !ctx.set.isTaken(s.index, end) && isPlaceWord(ctx, s, end)) end++;
  if (end === p) return undefined;
  const next = s.tokens[end];
  if (next && next.kind === 'word' && next.upper && ctx.set.isTaken(s.index, end)) return undefined;
  return end;
}

/** "of Flagstaff, Arizona": after "of"/"from" a place needs a known region or country behind it. */
function beforeKnownRegion(ctx: AnalysisContext, s: Sentence, end: number): boolean {
  return s.tokens[end]?.text === ',' && ctx.set.at(s.index, end + 1).some((m) => m.type === 'Region' || m.type === 'Country');
}

/** Words before "of" that name the kind of place after it ("town of Adre", "island of Funen"). */
const PLACE_BEFORE_OF = new Map<string, EntityType>([['town', 'City'], ['city', 'City'], ['village', 'City'], ['island', 'Region'], ['province', 'Region'], ['region', 'Region']]);

/** Per analysis: the first words of the organisations found so far that have two words or more. */
const orgFirstWords = new WeakMap<AnalysisContext, Set<string>>();

/** "Shares in Kaya rose" after "Kaya Platinum": the first word of an organisation's name is no town. */
function startsOrgName(ctx: AnalysisContext, word: string): boolean {
  let firsts = orgFirstWords.get(ctx);
  if (!firsts) {
    firsts = new Set();
    for (const s of ctx.sentences) {
      for (const m of ctx.set.inSentence(s.index)) {
        const space = m.name.indexOf(' ');
        if (m.type === 'Organization' && space > 0) firsts.add(m.name.slice(0, space));
      }
    }
    orgFirstWords.set(ctx, firsts);
  }
  return firsts.has(word);
}

function addPlace(ctx: AnalysisContext, s: Sentence, from: number, to: number, type: EntityType): void {
  if (ctx.set.anyTaken(s.index, from, to)) return;
  if (type === 'City' && to === from + 1 && startsOrgName(ctx, s.tokens[from]!.text)) return;
  const name = canonicalName(ctx, s.tokens.slice(from, to).map((t) => t.text));
  ctx.set.add(refFor(ctx, type, name), s.index, from, to, 'context', { confidence: 0.5 });
}

/** "in the city of X", "in der Stadt X", "in the Vitebsk region". */
function cityWordStart(s: Sentence, i: number): number {
  let k = i + 1;
  const at = (n: number): string => s.tokens[n]?.lower ?? '';
  if (at(k) === 'the' || at(k) === 'der') k++;
  if (CITY_WORDS.has(at(k))) {
    k++;
    if (at(k) === 'of') k++;
    return k;
  }
  return i + 1;
}

/** German contracted prepositions before "<country adjective> <town>": "im spanischen Sagunt", "ins kenianische Kisumu". */
const ADJECTIVE_PREPOSITIONS = new Set(['im', 'ins', 'vom', 'zum', 'beim']);

/** "im spanischen Sagunt": the token after the country adjective that follows the preposition at i (German). */
function afterCountryAdjective(ctx: AnalysisContext, s: Sentence, i: number): number | undefined {
  if (ctx.lang !== 'de' || !ADJECTIVE_PREPOSITIONS.has(s.tokens[i]!.lower)) return undefined;
  const here = ctx.set.at(s.index, i + 1);
  const adj = here.length === 1 ? here[0]! : undefined;
  return adj && adj.via === 'kb-adjective' && adj.type === 'Country' && adj.tokenStart === i + 1 && adj.tokenEnd === i + 2 ? i + 2 : undefined;
}

const PB_PREPOSITION = 1;
const PB_REGION_BEFORE = 2;
const PB_REGION_AFTER = 4;
const PB_SITE_HEAD = 8;
const PB_DONE = 16;
/** "Partnerstadt", "Hafenstadt": a German compound of "Stadt" before a town's name. */
const PB_TOWN_COMPOUND = 32;
/** "im", "ins" ...: a German preposition that may come before "<country adjective> <town>". */
const PB_ADJ_PREPOSITION = 64;

/** This module's word lists as bits of one word, computed once per word. */
/** Sentence triggers: a finder skips a sentence with no word that can start its pattern. */
const T_PLACE = defineTrigger((w) => (placeBits(w) & (PB_PREPOSITION | PB_REGION_BEFORE | PB_REGION_AFTER | PB_TOWN_COMPOUND | PB_ADJ_PREPOSITION)) !== 0);
const T_SITE = defineTrigger((w) => (placeBits(w) & PB_SITE_HEAD) !== 0);

function placeBits(info: WordInfo): number {
  let b = info.placeBits;
  if (b === undefined) {
    const lower = info.lower;
    b = PB_DONE;
    if (PLACE_PREPOSITIONS.has(lower)) b |= PB_PREPOSITION;
    if (REGION_BEFORE.has(lower)) b |= PB_REGION_BEFORE;
    if (REGION_AFTER.has(lower)) b |= PB_REGION_AFTER;
    if (SITE_HEADS.has(lower)) b |= PB_SITE_HEAD;
    if (lower.length > 7 && lower.endsWith('stadt')) b |= PB_TOWN_COMPOUND;
    if (ADJECTIVE_PREPOSITIONS.has(lower)) b |= PB_ADJ_PREPOSITION;
    info.placeBits = b;
  }
  return b;
}

function placesInSentence(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_PLACE) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i < s.tokens.length - 1; i++) {
    const info = row[i]!;
    const bits = placeBits(info);
    // Each branch below needs a preposition, a capital (T_UPPER) or a region word: most words have none.
    if ((bits & (PB_PREPOSITION | PB_REGION_BEFORE | PB_ADJ_PREPOSITION)) === 0 && (info.triggers & T_UPPER) === 0) continue;
    const t = s.tokens[i]!;
    if (t.kind !== 'word') continue;
    if ((bits & PB_ADJ_PREPOSITION) !== 0) {
      const p = afterCountryAdjective(ctx, s, i);
      const end = p === undefined ? undefined : placeRun(ctx, s, p);
      if (p !== undefined && end !== undefined) addPlace(ctx, s, p, end, 'City');
      continue;
    }
    if ((bits & PB_PREPOSITION) !== 0 && !t.upper) {
      const p = cityWordStart(s, i);
      const end = placeRun(ctx, s, p);
      if (end === undefined) continue;
      // "the border town of Adre", "the island of Funen": the word before "of" says what the place is.
      const kind = t.lower === 'of' ? PLACE_BEFORE_OF.get(s.tokens[i - 1]?.lower ?? '') : undefined;
      if (kind !== undefined && p === i + 1) {
        addPlace(ctx, s, p, end, kind);
        continue;
      }
      if ((t.lower === 'of' || t.lower === 'from') && !beforeKnownRegion(ctx, s, end)) continue;
      // "near Kaya Platinum's mine": after "near"/"around" the name must end before any capitalised word.
      if ((t.lower === 'near' || t.lower === 'around') && s.tokens[end]?.upper === true) continue;
      const after = s.tokens[end]?.lower ?? '';
      addPlace(ctx, s, p, end, REGION_AFTER.has(after) ? 'Region' : 'City');
    } else if ((placeBits(row[i + 1]!) & PB_REGION_AFTER) !== 0 && t.upper && !ctx.set.isTaken(s.index, i) && isPlaceWord(ctx, s, i)) {
      addPlace(ctx, s, i, i + 1, 'Region');
    } else if ((bits & PB_REGION_BEFORE) !== 0) {
      const end = placeRun(ctx, s, i + 1);
      if (end !== undefined) addPlace(ctx, s, i + 1, end, 'Region');
    } else if ((bits & PB_TOWN_COMPOUND) !== 0 && t.upper && ctx.lang === 'de') {
      // "der französischen Partnerstadt Besançon", "die Hafenstadt Mariupol".
      const end = placeRun(ctx, s, i + 1);
      if (end !== undefined) addPlace(ctx, s, i + 1, end, 'City');
    }
  }
}

/** Named sites: capitalised words before a site word ("Boylston Street", "Hassan II Stadium"). */
const SITE_HEADS = new Set([
  'street', 'avenue', 'square', 'boulevard', 'bridge', 'stadium', 'arena', 'palace', 'hall', 'center', 'centre', 'hill', 'gate', 'wall',
  'airport', 'cathedral', 'castle', 'tower', 'park', 'station', 'port', 'harbour', 'harbor', 'island', 'lake', 'river',
  'straße', 'strasse', 'platz', 'brücke', 'stadion', 'palast', 'halle', 'flughafen', 'kathedrale', 'schloss', 'turm', 'bahnhof', 'hafen', 'insel',
]);

/** "Berlinale-Palast", "Olympia-Stadion": a hyphen compound ending in a site word. */
function siteCompound(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  // The part after the last hyphen, without splitting the word (cut < 0: no hyphen, one part).
  const cut = Math.max(t.text.lastIndexOf('-'), t.text.lastIndexOf('‐'));
  if (cut < 0 || !t.upper || !SITE_HEADS.has(t.text.slice(cut + 1).toLowerCase())) return false;
  if (ctx.set.at(s.index, i).some((m) => m.start === t.start && m.end === t.end)) return false;
  ctx.set.add(refFor(ctx, 'Location', t.text), s.index, i, i + 1, 'pattern', { confidence: 0.6 });
  return true;
}

/** "the Rustenburg-based company": the capitalised first part of an English "-based" compound is a town. */
function basedCompound(ctx: AnalysisContext, s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (ctx.lang !== 'en' || !t.upper || !t.lower.endsWith('-based') || ctx.set.isTaken(s.index, i)) return false;
  const part = t.text.slice(0, -6);
  if (part.length < 3 || /[-‐\s]/u.test(part) || !/^\p{Lu}\p{Ll}+$/u.test(part) || ctx.lexicon.enCommon.has(part.toLowerCase()) || STOPWORDS.has(part.toLowerCase())) return false;
  ctx.set.add(refFor(ctx, 'City', part), s.index, i, i + 1, 'context', { confidence: 0.5, start: t.start, end: t.start + part.length, text: part });
  return true;
}

function sitesInSentence(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & (T_SITE | T_HYPHEN)) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.kind !== 'word') continue;
    const info = row[i]!;
    if ((info.triggers & T_HYPHEN) !== 0 && (siteCompound(ctx, s, i) || basedCompound(ctx, s, i))) continue;
    if (!t.upper || (placeBits(info) & PB_SITE_HEAD) === 0 || ctx.set.isTaken(s.index, i)) continue;
    let from = i;
    while (from > 0 && i - from < 3 && isSiteWord(ctx, s, from - 1)) from--;
    if (from === i) from = knownPlaceBeforeSite(ctx, s, i);
    if (from === i) continue;
    const name = canonicalName(ctx, s.tokens.slice(from, i + 1).map((x) => x.text));
    ctx.set.add(refFor(ctx, 'Location', name), s.index, from, i + 1, 'pattern', { confidence: 0.6 });
  }
}

/** Site heads that make a known place's name the name of a site: "Brandenburg Gate", "Heathrow Airport", "Berlin Wall". */
const PLACE_SITE_HEADS = new Set(['gate', 'square', 'airport', 'stadium', 'arena', 'palace', 'cathedral', 'castle', 'tower', 'bridge', 'station', 'wall']);

/**
 * English: a knowledge-base place named right before a site head is part of the site's name (the
 * place's mention gives way): the start of that place, or i when there is none.
 */
function knownPlaceBeforeSite(ctx: AnalysisContext, s: Sentence, i: number): number {
  if (ctx.lang !== 'en' || !PLACE_SITE_HEADS.has(s.tokens[i]!.lower) || i === 0) return i;
  const before = ctx.set.at(s.index, i - 1);
  const place = before.length === 1 ? before[0]! : undefined;
  if (!place || place.tokenEnd !== i || place.via !== 'kb-name' || (place.type !== 'City' && place.type !== 'Region')) return i;
  ctx.set.removeInside(s.index, place.tokenStart, i);
  return place.tokenStart;
}

function isSiteWord(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (ctx.set.isTaken(s.index, k)) return false;
  if (t.kind === 'word' && /^[IVX]+$/u.test(t.text)) return true;
  return isNameWord(ctx, s, k) || (t.upper && ctx.lang === 'en' && k > 0 && !isSentenceInitial(s, k) && t.kind === 'word');
}

/** Words after a place name that make it the name of a disease or pathogen: "Marburg virus", "Marburg-Virus", "West Nile fever". */
export const PATHOGEN_WORDS: ReadonlySet<string> = new Set(['virus', 'viruses', 'fever', 'disease', 'variant', 'flu', 'strain', 'vaccine', 'vaccines', 'outbreak', 'outbreaks', 'virusinfektion', 'fieber', 'variante']);

/** A known place named as part of a disease's name gives way: the text does not speak of the place. */
function dropPathogenPlaces(ctx: AnalysisContext, s: Sentence): void {
  const text = ctx.document.text;
  let gone: Mention[] | undefined;
  for (const place of ctx.set.inSentence(s.index)) {
    if ((place.type !== 'City' && place.type !== 'Region') || !place.via.startsWith('kb-')) continue;
    const last = s.tokens[place.tokenEnd - 1]!;
    // "Marburg-Virus": the rest of the compound; "Marburg virus": the next word.
    const rest = place.end < last.end ? text.slice(place.end, last.end) : '';
    const next = rest ? rest.replace(/^[-‐]/u, '') : (s.tokens[place.tokenEnd]?.lower ?? '');
    if ((rest === '' || /^[-‐]/u.test(rest)) && PATHOGEN_WORDS.has(next.toLowerCase())) (gone ??= []).push(place);
  }
  if (gone) for (const place of gone) ctx.set.removeInside(s.index, place.tokenStart, place.tokenEnd);
}

export function findPlaces(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    dropPathogenPlaces(ctx, s);
    sitesInSentence(ctx, s);
    placesInSentence(ctx, s);
  }
}
