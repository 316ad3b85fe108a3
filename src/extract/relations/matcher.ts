// The pattern engine: matches one sequence pattern at one start token of a sentence, by depth-first
// search with bounded gaps and a step budget (no backtracking explosions). A position is a token
// index t plus a character offset c, so a pattern can continue inside a hyphen compound ("SOZ-Mitglied").
// Hot path: positions and match state travel as plain arguments (no objects per step), and a cue word
// at a token's start is tested by word-set id against the sentence's precomputed token sets.

import type { Mention, RoleCategory } from '../pipeline-types.js';
import type { GapElement, PatternElement, RoleElement, SlotElement } from './pattern-types.js';
import { CLAUSE_BREAKS, GAP_STOPS } from '../model/relation-cues.js';
import { namesOverAt, tokenIn, tokenWords } from './sentence-view.js';
import { afterC, afterT, atStart, beginsAt, detAt, extendList, mayExtend, restForm, takes, tokenStart } from './slot-candidates.js';
import type { SentenceView } from './sentence-view.js';
import { cueSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';
import { wordSetId } from './word-index.js';

/** Bound slots and roles as a persistent list (one small object per binding, no copying). */
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

const PASS = 0;
const SLOT = 1;
const GAP = 2;
const ROLE = 3;
const OPT = 4;
const NOT = 5;
const PUNCT = 6;
const WORD = 7;

/**
 * A pattern compiled into continuation frames, once per pattern and language: element i of a list,
 * then `next` (element i + 1, or what follows the list: the rest of the enclosing pattern, or the
 * end). The frame after the last element (PASS) has no element, so each step counts as one call did before.
 * Every frame has every field, and each element is copied into a record of one shape per kind with
 * its defaults filled in: the rules write elements in many shapes, and the hot path then reads
 * fields of a single shape instead of many.
 */
export interface Frame {
  kind: number;
  next: Frame | undefined;
  /** For an optional group: its first frame, continuing with `next`. */
  inner: Frame | undefined;
  /** For a word element: its set and the set's id in the word index (-1: not indexed). */
  set: WordSet | undefined;
  setId: number;
  slot: Required<Omit<SlotElement, 'via' | 'endsWith'>> & Pick<SlotElement, 'via' | 'endsWith'>;
  gap: GapFrame;
  role: RoleElement;
  /** For punct and not elements: their list. */
  marks: readonly string[];
}

function kindOf(el: PatternElement): number {
  if ('slot' in el) return SLOT;
  if ('gap' in el) return GAP;
  if ('role' in el) return ROLE;
  if ('opt' in el) return OPT;
  if ('not' in el) return NOT;
  if ('punct' in el) return PUNCT;
  return WORD;
}

const NO_SLOT: Frame['slot'] = { slot: '', types: [], form: 'name', list: false, min: 1, bare: false, via: undefined, endsWith: undefined };
/** A gap element compiled: its width, and which tokens it may cross (see gapBlocked). */
interface GapFrame {
  gap: number;
  commas: boolean;
  skipAll: boolean;
  /** The name types it may skip (unless skipAll). */
  skip: readonly string[];
}

const NO_GAP: GapFrame = { gap: 0, commas: false, skipAll: false, skip: [] };
const NO_ROLE: RoleElement = { role: [], bind: undefined, except: undefined };

function gapFrame(el: GapElement): GapFrame {
  const skip = el.skip ?? [];
  return { gap: el.gap, commas: el.commas ?? false, skipAll: skip === 'all', skip: skip === 'all' ? [] : skip };
}

function frameOf(el: PatternElement | undefined, kind: number, next: Frame | undefined): Frame {
  const frame: Frame = { kind, next, inner: undefined, set: undefined, setId: -1, slot: NO_SLOT, gap: NO_GAP, role: NO_ROLE, marks: NO_WORDS };
  if (el === undefined) return frame;
  if ('slot' in el) {
    frame.slot = { slot: el.slot, types: el.types, form: el.form ?? 'name', list: el.list ?? false, min: el.min ?? 1, bare: el.bare ?? false, via: el.via, endsWith: el.endsWith };
  } else if ('gap' in el) frame.gap = gapFrame(el);
  else if ('role' in el) frame.role = { role: el.role, bind: el.bind, except: el.except };
  else if ('not' in el) frame.marks = el.not;
  else if ('punct' in el) frame.marks = el.punct;
  return frame;
}

function compile(elements: readonly PatternElement[], after: Frame | undefined, lang: MatchContext['lang']): Frame {
  let frame: Frame = frameOf(undefined, PASS, after);
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    const kind = kindOf(el);
    const next = frame;
    frame = frameOf(el, kind, next);
    if ('opt' in el) frame.inner = compile(el.opt, next, lang);
    if (kind === WORD && !('opt' in el)) {
      const set = 'cue' in el && el.cue ? cueSet(el.cue, lang) : literalSet(('words' in el ? el.words : undefined) ?? NO_WORDS);
      frame.set = set;
      frame.setId = wordSetId(set) ?? -1;
    }
  }
  return frame;
}

