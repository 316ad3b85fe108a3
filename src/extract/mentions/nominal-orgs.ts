// Nominal coreference for organisations, events and places: "the company", "der Konzern", "die Bank",
// "the alliance", "das Festival", "der Gipfel", "die Stadt" refer to the one the text has just named
// ("Voltaro plans a factory. The company is based in Gothenburg"). Same conservative rule as for
// countries (./nominal-coref.ts): the antecedent is a name (no coref, adjective or demonym) in the
// phrase's own sentence before it or in the two sentences before; it must fit the head (type, and the
// kind its names show: a "bank" phrase needs a bank-like name, "Gipfel" an event named as a summit);
// two different fitting entities in the nearest sentence with any make it ambiguous: no mention (for
// "the company"/"the group"/"the organisation" any other organisation there counts; for an event
// phrase, any other fitting event named earlier in the text). News agencies that report ("(Reuters)",
// "told Reuters") and names that only modify a compound ("Commerzbank-Tochter") are no antecedents.
// A nationality adjective or a seat may stand between ("the Swedish company", "der schwedische Konzern",
// "the Rustenburg-based company").
// Head data: ../model/nominal-heads.ts.

import type { Mention, Sentence } from '../pipeline-types.js';
import type { AnalysisContext } from './context.js';
import { isClubName } from './clubs.js';
import { COMPANIES } from '../model/companies.js';
import { entityId } from '../ids.js';
import { COUNTRY_OF_CITY } from '../model/kb.js';
import { EVENTS } from '../model/events.js';
import { SPORTS_CLUBS } from '../model/sports-clubs.js';
import { NEWS_AGENCIES, ORGANIZATIONS } from '../model/organizations.js';
import { KIND_TYPE, KIND_WORDS, NOMINAL_PHRASES, NON_COMPANY_WORDS, type NominalKind, type NominalType } from '../model/nominal-heads.js';

/** Every noun form of NOMINAL_PHRASES: a sentence with none of them holds no phrase. */
export const ORG_EVENT_NOUNS: ReadonlySet<string> = new Set(
  [...NOMINAL_PHRASES.de.values(), ...NOMINAL_PHRASES.en.values()].flatMap((nouns) => [...nouns.keys()]),
);

/** German heads that a compound may end in ("Familienunternehmen", "Rüstungskonzern", "Ostseegipfel"), longest first. */
const GERMAN_HEADS: readonly string[] = [...new Set([...NOMINAL_PHRASES.de.values()].flatMap((nouns) => [...nouns.keys()]))]
  .filter((noun) => noun.length >= 5 && !['stadt', 'region', 'provinz', 'spiele', 'preis', 'preises'].includes(noun))
  .sort((a, b) => b.length - a.length);

/** The head a German compound ends in, when a word of at least three letters stands before it; else undefined. */
export function germanCompoundHead(lower: string): string | undefined {
  for (const head of GERMAN_HEADS) if (lower.length >= head.length + 3 && lower.endsWith(head)) return head;
  return undefined;
}

let kbNames: Map<string, string> | undefined;
let companyIds: Set<string> | undefined;
let orgIds: Set<string> | undefined;
let newsIds: Set<string> | undefined;
let clubIds: Set<string> | undefined;

function kbNamesOf(id: string): string {
  if (!kbNames) {
    kbNames = new Map();
    for (const e of [...ORGANIZATIONS, ...NEWS_AGENCIES, ...COMPANIES, ...EVENTS]) kbNames.set(e.id, [e.name, ...e.names].join(' | ').toLowerCase());
    companyIds = new Set(COMPANIES.map((e) => e.id));
    orgIds = new Set([...ORGANIZATIONS, ...NEWS_AGENCIES].map((e) => e.id));
    newsIds = new Set(NEWS_AGENCIES.map((e) => e.id));
    clubIds = new Set(SPORTS_CLUBS.map((e) => e.id));
  }
  return kbNames.get(id) ?? '';
}

function companyLike(m: Mention, names: string): boolean {
  // A club is no company, whatever else its name says ("Galatasaray Istanbul" ... "das Unternehmen").
  if (isClubName(m.name)) return false;
  if (companyIds!.has(m.entityId) || KIND_WORDS.company.test(names)) return true;
  return !orgIds!.has(m.entityId) && !NON_COMPANY_WORDS.test(names) && !KIND_WORDS.club.test(names);
}

