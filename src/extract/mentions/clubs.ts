// Sports clubs by form: a club prefix before a name or a place ("FC Bayern München", "VfL Wolfsburg",
// "Dinamo Zagreb", "Real Madrid", "1. FC Köln"), a place before "United"/"City" in a sports text
// ("Manchester United") and a few clubs known by one word ("Galatasaray Istanbul"). The whole span is
// one Organization: knowledge-base places inside it ("Bayern", "München") give way.

import type { Mention, Sentence, Token } from '../pipeline-types.js';
import { STOPWORDS } from '../model/stopwords.js';
import { isRoleWord } from './roles.js';
import { canonicalName, refFor, upperWordTokens, UPPER_STRIDE, type AnalysisContext } from './context.js';
import type { EntityRef } from './mention-set.js';
import { defineTrigger } from './word-info.js';
import { SPORTS_CLUBS } from '../model/sports-clubs.js';

/** Prefixes that make a club whatever follows (a capitalised word or a place). Case-sensitive. */
const STRONG_PREFIXES = new Set([
  'FC', 'SC', 'VfL', 'VfB', 'SV', 'TSV', 'TSG', 'SpVgg', 'BSC', 'SSC', 'AFC', 'FK', 'NK', 'HNK', 'GNK', 'SK', 'KS', 'CF', 'CD', 'RC', 'AC', 'AS', 'SG', 'FSV', 'KSC', 'MSV', 'BV',
  'Dinamo', 'Dynamo', 'Sporting', 'Olympique', 'Olympiakos', 'Borussia', 'Eintracht', 'Rapid', 'Slavia', 'Sparta', 'Lokomotiv', 'Spartak', 'Legia', 'Hajduk', 'Shakhtar', 'Atlético', 'Athletic', 'Deportivo', 'Racing', 'Partizan', 'Steaua', 'Zenit', 'Ferencváros',
]);
/** Prefixes that make a club only before a place mention ("Real Madrid", "Inter Mailand", "Bayern Munich"). */
const PLACE_PREFIXES = new Set(['Bayern', 'Real', 'Inter', 'Union', 'Young', 'Red', 'Celta', 'Standard', 'Hertha', 'Fortuna', 'Viktoria', 'Vitória']);
/** Clubs known by one word; a place right after them belongs to the name ("Galatasaray Istanbul"). */
const KNOWN_CLUBS = new Set(['Galatasaray', 'Fenerbahçe', 'Beşiktaş', 'Trabzonspor', 'Juventus', 'Ajax', 'Feyenoord', 'Benfica', 'Celtic', 'Rangers', 'Schalke', 'Anderlecht', 'Olympiacos', 'Panathinaikos', 'Sturm']);
const SUFFIXES = new Set(['United', 'City', 'Wanderers', 'Rovers', 'Athletic', 'Albion', 'Hotspur']);
const PLACE_TYPES = new Set(['City', 'Region', 'Country', 'Location']);
/** Every word that can start or end a club's name: one look-up per token. */
const CLUB_WORDS = new Set([...STRONG_PREFIXES, ...PLACE_PREFIXES, ...KNOWN_CLUBS, ...SUFFIXES]);
/** Words that only sports clubs' names hold ("FC", "Dinamo", "Galatasaray"), for a name found by any finder. */
const CLUB_NAME_WORDS = new Set([...STRONG_PREFIXES, ...KNOWN_CLUBS]);

/** Whether an organisation's name reads as a sports club's ("Galatasaray Istanbul", "FC Bayern München"). */
export function isClubName(name: string): boolean {
  for (const word of name.split(' ')) if (CLUB_NAME_WORDS.has(word)) return true;
  return false;
}
export const SPORTS_WORDS = /fußball|football|soccer|liga|league|verein|club|klub|trainer|coach|stürmer|striker|spieler|player|tor\b|goal|saison|season|transfer|wechsel|signed|match|spiel|pokal|cup|champions|stadion|stadium|mannschaft|team/iu;

