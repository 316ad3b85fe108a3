// Positions and slot candidates for the pattern engine (matcher.ts): a position is a token index t
// plus a character offset c (inside a hyphen compound after a mention: "SOZ-Mitglied"); which
// mentions a slot can take there, and coordination lists ("X, Y und Z"). No search, no steps here.

import type { Mention } from '../pipeline-types.js';
import type { MentionForm, SlotElement } from './pattern-types.js';
import { DETERMINERS, LIST_JOINERS } from '../model/relation-cues.js';
import { isModifier, namesOverAt, tokenAtHint, tokenIn, tokenWords } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';

const DET = tokenWords(DETERMINERS);
const JOIN = tokenWords(LIST_JOINERS);
const NO_MENTIONS: readonly Mention[] = [];

export function isHyphen(ch: string | undefined): boolean {
  return ch === '-' || ch === '‐';
}
export function tokenStart(view: SentenceView, t: number): number {
  return view.tokens[t]?.start ?? view.sentence.end;
}
export function atStart(view: SentenceView, t: number, c: number): boolean {
  return t < view.tokens.length && c === view.tokens[t]!.start;
}
/** The token index of the position after offset `end` (see afterC for its character offset); `last` a guess of the token holding end - 1. */
export function afterT(view: SentenceView, end: number, last: number): number {
  const i = tokenAtHint(view.tokens, end - 1, last);
  if (i < 0) return view.tokens.length;
  return end < view.tokens[i]!.end ? i : i + 1;
}
/** The character offset of the position after `end`, given t = afterT(view, end): inside a token, or its start. */
export function afterC(view: SentenceView, t: number, end: number): number {
  const token = view.tokens[t];
  return token && end > token.start ? end : tokenStart(view, t);
}
/** Does something starting at `start` begin at (t, c) (inside a compound, after its hyphen)? */
export function beginsAt(view: SentenceView, t: number, c: number, start: number): boolean {
  if (start === c) return true;
  return start === c + 1 && !atStart(view, t, c) && isHyphen(view.text[c]);
}
/** The lowercase rest of a compound from offset c inside token t, after its hyphen. */
export function restForm(view: SentenceView, t: number, c: number): string {
  const rest = view.text.slice(c, view.tokens[t]!.end).toLowerCase();
  return isHyphen(rest[0]) ? rest.slice(1) : rest;
}

function formOk(m: Mention, form: MentionForm): boolean {
  if (form === 'any') return true;
  if (form === 'adj') return m.via === 'kb-adjective';
  if (form === 'demonym') return m.via === 'kb-demonym';
  return !isModifier(m);
}

/** "Nato" in "Nato-Gipfel" (an event mention): a part of a larger name is not an actor of its own. */
function insideLargerName(view: SentenceView, t: number, m: Mention): boolean {
  for (const o of namesOverAt(view, t)) {
    if (o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) return true;
  }
  return false;
}

function endsWithOne(text: string, ends: readonly string[]): boolean {
  for (const e of ends) if (text.endsWith(e)) return true;
  return false;
}

/** Can the slot take mention m, found in the mentions of token t, at position (t, c)? */
export function takes(view: SentenceView, el: SlotElement, form: MentionForm, t: number, c: number, m: Mention): boolean {
  if (!el.types.includes(m.type) || !beginsAt(view, t, c, m.start) || !formOk(m, form)) return false;
  if (el.via && !el.via.includes(m.via)) return false;
  if (el.endsWith && !endsWithOne(m.text, el.endsWith)) return false;
  if (el.whole && m.end !== view.tokens[m.tokenEnd - 1]?.end) return false;
  // Names inside larger ones need two names over one token: only in a crowded view.
  return !(form === 'name' && view.crowded && insideLargerName(view, t, m));
}

/** Is there a determiner at (t, c), so a slot may also start at the next token ("der GUS", "the SCO")? */
export function detAt(view: SentenceView, t: number, c: number): boolean {
  const token = view.tokens[t];
  return !!token && c === token.start && tokenIn(view, t, DET);
}

