// Unknown events and works: a quoted title after an event or work word ("Festival „X“", "Roman „X“"),
// a run of capitalised words ending in an event word ("the Astana International Forum"), and an
// organisation with a summit word ("SOZ-Gipfel", "SCO summit", "Gipfel der EAWU") -> "<org> Summit".

import { LEGAL_FORMS } from './org-heads.js';
import { COMPOUND_EVENT_HEADS } from '../model/events.js';
import type { Mention, Sentence } from '../pipeline-types.js';
import { STOPWORDS } from '../model/stopwords.js';
import { isGermanCommonNoun } from '../model/lexicon.js';
import { isOpeningQuote } from '../text/sentences.js';
import { canonicalName, isSentenceInitial, refFor, type AnalysisContext } from './context.js';
import { T_QUOTE, defineTrigger, type WordInfo } from './word-info.js';
import { germanBaseName, isPlaceAdjective } from './german-forms.js';

const EVENT_HEADS = [
  'festival', 'wettbewerb', 'forum', 'gipfel', 'summit', 'konferenz', 'conference', 'messe', 'meisterschaft',
  'championship', 'championships', 'cup', 'pokal', 'turnier', 'tournament', 'festspiele', 'olympiade', 'games',
  'spiele', 'biennale', 'kongress', 'congress', 'ausstellung', 'exhibition', 'marathon', 'show', 'awards',
  'dialog', 'dialogue', 'fest', 'prix',
];
/**
 * Heads of prize names ("Leipziger Buchpreis", "the Costa Book Award"). German "-preis" alone is also a
 * price ("Ölpreis"), so only compounds that name prizes count.
 */
const AWARD_HEADS = new Set([
  'prize', 'award', 'medal', 'trophy',
  'buchpreis', 'literaturpreis', 'friedenspreis', 'filmpreis', 'musikpreis', 'kunstpreis', 'kulturpreis', 'medienpreis',
  'ehrenpreis', 'nachwuchspreis', 'förderpreis', 'journalistenpreis', 'theaterpreis', 'architekturpreis', 'umweltpreis',
  'wissenschaftspreis', 'menschenrechtspreis', 'innovationspreis', 'hörspielpreis', 'kinderbuchpreis', 'jugendliteraturpreis',
  'übersetzerpreis', 'lyrikpreis', 'dramatikerpreis', 'karlspreis', 'medaille', 'trophäe',
]);

/** A prize head, also in the German genitive ("des Leipziger Buchpreises"). */
function isAwardWord(lower: string): boolean {
  return AWARD_HEADS.has(lower) || (lower.endsWith('es') && AWARD_HEADS.has(lower.slice(0, -2))) || (lower.endsWith('s') && AWARD_HEADS.has(lower.slice(0, -1)));
}

const SUMMIT_HEADS = ['gipfel', 'summit', 'treffen', 'gipfeltreffen', 'meeting'];
const SUMMIT_WORDS = new Set(SUMMIT_HEADS.flatMap((h) => [h, `${h}s`]));

const eventWordCache = new Map<string, boolean>();

export function isEventWord(lower: string): boolean {
  let known = eventWordCache.get(lower);
  if (known === undefined) {
    known = EVENT_HEADS.some((h) => lower.endsWith(h) || lower.endsWith(`${h}s`)) || isAwardWord(lower);
    if (eventWordCache.size > 50000) eventWordCache.clear();
    eventWordCache.set(lower, known);
  }
  return known;
}

function kbEventInside(ctx: AnalysisContext, sentence: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.set.at(sentence, k).some((m) => m.type === 'Event' && m.tokenStart >= from && m.tokenEnd <= to)) return true;
  }
  return false;
}

/** Words before a quoted title that make it a work, not an event ("Roman", "Familiendrama", "debut"). */
const WORK_HEADS = ['roman', 'novel', 'film', 'drama', 'buch', 'book', 'album', 'lied', 'song', 'serie', 'series', 'oper', 'opera', 'debut', 'debüt', 'stück', 'play', 'dokumentarfilm', 'documentary', 'komödie', 'comedy', 'thriller', 'gedicht', 'poem', 'single', 'werk'];