function placeAt(ctx: AnalysisContext, s: Sentence, k: number): Mention | undefined {
  const here = ctx.set.at(s.index, k);
  return here.length === 1 && PLACE_TYPES.has(here[0]!.type) && here[0]!.tokenStart === k ? here[0] : undefined;
}

/** A token that may continue a club's name: a capitalised word, a place, or a number ("Schalke 04"). */
function nameToken(ctx: AnalysisContext, s: Sentence, k: number): number {
  const t: Token | undefined = s.tokens[k];
  if (!t) return k;
  const place = placeAt(ctx, s, k);
  if (place) return place.tokenEnd;
  if (ctx.set.isTaken(s.index, k)) return k;
  if (t.kind === 'number' && /^\d{2,4}$/u.test(t.text) && k > 0) return k + 1;
  if (t.kind !== 'word' || !t.upper || STOPWORDS.has(t.lower) || isRoleWord(t.lower)) return k;
  return k + 1;
}

function addClub(ctx: AnalysisContext, s: Sentence, from: number, to: number, found: ClubFound[]): boolean {
  for (let k = from; k < to; k++) {
    const here = ctx.set.at(s.index, k);
    if (here.some((m) => !PLACE_TYPES.has(m.type) || m.tokenStart < from || m.tokenEnd > to)) return false;
  }
  // The club's first word after its prefixes, when a place the club absorbed ("Bayern" of "FC Bayern München").
  let key = from;
  while (key < to - 1 && (s.tokens[key]!.kind !== 'word' || STRONG_PREFIXES.has(s.tokens[key]!.text))) key++;
  const keyPlace = placeAt(ctx, s, key);
  ctx.set.removeInside(s.index, from, to);
  const words = s.tokens.slice(from, to).map((t) => t.text);
  const name = canonicalName(ctx, words).replace(/^1 \. /u, '1. ').replace(/ \./gu, '.');
  const ref = refFor(ctx, 'Organization', name);
  ctx.set.add(ref, s.index, from, to, 'pattern', { confidence: 0.8 });
  if (keyPlace && keyPlace.tokenEnd === key + 1) found.push({ key: s.tokens[key]!.text, ref: { id: ref.id, name: ref.name, type: 'Organization' } });
  return true;
}

/** A word that can start or end a club's name. */
const T_CLUB = defineTrigger((w) => CLUB_WORDS.has(w.text));

function clubsIn(ctx: AnalysisContext, s: Sentence, isSports: () => boolean, found: ClubFound[]): void {
  if ((ctx.masks[s.index]! & T_CLUB) === 0) return;
  const tokens = s.tokens;
  const row = ctx.words[s.index]!;
  for (let i = 0; i < tokens.length; i++) {
    // The word's trigger first: it spares reading the tokens of every other word.
    if ((row[i]!.triggers & T_CLUB) === 0) continue;
    const t = tokens[i]!;
    if (!t.upper || t.kind !== 'word') continue;
    // isSports() (a scan of the whole text, once per document) only where the answer matters.
    const strong = STRONG_PREFIXES.has(t.text);
    const known = KNOWN_CLUBS.has(t.text);
    if (strong || known || PLACE_PREFIXES.has(t.text)) {
      if (ctx.set.isTaken(s.index, i) && !placeAt(ctx, s, i)) continue;
      let end = i + 1;
      if (PLACE_PREFIXES.has(t.text) && !strong) {
        const place = placeAt(ctx, s, end);
        // "Bayern München": a place before a place is no place phrase, whatever the text is about.
        if (!place || (!placeAt(ctx, s, i) && !isSports())) continue;
        end = place.tokenEnd;
      } else if (known) {
        const place = placeAt(ctx, s, end);
        if (place) end = place.tokenEnd;
      } else {
        for (let words = 0; words < 3; words++) {
          const next = nameToken(ctx, s, end);
          if (next === end) break;
          end = next;
        }
        if (end === i + 1) continue;
        // Short all-caps prefixes ("AS", "SC") need a sports text or a place in the name.
        if (t.text.length <= 3 && t.text === t.text.toUpperCase() && !isSports() && !placeAt(ctx, s, i + 1) && !placeAt(ctx, s, end - 1)) continue;
      }
      // "1. FC Köln"
      let from = i;
      if (i >= 2 && tokens[i - 1]!.text === '.' && tokens[i - 2]!.kind === 'number' && tokens[i - 2]!.end === tokens[i - 1]!.start && /^\d$/u.test(tokens[i - 2]!.text)) from = i - 2;
      if (addClub(ctx, s, from, end, found)) i = end - 1;
      continue;
    }
    if (SUFFIXES.has(t.text) && isSports() && i > 0 && !ctx.set.isTaken(s.index, i)) {
      const before = ctx.set.at(s.index, i - 1);
      const place = before.length === 1 && PLACE_TYPES.has(before[0]!.type) && before[0]!.tokenEnd === i ? before[0] : undefined;
      if (place) addClub(ctx, s, place.tokenStart, i + 1, found);
    }
  }
}

