// Coreference inside one document: role phrases ("der belarussische Staatschef", "the president")
// and pronouns in quote attributions ("sagte er", "he said") become mentions (via 'coref') of the
// most recent compatible person. A phrase with a country must match a person's earlier role and country;
// a pronoun or a female role form must fit the person's gender when that is known.
// The persons, cues and pronouns come in text order from coref-steps.ts.

import type { Mention, RoleCategory, RoleCue, Sentence } from '../pipeline-types.js';
import { ownKey, type AnalysisContext } from './context.js';
import { steps } from './coref-steps.js';
import { firstNameGender } from '../model/first-names.js';
import { personInApposition } from './clause-coref.js';

interface Profile {
  id: string;
  name: string;
  /** The shared empty set NONE until learn() adds the first entry: most persons never get a role. */
  roles: Set<string>;
  categories: Set<RoleCategory>;
  countries: Set<string>;
  /** Offset of the latest mention so far. */
  last: number;
  /** 'f' or 'm' once a first name, a title, a female role form or an earlier pronoun tells. */
  gender?: Gender;
  /** A name nameGender already gave no gender for (asked again at every later mention otherwise). */
  genderless?: string;
}

type Gender = 'f' | 'm';

const DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'the']);
const LEADER_CATEGORIES: ReadonlySet<RoleCategory> = new Set(['head_of_state', 'head_of_government', 'leader']);
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { er: 'm', he: 'm', sie: 'f', she: 'f' };
const TITLE_GENDER: Readonly<Record<string, Gender>> = { frau: 'f', ms: 'f', mrs: 'f', miss: 'f', madam: 'f', dame: 'f', herr: 'm', mr: 'm', sir: 'm' };
/** English role words that name a gender ("spokeswoman", "actress", "queen"). */
const EN_ROLE_GENDER: Readonly<Record<string, Gender>> = {
  spokeswoman: 'f', chairwoman: 'f', actress: 'f', queen: 'f', businesswoman: 'f', congresswoman: 'f', princess: 'f', empress: 'f',
  spokesman: 'm', chairman: 'm', actor: 'm', king: 'm', businessman: 'm', congressman: 'm', prince: 'm', emperor: 'm',
};

/** Names of Object.prototype's properties: a plain-object look-up of one of them finds that property. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/**
 * record[key], through a Map of the record's own entries: a keyed load with a string V8 has not
 * internalised is slow. Keys of Object.prototype still read the record, as they always did.
 */
function genderOf(record: Readonly<Record<string, Gender>>, map: ReadonlyMap<string, Gender>, key: string): Gender | undefined {
  return map.get(key) ?? (PROTOTYPE_KEYS.has(key) ? record[key] : undefined);
}

const PRONOUN_GENDERS = new Map(Object.entries(PRONOUN_GENDER));
const TITLE_GENDERS = new Map(Object.entries(TITLE_GENDER));
const EN_ROLE_GENDERS = new Map(Object.entries(EN_ROLE_GENDER));

/** The gender a role cue names: German female forms end in -in/-innen ("Präsidentin", "Trainerin"). */
function cueGender(ctx: AnalysisContext, cue: RoleCue): Gender | undefined {
  const last = ctx.sentences[cue.sentence]!.tokens[cue.tokenEnd - 1]!.lower;
  const en = genderOf(EN_ROLE_GENDER, EN_ROLE_GENDERS, last);
  if (en) return en;
  return ctx.lang === 'de' && /[^e]in$/u.test(last) && last.length > 5 ? 'f' : undefined;
}

/** What a person's mention says of the gender: a title before it ("Frau", "Ms.") or a known first name. */
function mentionGender(ctx: AnalysisContext, m: Mention, p: Profile): Gender | undefined {
  if (m.via === 'coref') return undefined;
  const tokens = ctx.sentences[m.sentence]!.tokens;
  const before = tokens[m.tokenStart - 1]?.text === '.' ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
  const title = before ? genderOf(TITLE_GENDER, TITLE_GENDERS, before.lower) : undefined;
  if (title) return title;
  if (m.name === p.genderless || !(m.tokenEnd - m.tokenStart >= 2 || m.name.includes(' '))) return undefined;
  const gender = nameGender(m.name);
  if (gender === undefined) p.genderless = m.name;
  return gender;
}

