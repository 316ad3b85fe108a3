// Unknown persons: 1-4 capitalised words after a role cue ("der Abgeordnete Andrej Bilezki",
// "Foreign Minister Jane Doe", "Der Direktor ..., Samuel Mwangi,"), after a title (Dr., Herr, Mr.),
// a nationality ("Kenya's Mercy Chebet") or next to a speech verb ("sagte Jane Doe", "Jane Doe
// said"); later bare surnames refer to the same person. A place that is a first name, before a
// surname-like word, is a person ("Sofia Coppola", "Chad Smith").

import type { Mention, Sentence } from '../pipeline-types.js';
import { STOPWORDS } from '../model/stopwords.js';
import { isRoleWord } from './roles.js';
import { isAllCaps } from '../text/tokenize.js';
import { isOrgHeadWord } from './organizations.js';
import { isEventWord } from './events.js';
import { isEnglishCommonAt, isNameWord, isPossessiveMention, wordInfo, type AnalysisContext } from './context.js';
import { isEnglishCommonWord } from '../model/lexicon.js';
import { F_FIRST_NAME, T_HYPHEN, defineTrigger, wordFlags } from './word-info.js';
import { resolveSurnames } from './surnames.js';
import { addPerson, nameRun, nameStartBefore } from './person-names.js';

const TITLES = new Set(['dr', 'prof', 'herr', 'frau', 'mr', 'mrs', 'ms', 'sir', 'dame']);
const SPEECH_AFTER = new Set(['sagte', 'sagt', 'erklärte', 'betonte', 'so', 'meinte', 'said', 'says', 'told', 'added', 'stated']);
const SPEECH_BEFORE = new Set(['said', 'says', 'told', 'added', 'sagte', 'erklärte', 'betonte']);
const TITLE = 1;
const BEFORE = 2;
const AFTER = 4;
/** The three lists above as one look-up per token: word -> TITLE | BEFORE | AFTER bits. */
const CUES = new Map<string, number>();
for (const [list, bit] of [[TITLES, TITLE], [SPEECH_BEFORE, BEFORE], [SPEECH_AFTER, AFTER]] as const) for (const w of list) CUES.set(w, (CUES.get(w) ?? 0) | bit);

/** Position after a role cue where a name may start (skips "of Kazakhstan", "Kasachstans", a comma). */
function afterRole(ctx: AnalysisContext, s: Sentence, end: number): number {
  let p = end;
  const t = s.tokens[p];
  // "President of Kazakhstan X"; but "Chefdirigent des Lettischen Nationalen Symphonieorchesters": an adjective starts no owner's name.
  if (t && (t.lower === 'of' || t.lower === 'des' || t.lower === 'der') && ctx.set.isTaken(s.index, p + 1) && !isAdjectiveMention(ctx, s, p + 1)) p += 2;
  while (p < s.tokens.length && p < end + 4 && ctx.set.isTaken(s.index, p) && !isPersonAt(ctx, s, p)) p++;
  if (s.tokens[p]?.text === ',' && p > end) p++;
  return p;
}

function isPersonAt(ctx: AnalysisContext, s: Sentence, p: number): boolean {
  return ctx.set.at(s.index, p).some((m) => m.type === 'Person');
}

/** "Der Direktor von Africa CDC, Samuel Mwangi, forderte": the name between commas after the role. */
function appositiveAfter(ctx: AnalysisContext, s: Sentence, cueEnd: number): void {
  let comma = cueEnd;
  while (comma < s.tokens.length && comma < cueEnd + 7 && s.tokens[comma]!.text !== ',' && s.tokens[comma]!.kind !== 'punct') comma++;
  if (s.tokens[comma]?.text !== ',') return;
  const end = nameRun(ctx, s, comma + 1, 2);
  if (end !== undefined && (s.tokens[end]?.text === ',' || end === s.tokens.length || s.tokens[end]?.text === '.')) addPerson(ctx, s, comma + 1, end, 0.7);
}

