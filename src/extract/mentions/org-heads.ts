// Organisation heads and legal forms ("Bank", "Ministerium", "AG"): the words that end an
// organisation's name and never a person's. Data and word tests only; the finders that use them
// live in ./organizations.ts.

import type { Sentence } from '../pipeline-types.js';
import type { EntityRef } from './mention-set.js';
import type { AnalysisContext } from './context.js';

/** Words that end an organisation's name (lowercase). Suffix-matched for German compounds. */
export const LEGAL_FORMS = new Set(['gmbh', 'ag', 'inc', 'ltd', 'corp', 'llc', 'plc', 'se', 'kg', 'co', 'sa', 'oao', 'ooo', 'zao', 'pjsc', 'jsc']);
export const HEADS = [
  'bank', 'ministerium', 'ministry', 'universität', 'university', 'agentur', 'agency', 'partei', 'party',
  'verband', 'association', 'rat', 'council', 'komitee', 'committee', 'kommission', 'commission', 'stiftung',
  'foundation', 'institut', 'institute', 'organisation', 'organization', 'gesellschaft', 'company', 'corporation',
  'konzern', 'group', 'gruppe', 'holding', 'fund', 'fonds', 'akademie', 'academy', 'gewerkschaft', 'union',
  'bund', 'club', 'klub', 'verein', 'federation', 'föderation', 'parlament', 'parliament', 'senat', 'senate',
  'movement', 'bewegung', 'alliance', 'allianz',
  'zentrum', 'authority', 'bundesamt', 'amt', 'office', 'behörde', 'behörde', 'service', 'society', 'airlines', 'airways', 'railways', 'bahn', 'motors', 'energy',
  // Courts, bureaus and exchanges ("Supreme Court", "Oberstes Gericht", "Stock Exchange", "Frankfurter Börse").
  'court', 'tribunal', 'bureau', 'exchange', 'börse', 'gericht', 'gerichtshof',
  // Company names in the plural ("Bakubung Minerals Holdings", "Cadiz Corporate Solutions").
  'holdings', 'industries', 'enterprises', 'securities', 'ventures', 'solutions', 'technologies', 'metals', 'mines', 'electronics',
  // Networks and coalitions of groups ("Climate Action Network").
  'network', 'coalition',
  // Company names after their trade ("Impala Platinum", "Harmony Mining", "Tata Steel").
  'platinum', 'mining', 'steel', 'petroleum', 'minerals', 'pharmaceuticals', 'chemicals', 'logistics',
  // Ensembles ("Bach Collegium Japan", "Berliner Philharmoniker", "London Symphony Orchestra").
  'orchestra', 'orchester', 'ensemble', 'collegium', 'choir', 'philharmonic', 'philharmoniker', 'consort',
  // Museums ("British Museum", "Landesmuseum Württemberg", "Jüdisches Museum Berlin").
  'museum',
];
/** An organisation head or legal form ("Bank", "AG", "Ministerium"): never the end of a person's name. */
export function isOrgHeadWord(lower: string): boolean {
  return LEGAL_FORMS.has(lower) || isHead(lower);
}

const headCache = new Map<string, boolean>();

/** German heads that take a genitive -s/-es ("des Bundesamtes", "des Heimatverbandes", "des Instituts"). */
const GENITIVE_HEADS = ['ministerium', 'amt', 'institut', 'verband', 'rat', 'bund', 'verein', 'klub', 'konzern', 'zentrum', 'komitee', 'parlament', 'senat', 'gericht', 'gerichtshof'];

/** The last three letters of every head: a word ending otherwise is no head (a cheap first test). */
const HEAD_TAILS: ReadonlySet<string> = new Set(HEADS.map((h) => h.slice(-3)));
const GENITIVE_TAILS: ReadonlySet<string> = new Set(GENITIVE_HEADS.map((h) => h.slice(-3)));

/** A German genitive of a head: the head itself when longer than four letters, a compound of it otherwise. */
export function isGenitiveHead(lower: string): boolean {
  if (lower.charCodeAt(lower.length - 1) !== 115) return false;
  for (const cut of [2, 1]) {
    if (cut === 2 && lower.charCodeAt(lower.length - 2) !== 101) continue;
    const base = lower.slice(0, lower.length - cut);
    if (!GENITIVE_TAILS.has(base.slice(-3))) continue;
    if (GENITIVE_HEADS.some((h) => (base === h && h.length > 4) || (base.length > h.length + 2 && base.endsWith(h)))) return true;
  }
  return false;
}