/**
 * The words right around a mention that describe it: two words before, one after, quotes skipped
 * ("Festival „Slawischer Basar“", "telecoms group Telenor", "the Baltic Sound festival").
 */
function descriptor(s: Sentence, m: Mention): string {
  let out = '';
  let taken = 0;
  let from = m.tokenStart - 1;
  let limit = 2;
  // "Verbands der Chemischen Industrie (VCI)": an acronym in brackets is described by the name before them.
  if (bracketed(s, m)) {
    from -= 1;
    limit = 4;
  }
  for (let k = from; k >= 0 && taken < limit; k--) {
    const t = s.tokens[k]!;
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word') break;
    out += ` ${t.lower}`;
    taken++;
  }
  let k = m.tokenEnd;
  while (s.tokens[k]?.kind === 'quote') k++;
  const after = s.tokens[k];
  if (after && after.kind === 'word') out += ` | ${after.lower}`;
  return out;
}

/** "(VCI)" after a name, not a dateline's "(dpa) -". */
function bracketed(s: Sentence, m: Mention): boolean {
  const next = s.tokens[m.tokenEnd + 1]?.text;
  return s.tokens[m.tokenStart - 1]?.text === '(' && s.tokens[m.tokenEnd]?.text === ')' && next !== '-' && next !== '–' && next !== '—';
}

/** Whether mention m (of the right type) fits a phrase of this kind. */
function fits(m: Mention, s: Sentence, kind: NominalKind): boolean {
  const names = `${m.name} | ${m.text} | ${kbNamesOf(m.entityId)} |${descriptor(s, m)}`.toLowerCase();
  switch (kind) {
    case 'company':
      return companyLike(m, names);
    case 'group':
      return companyLike(m, names) || KIND_WORDS.group.test(names);
    case 'organisation':
      return KIND_WORDS.organisation.test(names) || (!companyIds!.has(m.entityId) && !KIND_WORDS.company.test(names) && !KIND_WORDS.club.test(names) && !KIND_WORDS.bank.test(names) && (orgIds!.has(m.entityId) || NON_COMPANY_WORDS.test(names)));
    case 'club':
      return KIND_WORDS.club.test(names) || isClubName(m.name) || clubIds!.has(m.entityId);
    default:
      return KIND_WORDS[kind].test(names);
  }
}

/** Words before a name that make it the one spoken to, not the topic ("told Reuters", "sagte Siemens"). */
const ADDRESSEE_BEFORE: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'sagte', 'sagten', 'gegenüber', 'laut', 'according']);

/** Kinds that fit organisations whose names need not say so: ambiguity counts every organisation. */
const WEAK_KINDS: ReadonlySet<NominalKind> = new Set(['company', 'group', 'organisation']);

function isName(ctx: AnalysisContext, m: Mention, s: Sentence, type: NominalType): boolean {
  if (m.type !== type || m.via === 'coref' || m.via === 'kb-adjective' || m.via === 'kb-demonym') return false;
  // "Commerzbank-Tochter", "NATO-Staaten": a name that only modifies a compound is not what the text talks about.
  const text = ctx.document.text;
  if (text.charCodeAt(m.end) === 45 /* - */ && /\p{L}/u.test(text[m.end + 1] ?? '')) return false;
  // "(Reuters)", "told Reuters", "sagte der Nachrichtenagentur AFP": the news agency or outlet that
  // reports, and whoever is told something, is not what the text goes on about.
  kbNamesOf(m.entityId);
  if (newsIds!.has(m.entityId)) return false;
  const prev = s.tokens[m.tokenStart - 1];
  return !(prev && ((prev.text === '(' && !bracketed(s, m)) || ADDRESSEE_BEFORE.has(prev.lower)));
}

function rivalEventBefore(ctx: AnalysisContext, s: Sentence, before: number, kind: NominalKind, id: string): boolean {
  for (let k = 0; k <= s.index; k++) {
    const sk = ctx.sentences[k]!;
    for (const m of ctx.set.inSentence(k)) {
      if (m.entityId === id || (k === s.index && m.tokenEnd > before)) continue;
      if (isName(ctx, m, sk, 'Event') && fits(m, sk, kind)) return true;
    }
  }
  return false;
}

/**
 * The country an organisation's name places it in, by a city in the name ("Real Madrid" -> Spain,
 * "Borussia Dortmund" -> Germany), or undefined.
 */