/** "Wang Lin, a senior researcher at ...": the name right before a comma, an article and the role. */
function appositiveBefore(ctx: AnalysisContext, s: Sentence, cueStart: number): void {
  let k = cueStart - 1;
  while (k >= 0 && cueStart - k <= 3 && s.tokens[k]!.kind === 'word' && (!s.tokens[k]!.upper || isAdjectiveMention(ctx, s, k) || isPossessiveMention(ctx, s, k))) k--;
  if (k < 2 || s.tokens[k]!.text !== ',') return;
  const from = nameStartBefore(ctx, s, k);
  if (k - from >= 2) addPerson(ctx, s, from, k, 0.7);
}

function isAdjectiveMention(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  return ctx.set.at(s.index, k).some((m) => m.via === 'kb-adjective');
}

function personsAfterRoles(ctx: AnalysisContext, minWords: number): void {
  for (const cue of ctx.roles) {
    const s = ctx.sentences[cue.sentence]!;
    if (minWords > 1) {
      appositiveAfter(ctx, s, cue.tokenEnd);
      appositiveBefore(ctx, s, cue.tokenStart);
    }
    const p = afterRole(ctx, s, cue.tokenEnd);
    const end = nameRun(ctx, s, p, minWords);
    if (end === undefined) continue;
    if (end - p === 1 && !isLoneSurname(ctx, s.tokens[p]!.lower)) continue;
    addPerson(ctx, s, p, end, end - p === 1 ? 0.6 : 0.8);
  }
}

/** A single word after a role is a name only when no word list knows it. */
function isLoneSurname(ctx: AnalysisContext, lower: string): boolean {
  return !ctx.lexicon.deWords.has(lower) && !ctx.lexicon.enCommon.has(lower);
}

/** A title or speech verb (CUES). */
const T_PERSON_CUE = defineTrigger((w) => CUES.has(w.lower));

function personsByCue(ctx: AnalysisContext, minWords: number): void {
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_PERSON_CUE) === 0) continue;
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      const info = wordInfo(ctx, s, i);
      const cue = (info.personCue ??= CUES.get(t.lower) ?? 0);
      if (cue === 0) continue;
      if ((cue & TITLE) !== 0 && t.upper) {
        const p = s.tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
        const end = nameRun(ctx, s, p, minWords);
        if (end !== undefined) addPerson(ctx, s, p, end, 0.8);
        continue;
      }
      if ((cue & BEFORE) !== 0) personBefore(ctx, s, i);
      if ((cue & AFTER) !== 0 && !t.upper) {
        const end = nameRun(ctx, s, i + 1, 2);
        if (end !== undefined) addPerson(ctx, s, i + 1, end, 0.7);
      }
    }
  }
}

/** Participles before "by"/"von" that introduce a person ("led by", "geleitet von"). */
const LED = new Set(['led', 'headed', 'chaired', 'coached', 'founded', 'angeführt', 'geführt', 'geleitet', 'trainiert', 'gegründet']);
const T_LED = defineTrigger((w) => LED.has(w.lower));

/** "The SDP, led by Sinisa Hajdas Doncic, came second", "geleitet von Anna Berg": 2-4 name words after "led by". */
function personsAfterLedBy(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_LED) === 0) continue;
    for (let i = 0; i + 2 < s.tokens.length; i++) {
      const by = s.tokens[i + 1]!.lower;
      if (!LED.has(s.tokens[i]!.lower) || (by !== 'by' && by !== 'von')) continue;
      const end = nameRun(ctx, s, i + 2, 2);
      if (end !== undefined) addPerson(ctx, s, i + 2, end, 0.7);
    }
  }
}

/** "Jane Doe said": the 2-4 name words right before a speech verb. */
function personBefore(ctx: AnalysisContext, s: Sentence, verb: number): void {
  const from = nameStartBefore(ctx, s, verb);
  if (verb - from >= 2) addPerson(ctx, s, from, verb, 0.7);
}

/** "Kenya's Mercy Chebet", "Ethiopian Tigist Alemu", "den Brasilianer Lucas Moreira". */
function personsAfterNationality(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    const list = ctx.set.inSentence(s.index);
    // A snapshot: add() appends past n (see placesAsFirstNames).
    for (let k = 0, n = list.length; k < n; k++) personAfterNationality(ctx, s, list[k]!);
  }
}