/** The first mention a slot can take at (t, c): starting there, or (unless bare) after a determiner there. */
function firstCandidate(view: SentenceView, el: SlotElement, t: number, c: number): Mention | undefined {
  const form = el.form ?? 'name';
  for (const m of view.mentionsAt[t] ?? NO_MENTIONS) if (takes(view, el, form, t, c, m)) return m;
  if (el.bare || !detAt(view, t, c)) return undefined;
  const n = t + 1;
  const nc = tokenStart(view, n);
  for (const m of view.mentionsAt[n] ?? NO_MENTIONS) if (takes(view, el, form, n, nc, m)) return m;
  return undefined;
}

function roleAfter(view: SentenceView, m: Mention): boolean {
  const t = afterT(view, m.end, m.tokenEnd - 1);
  const c = afterC(view, t, m.end);
  for (const r of view.rolesAt[t] ?? []) if (r.start === c) return true;
  return false;
}

/**
 * Inside a list, an item may come with its own article, country adjective and role:
 * "mit Scholz und dem US-Präsidenten Joe Biden", "Putin and Pakistani Prime Minister Shehbaz Sharif".
 * Returns the mention the item starts with, or undefined.
 */
function listItem(view: SentenceView, el: SlotElement, t0: number, c0: number): Mention | undefined {
  let t = t0;
  let c = c0;
  for (let n = 0; n < 4 && atStart(view, t, c); n++) {
    const token = view.tokens[t]!;
    if (tokenIn(view, t, DET)) {
      t += 1;
      c = tokenStart(view, t);
      continue;
    }
    let end = -1;
    let last = -1;
    for (const r of view.rolesAt[t] ?? []) if (r.start === token.start) {
      [end, last] = [r.end, r.tokenEnd - 1];
      break;
    }
    if (end < 0) for (const m of view.mentionsAt[t] ?? []) if (m.start === token.start && (m.via === 'kb-adjective' || (m.type === 'Country' && roleAfter(view, m)))) {
      [end, last] = [m.end, m.tokenEnd - 1];
      break;
    }
    if (end < 0) break;
    t = afterT(view, end, last);
    c = afterC(view, t, end);
  }
  return firstCandidate(view, el, t, c);
}

/** Can a list go on after mention m (a comma or joiner right after it)? When not, extendList(view, el, m) is [[m]]. */
export function mayExtend(view: SentenceView, m: Mention): boolean {
  const t = afterT(view, m.end, m.tokenEnd - 1);
  const tok = view.tokens[t];
  if (!tok || afterC(view, t, m.end) !== tok.start) return false;
  return tok.text === ',' || tokenIn(view, t, JOIN);
}

/** After the first item: further items joined by "," / "und" / "and" / ", and"; the longest list first. */
export function extendList(view: SentenceView, el: SlotElement, first: Mention): Mention[][] {
  let items: Mention[] | undefined;
  let end = first.end;
  let last = first.tokenEnd - 1;
  const out = [[first]];
  for (let guard = 0; guard < 32; guard++) {
    let t = afterT(view, end, last);
    const tok = view.tokens[t];
    if (!tok || afterC(view, t, end) !== tok.start) break;
    let joined = false;
    if (tok.text === ',') {
      t += 1;
      if (t < view.tokens.length && tokenIn(view, t, JOIN)) {
        t += 1;
        joined = true;
      }
    } else if (tokenIn(view, t, JOIN)) {
      t += 1;
      joined = true;
    } else break;
    const next = listItem(view, el, t, tokenStart(view, t));
    if (!next) break;
    (items ??= [first]).push(next);
    end = next.end;
    last = next.tokenEnd - 1;
    // "X, Y" alone is no coordination (it may be an apposition or two clauses): only "..., Y und Z" is.
    if (joined) out.push(items.slice());
  }
  return out.length > 1 ? out.reverse() : out;
}
