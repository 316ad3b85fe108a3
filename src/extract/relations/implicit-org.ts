// Implicit-owner rules with an organisation as the owner (implicit.ts): does a role phrase refer
// back to an organisation ("deren Chef", "its chief executive", "the bank's country director",
// "Konzernchef"), and which one: the organisation named last before it, or the previous sentence's
// subject. Also what all implicit-owner rules share: their word lists as sets, the relation type
// a rule gives a role cue, and whether a possessive ("Its president") ties a role to something named before.

import type { RelationType } from '../../types.js';
import type { AnalyzedDocument, Mention, RoleCue } from '../pipeline-types.js';
import type { ImplicitOwnerRule } from './pattern-types.js';
import { isModifier } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** The dashes that end a dateline ("ABUJA, March 12 (Reuters) - ..."). */
export const DASHES = new Set(['-', '–', '—']);

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NO_WORDS: readonly string[] = [];

/** A rule's word list as a set, made once per list (rules are static data). */
export function setOf(words: readonly string[] | undefined): ReadonlySet<string> {
  const list = words ?? NO_WORDS;
  let set = wordSets.get(list);
  if (!set) {
    set = new Set(list);
    wordSets.set(list, set);
  }
  return set;
}

/**
 * An implicit-owner rule as read per role phrase, made once per rule: its byName and map as Maps (a
 * look-up per role cue by a string key), and its other fields copied into one object shape (the
 * rules are literals with different optional fields, so reading the rules themselves is a slow,
 * megamorphic read).
 */
export interface RuleFields {
  byName: ReadonlyMap<string, RelationType> | undefined;
  byCategory: ReadonlyMap<string, RelationType>;
  owner: ImplicitOwnerRule['owner'];
  subjectCountry: boolean;
  subjectOrg: boolean;
  previousSentence: boolean;
  opening: boolean;
  confidence: number;
  id: string;
}
const fieldsByRule = new WeakMap<ImplicitOwnerRule, RuleFields>();

function ownEntries(record: Readonly<Record<string, RelationType | undefined>>): Map<string, RelationType> {
  const map = new Map<string, RelationType>();
  for (const key of Object.keys(record)) {
    const type = record[key];
    if (type !== undefined) map.set(key, type);
  }
  return map;
}

export function fieldsOf(rule: ImplicitOwnerRule): RuleFields {
  let fields = fieldsByRule.get(rule);
  if (!fields) {
    fields = {
      byName: rule.byName ? ownEntries(rule.byName) : undefined,
      byCategory: ownEntries(rule.map),
      owner: rule.owner,
      subjectCountry: rule.subjectCountry === true,
      subjectOrg: rule.subjectOrg === true,
      previousSentence: rule.previousSentence === true,
      opening: rule.opening === true,
      confidence: rule.confidence,
      id: rule.id,
    };
    fieldsByRule.set(rule, fields);
  }
  return fields;
}

/**
 * rule.byName?.[role.role] ?? rule.map[role.category]: the relation type the rule gives the role.
 * A name that is no own key of the record (not a rule's role) is looked up in the record itself, as before.
 */
export function typeFor(types: RuleFields, rule: ImplicitOwnerRule, role: RoleCue): RelationType | undefined {
  const byName = types.byName ? (types.byName.get(role.role) ?? (role.role in Object.prototype ? rule.byName![role.role] : undefined)) : undefined;
  return byName ?? types.byCategory.get(role.category) ?? (role.category in Object.prototype ? rule.map[role.category] : undefined);
}

