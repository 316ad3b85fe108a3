// Implicit-owner rules: a role phrase with no owner in it ("Finance Minister X", "the bank's country
// director X", "Deren Chef X") takes the one owner the document makes clear: its dateline country
// ("RIGA, Latvia (Reuters) -"), or the organisation named last before the phrase. Runs after the
// sequence rules and stays silent when a person's owner is stated elsewhere or another country is in
// the sentence: a guess only where there is nothing to choose between.

import type { AnalyzedDocument, Mention, RoleCue } from '../pipeline-types.js';
import { entityId } from '../ids.js';
import { COUNTRY_OF_CITY, KB } from '../model/kb.js';
import { FORMER, NEGATIONS } from '../model/relation-cues.js';
import type { Candidate } from './collect.js';
import type { ImplicitOwnerRule } from './pattern-types.js';
import { isModifier, mentionsOfType } from './sentence-view.js';
import { DASHES, fieldsOf, lastOrg, possessed, previousSubjectOrg, refersToOrg, setOf, typeFor } from './implicit-org.js';
import type { RolePhrase } from './implicit-org.js';
import type { PlacedMention, SentenceView, Views } from './sentence-view.js';

const BLOCKERS = new Set([...FORMER, ...NEGATIONS]);
const OWNER_TYPES = new Set(['Country', 'Organization', 'City', 'Region']);


/** The ids of the German federal states (knowledge-base regions coded DE). */
const GERMAN_STATES: ReadonlySet<string> = new Set(KB.filter((e) => e.type === 'Region' && e.code === 'DE').map((e) => e.id));
const GERMANY = KB.find((e) => e.type === 'Country' && e.code === 'DE')?.id;

/**
 * The one German state a text names, when it names no country but Germany: the state of a
 * "Ministerpräsident" or "Landesregierung" without an owner in the phrase.
 */
function onlyGermanState(ctx: ImplicitContext): string | undefined {
  let state: string | undefined;
  for (const m of ctx.doc.mentions) {
    if (m.type === 'Country' && m.entityId !== GERMANY) return undefined;
    if (m.type === 'Region' && GERMAN_STATES.has(m.entityId)) {
      if (state !== undefined && state !== m.entityId) return undefined;
      state = m.entityId;
    }
  }
  return state;
}

/** How often the text names each country (mentions of every form). */
function countryCounts(ctx: ImplicitContext): Map<string, number> {
  if (ctx.countryCounts) return ctx.countryCounts;
  const counts = new Map<string, number>();
  for (const m of mentionsOfType(ctx.doc, ctx.built, 'Country')) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  ctx.countryCounts = counts;
  return counts;
}

/**
 * A city dateline alone says little in a story about several countries (a visit, a summit, a
 * correspondent's report): its country counts only when the text names it more often than any
 * other country, and at least once.
 */
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

/**
 * The view of the sentence the dateline opens: the first, or after a headline the second, whose
 * first token starts a mention of the dateline's town (the first view when none does).
 */
function datelineView(views: readonly SentenceView[], dateline: string | undefined): SentenceView | undefined {
  if (dateline !== undefined) {
    for (let v = 0; v < 2 && v < views.length; v++) {
      const view = views[v]!;
      if (view.sentence.index <= 1 && view.mentionsAt[0]?.some((m) => m.type === 'City' && m.name === dateline && !isModifier(m))) return view;
    }
  }
  return views[0];
}

/** The dateline's country, unless only its city was named and the text names another country as often (see dominant). */
function datelineOwner(ctx: ImplicitContext): DatelineOwner | undefined {
  if (!ctx.datelineOwner) {
    const found = datelineCountry(datelineView(ctx.views, ctx.doc.document.dateline), ctx.doc.document.dateline);
    ctx.datelineOwner = { owner: found?.fromCity && !dominant(ctx, found.country) ? undefined : found };
  }
  return ctx.datelineOwner.owner;
}

