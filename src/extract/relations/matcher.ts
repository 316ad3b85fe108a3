// The pattern engine: matches one sequence pattern at one start token of a sentence, by depth-first
// search with bounded gaps and a step budget (no backtracking explosions). A position is a token
// index plus a character offset, so a pattern can continue inside a hyphen compound ("SOZ-Mitglied").

import type { Mention, RoleCategory } from '../pipeline-types.js';
import type { GapElement, MentionForm, PatternElement, RoleElement, SlotElement } from './pattern-types.js';
import { CLAUSE_BREAKS, DETERMINERS, GAP_STOPS, LIST_JOINERS } from '../model/relation-cues.js';
import { isModifier, tokenAt } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { cueSet, literalSet } from './word-sets.js';

export interface Pos {
  t: number;
  c: number;
}

/** Bound slots and roles as a persistent list (one small object per binding, no copying). */
export interface Binding {
  name: string;
  items?: readonly Mention[];
  category?: RoleCategory;
  next: Binding | undefined;
}

export interface MatchState {
  bindings: Binding | undefined;
  gapTokens: number;
}

export function slotItems(state: MatchState, name: string): readonly Mention[] {
  for (let b = state.bindings; b; b = b.next) if (b.name === name && b.items) return b.items;
  return [];
}

export function boundRole(state: MatchState, name: string): RoleCategory | undefined {
  for (let b = state.bindings; b; b = b.next) if (b.name === name && b.category) return b.category;
  return undefined;
}

export interface SequenceMatch extends MatchState {
  firstToken: number;
  lastToken: number;
}

export interface MatchContext {
  view: SentenceView;
  lang: 'de' | 'en' | 'any';
  steps: number;
  budget: number;
  /** Set by matchAt: the start token and the first complete match. */
  first?: number;
  found?: SequenceMatch;
}

/**
 * A pattern compiled into continuation frames, once per pattern: element i of a list, then `next`
 * (element i + 1, or what follows the list: the rest of the enclosing pattern, or the end). The
 * frame after the last element has no element, so each step counts as one call did before.
 */
interface Frame {
  el: PatternElement | undefined;
  next: Frame | undefined;
  /** For an optional group: its first frame, continuing with `next`. */
  inner?: Frame;
}

const compiled = new WeakMap<readonly PatternElement[], Frame>();

function compile(elements: readonly PatternElement[], after: Frame | undefined): Frame {
  let frame: Frame = { el: undefined, next: after };
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    frame = 'opt' in el ? { el, next: frame, inner: compile(el.opt, frame) } : { el, next: frame };
  }
  return frame;
}

function framesOf(elements: readonly PatternElement[]): Frame {
  let frame = compiled.get(elements);
  if (!frame) {
    frame = compile(elements, undefined);
    compiled.set(elements, frame);
  }
  return frame;
}

const DET = new Set(DETERMINERS);
const JOIN = new Set(LIST_JOINERS);
const BREAKS = new Set(CLAUSE_BREAKS);
const STOPS = new Set(GAP_STOPS);
const HYPHENS = new Set(['-', '‐']);
const NO_WORDS: readonly string[] = [];
const NO_MENTIONS: readonly Mention[] = [];

function tokenStart(view: SentenceView, t: number): number {
  return view.tokens[t]?.start ?? view.sentence.end;
}
function nextToken(view: SentenceView, t: number): Pos {
  return { t: t + 1, c: tokenStart(view, t + 1) };
}
function atStart(view: SentenceView, pos: Pos): boolean {
  return pos.t < view.tokens.length && pos.c === view.tokens[pos.t]!.start;
}
function after(view: SentenceView, end: number): Pos {
  const i = tokenAt(view.tokens, end - 1);
  if (i < 0) return { t: view.tokens.length, c: view.sentence.end };
  return end < view.tokens[i]!.end ? { t: i, c: end } : nextToken(view, i);
}
/** Does something starting at `start` begin at pos (inside a compound, after its hyphen)? */
function beginsAt(view: SentenceView, pos: Pos, start: number): boolean {
  if (start === pos.c) return true;
  return !atStart(view, pos) && start === pos.c + 1 && HYPHENS.has(view.text[pos.c] ?? '');
}
/** The lowercase word at pos: the whole token, or the rest of a compound after its hyphen. */
function formAt(view: SentenceView, pos: Pos): string | undefined {
  const token = view.tokens[pos.t];
  if (!token) return undefined;
  if (pos.c === token.start) return token.lower;
  const rest = view.text.slice(pos.c, token.end).toLowerCase();
  return HYPHENS.has(rest[0] ?? '') ? rest.slice(1) : rest;
}

