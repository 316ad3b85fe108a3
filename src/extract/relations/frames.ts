// Sequence patterns compiled for the pattern engine (matcher.ts): each element becomes a frame of one
// shape per kind with its defaults filled in and its word set looked up in the word index, linked to
// the frame that follows it. Compiled once per pattern and rule language.

import type { PatternElement, RoleElement, SlotElement } from './pattern-types.js';
import { cueSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';
import { wordSetId } from './word-index.js';

const NO_WORDS: readonly string[] = [];

/** The language a pattern is compiled for (a rule's lang). */
type FrameLang = 'de' | 'en' | 'any';

export const PASS = 0;
export const SLOT = 1;
export const GAP = 2;
export const ROLE = 3;
export const OPT = 4;
export const NOT = 5;
export const PUNCT = 6;
export const WORD = 7;

/** A gap element compiled: its width, and which tokens it may cross (see gapBlocked in matcher.ts). */
export interface GapFrame {
  gap: number;
  commas: boolean;
  skipAll: boolean;
  /** The name types it may skip (unless skipAll). */
  skip: readonly string[];
}

/** A slot element with its defaults filled in. */
type SlotFrame = Required<Omit<SlotElement, 'via' | 'endsWith'>> & Pick<SlotElement, 'via' | 'endsWith'>;
/** A role element, every field present. */
type RoleFrame = Required<Pick<RoleElement, 'role'>> & Pick<RoleElement, 'bind' | 'except'>;

/**
 * A pattern compiled into continuation frames, once per pattern and language: element i of a list,
 * then `next` (element i + 1, or what follows the list: the rest of the enclosing pattern, or the
 * end). The frame after the last element (PASS) has no element, so each step counts as one call did before.
 * Every frame has every field, and each element's fields are copied into the frame itself with
 * their defaults filled in (a slot's, a gap's, a role's): the rules write elements in many shapes,
 * and the hot path then reads fields of a single shape, from the frame it already holds, instead
 * of following a pointer to the element.
 */
export interface Frame extends SlotFrame, GapFrame, RoleFrame {
  kind: number;
  next: Frame | undefined;
  /** For an optional group: its first frame, continuing with `next`. */
  inner: Frame | undefined;
  /** For a word element: its set and the set's id in the word index (-1: not indexed). */
  set: WordSet | undefined;
  setId: number;
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

const NO_TYPES: Frame['types'] = [];
const NO_ROLES: Frame['role'] = [];

function frameOf(el: PatternElement | undefined, kind: number, next: Frame | undefined): Frame {
  const frame: Frame = {
    kind,
    next,
    inner: undefined,
    set: undefined,
    setId: -1,
    slot: '',
    types: NO_TYPES,
    form: 'name',
    list: false,
    min: 1,
    bare: false,
    whole: false,
    via: undefined,
    endsWith: undefined,
    gap: 0,
    commas: false,
    skipAll: false,
    skip: NO_WORDS,
    role: NO_ROLES,
    bind: undefined,
    except: undefined,
    marks: NO_WORDS,
  };
  if (el === undefined) return frame;
  if ('slot' in el) {
    frame.slot = el.slot;
    frame.types = el.types;
    frame.form = el.form ?? 'name';
    frame.list = el.list ?? false;
    frame.min = el.min ?? 1;
    frame.bare = el.bare ?? false;
    frame.whole = el.whole ?? false;
    frame.via = el.via;
    frame.endsWith = el.endsWith;
  } else if ('gap' in el) {
    const skip = el.skip ?? [];
    frame.gap = el.gap;
    frame.commas = el.commas ?? false;
    frame.skipAll = skip === 'all';
    frame.skip = skip === 'all' ? [] : skip;
  } else if ('role' in el) {
    frame.role = el.role;
    frame.bind = el.bind;
    frame.except = el.except;
  } else if ('not' in el) {
    frame.marks = el.not;
    if (el.types) frame.types = el.types;
  }
  else if ('punct' in el) frame.marks = el.punct;
  return frame;
}

function compile(elements: readonly PatternElement[], after: Frame | undefined, lang: FrameLang): Frame {
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
export function framesOf(elements: readonly PatternElement[], lang: FrameLang): Frame {
  const cache = compiled[lang];
  let frame = cache.get(elements);
  if (!frame) {
    frame = compile(elements, undefined, lang);
    cache.set(elements, frame);
  }
  return frame;
}