/**
 * The town of the dateline ("LEIPZIG, 21. März (KNA) -"), opening the first or, after a headline,
 * the second sentence with mentions; undefined when there is none.
 */
function datelineCity(views: readonly SentenceView[], dateline: string | undefined): string | undefined {
  const city = datelineView(views, dateline)?.mentionsAt[0]?.find((m) => m.type === 'City' && !isModifier(m));
  return city && dateline === city.name ? city.entityId : undefined;
}

const OWNER_AFTER = new Set(['aus', 'von', 'vom', 'in', 'im', 'of', 'from']);

/** A town or region in the sentence other than `city`: another candidate owner. */
function otherPlace(view: SentenceView, city: string): boolean {
  for (const list of view.mentionsAt) for (const m of list ?? []) if ((m.type === 'City' || m.type === 'Region') && m.entityId !== city) return true;
  return false;
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
  // From eight tokens back: a long name ending right before the role starts there ("New Development Bank President X").
  for (let t = Math.max(0, role.tokenStart - 8); t < role.tokenEnd; t++) {
    for (const m of view.mentionsAt[t] ?? []) {
      if (!OWNER_TYPES.has(m.type)) continue;
      if (m.start < role.end && m.end > role.start) return true;
      if (m.tokenEnd >= role.tokenStart - 1 && m.end <= role.start && (t >= role.tokenStart - 2 || m.tokenEnd === role.tokenStart)) return true;
    }
  }
  return false;
}

function blocked(view: SentenceView, role: RoleCue): boolean {
  for (let t = role.tokenStart - 1; t >= role.tokenStart - 2 && t >= 0; t--) if (BLOCKERS.has(view.tokens[t]!.lower)) return true;
  return false;
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
function runAgency(rule: ImplicitOwnerRule, ctx: ImplicitContext, out: (c: Candidate) => void): void {
  const agency = datelineAgency(datelineView(ctx.views, ctx.doc.document.dateline));
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

/** Verbs of saying between a comma and the role phrase (", sagte Vorstandschef X"). */
const SAID = new Set(['said', 'says', 'sagte', 'sagt', 'erklärte', 'erklärt', 'teilte', 'betonte']);

/**
 * The organisation opening the sentence (after a dateline) as its subject: up to four words before it
 * may describe it ("Finnish telecom equipment maker Nokia"); undefined when the first name is none,
 * or another organisation is named in the sentence (an agency in brackets aside).
 */
function subjectOrg(view: SentenceView): string | undefined {
  let from = 0;
  for (let t = 0; t < Math.min(12, view.tokens.length); t++) if (DASHES.has(view.tokens[t]!.text)) {
    from = t + 1;
    break;
  }
  let subject: string | undefined;
  for (let t = from; t < Math.min(from + 5, view.tokens.length) && subject === undefined; t++) {
    const here = (view.mentionsAt[t] ?? []).filter((m) => !isModifier(m));
    if (here.length > 0) {
      if (here[0]!.type !== 'Organization') return undefined;
      subject = here[0]!.entityId;
      break;
    }
    const tok = view.tokens[t]!;
    if (tok.kind !== 'word' || (tok.upper && t > from)) return undefined;
  }
  if (subject === undefined) return undefined;
  for (const t of view.mentionTokens) {
    for (const m of view.mentionsAt[t]!) {
      if (m.type === 'Organization' && m.entityId !== subject && !isModifier(m) && view.tokens[m.tokenStart - 1]?.text !== '(') return undefined;
    }
  }
  return subject;
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
  /** The document's views (its mentions of a type: mentionsOfType), and its person mentions with their views. */
  built: Views;
  persons: readonly PlacedMention[];
  /** Does the person already have an owner (LEADER_OF, WORKS_FOR, CHAIRS) from another rule? */
  hasOwner: (person: string, placesOnly?: boolean) => boolean;
  /** The role cues with a person right after them, in document order (found once for all rules). */
  rolesBeforePersons?: RoleBeforePerson[];
  /** How often the text names each country (countryCounts, counted once for all rules). */
  countryCounts?: Map<string, number>;
  /** The dateline's country as the country rules take it (datelineOwner, found once for all rules). */
  datelineOwner?: { owner: DatelineOwner | undefined };
}

interface RoleBeforePerson extends RolePhrase {
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
      if (view && person) found.push({ role, view, person, open: !ownerInPhrase(view, role) && !blocked(view, role), lower: undefined });
    }
    ctx.rolesBeforePersons = found;
  }
  return ctx.rolesBeforePersons;
}