const compiled = { de: new WeakMap<readonly PatternElement[], Frame>(), en: new WeakMap<readonly PatternElement[], Frame>(), any: new WeakMap<readonly PatternElement[], Frame>() };

/** The compiled frames of a pattern for a rule language (memoised per pattern): hand them to matchFrom. */
export function framesOf(elements: readonly PatternElement[], lang: MatchContext['lang']): Frame {
  const cache = compiled[lang];
  let frame = cache.get(elements);
  if (!frame) {
    frame = compile(elements, undefined, lang);
    cache.set(elements, frame);
  }
  return frame;
}

const BREAKS = tokenWords(CLAUSE_BREAKS);
const STOPS = tokenWords(GAP_STOPS);
const NO_WORDS: readonly string[] = [];
const NO_MENTIONS: readonly Mention[] = [];

function bind(b: Binding | undefined, slot: string, items: readonly Mention[]): Binding {
  return { name: slot, items, next: b };
}

/** Tries the slot's mentions of token t at (t, c), in order; the continuation is k.next. */
function slotFrom(ctx: MatchContext, k: Frame, el: Frame['slot'], t: number, c: number, b: Binding | undefined, g: number): boolean {
  const { view } = ctx;
  const form = el.form;
  const min = el.min;
  for (const m of view.mentionsAt[t] ?? NO_MENTIONS) {
    if (!takes(view, el, form, t, c, m)) continue;
    // A list that cannot go on after its first item is that item alone: bound as one mention, no lists made.
    if (!el.list || !mayExtend(view, m)) {
      if (min > 1) continue;
      const at = afterT(view, m.end, m.tokenEnd - 1);
      if (step(ctx, k.next, at, afterC(view, at, m.end), { name: el.slot, one: m, next: b }, g)) return true;
      continue;
    }
    for (const items of extendList(view, el, m)) {
      if (items.length < min) continue;
      const tail = items[items.length - 1]!;
      const end = tail.end;
      const at = afterT(view, end, tail.tokenEnd - 1);
      if (step(ctx, k.next, at, afterC(view, at, end), bind(b, el.slot, items), g)) return true;
    }
  }
  return false;
}

function matchSlot(ctx: MatchContext, k: Frame, t: number, c: number, b: Binding | undefined, g: number): boolean {
  const el = k.slot;
  if (slotFrom(ctx, k, el, t, c, b, g)) return true;
  const { view } = ctx;
  return !el.bare && detAt(view, t, c) && slotFrom(ctx, k, el, t + 1, tokenStart(view, t + 1), b, g);
}

/** Does a gap stop before (t, c): a stop or clause break, a comma (unless it may cross commas), a name it may not skip? */
function gapBlocked(view: SentenceView, el: GapFrame, t: number, c: number): boolean {
  const token = view.tokens[t];
  if (!token) return true;
  if (c !== token.start) return false;
  // GAP_STOPS are punctuation, whose lowercase form is the text itself; otherwise ask the text.
  if ((token.text === token.lower ? tokenIn(view, t, STOPS) : STOPS.set.has(token.text)) || tokenIn(view, t, BREAKS)) return true;
  if (token.text === ',' && !el.commas) return true;
  if (el.skipAll) return false;
  for (const m of namesOverAt(view, t)) if (!el.skip.includes(m.type)) return true;
  return false;
}