export function isHead(lower: string): boolean {
  let known = headCache.get(lower);
  if (known === undefined) {
    known = (HEAD_TAILS.has(lower.slice(-3)) && HEADS.some((h) => lower === h || (lower.length > h.length + 2 && lower.endsWith(h) && h.length > 3))) || isGenitiveHead(lower);
    if (headCache.size > 50000) headCache.clear();
    headCache.set(lower, known);
  }
  return known;
}

export const HEADS_BEFORE_OF = new Set(['centre', 'center', 'stiftung', 'foundation', 'zentrum', 'verband', 'agentur', 'behörde', 'kommission', 'fund', 'fonds', 'society', 'ministry', 'university', 'bank', 'council', 'committee', 'commission', 'institute', 'academy', 'federation', 'union', 'association', 'organization', 'organisation', 'department', 'office', 'ministerium', 'universität', 'akademie', 'institut', 'bureau', 'court', 'tribunal', 'authority', 'agency']);
/** Heads of German federal and state bodies that take "für"/"der" ("Bundesministerium für Arbeit", "Landesamt für Umwelt"). */
const STATE_BODY = /^(?:bundes|landes|staats)\p{Ll}*(?:ministerium|amt|anstalt|agentur|institut|zentrale|kommission|behörde)$/u;

/** A head that takes an "of"/"für" complement: HEADS_BEFORE_OF, or a German federal or state body. */
export function isOfHead(lower: string): boolean {
  if (HEADS_BEFORE_OF.has(lower) || STATE_BODY.test(lower)) return true;
  // "des Instituts für ...", "des Bundesministeriums für ...": the German genitive.
  if (!isGenitiveHead(lower)) return false;
  const base = lower.replace(/e?s$/u, '');
  return HEADS_BEFORE_OF.has(base) || STATE_BODY.test(base);
}
/**
 * "South Africa's Constitutional Court", "Johannesburg-based Sedibeng Resources": a possessive or a
 * compound ending in a lowercase part says who owns or where, and is no part of the name.
 */
export function isOwnerOrDescriptor(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 115 && text.length > 2 && (text.charCodeAt(text.length - 2) === 39 || text.charCodeAt(text.length - 2) === 0x2019)) return true;
  const dash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('‐'));
  return dash > 0 && dash < text.length - 1 && text[dash + 1] !== text[dash + 1]!.toUpperCase();
}

/** "Arbeitsmarkt- und Berufsforschung": a hyphen right after a word, before "und"/"oder". */
export function isElidedCompound(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  const prev = s.tokens[k - 1];
  const next = s.tokens[k + 1]?.lower;
  return t.text === '-' && prev !== undefined && prev.kind === 'word' && prev.end === t.start && (next === 'und' || next === 'oder');
}


/** Corporate words between a known name and its legal form that name the same company ("Toyota Motor Corp", "BMW Group"). */
const SAME_COMPANY_WORDS = new Set(['motor', 'motors', 'group', 'corporation', 'company', 'incorporated', 'limited', 'n.v.', 's.a.', 'nv']);

/**
 * "Siemens AG", "Toyota Motor Corp", "BMW Group": a known organisation's name (a knowledge-base mention at
 * `from`) followed only by a legal form (or "Motor"/"Group" before one) up to `to` is that organisation;
 * the guessed span takes its record and keeps its own text as an alias. "Siemens Energy AG", "Toyota Tsusho
 * Corp": another word follows the name, so another company.
 */
export function knownBeforeLegalForm(ctx: AnalysisContext, s: Sentence, from: number, to: number): EntityRef | undefined {
  const here = ctx.set.at(s.index, from);
  if (here.length !== 1) return undefined;
  const m = here[0]!;
  if (m.tokenStart !== from || m.tokenEnd >= to || m.type !== 'Organization' || !m.via.startsWith('kb-')) return undefined;
  let legal = false;
  for (let k = m.tokenEnd; k < to; k++) {
    const t = s.tokens[k]!;
    if (t.text === '.' || t.text === '&') continue;
    if (t.kind !== 'word' || !t.upper) return undefined;
    const lower = t.lower;
    if (LEGAL_FORMS.has(lower) || lower === 'corporation' || lower === 'incorporated' || lower === 'limited' || lower === 'group') legal = true;
    else if (!SAME_COMPANY_WORDS.has(lower)) return undefined;
  }
  return legal ? { id: m.entityId, name: m.name, type: m.type } : undefined;
}