const nameGenders = new Map<string, Gender | null>();

/** firstNameGender of a name's first word, once per name. */
function nameGender(name: string): Gender | undefined {
  let g = nameGenders.get(name);
  if (g === undefined) {
    g = firstNameGender(name.split(' ')[0]!.toLowerCase()) ?? null;
    if (nameGenders.size > 50000) nameGenders.clear();
    nameGenders.set(ownKey(name), g);
  }
  return g ?? undefined;
}

/** startingIn's answer, its first `count` entries (reused; never cut: V8 drops the store of an array set to length 0). */
const starting: Mention[] = [];

/** Fills `starting` with the mentions that start in tokens [from, to) of a sentence, each once, in token order; returns their count. */
function startingIn(ctx: AnalysisContext, sentence: number, from: number, to: number): number {
  let count = 0;
  for (let k = Math.max(from, 0); k < to; k++) {
    // Listed at k only once: no look-back within one k. Indexed loops (for-of made iterator objects).
    const here = ctx.set.at(sentence, k);
    for (let c = 0; c < here.length; c++) if (here[c]!.tokenStart === k) starting[count++] = here[c]!;
  }
  return count;
}

/** Countries of the cue's sentence ending right before it ("belarussische" in "der belarussische Präsident"), pushed onto `out`. */
function countriesBefore(ctx: AnalysisContext, cue: RoleCue, out: string[]): void {
  const count = startingIn(ctx, cue.sentence, cue.tokenStart - 3, cue.tokenStart);
  for (let c = 0; c < count; c++) {
    const m = starting[c]!;
    if (m.type === 'Country' && m.tokenEnd <= cue.tokenStart && m.tokenEnd >= cue.tokenStart - 2) out.push(m.entityId);
  }
}

/**
 * The person a role cue introduces ("Präsident Alexander Lukaschenko", "President of Belarus X"),
 * and the countries between the cue and that person pushed onto `countries`.
 */
function personAfter(ctx: AnalysisContext, cue: RoleCue, countries: string[]): Mention | undefined {
  const count = startingIn(ctx, cue.sentence, cue.tokenEnd, cue.tokenEnd + 4);
  // The earliest person (the first of equally early ones, as a stable sort would give).
  let person: Mention | undefined;
  for (let c = 0; c < count; c++) {
    const m = starting[c]!;
    if (m.type === 'Person' && m.via !== 'coref' && (!person || m.start < person.start)) person = m;
  }
  if (!person) return undefined;
  for (let c = 0; c < count; c++) {
    const m = starting[c]!;
    if (m.type === 'Country' && m.start < person.start) countries.push(m.entityId);
  }
  return person;
}

function compatible(p: Profile, cue: RoleCue): boolean {
  if (p.roles.size === 0) return true;
  if (p.roles.has(cue.role)) return true;
  if (cue.category !== 'other' && p.categories.has(cue.category)) return true;
  if (cue.role !== 'leader') return false;
  for (const c of p.categories) if (LEADER_CATEGORIES.has(c)) return true;
  return false;
}

/** The empty set every profile starts with: never written to (learn() replaces it first). */
const NONE = new Set<never>();

/** The set itself, or a new one in place of NONE. */
function own<T>(set: Set<T>): Set<T> {
  return set === NONE ? new Set<T>() : set;
}

function learn(p: Profile, cue: RoleCue, countries: string[]): void {
  (p.roles = own(p.roles)).add(cue.role);
  (p.categories = own(p.categories)).add(cue.category);
  if (countries.length === 0) return;
  p.countries = own(p.countries);
  for (const c of countries) p.countries.add(c);
}