function countryOfName(m: Mention): string | undefined {
  const words = m.name.split(/[\s-]+/u);
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 1]) {
      if (i + n > words.length) continue;
      const country = COUNTRY_OF_CITY.get(entityId('City', words.slice(i, i + n).join(' ')));
      if (country) return country;
    }
  }
  return undefined;
}

/**
 * The one fitting entity the nearest sentence (the phrase's own part before it first) names, if only
 * one. With a nationality in the phrase ("the Spanish club"), organisations whose names place them in
 * another country are left out, and the one placed in that country is taken first.
 */
function antecedent(ctx: AnalysisContext, s: Sentence, before: number, kind: NominalKind, nations?: ReadonlySet<string>): Mention | undefined {
  const type = KIND_TYPE[kind];
  // "the Spanish club": of the organisations named anywhere before, the one whose name places it in that country ("Real Madrid").
  if (nations && type === 'Organization') {
    const placed = onlyTopic(ctx, s, before, kind, (m) => nations.has(countryOfName(m) ?? ''));
    if (placed) return placed;
  }
  const foreign = (m: Mention): boolean => {
    if (!nations || type !== 'Organization') return false;
    const country = countryOfName(m);
    return country !== undefined && !nations.has(country);
  };
  for (let k = s.index; k >= 0 && k >= s.index - 2; k--) {
    const sk = ctx.sentences[k]!;
    const all = ctx.set.inSentence(k).filter((m) => (k < s.index || m.tokenEnd <= before) && isName(ctx, m, sk, type) && !foreign(m));
    const names = all.filter((m) => fits(m, sk, kind));
    if (names.length === 0) continue;
    // Kinds the names cannot show ("the company", "the group"): any other organisation there is a rival.
    const rivals = WEAK_KINDS.has(kind) ? all : names;
    const first = names[0]!.entityId;
    if (rivals.some((m) => m.entityId !== first)) return undefined;
    // "das Festival" after "Berlinale ... beim Filmfestival in Cannes": an event phrase goes back to the
    // text's topic as often as to the nearest event, so another fitting event named before: no guess.
    if (type === 'Event' && rivalEventBefore(ctx, s, before, kind, first)) return undefined;
    return names[names.length - 1];
  }
  return TOPIC_KINDS.has(kind) ? onlyTopic(ctx, s, before, kind) : undefined;
}

/** Words after a prize noun that start its own complement: "Preis für ...", "prize for ...", "Preis der Jury". */
const PRIZE_COMPLEMENTS: ReadonlySet<string> = new Set(['für', 'for', 'der', 'des', 'in', 'im']);

/**
 * Kinds a text names once and then refers to from anywhere: "the prize", "the race", "die Spiele",
 * "das Festival", "die WM", "the summit", "the event" (a second fitting name anywhere before: no guess).
 */
const TOPIC_KINDS: ReadonlySet<NominalKind> = new Set(['prize', 'race', 'games', 'fair', 'festival', 'tournament', 'summit', 'conference', 'forum', 'event']);

/** The one fitting entity (that `accept` takes, if given) named anywhere before the phrase, if only one. */
function onlyTopic(ctx: AnalysisContext, s: Sentence, before: number, kind: NominalKind, accept?: (m: Mention) => boolean): Mention | undefined {
  const type = KIND_TYPE[kind];
  let found: Mention | undefined;
  for (let k = 0; k <= s.index; k++) {
    const sk = ctx.sentences[k]!;
    for (const m of ctx.set.inSentence(k)) {
      if ((k === s.index && m.tokenEnd > before) || !isName(ctx, m, sk, type) || !fits(m, sk, kind) || (accept && !accept(m))) continue;
      if (found && found.entityId !== m.entityId) return undefined;
      found = m;
    }
  }
  return found;
}