/**
 * A word SPORTS_WORDS matches. Its words are letters only, so a match in the text lies inside one
 * word token and matches that word too ("tor" before a non-word character or the word's end): a
 * text with no such word has no match, and the scan of the whole text is left out. The other way
 * round, a word's match is one in the text unless the word ends in "tor" before a "_" (the one
 * word character that ends a word token): without a "_" in the text, the trigger is the answer.
 */
const T_SPORTS = defineTrigger((w) => SPORTS_WORDS.test(w.text));

function hasTrigger(ctx: AnalysisContext, bit: number): boolean {
  for (let k = 0; k < ctx.sentences.length; k++) if ((ctx.masks[k]! & bit) !== 0) return true;
  return false;
}

/** Adds sports clubs to the mention set. Runs after the knowledge-base mentions. */
export function findClubs(ctx: AnalysisContext): void {
  let sports: boolean | undefined;
  const isSports = (): boolean => (sports ??= hasTrigger(ctx, T_SPORTS) && (!ctx.document.text.includes('_') || SPORTS_WORDS.test(ctx.document.text)));
  const found: ClubFound[] = [];
  for (const s of ctx.sentences) clubsIn(ctx, s, isSports, found);
  // The clubs the knowledge base found first (a walk over the mentions): the sports test scans the whole text.
  const kb = knownClubs(ctx);
  if (found.length + kb.length > 0 && isSports()) {
    const clubs = [...found, ...kb];
    clubsByShortName(ctx, clubs);
    clubsByNameWord(ctx, clubs);
  }
}

/** Word -> the one club it stands for (null: two different clubs have it). */
function oneClubPerWord(pairs: Iterable<readonly [string, EntityRef]>): Map<string, EntityRef | null> {
  const byWord = new Map<string, EntityRef | null>();
  for (const [word, ref] of pairs) {
    const known = byWord.get(word);
    byWord.set(word, known === undefined || known?.id === ref.id ? ref : null);
  }
  return byWord;
}

/**
 * "für die Eintracht", "der VfB-Coach", "Eintracht-Kapitän Robin Koch": in a sports text, a word of a
 * club's name that is no place ("Eintracht" of Eintracht Frankfurt, "VfB" of VfB Stuttgart), alone or
 * as a compound's first part, is that club when no other club the text names has the word. Words the
 * knowledge base took (places) are clubsByShortName's; one after a place preposition stays a word.
 */
