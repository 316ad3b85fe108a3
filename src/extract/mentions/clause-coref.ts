// Clause coreference: words that stand for someone the sentence (or the one before) has named become
// mentions (via 'coref') of that entity, so that the relation rules, written for a subject name, also
// fire in relative and coordinated clauses:
// - an age phrase "Der 63-Jährige", "the 44-year-old" is the one fitting person just named;
// - a relative pronoun right after "<name>," ("Reinhardt, die seit 2020 ...", "ASML, which ...",
//   "Mokoena, who ...") is that name; German "der/die/das" only when its clause ends in a lowercase
//   word (the verb) before the next comma: "Scholz, der Kanzler, sagte" is an apposition;
// - "und"/"and" right before a verb ("reiste nach Peking und traf dort X", "visited Japan and met X")
//   is the subject of the clause it continues: the name (or subject pronoun) that opens that clause.
// - a nationality noun after a determiner, "sagte der Schwede", "the 25-year-old Briton", is the one
//   person named in the nearest sentence before it that names any (the rule any.citizen.nominal-demonym then
//   makes that person a national);
// No guess where two candidates fit. Runs after the person, organisation and place coreference.

import type { Mention, RoleCue, Sentence } from '../pipeline-types.js';
import type { EntityType } from '../../types.js';
import { isSentenceInitial, ownKey, type AnalysisContext } from './context.js';
import { firstNameGender } from '../model/first-names.js';
import { AGE_NOUNS, PREPOSITIONS, SPEECH, T_CLAUSE, isModifier, refOf, somethingAfter } from './clause-words.js';
import { conjunctSubjects } from './conjunct-subjects.js';

type Gender = 'f' | 'm';

/** Determiners before an age phrase, with the gender they show (undefined: either). */
const AGE_DETERMINERS: ReadonlyMap<string, Gender | undefined> = new Map([
  ['der', 'm'], ['den', 'm'], ['dem', undefined], ['des', 'm'], ['die', 'f'], ['the', undefined],
]);

/** Nouns for a news outlet spoken to ("sagte der Nachrichtenagentur X"). */
const OUTLETS = /(?:agentur|zeitung|sender|magazin|blatt|portal)$/u;
const RELATIVE_TYPES: ReadonlySet<EntityType> = new Set(['Person', 'Organization', 'Country', 'City', 'Region', 'Location', 'Event']);
const DE_RELATIVE_PERSON: ReadonlyMap<string, Gender> = new Map([['der', 'm'], ['welcher', 'm'], ['die', 'f'], ['welche', 'f']]);
const DE_RELATIVE_OTHER = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']);
/** Subjunctive forms of reported speech ("..., der Handel sei gewachsen"). */
const REPORTED = new Set(['sei', 'seien', 'habe', 'hätte', 'hätten', 'werde', 'würde', 'würden', 'wolle', 'könne', 'müsse', 'solle', 'dürfe', 'wäre', 'wären']);
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '(', ')', '-', '–', '—']);

const nameGenders = new Map<string, Gender | null>();

/** firstNameGender of a name's first word, once per name (bounded). */
function genderOfName(m: Mention): Gender | undefined {
  let g = nameGenders.get(m.name);
  if (g === undefined) {
    const space = m.name.indexOf(' ');
    g = firstNameGender((space < 0 ? m.name : m.name.slice(0, space)).toLowerCase()) ?? null;
    if (nameGenders.size > 20000) nameGenders.clear();
    // ownKey: a name sliced from a document would keep the whole text alive in this process-wide cache.
    nameGenders.set(ownKey(m.name), g);
  }
  return g ?? undefined;
}

export function resolveClauseCoreference(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    // Age nouns and verbs after "und"/"and" carry the trigger; relative pronouns are found from the mentions.
    const words = (ctx.masks[s.index]! & T_CLAUSE) !== 0;
    if (ctx.set.inSentence(s.index).length > 0) demonymPhrases(ctx, s);
    if (words) agePhrases(ctx, s);
    if (ctx.set.inSentence(s.index).length === 0) continue;
    relativePronouns(ctx, s);
    if (words) conjunctSubjects(ctx, s);
  }
}

// ---- age phrases ----

/** "Der 63-Jährige", "the 44-year-old": determiner, number, "-", age noun (tokens i - 1 .. i + 2 for the number at i). */
function agePhrases(ctx: AnalysisContext, s: Sentence): void {
  const nouns = AGE_NOUNS[ctx.lang];
  const tokens = s.tokens;
  const row = ctx.words[s.index]!;
  for (let j = 3; j < tokens.length; j++) {
    // The age noun at j carries the trigger; the number is at i = j - 2.
    if ((row[j]!.triggers & T_CLAUSE) === 0 || !nouns.has(tokens[j]!.lower)) continue;
    const i = j - 2;
    if (tokens[i]!.kind !== 'number' || tokens[i + 1]!.text !== '-') continue;
    const det = tokens[i - 1]!.lower;
    // "die 26-Jährigen": several.
    if (!AGE_DETERMINERS.has(det) || (det === 'die' && tokens[i + 2]!.lower === 'jährigen') || ctx.set.anyTaken(s.index, i, i + 3)) continue;
    // "the 26-year-old striker Mikkel Roe": the name follows; the phrase describes it.
    if (personStartsNear(ctx, s, i + 3)) continue;
    const p = recentPerson(ctx, s, i, AGE_DETERMINERS.get(det));
    if (p) ctx.set.add(refOf(p), s.index, i, i + 3, 'coref', { confidence: 0.8 });
  }
}