function personAfterNationality(ctx: AnalysisContext, s: Sentence, m: Mention): void {
  if (m.type !== 'Country' || (m.via !== 'kb-adjective' && m.via !== 'kb-demonym' && m.via !== 'kb-name')) return;
  if (m.via === 'kb-name' && !/['’]s$/u.test(m.text)) return;
  if (m.end !== s.tokens[m.tokenStart]!.end || ctx.set.isTaken(s.index, m.tokenEnd)) return;
  // A capitalised German adjective belongs to a name ("Deutsche Bank"), not to a person.
  // After an article it is a demonym noun ("Der Nigerianer Victor Osimhen").
  if (ctx.lang === 'de' && m.via === 'kb-adjective' && s.tokens[m.tokenStart]!.upper && !isDemonymNoun(s, m.tokenStart)) return;
  const end = nameRun(ctx, s, m.tokenEnd, 2);
  // "the Japanese Grand Prix", "der Deutsche Filmpreis" name an event or a prize, not a person.
  if (end === undefined || isOrgHeadWord(s.tokens[end - 1]!.lower) || isEventWord(s.tokens[end - 1]!.lower)) return;
  // "China's Foreign Ministry" is no person; "China's Lei Ting" is ("Ting" is a proper name too).
  if (ctx.lang === 'en' && isEnglishCommonAt(ctx, s, end - 1) && !ctx.lexicon.enProper.has(s.tokens[end - 1]!.lower)) return;
  addPerson(ctx, s, m.tokenEnd, end, 0.6);
}

const ARTICLES = new Set(['der', 'den', 'dem', 'des', 'die']);
/** "der Nigerianer", "dem Franzosen": an article and a capitalised nationality word not in adjective form (-e, -en, -em, -es). */
function isDemonymNoun(s: Sentence, k: number): boolean {
  const lower = s.tokens[k]!.lower;
  return ARTICLES.has(s.tokens[k - 1]?.lower ?? '') && !/(?:isch|ische[nmrs]?|e|en|em|es)$/u.test(lower);
}

/** "Daniel Kiprop of Kenya", "Jake Halloran of Flagstaff, Arizona": a name, "of" and a place (English). */
/** The word "of" (personsOfPlace). */
const T_OF = defineTrigger((w) => w.lower === 'of');

function personsOfPlace(ctx: AnalysisContext): void {
  if (ctx.lang !== 'en') return;
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_OF) === 0) continue;
    for (let i = 2; i + 1 < s.tokens.length; i++) {
      if (s.tokens[i]!.lower !== 'of' || !isPlaceAt(ctx, s, i + 1)) continue;
      let from = i;
      while (from > 0 && i - from < 3 && isNameWord(ctx, s, from - 1) && !ctx.set.isTaken(s.index, from - 1)) from--;
      if (i - from < 2 || isOrgHeadWord(s.tokens[i - 1]!.lower)) continue;
      if (from > 0 && s.tokens[from - 1]!.upper && s.tokens[from - 1]!.kind === 'word' && !STOPWORDS.has(s.tokens[from - 1]!.lower)) continue;
      addPerson(ctx, s, from, i, 0.6);
    }
  }
}

function isPlaceAt(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const here = ctx.set.at(s.index, k);
  if (here.some((m) => m.tokenStart === k && (m.type === 'Country' || m.type === 'City' || m.type === 'Region'))) return true;
  return s.tokens[k]!.upper && s.tokens[k + 1]?.text === ',' && ctx.set.at(s.index, k + 2).some((m) => m.type === 'Region' || m.type === 'Country');
}

const PLACE_TYPES = new Set(['City', 'Country', 'Region']);
/** Words before a place that make it a place ("in Paris", "from Georgia", "nach Sofia"). */
const PLACE_CUES = new Set(['in', 'im', 'nach', 'aus', 'bei', 'von', 'vom', 'from', 'to', 'of', 'at', 'near', 'into', 'via', 'across', 'über']);