/** The plurals of WORK_HEADS ("novels"), made once rather than per word tested. */
const WORK_PLURALS: ReadonlySet<string> = new Set(WORK_HEADS.map((h) => `${h}s`));

/** A work word ("Roman", "novels", "Familiendrama"): a head itself is a word ending in it. */
const T_WORK = defineTrigger((w) => WORK_HEADS.some((h) => w.lower.endsWith(h)) || WORK_PLURALS.has(w.lower));

/** What a quoted title after the word is: a work, an event (an event head) or neither. */
function titleType(info: WordInfo): 'Event' | 'Work' | undefined {
  if ((info.triggers & T_WORK) !== 0) return 'Work';
  return (info.triggers & T_EVENT) !== 0 && !isAwardWord(info.lower) ? 'Event' : undefined;
}

/** Festival „Slawischer Basar“: the words between the quotes form the title. */
function quotedTitles(ctx: AnalysisContext, s: Sentence): void {
  const mask = ctx.masks[s.index]!;
  if ((mask & T_QUOTE) === 0 || (mask & (T_WORK | T_EVENT)) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    const cue = s.tokens[i]!;
    const open = s.tokens[i + 1]!;
    const type = open.kind === 'quote' && cue.kind === 'word' ? titleType(row[i]!) : undefined;
    if (!type || !isOpeningQuote(ctx.document.text, open)) continue;
    let close = i + 2;
    while (close < s.tokens.length && close < i + 12 && s.tokens[close]!.kind !== 'quote') close++;
    if (close >= s.tokens.length || s.tokens[close]!.kind !== 'quote' || close - (i + 2) > 8 || close === i + 2) continue;
    if (kbEventInside(ctx, s.index, i + 2, close) || !s.tokens[i + 2]!.upper) continue;
    dropInside(ctx, s.index, i + 2, close);
    const title = ctx.document.text.slice(s.tokens[i + 2]!.start, s.tokens[close - 1]!.end);
    const name = canonicalName(ctx, title.split(/\s+/u));
    ctx.set.add(refFor(ctx, type, name), s.index, i + 2, close, 'pattern', { confidence: 0.7 });
    i = close;
  }
}

/** "The Salt Road", a novel about ...: a quoted title followed by ", a <work word>". */
function quotedWorksBefore(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_QUOTE) === 0 || (ctx.masks[s.index]! & T_WORK) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i + 3 < s.tokens.length; i++) {
    const open = s.tokens[i]!;
    if (open.kind !== 'quote' || !isOpeningQuote(ctx.document.text, open) || !s.tokens[i + 1]!.upper) continue;
    let close = i + 1;
    while (close < s.tokens.length && close < i + 10 && s.tokens[close]!.kind !== 'quote') close++;
    if (s.tokens[close]?.kind !== 'quote' || close === i + 1 || s.tokens[close + 1]?.text !== ',') continue;
    let k = close + 2;
    if (/^(a|an|the|ein|eine|einen|der|die|das)$/u.test(s.tokens[k]?.lower ?? '')) k++;
    let isWork = false;
    for (let w = k; w < k + 3 && w < s.tokens.length && !isWork; w++) isWork = s.tokens[w]!.kind === 'word' && (row[w]!.triggers & T_WORK) !== 0;
    if (!isWork || ctx.set.anyTaken(s.index, i + 1, close)) continue;
    const title = ctx.document.text.slice(s.tokens[i + 1]!.start, s.tokens[close - 1]!.end);
    ctx.set.add(refFor(ctx, 'Work', canonicalName(ctx, title.split(/\s+/u))), s.index, i + 1, close, 'pattern', { confidence: 0.6 });
  }
}

/** A longer guessed name wins over knowledge-base places and organisations inside it. */
function dropInside(ctx: AnalysisContext, sentence: number, from: number, to: number): void {
  ctx.set.removeInside(sentence, from, to);
}