// ---- nationality nouns ----

/** "der Schwede", "dem Norweger", "die Schwedin", "the Dutchman", "the 25-year-old Briton" (not "die Schweizer": several). */
function demonymPhrases(ctx: AnalysisContext, s: Sentence): void {
  const tokens = s.tokens;
  const list = ctx.set.inSentence(s.index);
  // A snapshot: add() appends past n.
  for (let c = 0, n = list.length; c < n; c++) {
    const m = list[c]!;
    if (m.type !== 'Country' || m.via !== 'kb-demonym' || m.tokenEnd !== m.tokenStart + 1) continue;
    const k = m.tokenStart;
    const t = tokens[k]!;
    if (m.start !== t.start || m.end !== t.end) continue;
    let d = k - 1;
    // "the 25-year-old Briton": an age phrase between.
    if (d >= 3 && AGE_NOUNS[ctx.lang].has(tokens[d]!.lower) && tokens[d - 1]!.text === '-' && tokens[d - 2]!.kind === 'number') d -= 3;
    const det = tokens[d]?.lower;
    const feminine = t.lower.endsWith('in');
    let gender: Gender | undefined;
    if (ctx.lang === 'en') {
      if (det !== 'the' || t.lower.endsWith('s')) continue;
    } else if (det === 'der' && !feminine && d > 0 && tokens[d - 1]!.kind === 'word' && tokens[d - 1]!.upper && !isSentenceInitial(s, d - 1)) {
      // "die Zusagen der Japaner": after a noun, "der" + a masculine demonym is a genitive plural.
      continue;
    } else if (det === 'der' || det === 'den' || det === 'dem' || det === 'des') gender = feminine ? 'f' : 'm';
    else if (det === 'die' && feminine) gender = 'f';
    else continue;
    // "der Norweger Aleksander Lien": a name (or another capitalised word) follows; the noun describes it.
    const next = tokens[k + 1];
    if ((next && next.kind === 'word' && next.upper) || personStartsNear(ctx, s, k + 1)) continue;
    let inside = false;
    for (let j = d; j < k && !inside; j++) for (const o of ctx.set.at(s.index, j)) if (o.type === 'Person' || o.type === 'Organization') inside = true;
    if (inside) continue;
    // Only a person of the sentences before: one named earlier in its own sentence is mostly its subject
    // ("Trainer Xabi Alonso hatte den Dänen beobachtet" is about someone else).
    const p = recentPerson(ctx, s, 0, gender, true);
    if (p) ctx.set.add(refOf(p), s.index, d, k + 1, 'coref', { confidence: 0.7 });
  }
}