const FEDERAL = ['Germany', 'Austria', 'Switzerland'].map((name) => entityId('Country', name));
/** "Präsident", "Präsidentin" alone (no "Bundes-", "Staats-" or other part). */
const BARE_PRESIDENT = /^Präsident(?:in)?$/u;
/** A federal office's title ("Bundeskanzler", "Bundesinnenministerin"). */
const FEDERAL_TITLE = /^Bundes\p{Ll}/u;

/**
 * Germany, unless Austria or Switzerland is named more often (their offices are "Bundes-" too); the
 * country must be named in the text (a relation needs both ends among the document's entities).
 */
function federalCountry(ctx: ImplicitContext): string | undefined {
  // "KARLSRUHE (dpa) - ... Bundesjustizministerin X": a dateline in one of the federal states decides,
  // however often the text names another ("ein österreichischer Kronzeuge").
  const dateline = datelineCountry(datelineView(ctx.views, ctx.doc.document.dateline), ctx.doc.document.dateline)?.country;
  if (dateline && FEDERAL.includes(dateline)) return dateline;
  const counts = countryCounts(ctx);
  let best = FEDERAL[0] as string;
  for (const id of FEDERAL) if ((counts.get(id) ?? 0) > (counts.get(best) ?? 0)) best = id;
  return counts.has(best) ? best : undefined;
}

/** "Bundeskanzler Max Roe", "Bundesinnenministerin Jana Roe": the federal state owns the office. */
function runFederal(rule: ImplicitOwnerRule, ctx: ImplicitContext, out: (c: Candidate) => void): void {
  let owner: string | undefined | null;
  const fields = fieldsOf(rule);
  for (const { role, view, person, open } of rolesBeforePersons(ctx)) {
    if (!open) continue;
    const type = typeFor(fields, rule, role);
    if (!type || !FEDERAL_TITLE.test(role.text) || ctx.hasOwner(person.entityId, true)) continue;
    if (owner === undefined) owner = federalCountry(ctx) ?? null;
    if (owner === null) return;
    const confidence = fields.confidence - (person.via === 'coref' ? 0.1 : 0);
    out({ type, source: person.entityId, target: owner, confidence, rule: fields.id, sentence: view.sentence });
  }
}

/**
 * "Reutlingens Oberbürgermeister X", "Springfield's mayor X": a name the knowledge base does not know
 * owns the role in its own phrase (a German genitive in -s, an English possessive); the dateline's
 * town or country would be a wrong guess. Not "Mineral Resources Minister X": no English genitive.
 */
