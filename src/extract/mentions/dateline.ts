// The dateline at the start of an agency report: "MINSK, 3. Juli (BelTA) - ", "Berlin (dpa) - ",
// "WASHINGTON, July 3 (Reuters) -", "Astana, 12.05.2024 (Kazinform)". Gives the place, the agency
// and the date; needs a date or an agency in brackets, so an ordinary first sentence is no dateline.

import type { Sentence } from '../pipeline-types.js';
import { MONTHS, STOPWORDS } from '../model/stopwords.js';
import { titleCase, refFor, type AnalysisContext } from './context.js';
import type { EntityRef } from './mention-set.js';

export interface Dateline {
  place?: string;
  publisher?: string;
  published?: string;
}

const PLACE_RE = /^\s*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \-]\p{Lu}[\p{L}\p{M}'’.\-]*){0,2})(?:\s*\/\s*[^,(]{1,30})?/u;
const MONTH = '([\\p{L}]{3,9})\\.?';
// Sticky (y) patterns, matched at a position of the head (lastIndex) instead of on a slice from it
// with ^: none of them looks behind or starts with \b, so both match the same.
const DATE_RES: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  [/(\d{1,2})\.(\d{1,2})\.(\d{4})/uy, (m) => iso(m[3], m[2], m[1])],
  [/(\d{4})-(\d{2})-(\d{2})/uy, (m) => iso(m[1], m[2], m[3])],
  [new RegExp(`(\\d{1,2})\\.?\\s+${MONTH}(?:\\s+(\\d{4}))?`, 'uy'), (m) => iso(m[3], monthOf(m[2]), m[1])],
  [new RegExp(`${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`, 'uy'), (m) => iso(m[3], monthOf(m[1]), m[2])],
];
const COMMA_RE = /\s*,\s*/uy;
const AGENCY_RE = /\s*\(([^()]{2,40})\)/uy;
const DASH_RE = /\s*[-–—:]/uy;

/** re (sticky) matched at `at` of text. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function monthOf(word: string | undefined): string | undefined {
  const n = word ? MONTHS.get(word.toLowerCase()) : undefined;
  return n === undefined ? undefined : String(n);
}

function iso(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (!month || !day || !(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const md = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return year ? `${year}-${md}` : md;
}

interface RawDateline {
  place: [number, number];
  date?: string;
  agency?: [number, number];
}

/** Longest headline line before a dateline paragraph ("Volkswagen baut Batteriefabrik in Spanien\n\nWOLFSBURG (Reuters) - ..."). */
const MAX_HEADLINE = 250;

/**
 * Finds the dateline's parts as offsets into the text; undefined when the text has none. The
 * dateline opens the text, or the paragraph after a one-line headline (how articles are saved from
 * the web or an agency feed).
 */
export function parseDateline(text: string): RawDateline | undefined {
  return firstDateline(text, parseHead);
}

/** Where a dateline may start: the text's start, and after a one-line headline the next line's. */
function datelineStarts(text: string): number[] {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || lineEnd > MAX_HEADLINE || text.slice(0, lineEnd).trim() === '') return [0];
  let next = lineEnd;
  while (next < text.length && (text[next] === '\n' || text[next] === '\r' || text[next] === ' ' || text[next] === '\t')) next++;
  return next < text.length ? [0, next] : [0];
}

/**
 * The first dateline `parse` finds at a possible start (datelineStarts): it reads the 200 characters
 * from there and gives offsets into the whole text by adding `from`.
 */
export function firstDateline<T>(text: string, parse: (head: string, from: number) => T | undefined): T | undefined {
  for (const from of datelineStarts(text)) {
    const found = parse(text.slice(from, from + 200), from);
    if (found) return found;
  }
  return undefined;
}

/** The dateline at the start of `head`, which starts at offset `from` of the text. */
function parseHead(head: string, from: number): RawDateline | undefined {
  const placeMatch = PLACE_RE.exec(head);
  if (!placeMatch?.[1]) return undefined;
  const placeStart = placeMatch.index + placeMatch[0].indexOf(placeMatch[1]);
  let pos = placeMatch.index + placeMatch[0].length;
  let date: string | undefined;
  const comma = execAt(COMMA_RE, head, pos);
  if (comma) {
    pos += comma[0].length;
    for (const [re, read] of DATE_RES) {
      const m = execAt(re, head, pos);
      if (m && (date = read(m)) !== undefined) {
        pos += m[0].length;
        break;
      }
    }
  }
  const agency = execAt(AGENCY_RE, head, pos);
  const agencyStart = agency ? pos + agency[0].indexOf('(') + 1 : -1;
  if (agency) pos += agency[0].length;
  if (!date && !agency) return undefined;
  if (!date && !execAt(DASH_RE, head, pos)) return undefined;
  // The place's first word (split(/[\s-]/u)[0]).
  const cut = placeMatch[1].search(/[\s-]/u);
  if (STOPWORDS.has((cut < 0 ? placeMatch[1] : placeMatch[1].slice(0, cut)).toLowerCase())) return undefined;
  return {
    place: [from + placeStart, from + placeStart + placeMatch[1].length],
    date,
    agency: agency ? [from + agencyStart, from + agencyStart + agency[1]!.trim().length] : undefined,
  };
}

/** Adds the place and agency mentions (reusing knowledge-base ones) and returns the dateline fields. */
export function findDateline(ctx: AnalysisContext): Dateline {
  const raw = parseDateline(ctx.document.text);
  if (!raw) return {};
  // The sentence the dateline opens (the first, or the one after a headline).
  const first = ctx.sentences.find((s) => s.end > raw.place[0]);
  if (!first) return {};
  const place = mentionAt(ctx, first, raw.place, 'City');
  const agency = raw.agency ? mentionAt(ctx, first, raw.agency, 'Organization') : undefined;
  return { place: place?.name, publisher: agency?.name, published: raw.date };
}

function mentionAt(ctx: AnalysisContext, s: Sentence, [start, end]: [number, number], type: 'City' | 'Organization'): EntityRef | undefined {
  const known = ctx.set.inSentence(s.index).find((m) => m.start >= start && m.end <= end);
  if (known) return { id: known.entityId, name: known.name, type: known.type };
  const from = s.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < s.tokens.length && s.tokens[to]!.end <= end) to++;
  if (from < 0 || to <= from || ctx.set.anyTaken(s.index, from, to)) return undefined;
  const surface = ctx.document.text.slice(start, end);
  const name = type === 'City' && surface === surface.toUpperCase() ? titleCase(surface) : surface;
  const ref = refFor(ctx, type, name);
  ctx.set.add(ref, s.index, from, to, 'pattern', { confidence: 0.6 });
  return ref;
}