const OF_WORDS = new Set(['of', 'von', 'for', 'für']);

/** A role phrase "der belarussische Staatschef": determiner, up to two words, the role cue. */
function phraseStart(s: Sentence, cue: RoleCue): number | undefined {
  for (let k = cue.tokenStart - 1; k >= 0 && k >= cue.tokenStart - 3; k--) {
    const t = s.tokens[k]!;
    if (t.kind === 'word' && DETERMINERS.has(t.lower)) return k;
    // "the assembly of heads of state": the role belongs to a noun phrase of its own, not to a person.
    if (t.kind !== 'word' || OF_WORDS.has(t.lower)) return undefined;
  }
  return undefined;
}

const NUMBER_WORDS = new Set(['two', 'three', 'both', 'several', 'many', 'zwei', 'drei', 'beide', 'beiden', 'mehrere', 'viele', 'die']);

/** "the two leaders", "die Präsidenten": a group, not one person. */
function isPlural(s: Sentence, from: number, cue: RoleCue): boolean {
  const last = s.tokens[cue.tokenEnd - 1]!.lower;
  if (/[^s]s$/u.test(last) && !cue.role.endsWith('s')) return true;
  // "heads of state", "chiefs of staff": the first word of a role of several words in the plural.
  const first = s.tokens[cue.tokenStart]!.lower;
  if (cue.tokenEnd > cue.tokenStart + 1 && /[^s]s$/u.test(first) && !cue.role.split(' ')[0]!.endsWith('s')) return true;
  for (let k = from; k < cue.tokenStart; k++) if (s.tokens[k]!.kind === 'number' || (k > from && NUMBER_WORDS.has(s.tokens[k]!.lower))) return true;
  return s.tokens[from]!.lower === 'die' && /(en|innen)$/u.test(last);
}

export function resolveCoreference(ctx: AnalysisContext): void {
  const profiles = new Map<string, Profile>();
  const touch = (m: Mention): Profile => {
    let p = profiles.get(m.entityId);
    if (!p) {
      p = { id: m.entityId, name: m.name, roles: NONE, categories: NONE, countries: NONE, last: -1, gender: undefined, genderless: undefined };
      profiles.set(m.entityId, p);
    }
    p.last = m.start;
    p.gender ??= mentionGender(ctx, m, p);
    return p;
  };
  // The latest one that is ok; the first in insertion order among equally late ones.
  const recent = (ok: (p: Profile) => boolean): Profile | undefined => {
    let best: Profile | undefined;
    for (const p of profiles.values()) if ((best === undefined || p.last > best.last) && ok(p)) best = p;
    return best;
  };
  for (const step of steps(ctx)) {
    if (step.kind === 'person') touch(step.m);
    else if (step.kind === 'cue') resolveCue(ctx, step.cue, touch, recent);
    else {
      // "sie"/"she" refers to a woman or a person of unknown gender, "er"/"he" to a man or unknown.
      const gender = genderOf(PRONOUN_GENDER, PRONOUN_GENDERS, step.s.tokens[step.i]!.lower);
      const fits = (x: Profile): boolean => x.gender === undefined || x.gender === gender;
      const p = step.subject ? subjectAntecedent(ctx, profiles, step.s.index, step.at, fits) : recent(fits);
      if (!p) continue;
      p.gender ??= gender;
      touch(addCoref(ctx, step.s, step.i, step.i + 1, p));
    }
  }
}

/** How many sentences back a subject pronoun looks for its antecedent. */
const SUBJECT_REACH = 3;

/**
 * The person a subject pronoun ("Er reiste", "Danach traf sie X", "he met") refers to: the only
 * fitting person named before it in its own sentence; else, in the nearest of the sentences before
 * that names a fitting person, the only one, or its subject: the one a pronoun there refers to, or else
 * the one that opens it. Two
 * candidates and no subject among them give nothing: no link is better than a wrong one.
 */