function ownerNamedBefore(view: SentenceView, roleStart: number, lang: string): boolean {
  const k = roleStart - 1;
  const name = view.tokens[k];
  if (!name || name.kind !== 'word' || !name.upper || name.text.length < 4) return false;
  if (!(lang === 'de' ? /[^s]s$/u.test(name.text) : /['’]s$/u.test(name.text))) return false;
  for (let j = 0; j <= k; j++) for (const m of view.mentionsAt[j] ?? []) if (m.tokenEnd > k) return false;
  return true;
}

export function runImplicitOwner(rule: ImplicitOwnerRule, ctx: ImplicitContext, out: (c: Candidate) => void): void {
  const fields = fieldsOf(rule);
  if (fields.owner === 'agency') {
    runAgency(rule, ctx, out);
    return;
  }
  if (fields.owner === 'federal') {
    runFederal(rule, ctx, out);
    return;
  }
  const pairs = rolesBeforePersons(ctx);
  if (pairs.length === 0) return;
  const { doc, byIndex } = ctx;
  const dateline = fields.owner === 'country' ? datelineOwner(ctx) : undefined;
  const country = dateline?.country;
  if (fields.owner === 'country' && !country && !fields.subjectCountry) return;
  const city = fields.owner === 'city' ? datelineCity(ctx.views, doc.document.dateline) : undefined;
  if (fields.owner === 'city' && !city) return;
  const state = fields.owner === 'state' ? onlyGermanState(ctx) : undefined;
  if (fields.owner === 'state' && !state) return;
  for (const pair of pairs) {
    const { role, view, person, open } = pair;
    // The pair's flag before the look-ups of typeFor (all are tests without effects: their order changes nothing).
    if (!open) continue;
    const type = typeFor(fields, rule, role);
    // A state's office competes only with a stated state or place: a prime minister who also leads
    // his party ("who has led the HDZ since 2016") still holds the office of the dateline's country.
    if (!type || ctx.hasOwner(person.entityId, fields.owner === 'country' || fields.owner === 'state')) continue;
    if (fields.owner !== 'org' && ownerNamedBefore(view, role.tokenStart, doc.document.lang)) continue;
    let owner: string | undefined;
    if (fields.owner === 'country') {
      const here = country ?? (fields.subjectCountry ? subjectCountry(view) : undefined);
      // "met Chinese Foreign Minister Wang Yi": an adjective belongs to someone's role; another country is another candidate.
      if (!here || otherCountry(view, here)) continue;
      // "Nigeria has reached a deal, its finance minister said": "its" may refer to the country as subject.
      if (possessed(view, role) && subjectCountry(view) !== here) continue;
      // "HANOI (dpa) - Bundespräsident X": a federal office is no office of a country that is not federal.
      if (FEDERAL_TITLE.test(role.text) && !FEDERAL.includes(here)) continue;
      // "BERN (SDA) - ... sagte Präsident Christian Hauri": these countries' heads of state are "Bundespräsident";
      // a bare "Präsident" there heads an association or a court, not the state.
      if (BARE_PRESIDENT.test(role.text) && FEDERAL.includes(here)) continue;
      owner = here;
    } else if (fields.owner === 'state') {
      // "Ministerpräsident Michael Kretschmer" in a text about Saxony; not with a country adjective in the sentence.
      if (!state || otherCountry(view, GERMANY ?? '')) continue;
      owner = state;
    } else if (fields.owner === 'city') {
      if (!city || otherPlace(view, city)) continue;
      // "Bürgermeisterin Anna Roe aus Halle", "Mayor Jane Roe of Leeds": the town is named after the person.
      if (OWNER_AFTER.has(view.tokens[person.tokenEnd]?.lower ?? '')) continue;
      owner = city;
    } else if (fields.subjectOrg) {
      // ", Chief Executive Pekka Lundmark said": the role phrase after a comma, the person saying it.
      const before = view.tokens[role.tokenStart - 1];
      const afterComma = before?.text === ',' || (before !== undefined && SAID.has(before.lower) && view.tokens[role.tokenStart - 2]?.text === ',');
      if (!afterComma) continue;
      owner = subjectOrg(view);
    } else {
      const reach = refersToOrg(rule, view, pair);
      if (fields.previousSentence) owner = reach === 'sentence' ? previousSubjectOrg(doc, byIndex, role) : undefined;
      else if (reach) owner = lastOrg(doc, byIndex, role, reach);
    }
    if (!owner) continue;
    const guessed = fields.owner === 'country' && owner === country && dateline?.fromCity === true;
    const confidence = fields.confidence - (person.via === 'coref' ? 0.1 : 0) - (guessed ? 0.1 : 0);
    out({ type, source: person.entityId, target: owner, confidence, rule: fields.id, sentence: view.sentence });
  }
}
