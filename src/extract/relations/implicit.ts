// Implicit-owner rules: a role phrase with no owner in it ("Finance Minister X", "the bank's country
// director X", "Deren Chef X") takes the one owner the document makes clear: its dateline country
// ("RIGA, Latvia (Reuters) -"), or the organisation named last before the phrase. Runs after the
// sequence rules and stays silent when a person's owner is stated elsewhere or another country is in
// the sentence: a guess only where there is nothing to choose between.

import type { EntityType, RelationType } from '../../types.js';
import type { AnalyzedDocument, Mention, RoleCue } from '../pipeline-types.js';
import { entityId } from '../ids.js';
import { KB } from '../model/kb.js';
import { FORMER, NEGATIONS } from '../model/relation-cues.js';
import type { Candidate } from './collect.js';
import type { ImplicitOwnerRule } from './pattern-types.js';
import { isModifier } from './sentence-view.js';
import type { PlacedMention, SentenceView } from './sentence-view.js';

const NO_MENTIONS: readonly Mention[] = [];

const BLOCKERS = new Set([...FORMER, ...NEGATIONS]);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const OWNER_TYPES = new Set(['Country', 'Organization', 'City', 'Region']);

/** City id -> the id of the one country the knowledge base places a city of that name in. */
const COUNTRY_OF_CITY: ReadonlyMap<string, string> = (() => {
  const countries = new Map<string, string>();
  for (const e of KB) if (e.type === 'Country' && e.code) countries.set(e.code, e.id);
  const seen = new Map<string, string | null>();
  for (const e of KB) {
    if (e.type !== 'City') continue;
    const country = e.code ? countries.get(e.code) : undefined;
    const before = seen.get(e.id);
    // Two cities of one name in different countries: no guess.
    seen.set(e.id, before === undefined ? (country ?? null) : before === country ? before : null);
  }
  return new Map([...seen].filter((entry): entry is [string, string] => entry[1] !== null));
})();

/**
 * A city dateline alone says little in a story about several countries (a visit, a summit, a
 * correspondent's report): its country counts only when the text names it more often than any
 * other country, and at least once.
 */
/** How often the text names each country (mentions of every form). */
function countryCounts(ctx: ImplicitContext): Map<string, number> {
  if (ctx.countryCounts) return ctx.countryCounts;
  const counts = new Map<string, number>();
  for (const m of ctx.byType.get('Country') ?? NO_MENTIONS) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  ctx.countryCounts = counts;
  return counts;
}

function dominant(ctx: ImplicitContext, country: string): boolean {
  const counts = countryCounts(ctx);
  const own = counts.get(country) ?? 0;
  if (own === 0) return false;
  for (const [id, n] of counts) if (id !== country && n >= own) return false;
  return true;
}

interface DatelineOwner {
  country: string;
  /** Only the dateline city was named; the knowledge base gave its country: a weaker hint. */
  fromCity: boolean;
}

/**
 * The country of the dateline opening the first sentence: named ("RIGA, Latvia (Reuters) -"), or
 * the country of the dateline city ("BERLIN (dpa) -", "ZAGREB, April 18 (Reuters) -").
 */
function datelineCountry(first: SentenceView | undefined, dateline: string | undefined): DatelineOwner | undefined {
  if (!first) return undefined;
  const city = first.mentionsAt[0]?.find((m) => m.type === 'City' && !isModifier(m));
  if (!city) return undefined;
  if (first.tokens[city.tokenEnd]?.text === ',') {
    const country = first.mentionsAt[city.tokenEnd + 1]?.find((m) => m.type === 'Country' && !isModifier(m));
    if (country) return { country: country.entityId, fromCity: false };
  }
  const country = dateline === city.name ? COUNTRY_OF_CITY.get(city.entityId) : undefined;
  return country ? { country, fromCity: true } : undefined;
}


/** The person named right after the role ("Minister Jane Roe"; "Its leader, Jane Roe,"), or undefined. */
function personAfter(view: SentenceView, role: RoleCue): Mention | undefined {
  let t = role.tokenEnd;
  // An apposition: "Its leader, Jane Roe, said" (the name closed by a comma or the sentence's end).
  const comma = view.tokens[t]?.text === ',';
  if (comma) t += 1;
  const next = view.tokens[t];
  if (!next) return undefined;
  let person: Mention | undefined;
  for (const m of view.mentionsAt[t] ?? []) {
    if (m.type === 'Person' && m.start === next.start && !isModifier(m)) {
      person = m;
      break;
    }
  }
  if (!person || !comma) return person;
  const after = view.tokens[person.tokenEnd];
  return !after || after.text === ',' || after.kind === 'punct' ? person : undefined;
}