function matchGap(ctx: MatchContext, k: Frame, t0: number, c0: number, b: Binding | undefined, g: number): boolean {
  const el = k.gap;
  const { view } = ctx;
  let t = t0;
  let c = c0;
  for (let n = 0; n <= el.gap; n++) {
    if (step(ctx, k.next, t, c, b, g + n)) return true;
    if (gapBlocked(view, el, t, c)) return false;
    t += 1;
    c = tokenStart(view, t);
  }
  return false;
}

function rolesFrom(ctx: MatchContext, k: Frame, el: RoleElement, t: number, c: number, b: Binding | undefined, g: number): boolean {
  const { view } = ctx;
  const inside = !atStart(view, t, c);
  for (const r of view.rolesAt[t] ?? []) {
    // A role cue may also span the compound we are inside: "US-Präsident", "Aramco-Chef".
    const covers = inside && r.start < c && r.end > c;
    if (!(covers || beginsAt(view, t, c, r.start)) || !el.role.includes(r.category) || el.except?.includes(r.role)) continue;
    const next = el.bind ? { name: el.bind, category: r.category, next: b } : b;
    const at = afterT(view, r.end, r.tokenEnd - 1);
    if (step(ctx, k.next, at, afterC(view, at, r.end), next, g)) return true;
  }
  return false;
}

function matchRole(ctx: MatchContext, k: Frame, t: number, c: number, b: Binding | undefined, g: number): boolean {
  const el = k.role;
  if (rolesFrom(ctx, k, el, t, c, b, g)) return true;
  const { view } = ctx;
  return detAt(view, t, c) && rolesFrom(ctx, k, el, t + 1, tokenStart(view, t + 1), b, g);
}

function matchWord(ctx: MatchContext, k: Frame, t: number, c: number): boolean {
  const { view } = ctx;
  const token = view.tokens[t];
  if (!token) return false;
  if (c !== token.start) return k.set!.has(restForm(view, t, c));
  const sets = view.sets;
  return sets && k.setId >= 0 ? sets[t]!.includes(k.setId) : k.set!.has(token.lower);
}

/** Continues with frame k at (t, c): one step of the search, or the end of the pattern (a match). */
function step(ctx: MatchContext, k: Frame | undefined, t: number, c: number, b: Binding | undefined, g: number): boolean {
  if (!k) {
    const lastToken = atStart(ctx.view, t, c) || t >= ctx.view.tokens.length ? t - 1 : t;
    ctx.found = { bindings: b, gapTokens: g, firstToken: ctx.first ?? 0, lastToken };
    return true;
  }
  if (++ctx.steps > ctx.budget) return false;
  switch (k.kind) {
    case PASS:
      return step(ctx, k.next, t, c, b, g);
    case SLOT:
      return matchSlot(ctx, k, t, c, b, g);
    case GAP:
      return matchGap(ctx, k, t, c, b, g);
    case ROLE:
      return matchRole(ctx, k, t, c, b, g);
    case OPT:
      return step(ctx, k.inner, t, c, b, g) || step(ctx, k.next, t, c, b, g);
    case NOT: {
      const token = ctx.view.tokens[t];
      const blocked = !!token && c === token.start && k.marks.includes(token.lower);
      return !blocked && step(ctx, k.next, t, c, b, g);
    }
    case PUNCT: {
      const token = ctx.view.tokens[t];
      return !!token && c === token.start && k.marks.includes(token.text) && step(ctx, k.next, t + 1, tokenStart(ctx.view, t + 1), b, g);
    }
    default:
      return matchWord(ctx, k, t, c) && step(ctx, k.next, t + 1, tokenStart(ctx.view, t + 1), b, g);
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