/** "Sofia Coppola", "Chad Smith": a one-word place that is a first name, right before a surname-like word. */
function placeAsFirstName(ctx: AnalysisContext, s: Sentence, m: Mention): void {
  if (m.tokenEnd - m.tokenStart !== 1 || m.via !== 'kb-name' || !PLACE_TYPES.has(m.type)) return;
  const t = s.tokens[m.tokenStart]!;
  if (m.start !== t.start || m.end !== t.end || (wordFlags(wordInfo(ctx, s, m.tokenStart)) & F_FIRST_NAME) === 0) return;
  if (PLACE_CUES.has(s.tokens[m.tokenStart - 1]?.lower ?? '')) return;
  if (!isSurnameWord(ctx, s, m.tokenEnd)) return;
  let end = m.tokenEnd + 1;
  while (end < s.tokens.length && end - m.tokenStart < 4 && isSurnameWord(ctx, s, end)) end++;
  ctx.set.removeInside(s.index, m.tokenStart, m.tokenEnd);
  addPerson(ctx, s, m.tokenStart, end, 0.7);
}

/** A capitalised word that no list knows as a common word, place, organisation or role ("Coppola"; "Smith" is a name in English too). */
function isSurnameWord(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !t.upper || ctx.set.isTaken(s.index, k) || isAllCaps(t.text)) return false;
  if (isOrgHeadWord(t.lower) || isRoleWord(t.lower) || !isNameWord(ctx, s, k)) return false;
  // "Saint-Germain", "Tech": parts of a common word make a club or a school, not a surname. A word
  // without a hyphen (T_HYPHEN) is one part: no split needed.
  if ((wordInfo(ctx, s, k).triggers & T_HYPHEN) !== 0) {
    const parts = t.text.split(/[-‐]/u).filter((part) => part.length > 0);
    if (parts.length > 1) return parts.every((part) => !isEnglishCommonWord(part, ctx.lexicon));
  }
  return !isEnglishCommonAt(ctx, s, k) || ctx.lexicon.enProper.has(t.lower);
}

/**
 * "Ministerpräsident Boris Rhein", "Mayor Paul Berlin": after a role, a given name and a place word
 * the knowledge base knows are a person, not the river or the town.
 */
const SURNAME_PLACE_TYPES = new Set(['City', 'Region', 'Location']);

function placeAsSurname(ctx: AnalysisContext, s: Sentence, m: Mention): void {
  if (m.tokenEnd - m.tokenStart !== 1 || m.via !== 'kb-name' || !SURNAME_PLACE_TYPES.has(m.type)) return;
  const given = m.tokenStart - 1;
  const t = s.tokens[given];
  if (!t || t.kind !== 'word' || !t.upper || ctx.set.isTaken(s.index, given)) return;
  if ((wordFlags(wordInfo(ctx, s, given)) & F_FIRST_NAME) === 0) return;
  if (!ctx.roles.some((r) => r.sentence === s.index && r.tokenEnd === given)) return;
  ctx.set.removeInside(s.index, m.tokenStart, m.tokenEnd);
  addPerson(ctx, s, given, m.tokenEnd, 0.7);
}

function placesAsFirstNames(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    // A snapshot: add() appends past n, removeInside() replaces the array and leaves this one as it was.
    const list = ctx.set.inSentence(s.index);
    for (let k = 0, n = list.length; k < n; k++) {
      placeAsFirstName(ctx, s, list[k]!);
      placeAsSurname(ctx, s, list[k]!);
    }
  }
}

/** Full names first, so that a lone surname after a role can resolve to them before it is guessed. */
export function findPersons(ctx: AnalysisContext): void {
  placesAsFirstNames(ctx);
  personsAfterRoles(ctx, 2);
  personsByCue(ctx, 2);
  personsAfterNationality(ctx);
  personsOfPlace(ctx);
  personsAfterLedBy(ctx);
  resolveSurnames(ctx);
  personsAfterRoles(ctx, 1);
  personsByCue(ctx, 1);
  resolveSurnames(ctx);
}