function formOk(m: Mention, form: MentionForm): boolean {
  if (form === 'any') return true;
  if (form === 'adj') return m.via === 'kb-adjective';
  if (form === 'demonym') return m.via === 'kb-demonym';
  return !isModifier(m);
}

/** "Nato" in "Nato-Gipfel" (an event mention): a part of a larger name is not an actor of its own. */
function insideLargerName(view: SentenceView, t: number, m: Mention): boolean {
  for (const o of view.namesOver[t] ?? NO_MENTIONS) {
    if (o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) return true;
  }
  return false;
}

/** pos itself, and the position after a determiner there ("der GUS", "the SCO"). */
function starts(view: SentenceView, pos: Pos): Pos[] {
  const token = view.tokens[pos.t];
  if (token && atStart(view, pos) && DET.has(token.lower)) return [pos, nextToken(view, pos.t)];
  return [pos];
}

function collect(view: SentenceView, el: SlotElement, form: MentionForm, p: Pos, out: Mention[]): void {
  for (const m of view.mentionsAt[p.t] ?? NO_MENTIONS) {
    if (!beginsAt(view, p, m.start) || !el.types.includes(m.type) || !formOk(m, form)) continue;
    if (el.via && !el.via.includes(m.via)) continue;
    if (el.endsWith && !el.endsWith.some((e) => m.text.endsWith(e))) continue;
    if (form === 'name' && insideLargerName(view, p.t, m)) continue;
    out.push(m);
  }
}

/** The mentions a slot can take at pos: starting there, or (unless bare) after a determiner there. */
function candidates(view: SentenceView, el: SlotElement, pos: Pos): Mention[] {
  const form = el.form ?? 'name';
  const out: Mention[] = [];
  collect(view, el, form, pos, out);
  if (!el.bare) {
    const token = view.tokens[pos.t];
    if (token && atStart(view, pos) && DET.has(token.lower)) collect(view, el, form, nextToken(view, pos.t), out);
  }
  return out;
}

/**
 * Inside a list, an item may come with its own article, country adjective and role:
 * "mit Scholz und dem US-Präsidenten Joe Biden", "Putin and Pakistani Prime Minister Shehbaz Sharif".
 */
function skipModifiers(view: SentenceView, pos: Pos): Pos {
  let p = pos;
  for (let n = 0; n < 4 && atStart(view, p); n++) {
    const token = view.tokens[p.t]!;
    if (DET.has(token.lower)) {
      p = nextToken(view, p.t);
      continue;
    }
    const role = (view.rolesAt[p.t] ?? []).find((r) => r.start === token.start);
    if (role) {
      p = after(view, role.end);
      continue;
    }
    const modifier = (view.mentionsAt[p.t] ?? []).find((m) => m.start === token.start && (m.via === 'kb-adjective' || (m.type === 'Country' && roleAfter(view, m))));
    if (!modifier) break;
    p = after(view, modifier.end);
  }
  return p;
}

function roleAfter(view: SentenceView, m: Mention): boolean {
  const next = after(view, m.end);
  return (view.rolesAt[next.t] ?? []).some((r) => r.start === next.c);
}

/** After the first item: further items joined by "," / "und" / "and" / ", and". */
function extendList(view: SentenceView, el: SlotElement, first: Mention): Array<{ items: Mention[]; pos: Pos }> {
  const items = [first];
  let pos = after(view, first.end);
  const out = [{ items: [...items], pos }];
  for (let guard = 0; guard < 32; guard++) {
    let p = pos;
    const tok = view.tokens[p.t];
    if (!tok || !atStart(view, p)) break;
    let joined = false;
    if (tok.text === ',') {
      p = nextToken(view, p.t);
      const joiner = view.tokens[p.t];
      if (joiner && JOIN.has(joiner.lower)) [p, joined] = [nextToken(view, p.t), true];
    } else if (JOIN.has(tok.lower)) [p, joined] = [nextToken(view, p.t), true];
    else break;
    const next = candidates(view, el, skipModifiers(view, p))[0];
    if (!next) break;
    items.push(next);
    pos = after(view, next.end);
    // "X, Y" alone is no coordination (it may be an apposition or two clauses): only "..., Y und Z" is.
    if (joined) out.push({ items: [...items], pos });
  }
  return out.reverse();
}

function bind(state: MatchState, slot: string, items: readonly Mention[]): MatchState {
  return { bindings: { name: slot, items, next: state.bindings }, gapTokens: state.gapTokens };
}