/** A role cue and, once asked for (refersToOrg, for each rule), its text in lowercase. */
export interface RolePhrase {
  role: RoleCue;
  lower?: string;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** The length of a possessive ending ("'", "’", "'s", "’s": what /['’]s?$/ matches) of the word, or 0. */
function possessiveEnd(word: string): number {
  const n = word.length;
  if (n >= 1 && isApostrophe(word.charCodeAt(n - 1))) return 1;
  return n >= 2 && word.charCodeAt(n - 1) === 0x73 && isApostrophe(word.charCodeAt(n - 2)) ? 2 : 0;
}

/** role.text.toLowerCase(): the lowercase form of its token when the role is that one whole token (no new string). */
function lowerOf(view: SentenceView, role: RoleCue): string {
  const token = view.tokens[role.tokenStart];
  if (token && token.kind === 'word' && role.tokenEnd === role.tokenStart + 1 && token.text === role.text) return token.lower;
  return role.text.toLowerCase();
}

/**
 * "deren Chef", "its chief executive", "the bank's country director", "Konzernchef": the role refers back to an
 * organisation; for an 'opening' rule, the role phrase opens its sentence ("Vorstandschef X sagte").
 */
export function refersToOrg(rule: ImplicitOwnerRule, view: SentenceView, pair: RolePhrase): 'sentence' | 'near' | undefined {
  const { role } = pair;
  if (rule.opening === true) {
    let first = 0;
    while (first < role.tokenStart && view.tokens[first]!.kind === 'quote') first++;
    return first === role.tokenStart ? 'sentence' : undefined;
  }
  const nounList = rule.orgNouns ?? NO_WORDS;
  const nouns = setOf(rule.orgNouns);
  const anaphors = setOf(rule.anaphors);
  let k = phraseStart(view, role) - 1;
  // One lowercase modifier may stand between: "the bank's country director".
  const mod = view.tokens[k];
  if (mod && mod.kind === 'word' && mod.text === mod.lower && !anaphors.has(mod.lower) && !nouns.has(mod.lower) && possessiveEnd(mod.lower) === 0) k--;
  const prev = view.tokens[k]?.lower ?? '';
  const prev2 = view.tokens[k - 1]?.lower ?? '';
  if (anaphors.has(prev)) return 'sentence';
  if (POSSESSIVE.has(prev) && nouns.has(prev2)) return 'near';
  const end = possessiveEnd(prev);
  if (end > 0 && nouns.has(prev.slice(0, prev.length - end))) return 'near';
  const word = (pair.lower ??= lowerOf(view, role));
  if (word.includes('-') || word.includes(' ')) return undefined;
  for (const n of nounList) if (word.length > n.length + 2 && word.startsWith(n)) return 'near';
  return undefined;
}

const ANTECEDENTS = new Set(['Organization', 'Person', 'Country']);

/**
 * The organisation named last before the role (in its sentence, or also the one before for "the bank's"), when no person or
 * country was named after it ("Putin und dessen Sprecher" refers to Putin); not one in parentheses ("(Reuters)").
 */
export function lastOrg(doc: AnalyzedDocument, byIndex: ReadonlyMap<number, SentenceView>, role: RoleCue, reach: 'sentence' | 'near'): string | undefined {
  const from = reach === 'sentence' ? role.sentence : role.sentence - 1;
  let best: Mention | undefined;
  for (const m of doc.mentions) {
    if (!ANTECEDENTS.has(m.type) || isModifier(m) || m.start >= role.start || m.sentence < from || m.sentence > role.sentence) continue;
    if (best && m.start <= best.start) continue;
    const view = byIndex.get(m.sentence);
    if (view?.tokens[m.tokenStart - 1]?.text === '(') continue;
    best = m;
  }
  return best?.type === 'Organization' ? best.entityId : undefined;
}

/** "its" before the role phrase (or one modifier before it): English "its" never refers to a person. */
function itsBefore(view: SentenceView | undefined, start: number): boolean {
  if (!view) return false;
  return view.tokens[start - 1]?.lower === 'its' || view.tokens[start - 2]?.lower === 'its';
}

/** Where a role phrase starts: before a coordinated role ("Its founder and chief executive, X"), else at the role. */
function phraseStart(view: SentenceView, role: RoleCue): number {
  const k = role.tokenStart;
  const and = view.tokens[k - 1]?.lower;
  if (and !== 'and' && and !== 'und') return k;
  for (let t = Math.max(0, k - 4); t < k - 1; t++) for (const r of view.rolesAt[t] ?? []) if (r.tokenEnd === k - 1) return t;
  return k;
}

/**
 * A name that is not the sentence's subject: a possessive ("Kaya's workers"), or inside a phrase set
 * off by commas right after the subject ("X, which represents Kaya's workers, said"; "Rapidus,
 * founded by Toyota and Sony, aims ...").
 */
function notSubject(view: SentenceView, subject: Mention, m: Mention): boolean {
  const after = view.tokens[m.tokenEnd];
  if ((after && POSSESSIVE.has(after.text)) || possessiveEnd(m.text) > 0) return true;
  // "The Africa Centres for Disease Control (Africa CDC), an agency of the African Union, ...": past the acronym in brackets.
  let end = subject.tokenEnd;
  if (view.tokens[end]?.text === '(') for (let t = end + 1; t < Math.min(view.tokens.length, end + 6); t++) if (view.tokens[t]!.text === ')') {
    end = t + 1;
    break;
  }
  if (view.tokens[end]?.text !== ',' || m.tokenStart <= end) return false;
  for (let t = m.tokenEnd; t < view.tokens.length; t++) if (view.tokens[t]!.text === ',') return true;
  return false;
}

/**
 * "Airbus hob die Prognose an. Sein Chef X sagte": the organisation that opens the previous sentence, when
 * it is the only organisation there (parenthesised agencies aside), no person is named there, and
 * no person, country or organisation is named before the role in its own sentence. After "its" the
 * persons of the previous sentence do not count, nor organisations that are not its subject (notSubject).
 */
export function previousSubjectOrg(doc: AnalyzedDocument, byIndex: ReadonlyMap<number, SentenceView>, role: RoleCue): string | undefined {
  const prev = byIndex.get(role.sentence - 1);
  // The phrase opens its sentence: "Its chief executive X said", "Deren Chef X".
  const view = byIndex.get(role.sentence);
  const start = view ? phraseStart(view, role) : role.tokenStart;
  if (!prev || start > 2) return undefined;
  const its = itsBefore(view, start);
  let first: Mention | undefined;
  const orgs = new Set<string>();
  for (const m of doc.mentions) {
    if (isModifier(m)) continue;
    if (m.sentence === role.sentence && ANTECEDENTS.has(m.type) && m.start < role.start) return undefined;
    if (m.sentence !== prev.sentence.index) continue;
    if (m.type === 'Person' && !its) return undefined;
    if (!ANTECEDENTS.has(m.type) || prev.tokens[m.tokenStart - 1]?.text === '(') continue;
    if (m.type === 'Organization' && !(its && first && notSubject(prev, first, m))) orgs.add(m.entityId);
    if (!first || m.start < first.start) first = m;
  }
  // The subject: among the first few words of the sentence (or of the text after a dateline's dash).
  let from = 0;
  for (let t = 0; t < Math.min(12, prev.tokens.length); t++) if (DASHES.has(prev.tokens[t]!.text)) {
    from = t + 1;
    break;
  }
  if (!first || first.tokenStart - from > 3) return undefined;
  return first.type === 'Organization' && orgs.size === 1 ? first.entityId : undefined;
}

/** Possessive determiners: "Its president", "Ihr Präsident", "his spokesman". */
const POSSESSIVES = new Set([
  'its', 'their', 'his', 'her', 'deren', 'dessen', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer',
]);

/**
 * "Its president, X, said", "Ihr Präsident X": the role belongs to something named before (an
 * organisation, a person), not to the dateline's country: no owner is better than a wrong one.
 */
export function possessed(view: SentenceView, role: RoleCue): boolean {
  for (let k = role.tokenStart - 1; k >= 0 && k >= role.tokenStart - 2; k--) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word') return false;
    if (POSSESSIVES.has(t.lower)) return true;
    // One lowercase modifier may stand between: "its new president".
    if (t.text !== t.lower) return false;
  }
  return false;
}