/**
 * "das Bachfest Leipzig", "beim Ostseegipfel Danzig": a German compound ending in an event head
 * (not itself a dictionary word) right before the town it is named with is an event named so (the
 * town gives way inside it). A compound alone ("Klimagipfel") stays a common noun.
 */
function oneWordEventBeforeTown(ctx: AnalysisContext, s: Sentence, i: number): void {
  const t = s.tokens[i]!;
  // Cheapest tests first: most event words are followed by no capitalised word.
  if (ctx.lang !== 'de' || !s.tokens[i + 1]?.upper || t.text.includes('-')) return;
  const town = ctx.set.at(s.index, i + 1).find((m) => m.type === 'City' && m.tokenStart === i + 1 && m.via.startsWith('kb-'));
  if (!town || ctx.lexicon.deNouns.has(t.lower)) return;
  if (!COMPOUND_EVENT_HEADS.some((h) => t.lower.length >= h.length + 3 && t.lower.endsWith(h))) return;
  if (s.tokens[town.tokenEnd - 1]!.end !== town.end) return;
  const after = s.tokens[town.tokenEnd];
  if (after && after.kind === 'word' && after.upper && !isGermanCommonNoun(after.text, ctx.lexicon)) return;
  dropInside(ctx, s.index, i + 1, town.tokenEnd);
  const name = canonicalName(ctx, s.tokens.slice(i, town.tokenEnd).map((x) => x.text));
  ctx.set.add(refFor(ctx, 'Event', name), s.index, i, town.tokenEnd, 'pattern', { confidence: 0.65 });
}

/** "the Astana International Forum", "Eurasian Economic Forum": capitalised words up to an event head. */
function titledEvents(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_EVENT) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.kind !== 'word' || !t.upper || (row[i]!.triggers & T_EVENT) === 0 || ctx.set.isTaken(s.index, i)) continue;
    let from = i;
    while (from > 0 && i - from < 5) {
      const p = s.tokens[from - 1]!;
      if (p.kind !== 'word' || !p.upper || STOPWORDS.has(p.lower) || (isSentenceInitial(s, from - 1) && ctx.lexicon.enCommon.has(p.lower))) break;
      if (ctx.lang === 'de' && isGermanCommonNoun(p.text, ctx.lexicon) && !(from === i && isPlaceAdjective(ctx, s, from - 1))) break;
      if (ctx.set.at(s.index, from - 1).some((m) => m.type === 'Person' || m.type === 'Organization')) break;
      from--;
    }
    if (from === i) {
      oneWordEventBeforeTown(ctx, s, i);
      continue;
    }
    // "the Japanese Grand Prix" is a race; "gewann den Grand Prix" is a festival's main prize.
    if (kbEventInside(ctx, s.index, from, i + 1) || (t.lower === 'prix' && i - from < 2)) continue;
    // "the World Marathon Majors series": a capitalised word going on makes the head part of a longer name.
    const next = s.tokens[i + 1];
    if (ctx.lang === 'en' && next && next.kind === 'word' && next.upper && !ctx.set.isTaken(s.index, i + 1)) continue;
    // "die Leipziger Messe GmbH": a legal form makes the name a company's.
    if (next && LEGAL_FORMS.has(next.lower)) continue;
    dropInside(ctx, s.index, from, i + 1);
    const words = s.tokens.slice(from, i + 1).map((x) => x.text);
    const award = isAwardWord(t.lower);
    // "des Leipziger Buchpreises" is the Leipziger Buchpreis.
    if (award && ctx.lang === 'de' && !AWARD_HEADS.has(t.lower)) words[words.length - 1] = t.text.slice(0, AWARD_HEADS.has(t.lower.slice(0, -2)) ? -2 : -1);
    const name = canonicalName(ctx, ctx.lang === 'de' ? germanBaseName(words) : words);
    ctx.set.add(refFor(ctx, award ? 'Award' : 'Event', name), s.index, from, i + 1, 'pattern', { confidence: 0.7 });
  }
}

