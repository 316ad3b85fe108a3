// Datelines with a country between place and date: "ALCÂNTARA, Brazil, March 3 (Reuters) -",
// "RIGA, Lettland, 3. März (LETA) -", "DAR ES SALAAM, Tanzania, May 2 (AP) -". The place is a City
// even when the knowledge base does not know it; the country comes from the knowledge-base
// mentions; an agency in brackets the knowledge base does not know is an Organization.

import type { Sentence } from '../pipeline-types.js';
import { MONTHS } from '../model/stopwords.js';
import { refFor, titleCase, type AnalysisContext } from './context.js';
import { firstDateline, type Dateline } from './dateline.js';
import type { EntityRef } from './mention-set.js';

const HEAD_RE = /^\s*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \-]\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}),\s*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \-]\p{Lu}[\p{L}\p{M}'’.\-]*){0,2}),\s*/u;
const DATE_RES: Array<[RegExp, (m: RegExpExecArray) => [number | undefined, string | undefined, string | undefined]]> = [
  [/^(\d{1,2})\.\s*([\p{L}]{3,9})\.?(?:\s+(\d{4}))?/u, (m) => [MONTHS.get(m[2]!.toLowerCase()), m[1], m[3]]],
  [/^([\p{L}]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/u, (m) => [MONTHS.get(m[1]!.toLowerCase()), m[2], m[3]]],
];
const PLACE_TYPES = new Set(['Country', 'Region']);

interface RawCountryDateline {
  place: [number, number];
  country: [number, number];
  agency?: [number, number];
  date: string;
}

export function parseCountryDateline(text: string): RawCountryDateline | undefined {
  return firstDateline(text, parseCountryHead);
}

/** The dateline at the start of `head`, which starts at offset `from` of the text. */
function parseCountryHead(head: string, from: number): RawCountryDateline | undefined {
  const m = HEAD_RE.exec(head);
  if (!m) return undefined;
  const placeStart = head.indexOf(m[1]!);
  const countryStart = head.indexOf(m[2]!, placeStart + m[1]!.length);
  let pos = m.index + m[0].length;
  let date: string | undefined;
  for (const [re, read] of DATE_RES) {
    const d = re.exec(head.slice(pos));
    if (!d) continue;
    const [month, day, year] = read(d);
    const dd = Number(day);
    if (month === undefined || !(dd >= 1 && dd <= 31)) continue;
    const md = `${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    date = year ? `${year}-${md}` : md;
    pos += d[0].length;
    break;
  }
  if (!date) return undefined;
  const agency = /^\s*\(([^()]{2,40})\)/u.exec(head.slice(pos));
  const agencyStart = agency ? pos + agency[0].indexOf('(') + 1 : -1;
  if (agency) pos += agency[0].length;
  if (!/^\s*[-–—:]/u.test(head.slice(pos))) return undefined;
  return {
    place: [from + placeStart, from + placeStart + m[1]!.length],
    country: [from + countryStart, from + countryStart + m[2]!.length],
    agency: agency ? [from + agencyStart, from + agencyStart + agency[1]!.trim().length] : undefined,
    date,
  };
}

function mentionAt(ctx: AnalysisContext, s: Sentence, [start, end]: [number, number], type: 'City' | 'Organization'): EntityRef | undefined {
  const known = ctx.set.inSentence(s.index).find((m) => m.start >= start && m.end <= end);
  if (known && known.start === start && known.end === end) return { id: known.entityId, name: known.name, type: known.type };
  const from = s.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < s.tokens.length && s.tokens[to]!.end <= end) to++;
  if (from < 0 || to <= from) return undefined;
  // A guessed mention inside the span (an acronym, a guessed place) gives way to the whole span.
  if (ctx.set.inSentence(s.index).some((m) => m.tokenStart < to && m.tokenEnd > from && (m.via.startsWith('kb-') || m.tokenStart < from || m.tokenEnd > to))) {
    return known ? { id: known.entityId, name: known.name, type: known.type } : undefined;
  }
  ctx.set.removeInside(s.index, from, to);
  const surface = ctx.document.text.slice(start, end);
  const name = type === 'City' && surface === surface.toUpperCase() ? titleCase(surface) : surface;
  const ref = refFor(ctx, type, name);
  ctx.set.add(ref, s.index, from, to, 'pattern', { confidence: 0.6 });
  return ref;
}

/** The dateline fields and mentions when the text opens with "PLACE, Country, date (Agency) -". */
export function findCountryDateline(ctx: AnalysisContext): Dateline | undefined {
  const raw = parseCountryDateline(ctx.document.text);
  if (!raw) return undefined;
  // The sentence the dateline opens (the first, or the one after a headline).
  const first = ctx.sentences.find((s) => s.end > raw.place[0]);
  if (!first) return undefined;
  const country = ctx.set.inSentence(first.index).find((m) => m.start === raw.country[0] && m.end === raw.country[1] && PLACE_TYPES.has(m.type));
  if (!country) return undefined;
  const place = mentionAt(ctx, first, raw.place, 'City');
  const agency = raw.agency ? mentionAt(ctx, first, raw.agency, 'Organization') : undefined;
  return { place: place?.name, publisher: agency?.name, published: raw.date };
}
