// The pattern engine: matches one sequence pattern at one start token of a sentence, by depth-first
// search with bounded gaps and a step budget (no backtracking explosions). A position is a token
// index t plus a character offset c, so a pattern can continue inside a hyphen compound ("SOZ-Mitglied").
// Hot path: positions and match state travel as plain arguments (no objects per step), and a cue word
// at a token's start is tested by word-set id against the sentence's precomputed token sets. The
// patterns come compiled into continuation frames (frames.ts).

import type { EntityType } from '../../types.js';
import type { Mention, RoleCategory } from '../pipeline-types.js';
import type { PatternElement } from './pattern-types.js';
import { CLAUSE_BREAKS, GAP_STOPS } from '../model/relation-cues.js';
import { nameOver, namesOverAt, tokenIn, tokenWords } from './sentence-view.js';
import { afterC, afterT, atStart, beginsAt, detAt, extendList, mayExtend, restForm, takes, tokenStart } from './slot-candidates.js';
import type { SentenceView } from './sentence-view.js';
import { GAP, NOT, OPT, PASS, PUNCT, ROLE, SLOT, WORD, framesOf } from './frames.js';
import type { Frame, GapFrame } from './frames.js';

export { framesOf } from './frames.js';
export type { Frame } from './frames.js';

/**
 * Bound slots and roles as a persistent list (one small object per binding, no copying). Every
 * binding is made with all five fields, in this order (see bind): one object shape for the readers.
 */
export interface Binding {
  name: string;
  items?: readonly Mention[];
  /** A slot bound to a single mention (its items array is made only if the match is used). */
  one?: Mention;
  category?: RoleCategory;
  next: Binding | undefined;
}

export interface MatchState {
  bindings: Binding | undefined;
  gapTokens: number;
}

export function slotItems(state: MatchState, name: string): readonly Mention[] {
  for (let b = state.bindings; b; b = b.next) {
    if (b.name !== name) continue;
    if (b.items) return b.items;
    if (b.one) return [b.one];
  }
  return [];
}

/** The one mention bound to the slot when slotItems(state, name) is that mention alone as `one`; else undefined. */
export function slotOne(state: MatchState, name: string): Mention | undefined {
  for (let b = state.bindings; b; b = b.next) {
    if (b.name !== name) continue;
    if (b.items) return undefined;
    if (b.one) return b.one;
  }
  return undefined;
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
  /** Set by matchAt: the start token and the first complete match; the last pattern and its frames. */
  first?: number;
  pattern?: readonly PatternElement[];
  frame?: Frame;
  found?: SequenceMatch;
}

const BREAKS = tokenWords(CLAUSE_BREAKS);
const STOPS = tokenWords(GAP_STOPS);
const NO_MENTIONS: readonly Mention[] = [];

function bind(b: Binding | undefined, slot: string, items: readonly Mention[] | undefined, one: Mention | undefined, category: RoleCategory | undefined): Binding {
  return { name: slot, items, one, category, next: b };
}

/** Tries the slot's mentions of token t at (t, c), in order; the continuation is k.next. */
function slotFrom(ctx: MatchContext, k: Frame, t: number, c: number, b: Binding | undefined, g: number): boolean {
  const { view } = ctx;
  const form = k.form;
  const min = k.min;
  for (const m of view.mentionsAt[t] ?? NO_MENTIONS) {
    if (!takes(view, k, form, t, c, m)) continue;
    // A list that cannot go on after its first item is that item alone: bound as one mention, no lists made.
    if (!k.list || !mayExtend(view, m)) {
      if (min > 1) continue;
      const at = afterT(view, m.end, m.tokenEnd - 1);
      const next = k.next;
      // A cue word right after the slot: tested before the binding is made (see wordStep).
      if (next !== undefined && next.kind === WORD) {
        if (wordStep(ctx, next, at, afterC(view, at, m.end)) && step(ctx, next.next, at + 1, tokenStart(view, at + 1), bind(b, k.slot, undefined, m, undefined), g)) return true;
      } else if (step(ctx, next, at, afterC(view, at, m.end), bind(b, k.slot, undefined, m, undefined), g)) return true;
      continue;
    }
    for (const items of extendList(view, k, m)) {
      if (items.length < min) continue;
      const tail = items[items.length - 1]!;
      const end = tail.end;
      const at = afterT(view, end, tail.tokenEnd - 1);
      if (step(ctx, k.next, at, afterC(view, at, end), bind(b, k.slot, items, undefined, undefined), g)) return true;
    }
  }
  return false;
}