/** Adds the coref mentions for organisation and event phrases of one sentence. */
export function resolveOrgEventNominalsIn(ctx: AnalysisContext, s: Sentence): void {
  const phrases = NOMINAL_PHRASES[ctx.lang];
  const tokens = s.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const nouns = phrases.get(tokens[i]!.lower);
    if (!nouns) continue;
    // "the Swedish company", "der schwedische Konzern", "the Rustenburg-based company", "the South
    // American trade bloc": a seat, or up to three nationality adjectives and modifier words, may stand between.
    const based = i + 2 < tokens.length && isSeatModifier(ctx, s, i + 1);
    const at = based ? i + 2 : afterModifiers(ctx, s, i + 1);
    const noun = tokens[at]!.lower;
    const kind = nouns.get(noun) ?? (ctx.lang === 'de' && tokens[at]!.kind === 'word' && !noun.includes('-') ? nouns.get(germanCompoundHead(noun) ?? '') : undefined);
    if (!kind || ctx.set.anyTaken(s.index, i, i + 1) || ctx.set.anyTaken(s.index, at, at + 1)) continue;
    // "the company Telenor", "the Bank of England", "der Verein FK RFS": the name follows and is found on its own.
    const next = tokens[at + 1];
    if (next && next.kind === 'word' && (next.upper || next.lower === 'of') && !/['’]s$/u.test(tokens[at]!.lower)) continue;
    if (next && next.kind === 'punct' && next.text === '-') continue;
    // "den Preis für die beste Regie", "the prize for best director", "der Preis der Jury": a prize with its own complement is another prize.
    if (kind === 'prize' && next && PRIZE_COMPLEMENTS.has(next.lower)) continue;
    // "Sedibeng Resources, the Rustenburg-based miner,": an apposition describes the name before its
    // comma; when that name is no organisation, the phrase is no earlier company either.
    if (i >= 2 && tokens[i - 1]!.text === ',' && tokens[i - 2]!.upper && !ctx.set.at(s.index, i - 2).some((x) => x.type === 'Organization')) continue;
    const m = antecedent(ctx, s, i, kind, based ? undefined : nationsBetween(ctx, s, i + 1, at));
    if (!m) continue;
    // After a seat ("the Rustenburg-based company") the mention is the noun alone, so that the seat rule sees place and organisation apart.
    ctx.set.add({ id: m.entityId, name: m.name, type: m.type }, s.index, based ? at : i, at + 1, 'coref', { confidence: 0.6 });
  }
}

/** The countries of the nationality adjectives between a determiner and its noun ("the Spanish club"), or undefined. */
function nationsBetween(ctx: AnalysisContext, s: Sentence, from: number, to: number): Set<string> | undefined {
  let nations: Set<string> | undefined;
  for (let k = from; k < to; k++)
    for (const m of ctx.set.at(s.index, k)) if (m.type === 'Country' && m.via === 'kb-adjective') (nations ??= new Set()).add(m.entityId);
  return nations;
}

/** "Rustenburg-based", "Tokyo-based": a compound of a place name and "-based". */
function isSeatModifier(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (!t.lower.endsWith('-based')) return false;
  for (const m of ctx.set.at(s.index, k)) if (m.start === t.start && m.tokenStart === k && (m.type === 'City' || m.type === 'Region' || m.type === 'Country')) return true;
  return false;
}

/** Where a nationality or region adjective starting at token k ends ("South American": k + 2); k when none starts there. */
function nationalityEnd(ctx: AnalysisContext, s: Sentence, k: number): number {
  if (!ctx.set.isTaken(s.index, k)) return k;
  const here = ctx.set.at(s.index, k);
  if (here.length === 0 || !here.every((m) => m.via === 'kb-adjective' && m.tokenStart === k)) return k;
  return Math.max(...here.map((m) => m.tokenEnd));
}

/** Lowercase words that may stand between the determiner and the noun: "the trade bloc", "the ten-member bloc". */
const NOMINAL_MODIFIERS = new Set([
  'trade', 'regional', 'military', 'economic', 'political', 'defence', 'defense', 'security', 'western', 'eastern', 'global',
  'international', 'customs', 'free-trade', 'state', 'state-owned', 'state-run', 'energy', 'oil', 'mining', 'steel', 'chemical', 'news',
  "women's", 'women’s', "men's", 'men’s', 'annual', 'two-week', 'three-day', 'four-day', 'week-long',
]);

/** The token after up to three nationality adjectives and modifier words from token k on (k when there are none). */
function afterModifiers(ctx: AnalysisContext, s: Sentence, k: number): number {
  const tokens = s.tokens;
  for (let mods = 0; mods < 3 && k + 1 < tokens.length; mods++) {
    const end = nationalityEnd(ctx, s, k);
    if (end > k) k = end;
    else if (NOMINAL_MODIFIERS.has(tokens[k]!.lower) || /^[a-z0-9]+-(?:member|nation)$/u.test(tokens[k]!.lower)) k++;
    else break;
  }
  return Math.min(k, tokens.length - 1);
}