/** "SOZ-Gipfels", "SCO summit", "OVKS-Treffen": an event named after the organisation. */
/** The organisation mentions so far, sentence by sentence. */
function organizations(ctx: AnalysisContext): Mention[] {
  const out: Mention[] = [];
  for (const s of ctx.sentences) for (const m of ctx.set.inSentence(s.index)) if (m.type === 'Organization') out.push(m);
  return out;
}

/** The summit words proper (no "meeting", "Treffen"). */
const MAIN_SUMMIT_WORDS: ReadonlySet<string> = new Set(['summit', 'summits', 'gipfel', 'gipfels', 'gipfeltreffen']);

function summitCompounds(ctx: AnalysisContext): void {
  for (const org of organizations(ctx)) {
    const s = ctx.sentences[org.sentence]!;
    const token = s.tokens[org.tokenStart]!;
    // The part of the token after the organisation: "-Gipfels" of "SOZ-Gipfels" (none when the mention ends with the token).
    const rest = org.end < token.end ? token.text.slice(org.end - token.start) : '';
    const dash = rest.charCodeAt(0);
    const inCompound = (dash === 0x2d || dash === 0x2010) && SUMMIT_HEADS.some((h) => rest.slice(1).toLowerCase().startsWith(h));
    const next = s.tokens[org.tokenEnd];
    // SUMMIT_WORDS: the heads and their plurals in -s.
    // A name of several words only before "summit"/"Gipfel" and when the knowledge base knows it
    // ("the African Union summit"; not "a Federal Reserve meeting").
    const several = org.tokenEnd > org.tokenStart + 1;
    const followed =
      org.end === s.tokens[org.tokenEnd - 1]!.end && next !== undefined && SUMMIT_WORDS.has(next.lower) &&
      (!several || (org.via.startsWith('kb-') && MAIN_SUMMIT_WORDS.has(next.lower)));
    if (!inCompound && !followed) continue;
    if (followed && ctx.set.isTaken(s.index, org.tokenEnd)) continue;
    const ref = refFor(ctx, 'Event', `${org.name} Summit`);
    if (inCompound) ctx.set.add(ref, s.index, org.tokenStart, org.tokenEnd, 'pattern', { confidence: 0.8, start: token.start, end: token.end, text: token.text });
    else ctx.set.add(ref, s.index, org.tokenStart, org.tokenEnd + 1, 'pattern', { confidence: 0.8 });
  }
}

const OF_WORDS = new Set(['der', 'des', 'of']);

/** A summit word ("Gipfel", "summits"). */
const T_SUMMIT = defineTrigger((w) => SUMMIT_WORDS.has(w.lower));
/** A word ending in an event head ("Filmfestival", "Summits"). */
const T_EVENT = defineTrigger((w) => isEventWord(w.lower));

/** "Gipfel der Eurasischen Wirtschaftsunion", "summit of the SCO": the summit word, "of" and the organisation. */
function summitOf(ctx: AnalysisContext, s: Sentence): void {
  if ((ctx.masks[s.index]! & T_SUMMIT) === 0) return;
  const row = ctx.words[s.index]!;
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.kind !== 'word' || (row[i]!.triggers & T_SUMMIT) === 0 || ctx.set.isTaken(s.index, i)) continue;
    if (!OF_WORDS.has(s.tokens[i + 1]!.lower)) continue;
    const at = s.tokens[i + 2]!.lower === 'the' ? i + 3 : i + 2;
    const org = ctx.set.at(s.index, at).find((m) => m.type === 'Organization' && m.tokenStart === at && m.via.startsWith('kb-'));
    if (!org || org.end !== s.tokens[org.tokenEnd - 1]!.end) continue;
    ctx.set.add(refFor(ctx, 'Event', `${org.name} Summit`), s.index, i, org.tokenEnd, 'pattern', { confidence: 0.7 });
  }
}