function matchSlot(ctx: MatchContext, el: SlotElement, pos: Pos, state: MatchState, k: Frame | undefined): boolean {
  for (const m of candidates(ctx.view, el, pos)) {
    if (!el.list) {
      if ((el.min ?? 1) <= 1 && step(ctx, k, after(ctx.view, m.end), bind(state, el.slot, [m]))) return true;
      continue;
    }
    for (const o of extendList(ctx.view, el, m)) {
      if (o.items.length < (el.min ?? 1)) continue;
      if (step(ctx, k, o.pos, bind(state, el.slot, o.items))) return true;
    }
  }
  return false;
}

function gapBlocked(ctx: MatchContext, el: GapElement, pos: Pos): boolean {
  const { view } = ctx;
  const token = view.tokens[pos.t];
  if (!token) return true;
  if (!atStart(view, pos)) return false;
  if (STOPS.has(token.text) || BREAKS.has(token.lower)) return true;
  if (token.text === ',' && !el.commas) return true;
  if (el.skip === 'all') return false;
  const skip = el.skip ?? [];
  return (view.namesOver[pos.t] ?? []).some((m) => !skip.includes(m.type));
}

function matchGap(ctx: MatchContext, el: GapElement, pos: Pos, state: MatchState, k: Frame | undefined): boolean {
  let p = pos;
  for (let n = 0; n <= el.gap; n++) {
    if (step(ctx, k, p, n === 0 ? state : { bindings: state.bindings, gapTokens: state.gapTokens + n })) return true;
    if (gapBlocked(ctx, el, p)) return false;
    p = nextToken(ctx.view, p.t);
  }
  return false;
}

function matchRole(ctx: MatchContext, el: RoleElement, pos: Pos, state: MatchState, k: Frame | undefined): boolean {
  for (const p of starts(ctx.view, pos)) {
    for (const r of ctx.view.rolesAt[p.t] ?? []) {
      // A role cue may also span the compound we are inside: "US-Präsident", "Aramco-Chef".
      const covers = !atStart(ctx.view, p) && r.start < p.c && r.end > p.c;
      if (!(covers || beginsAt(ctx.view, p, r.start)) || !el.role.includes(r.category) || el.except?.includes(r.role)) continue;
      const next = el.bind ? { bindings: { name: el.bind, category: r.category, next: state.bindings }, gapTokens: state.gapTokens } : state;
      if (step(ctx, k, after(ctx.view, r.end), next)) return true;
    }
  }
  return false;
}

/** Continues with frame k at pos: one step of the search, or the end of the pattern (a match). */
function step(ctx: MatchContext, k: Frame | undefined, pos: Pos, state: MatchState): boolean {
  if (!k) {
    const { view } = ctx;
    const lastToken = atStart(view, pos) || pos.t >= view.tokens.length ? pos.t - 1 : pos.t;
    ctx.found = { bindings: state.bindings, gapTokens: state.gapTokens, firstToken: ctx.first ?? 0, lastToken };
    return true;
  }
  if (++ctx.steps > ctx.budget) return false;
  const el = k.el;
  if (!el) return step(ctx, k.next, pos, state);
  const { view } = ctx;
  const rest = k.next;
  if ('slot' in el) return matchSlot(ctx, el, pos, state, rest);
  if ('gap' in el) return matchGap(ctx, el, pos, state, rest);
  if ('role' in el) return matchRole(ctx, el, pos, state, rest);
  if ('opt' in el) return step(ctx, k.inner, pos, state) || step(ctx, rest, pos, state);
  if ('not' in el) {
    const form = atStart(view, pos) ? view.tokens[pos.t]?.lower : undefined;
    return form !== undefined && el.not.includes(form) ? false : step(ctx, rest, pos, state);
  }
  if ('punct' in el) {
    const tok = view.tokens[pos.t];
    return !!tok && atStart(view, pos) && el.punct.includes(tok.text) && step(ctx, rest, nextToken(view, pos.t), state);
  }
  const form = formAt(view, pos);
  if (form === undefined) return false;
  const set = el.cue ? cueSet(el.cue, ctx.lang) : literalSet(el.words ?? NO_WORDS);
  return set.has(form) && step(ctx, rest, nextToken(view, pos.t), state);
}

const EMPTY: MatchState = { bindings: undefined, gapTokens: 0 };

/** The first match of a pattern starting at token t, or undefined. */
export function matchAt(ctx: MatchContext, elements: readonly PatternElement[], t: number): SequenceMatch | undefined {
  ctx.first = t;
  ctx.found = undefined;
  step(ctx, framesOf(elements), { t, c: tokenStart(ctx.view, t) }, EMPTY);
  return ctx.found;
}