function clubsByNameWord(ctx: AnalysisContext, found: readonly ClubFound[]): void {
  const byWord = oneClubPerWord(found.flatMap(({ ref }) => ref.name.split(' ').filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)).map((w) => [w, ref] as const)));
  const words = upperWordTokens(ctx);
  for (let k = 0; k < words.length; k += UPPER_STRIDE) {
    const s = ctx.sentences[words[k]!]!;
    const i = words[k + 1]!;
    const t = s.tokens[i]!;
    if (ctx.set.isTaken(s.index, i)) continue;
    const dash = t.text.search(/[-‐]/u);
    const word = dash > 0 ? t.text.slice(0, dash) : t.text;
    const ref = byWord.get(word);
    if (!ref || (dash > 0 && !/^[-‐]\p{Lu}/u.test(t.text.slice(dash))) || PLACE_CUES.has(s.tokens[i - 1]?.lower ?? '')) continue;
    ctx.set.add(ref, s.index, i, i + 1, 'pattern', { confidence: 0.7, start: t.start, end: t.start + word.length, text: word });
  }
}

/** The knowledge base's clubs (sports-clubs.ts), by id. */
const CLUB_IDS = new Set(SPORTS_CLUBS.map((e) => e.id));

/** Clubs the knowledge base found ("FC Bayern München", "Bayern Munich"), keyed like addClub's: the word after the prefixes ("Bayern"). */
function knownClubs(ctx: AnalysisContext): ClubFound[] {
  const out: ClubFound[] = [];
  for (const s of ctx.sentences) {
    for (const m of ctx.set.inSentence(s.index)) {
      if (m.type !== 'Organization' || m.via !== 'kb-name' || !CLUB_IDS.has(m.entityId)) continue;
      let key = m.tokenStart;
      while (key < m.tokenEnd - 1 && (s.tokens[key]!.kind !== 'word' || STRONG_PREFIXES.has(s.tokens[key]!.text))) key++;
      out.push({ key: s.tokens[key]!.text, ref: { id: m.entityId, name: m.name, type: 'Organization' } });
    }
  }
  return out;
}

interface ClubFound {
  /** The place word the club's name starts with, after its prefixes ("Bayern"). */
  key: string;
  ref: EntityRef;
}

/** Words before a place that keep it a place ("in Bayern", "aus München", "from Munich"). */
const PLACE_CUES = new Set(['in', 'im', 'ins', 'nach', 'aus', 'bei', 'von', 'vom', 'from', 'to', 'of', 'at', 'near', 'into', 'across', 'über', 'durch', 'ganz']);

/**
 * "Bayern-Präsident Herbert Hainer", "trifft Bayern am Samstag": in a sports text that names a club
 * starting with a place ("FC Bayern München"), that place's word alone (or as a compound's first
 * part) is the club, unless a place preposition comes before it. A word two clubs start with is left alone.
 */
function clubsByShortName(ctx: AnalysisContext, found: readonly ClubFound[]): void {
  const byKey = oneClubPerWord(found.map(({ key, ref }) => [key, ref] as const));
  for (const s of ctx.sentences) {
    const list = ctx.set.inSentence(s.index);
    // A snapshot: removeInside() replaces the array, add() appends past n.
    for (let k = 0, n = list.length; k < n; k++) {
      const m = list[k]!;
      if (m.tokenEnd - m.tokenStart !== 1 || m.via !== 'kb-name' || !PLACE_TYPES.has(m.type)) continue;
      const t = s.tokens[m.tokenStart]!;
      if (m.start !== t.start) continue;
      const ref = byKey.get(t.text.slice(0, m.end - m.start));
      if (!ref) continue;
      // The whole word, its possessive or a compound's first part ("Bayern-Präsident").
      const rest = t.text.slice(m.end - m.start);
      if (rest !== '' && rest !== "'s" && rest !== '’s' && !/^[-‐]\p{Lu}/u.test(rest)) continue;
      if (PLACE_CUES.has(s.tokens[m.tokenStart - 1]?.lower ?? '')) continue;
      ctx.set.removeInside(s.index, m.tokenStart, m.tokenEnd);
      ctx.set.add(ref, s.index, m.tokenStart, m.tokenEnd, 'pattern', { confidence: 0.7, start: m.start, end: m.end });
    }
  }
}