/** German election compounds by their first part, with the English kind of election. */
const ELECTION_KINDS_DE: ReadonlyArray<readonly [string, string]> = [
  ['landtags', 'state election'], ['bundestags', 'federal election'], ['präsidentschafts', 'presidential election'],
  ['präsidenten', 'presidential election'], ['parlaments', 'parliamentary election'], ['kommunal', 'local election'],
  ['oberbürgermeister', 'mayoral election'], ['bürgermeister', 'mayoral election'], ['regional', 'regional election'],
  ['gouverneurs', 'gubernatorial election'], ['senats', 'senate election'], ['nationalrats', 'parliamentary election'], ['', 'election'],
];
/** English words before "election(s)" that say which election. */
const ELECTION_KINDS_EN = new Set(['presidential', 'parliamentary', 'general', 'legislative', 'state', 'local', 'regional', 'mayoral', 'gubernatorial', 'federal', 'municipal', 'senate']);


/** The English kind of a German election word ("Landtagswahl" -> "state election"), or undefined. */
function germanElectionKind(lower: string): string | undefined {
  const stem = lower.endsWith('wahlen') ? lower.slice(0, -6) : lower.endsWith('wahl') ? lower.slice(0, -4) : undefined;
  if (stem === undefined) return undefined;
  for (const [prefix, kind] of ELECTION_KINDS_DE) if (stem === prefix) return kind;
  return undefined;
}

/**
 * Elections named with their place: "die Landtagswahl in Sachsen-Anhalt" (Saxony-Anhalt state
 * election), "Präsidentschaftswahl in Polen", "the presidential election in Peru". The mention is the
 * election word(s); the place keeps its own mention, so the event-in-place rule places the event.
 */
function elections(ctx: AnalysisContext, s: Sentence): void {
  // A string test rather than a word trigger (their bits are all taken): few sentences hold one.
  if (ctx.lang === 'de' ? !s.text.includes('wahl') && !s.text.includes('Wahl') : !s.text.includes('election')) return;
  const tokens = s.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || ctx.set.isTaken(s.index, i)) continue;
    let from = i;
    let kind: string | undefined;
    if (ctx.lang === 'de') kind = t.upper ? germanElectionKind(t.lower) : undefined;
    else if (t.lower === 'election' || t.lower === 'elections') {
      const before = tokens[i - 1];
      if (before && ELECTION_KINDS_EN.has(before.lower) && !ctx.set.isTaken(s.index, i - 1)) {
        kind = `${before.lower} election`;
        from = i - 1;
      } else kind = 'election';
    }
    if (!kind) continue;
    const prep = tokens[i + 1]!;
    if (prep.lower !== 'in' && prep.lower !== 'im') continue;
    const place = ctx.set.at(s.index, i + 2).find((m) => m.tokenStart === i + 2 && m.via !== 'kb-adjective' && m.via !== 'kb-demonym' && (m.type === 'Country' || m.type === 'Region' || m.type === 'City'));
    if (!place) continue;
    ctx.set.add(refFor(ctx, 'Event', `${place.name} ${kind}`), s.index, from, i + 1, 'pattern', { confidence: 0.7 });
  }
}

/** "COP29", "COP-30": a numbered conference of the parties (each held somewhere else) is an event of its own. */
const NUMBERED_COP = /^COP-?(\d{1,2})$/u;

function numberedConferences(ctx: AnalysisContext, s: Sentence): void {
  if (!s.text.includes('COP')) return;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const m = t.kind === 'word' ? NUMBERED_COP.exec(t.text) : null;
    if (!m || ctx.set.isTaken(s.index, i)) continue;
    ctx.set.add(refFor(ctx, 'Event', `COP${m[1]}`), s.index, i, i + 1, 'pattern', { confidence: 0.8 });
  }
}

export function findEvents(ctx: AnalysisContext): void {
  summitCompounds(ctx);
  for (const s of ctx.sentences) summitOf(ctx, s);
  for (const s of ctx.sentences) {
    quotedTitles(ctx, s);
    quotedWorksBefore(ctx, s);
    titledEvents(ctx, s);
    elections(ctx, s);
    numberedConferences(ctx, s);
  }
}