function matchSlot(ctx: MatchContext, k: Frame, t: number, c: number, b: Binding | undefined, g: number): boolean {
  if (slotFrom(ctx, k, t, c, b, g)) return true;
  const { view } = ctx;
  return !k.bare && detAt(view, t, c) && slotFrom(ctx, k, t + 1, tokenStart(view, t + 1), b, g);
}

/** Does a name of one of these types start at token t? */
function nameStartsAt(view: SentenceView, t: number, types: readonly EntityType[]): boolean {
  const start = view.tokens[t]!.start;
  if (!view.crowded) {
    const m = nameOver(view, t);
    return m !== undefined && m.start === start && types.includes(m.type);
  }
  for (const m of namesOverAt(view, t)) if (m.start === start && types.includes(m.type)) return true;
  return false;
}

/** Does a gap stop before (t, c): a stop or clause break, a comma (unless it may cross commas), a name it may not skip? */
function gapBlocked(view: SentenceView, el: GapFrame, t: number, c: number): boolean {
  const token = view.tokens[t];
  if (!token) return true;
  if (c !== token.start) return false;
  // GAP_STOPS are punctuation, whose lowercase form is the text itself; otherwise ask the text.
  if ((token.text === token.lower ? tokenIn(view, t, STOPS) : STOPS.set.has(token.text)) || tokenIn(view, t, BREAKS)) {
    // The dots of "U.S." inside a name the gap may skip are no stop.
    if (token.text !== '.' || el.skipAll || el.skip.length === 0) return true;
    const m = view.crowded ? namesOverAt(view, t)[0] : nameOver(view, t);
    return m === undefined || m.start >= token.start || !el.skip.includes(m.type);
  }
  if (token.text === ',' && !el.commas) return true;
  if (el.skipAll) return false;
  if (!view.crowded) {
    const m = nameOver(view, t);
    return m !== undefined && !el.skip.includes(m.type);
  }
  for (const m of namesOverAt(view, t)) if (!el.skip.includes(m.type)) return true;
  return false;
}

function matchGap(ctx: MatchContext, k: Frame, t0: number, c0: number, b: Binding | undefined, g: number): boolean {
  const { view } = ctx;
  const next = k.next;
  // Most gaps end in a cue word, which fails at most positions: tested here, as step() would (one
  // step each, the budget checked first), without a call of step per position.
  const word = next !== undefined && next.kind === WORD;
  let t = t0;
  let c = c0;
  for (let n = 0; n <= k.gap; n++) {
    if (word) {
      if (wordStep(ctx, next, t, c) && step(ctx, next.next, t + 1, tokenStart(view, t + 1), b, g + n)) return true;
    } else if (step(ctx, next, t, c, b, g + n)) return true;
    if (gapBlocked(view, k, t, c)) return false;
    t += 1;
    c = tokenStart(view, t);
  }
  return false;
}

function rolesFrom(ctx: MatchContext, k: Frame, t: number, c: number, b: Binding | undefined, g: number): boolean {
  const { view } = ctx;
  const inside = !atStart(view, t, c);
  for (const r of view.rolesAt[t] ?? []) {
    // A role cue may also span the compound we are inside: "US-Präsident", "Aramco-Chef".
    const covers = inside && r.start < c && r.end > c;
    if (!(covers || beginsAt(view, t, c, r.start)) || !k.role.includes(r.category) || k.except?.includes(r.role)) continue;
    const next = k.bind ? bind(b, k.bind, undefined, undefined, r.category) : b;
    const at = afterT(view, r.end, r.tokenEnd - 1);
    if (step(ctx, k.next, at, afterC(view, at, r.end), next, g)) return true;
  }
  return false;
}