function subjectAntecedent(
  ctx: AnalysisContext, profiles: ReadonlyMap<string, Profile>, sentence: number, before: number, fits: (p: Profile) => boolean,
): Profile | undefined {
  for (let si = sentence; si >= 0 && si >= sentence - SUBJECT_REACH; si--) {
    const list = ctx.set.inSentence(si);
    let only: Profile | undefined;
    let first: Mention | undefined;
    // A pronoun resolved before is its clause's subject: "Am Montag kam er mit X zusammen. Danach reiste er ...".
    let pronoun: Profile | undefined;
    let several = false;
    for (let c = 0; c < list.length; c++) {
      const m = list[c]!;
      // In the pronoun's own sentence only the persons named before it.
      if (m.type !== 'Person' || m.end > before) continue;
      const p = profiles.get(m.entityId);
      // A sentence that names only persons who do not fit ("Scholz traf Baerbock. Sie ...") does not stop the search.
      if (!p || !fits(p)) continue;
      if (only && only !== p) several = true;
      only ??= p;
      if (m.via === 'coref' && m.tokenEnd === m.tokenStart + 1 && PRONOUN_GENDERS.has(m.text.toLowerCase())) pronoun ??= p;
      if (!first || m.start < first.start) first = m;
    }
    if (only && !several) return only;
    if (only && si === sentence) return undefined;
    if (only) return pronoun ?? (first && opensSentence(ctx, first) ? profiles.get(first.entityId) : undefined);
  }
  return undefined;
}

/** A mention that opens its sentence (or the text after a dateline's dash): within its first three tokens. */
function opensSentence(ctx: AnalysisContext, m: Mention): boolean {
  const tokens = ctx.sentences[m.sentence]!.tokens;
  let from = 0;
  for (let t = 0; t < Math.min(12, m.tokenStart); t++) if (tokens[t]!.text === '-' || tokens[t]!.text === '–' || tokens[t]!.text === '—') from = t + 1;
  if (m.tokenStart - from <= 2) return true;
  // "Der deutsche Bundeskanzler Olaf Scholz reiste": a role phrase before the name opens the sentence.
  for (const cue of ctx.roles) if (cue.sentence === m.sentence && cue.tokenEnd === m.tokenStart && cue.tokenStart - from <= 2) return true;
  return false;
}

function resolveCue(
  ctx: AnalysisContext, cue: RoleCue,
  touch: (m: Mention) => Profile, recent: (ok: (p: Profile) => boolean) => Profile | undefined,
): void {
  const countries: string[] = [];
  countriesBefore(ctx, cue, countries);
  // "Die Bürgermeisterin der Partnerstadt X, Claire Roe, kam": the apposition names the person.
  const person = personAfter(ctx, cue, countries) ?? personInApposition(ctx, cue);
  if (person) {
    const p = touch(person);
    p.gender ??= cueGender(ctx, cue);
    learn(p, cue, countries);
    return;
  }
  const s = ctx.sentences[cue.sentence]!;
  const from = phraseStart(s, cue);
  if (from === undefined || isPlural(s, from, cue)) return;
  const gender = cueGender(ctx, cue);
  const fits = (p: Profile): boolean => !gender || !p.gender || p.gender === gender;
  const target = countries.length > 0
    ? recent((p) => fits(p) && p.roles.size > 0 && compatible(p, cue) && countries.every((c) => p.countries.has(c)))
    : recent((p) => fits(p) && p.roles.size > 0 && compatible(p, cue)) ?? recent((p) => fits(p) && p.roles.size === 0);
  if (!target) return;
  target.gender ??= gender;
  learn(target, cue, countries);
  touch(addCoref(ctx, s, from, cue.tokenEnd, target));
}

function addCoref(ctx: AnalysisContext, s: Sentence, from: number, to: number, p: Profile): Mention {
  return ctx.set.add({ id: p.id, name: p.name, type: 'Person' }, s.index, from, to, 'coref', { confidence: 0.8 });
}