function personStartsNear(ctx: AnalysisContext, s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(from + 3, s.tokens.length); k++) {
    for (const m of ctx.set.at(s.index, k)) if (m.type === 'Person' && m.tokenStart === k) return true;
    if (s.tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/**
 * The person an age phrase refers to: in the nearest sentence (its own part before it first, then
 * up to two before) that names a fitting person, the only one, or the one that opens it (not with
 * onlyOne: a nationality noun may as well be the rival named second).
 */
function recentPerson(ctx: AnalysisContext, s: Sentence, before: number, gender: Gender | undefined, onlyOne = false): Mention | undefined {
  for (let si = s.index; si >= 0 && si >= s.index - 2; si--) {
    let only: Mention | undefined;
    let several = false;
    let first: Mention | undefined;
    for (const m of ctx.set.inSentence(si)) {
      if (m.type !== 'Person' || isModifier(m) || (si === s.index && m.tokenEnd > before)) continue;
      const g = genderOfName(m);
      if (gender && g && g !== gender) continue;
      if (only && only.entityId !== m.entityId) several = true;
      only ??= m;
      if (!first || m.start < first.start) first = m;
    }
    if (!only) continue;
    if (!several) return only;
    return !onlyOne && first && first.tokenStart <= 2 ? first : undefined;
  }
  return undefined;
}

// ---- relative pronouns ----

/** The mention to which a relative pronoun at token k may refer: the longest name ending right before ", k". */
function relativePronouns(ctx: AnalysisContext, s: Sentence): void {
  const list = ctx.set.inSentence(s.index);
  const n = list.length;
  const tokens = s.tokens;
  for (let c = 0; c < n; c++) {
    const m = list[c]!;
    // Cheapest tests first: a comma right after the mention, then a relative word.
    if (tokens[m.tokenEnd]?.text !== ',') continue;
    const k = m.tokenEnd + 1;
    const word = tokens[k];
    if (!word || word.kind !== 'word' || !(ctx.lang === 'en' ? word.lower === 'who' || word.lower === 'which' : DE_RELATIVE_OTHER.has(word.lower))) continue;
    if (!RELATIVE_TYPES.has(m.type) || isModifier(m) || ctx.set.isTaken(s.index, k) || m.end !== tokens[m.tokenEnd - 1]!.end) continue;
    // A relation needs a second entity: a name or role cue in the clause.
    if (!fitsRelative(ctx, s, m, k) || !somethingAfter(ctx, s, k + 1, clauseEnd(s, k))) continue;
    const best = longestEndingAt(list, n, m);
    if (best !== m) continue;
    ctx.set.add(refOf(m), s.index, k, k + 1, 'coref', { confidence: 0.8 });
  }
}

/** The token after the relative clause starting at k: the next comma, sentence-final mark or bracket. */
function clauseEnd(s: Sentence, k: number): number {
  for (let t = k + 1; t < s.tokens.length; t++) if (CLAUSE_END.has(s.tokens[t]!.text)) return t;
  return s.tokens.length;
}

function longestEndingAt(list: readonly Mention[], n: number, m: Mention): Mention {
  let best = m;
  for (let c = 0; c < n; c++) {
    const o = list[c]!;
    if (o.end === m.end && RELATIVE_TYPES.has(o.type) && !isModifier(o) && o.end - o.start > best.end - best.start) best = o;
  }
  return best;
}

function fitsRelative(ctx: AnalysisContext, s: Sentence, m: Mention, k: number): boolean {
  const word = s.tokens[k]!.lower;
  const before = s.tokens[m.tokenStart - 1]?.lower ?? '';
  // "the head of X, who": the pronoun may refer to the head; "X und Y, die": to both.
  if (PREPOSITIONS.has(before) || before === 'und' || before === 'and' || before === 'or' || before === 'oder') return false;
  if (ctx.lang === 'en') return word === (m.type === 'Person' ? 'who' : 'which');
  if (m.type === 'Person') {
    const gender = DE_RELATIVE_PERSON.get(word);
    const named = gender && genderOfName(m);
    if (!gender || (named && named !== gender)) return false;
  } else if (!DE_RELATIVE_OTHER.has(word)) return false;
  // "sagte er der Agentur BelTA, der Handel wachse": after a speech verb's addressee, an article before a common noun.
  const next = s.tokens[k + 1];
  if (next && next.upper && !startsMention(ctx, s, k + 1) && addressee(s, m)) return false;
  return endsInVerb(s, k);
}

/** A name told something: a speech verb or an outlet noun ("Agentur", "Zeitung") within three words before it. */
function addressee(s: Sentence, m: Mention): boolean {
  for (let t = m.tokenStart - 1; t >= 0 && t >= m.tokenStart - 3; t--) {
    const w = s.tokens[t]!.lower;
    if (SPEECH.has(w) || OUTLETS.test(w)) return true;
  }
  return false;
}

function startsMention(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  for (const m of ctx.set.at(s.index, k)) if (m.tokenStart === k && m.via !== 'coref') return true;
  return false;
}

/**
 * A German relative clause ends in its finite verb: the last word before the next comma or the
 * sentence's end is lowercase. A subjunctive of reported speech ("sei", "habe") in it: no relative clause.
 */
function endsInVerb(s: Sentence, k: number): boolean {
  let last = -1;
  for (let t = k + 1; t < s.tokens.length; t++) {
    const tok = s.tokens[t]!;
    if (CLAUSE_END.has(tok.text) || tok.kind === 'quote') break;
    if (REPORTED.has(tok.lower)) return false;
    last = t;
  }
  if (last < k + 1) return false;
  const tok = s.tokens[last]!;
  return tok.kind === 'word' && !tok.upper;
}

// ---- a role phrase's person in an apposition (for coref.ts) ----

/** Words that open the complement of a role phrase: "Die Bürgermeisterin der Partnerstadt X", "the mayor of X". */
const COMPLEMENT_STARTS = new Set(['der', 'des', 'von', 'vom', 'of', 'for', 'at']);

/**
 * "Die Bürgermeisterin der Partnerstadt Besançon, Claire Vautrin, kam": the person named between
 * commas right after the role phrase's complement (at the first comma within eight tokens).
 */
export function personInApposition(ctx: AnalysisContext, cue: RoleCue): Mention | undefined {
  const s = ctx.sentences[cue.sentence]!;
  if (!COMPLEMENT_STARTS.has(s.tokens[cue.tokenEnd]?.lower ?? '')) return undefined;
  for (let k = cue.tokenEnd + 1; k < Math.min(cue.tokenEnd + 8, s.tokens.length - 1); k++) {
    if (s.tokens[k]!.text !== ',') continue;
    for (const m of ctx.set.at(s.index, k + 1)) {
      if (m.tokenStart === k + 1 && m.type === 'Person' && m.via !== 'coref' && s.tokens[m.tokenEnd]?.text === ',') return m;
    }
    return undefined;
  }
  return undefined;
}