function matchRole(ctx: MatchContext, k: Frame, t: number, c: number, b: Binding | undefined, g: number): boolean {
  if (rolesFrom(ctx, k, t, c, b, g)) return true;
  const { view } = ctx;
  return detAt(view, t, c) && rolesFrom(ctx, k, t + 1, tokenStart(view, t + 1), b, g);
}

function matchWord(ctx: MatchContext, k: Frame, t: number, c: number): boolean {
  const { view } = ctx;
  const token = view.tokens[t];
  if (!token) return false;
  if (c !== token.start) return k.set!.has(restForm(view, t, c));
  const sets = view.sets;
  return sets && k.setId >= 0 ? sets[t]!.includes(k.setId) : k.set!.has(token.lower);
}

/**
 * step(ctx, k, t, c, ...) for a word frame k up to the call of its continuation: counts the step,
 * and true when the budget allows it and the word is there (then continue with k.next at the next
 * token). Callers whose next frame is a word test it so, without a call of step (or a binding made)
 * for each position where it fails.
 */
function wordStep(ctx: MatchContext, k: Frame, t: number, c: number): boolean {
  return ++ctx.steps <= ctx.budget && matchWord(ctx, k, t, c);
}

/**
 * Continues with frame k at (t, c): one step of the search, or the end of the pattern (a match).
 * A frame whose only continuation is the next frame (pass, not, punct, word, an optional group's
 * second way) goes on in this loop rather than by a call of its own: each frame is counted as one
 * step all the same, at the top of the loop, as a call of step would count it.
 */
function step(ctx: MatchContext, frame: Frame | undefined, t0: number, c0: number, b: Binding | undefined, g: number): boolean {
  let k = frame;
  let t = t0;
  let c = c0;
  for (;;) {
    if (!k) {
      const lastToken = atStart(ctx.view, t, c) || t >= ctx.view.tokens.length ? t - 1 : t;
      ctx.found = { bindings: b, gapTokens: g, firstToken: ctx.first ?? 0, lastToken };
      return true;
    }
    if (++ctx.steps > ctx.budget) return false;
    switch (k.kind) {
      case PASS:
        break;
      case SLOT:
        return matchSlot(ctx, k, t, c, b, g);
      case GAP:
        return matchGap(ctx, k, t, c, b, g);
      case ROLE:
        return matchRole(ctx, k, t, c, b, g);
      case OPT:
        if (step(ctx, k.inner, t, c, b, g)) return true;
        break;
      case NOT: {
        const token = ctx.view.tokens[t];
        if (!!token && c === token.start && k.marks.includes(token.lower)) return false;
        if (k.types.length > 0 && !!token && c === token.start && nameStartsAt(ctx.view, t, k.types)) return false;
        break;
      }
      case PUNCT: {
        const token = ctx.view.tokens[t];
        if (!(!!token && c === token.start && k.marks.includes(token.text))) return false;
        t += 1;
        c = tokenStart(ctx.view, t);
        break;
      }
      default:
        if (!matchWord(ctx, k, t, c)) return false;
        t += 1;
        c = tokenStart(ctx.view, t);
    }
    k = k.next;
  }
}

/** matchAt with the pattern's frames already at hand (framesOf). */
export function matchFrom(ctx: MatchContext, frame: Frame, t: number): SequenceMatch | undefined {
  ctx.first = t;
  ctx.found = undefined;
  step(ctx, frame, t, tokenStart(ctx.view, t), undefined, 0);
  return ctx.found;
}

/** The first match of a pattern starting at token t, or undefined. */
export function matchAt(ctx: MatchContext, elements: readonly PatternElement[], t: number): SequenceMatch | undefined {
  ctx.first = t;
  ctx.found = undefined;
  if (ctx.pattern !== elements || !ctx.frame) {
    ctx.pattern = elements;
    ctx.frame = framesOf(elements, ctx.lang);
  }
  step(ctx, ctx.frame, t, tokenStart(ctx.view, t), undefined, 0);
  return ctx.found;
}