/** A country, organisation or place inside the role phrase or ending right before it: the phrase names its owner. */
function ownerInPhrase(view: SentenceView, role: RoleCue): boolean {
  for (let t = Math.max(0, role.tokenStart - 2); t < role.tokenEnd; t++) {
    for (const m of view.mentionsAt[t] ?? []) {
      if (!OWNER_TYPES.has(m.type)) continue;
      if (m.start < role.end && m.end > role.start) return true;
      if (m.tokenEnd >= role.tokenStart - 1 && m.end <= role.start) return true;
    }
  }
  return false;
}

function blocked(view: SentenceView, role: RoleCue): boolean {
  for (let t = role.tokenStart - 1; t >= role.tokenStart - 2 && t >= 0; t--) if (BLOCKERS.has(view.tokens[t]!.lower)) return true;
  return false;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** The length of a possessive ending ("'", "’", "'s", "’s": what /['’]s?$/ matches) of the word, or 0. */
function possessiveEnd(word: string): number {
  const n = word.length;
  if (n >= 1 && isApostrophe(word.charCodeAt(n - 1))) return 1;
  return n >= 2 && word.charCodeAt(n - 1) === 0x73 && isApostrophe(word.charCodeAt(n - 2)) ? 2 : 0;
}

/** "deren Chef", "its chief executive", "the bank's country director", "Konzernchef": the role refers back to an organisation. */
function refersToOrg(rule: ImplicitOwnerRule, view: SentenceView, role: RoleCue): 'sentence' | 'near' | undefined {
  const nounList = rule.orgNouns ?? NO_WORDS;
  const nouns = setOf(rule.orgNouns);
  const anaphors = setOf(rule.anaphors);
  let k = role.tokenStart - 1;
  // One lowercase modifier may stand between: "the bank's country director".
  const mod = view.tokens[k];
  if (mod && mod.kind === 'word' && mod.text === mod.lower && !anaphors.has(mod.lower) && !nouns.has(mod.lower) && possessiveEnd(mod.lower) === 0) k--;
  const prev = view.tokens[k]?.lower ?? '';
  const prev2 = view.tokens[k - 1]?.lower ?? '';
  if (anaphors.has(prev)) return 'sentence';
  if (POSSESSIVE.has(prev) && nouns.has(prev2)) return 'near';
  const end = possessiveEnd(prev);
  if (end > 0 && nouns.has(prev.slice(0, prev.length - end))) return 'near';
  const word = role.text.toLowerCase();
  if (word.includes('-') || word.includes(' ')) return undefined;
  for (const n of nounList) if (word.startsWith(n) && word.length > n.length + 2) return 'near';
  return undefined;
}

const ANTECEDENTS = new Set(['Organization', 'Person', 'Country']);

/**
 * The organisation named last before the role (in its sentence, or also the one before for "the bank's"), when no person or
 * country was named after it ("Putin und dessen Sprecher" refers to Putin); not one in parentheses ("(Reuters)").
 */
function lastOrg(doc: AnalyzedDocument, byIndex: ReadonlyMap<number, SentenceView>, role: RoleCue, reach: 'sentence' | 'near'): string | undefined {
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

/**
 * "Airbus hob die Prognose an. Sein Chef X sagte": the organisation that opens the previous sentence, when
 * it is the only organisation there (parenthesised agencies aside), no person is named there, and
 * no person, country or organisation is named before the role in its own sentence.
 */
function previousSubjectOrg(doc: AnalyzedDocument, byIndex: ReadonlyMap<number, SentenceView>, role: RoleCue): string | undefined {
  const prev = byIndex.get(role.sentence - 1);
  // The phrase opens its sentence: "Its chief executive X said", "Deren Chef X".
  if (!prev || role.tokenStart > 2) return undefined;
  let first: Mention | undefined;
  const orgs = new Set<string>();
  for (const m of doc.mentions) {
    if (isModifier(m)) continue;
    if (m.sentence === role.sentence && ANTECEDENTS.has(m.type) && m.start < role.start) return undefined;
    if (m.sentence !== prev.sentence.index) continue;
    if (m.type === 'Person') return undefined;
    if (!ANTECEDENTS.has(m.type) || prev.tokens[m.tokenStart - 1]?.text === '(') continue;
    if (m.type === 'Organization') orgs.add(m.entityId);
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

/** "BERLIN (dpa) -", "RIGA, Latvia (Reuters) -": the organisation in parentheses near the start of the first sentence. */
function datelineAgency(first: SentenceView | undefined): string | undefined {
  if (!first) return undefined;
  for (let t = 1; t < Math.min(first.tokens.length, 8); t++) {
    if (first.tokens[t - 1]!.text !== '(') continue;
    const m = first.mentionsAt[t]?.find((x) => x.type === 'Organization' && !isModifier(x));
    if (m && first.tokens[m.tokenEnd]?.text === ')') return m.entityId;
  }
  return undefined;
}

const ARTICLES = new Set(['the', 'der', 'dem']);

/**
 * "X told the news agency", "sagte X der Nachrichtenagentur" (no name after the noun): the speaker
 * and the dateline's agency. English: person, tell verb, article, [news] agency. German: tell verb,
 * person, article, agency noun.
 */
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NO_WORDS: readonly string[] = [];

/** A rule's word list as a set, made once per list (rules are static data). */
function setOf(words: readonly string[] | undefined): ReadonlySet<string> {
  const list = words ?? NO_WORDS;
  let set = wordSets.get(list);
  if (!set) {
    set = new Set(list);
    wordSets.set(list, set);
  }
  return set;
}

function runAgency(rule: ImplicitOwnerRule, ctx: ImplicitContext, out: (c: Candidate) => void): void {
  const agency = datelineAgency(ctx.views[0]);
  if (!agency) return;
  const tell = setOf(rule.tell);
  const nouns = setOf(rule.agencyNouns);
  for (const { mention: p, view, token: t } of ctx.persons) {
    if (isModifier(p)) continue;
    const { tokens, mentionsAt } = view;
    const verbBefore = tell.has(tokens[t - 1]?.lower ?? '');
    const verbAfter = tell.has(tokens[p.tokenEnd]?.lower ?? '');
    let k = verbAfter ? p.tokenEnd + 1 : verbBefore ? p.tokenEnd : -1;
    if (k < 0 || !ARTICLES.has(tokens[k]?.lower ?? '')) continue;
    k++;
    if (tokens[k]?.lower === 'news') k++;
    if (!nouns.has(tokens[k]?.lower ?? '')) continue;
    // A name after the noun is another rule's business ("der Nachrichtenagentur Reuters").
    if ((mentionsAt[k + 1] ?? []).some((m) => m.type === 'Organization')) continue;
    const confidence = rule.confidence - (p.via === 'coref' ? 0.1 : 0);
    out({ type: rule.relation, source: p.entityId, target: agency, confidence, rule: rule.id, sentence: view.sentence });
  }
}

const DASHES = new Set(['-', '–', '—']);

/**
 * The country named first in the sentence, as its first or second token ("Nigeria has ...", "The
 * Philippines will ..."), or right after a dateline's dash ("ABUJA, March 12 (Reuters) - Nigeria has ...").
 */
function subjectCountry(view: SentenceView): string | undefined {
  let from = 0;
  for (let t = 0; t < Math.min(12, view.tokens.length); t++) if (DASHES.has(view.tokens[t]!.text)) {
    from = t + 1;
    break;
  }
  for (let t = from; t < Math.min(from + 2, view.tokens.length); t++) {
    for (const m of view.mentionsAt[t] ?? []) if (!isModifier(m)) return m.type === 'Country' ? m.entityId : undefined;
  }
  return undefined;
}

/** A country mention in the sentence other than `here`, or any country adjective or demonym. */
function otherCountry(view: SentenceView, here: string): boolean {
  for (const t of view.mentionTokens) for (const m of view.mentionsAt[t]!) if (m.type === 'Country' && (m.entityId !== here || isModifier(m))) return true;
  return false;
}

export interface ImplicitContext {
  doc: AnalyzedDocument;
  views: readonly SentenceView[];
  byIndex: ReadonlyMap<number, SentenceView>;
  /** The document's mentions by type, and its person mentions with their views (sentence-view.ts Views). */
  byType: ReadonlyMap<EntityType, readonly Mention[]>;
  persons: readonly PlacedMention[];
  /** Does the person already have an owner (LEADER_OF, WORKS_FOR, CHAIRS) from another rule? */
  hasOwner: (person: string) => boolean;
  /** The role cues with a person right after them, in document order (found once for all rules). */
  rolesBeforePersons?: RoleBeforePerson[];
  /** How often the text names each country (countryCounts, counted once for all rules). */
  countryCounts?: Map<string, number>;
}

interface RoleBeforePerson {
  role: RoleCue;
  view: SentenceView;
  person: Mention;
  /** The phrase names no owner and no "former"/negation stands before it (!ownerInPhrase && !blocked): the same for every rule. */
  open: boolean;
}

function rolesBeforePersons(ctx: ImplicitContext): RoleBeforePerson[] {
  if (!ctx.rolesBeforePersons) {
    const found: RoleBeforePerson[] = [];
    for (const role of ctx.doc.roles) {
      const view = ctx.byIndex.get(role.sentence);
      const person = view ? personAfter(view, role) : undefined;
      if (view && person) found.push({ role, view, person, open: !ownerInPhrase(view, role) && !blocked(view, role) });
    }
    ctx.rolesBeforePersons = found;
  }
  return ctx.rolesBeforePersons;
}

const FEDERAL = ['Germany', 'Austria', 'Switzerland'].map((name) => entityId('Country', name));

/**
 * Germany, unless Austria or Switzerland is named more often (their offices are "Bundes-" too); the
 * country must be named in the text (a relation needs both ends among the document's entities).
 */
function federalCountry(ctx: ImplicitContext): string | undefined {
  const counts = countryCounts(ctx);
  let best = FEDERAL[0] as string;
  for (const id of FEDERAL) if ((counts.get(id) ?? 0) > (counts.get(best) ?? 0)) best = id;
  return counts.has(best) ? best : undefined;
}

/** "Bundeskanzler Max Roe", "Bundesinnenministerin Jana Roe": the federal state owns the office. */
function runFederal(rule: ImplicitOwnerRule, ctx: ImplicitContext, out: (c: Candidate) => void): void {
  let owner: string | undefined | null;
  for (const { role, view, person, open } of rolesBeforePersons(ctx)) {
    const type = rule.byName?.[role.role] ?? rule.map[role.category];
    if (!type || !/^Bundes\p{Ll}/u.test(role.text)) continue;
    if (!open || ctx.hasOwner(person.entityId)) continue;
    if (owner === undefined) owner = federalCountry(ctx) ?? null;
    if (owner === null) return;
    const confidence = rule.confidence - (person.via === 'coref' ? 0.1 : 0);
    out({ type, source: person.entityId, target: owner, confidence, rule: rule.id, sentence: view.sentence });
  }
}

export function runImplicitOwner(rule: ImplicitOwnerRule, ctx: ImplicitContext, out: (c: Candidate) => void): void {
  if (rule.owner === 'agency') {
    runAgency(rule, ctx, out);
    return;
  }
  if (rule.owner === 'federal') {
    runFederal(rule, ctx, out);
    return;
  }
  const pairs = rolesBeforePersons(ctx);
  if (pairs.length === 0) return;
  const { doc, byIndex } = ctx;
  const found = rule.owner === 'country' ? datelineCountry(ctx.views[0], doc.document.dateline) : undefined;
  const dateline = found?.fromCity && !dominant(ctx, found.country) ? undefined : found;
  const country = dateline?.country;
  if (rule.owner === 'country' && !country && !rule.subjectCountry) return;
  for (const { role, view, person, open } of pairs) {
    const type: RelationType | undefined = rule.byName?.[role.role] ?? rule.map[role.category];
    if (!type || !open || ctx.hasOwner(person.entityId)) continue;
    let owner: string | undefined;
    if (rule.owner === 'country') {
      const here = country ?? (rule.subjectCountry ? subjectCountry(view) : undefined);
      // "met Chinese Foreign Minister Wang Yi": an adjective belongs to someone's role; another country is another candidate.
      if (!here || otherCountry(view, here)) continue;
      owner = here;
    } else {
      const reach = refersToOrg(rule, view, role);
      if (rule.previousSentence) owner = reach === 'sentence' ? previousSubjectOrg(doc, byIndex, role) : undefined;
      else if (reach) owner = lastOrg(doc, byIndex, role, reach);
    }
    if (!owner) continue;
    const guessed = rule.owner === 'country' && owner === country && dateline?.fromCity === true;
    const confidence = rule.confidence - (person.via === 'coref' ? 0.1 : 0) - (guessed ? 0.1 : 0);
    out({ type, source: person.entityId, target: owner, confidence, rule: rule.id, sentence: view.sentence });
  }
}
