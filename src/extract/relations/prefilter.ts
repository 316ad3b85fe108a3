// Cheap tests that rule out a rule for a sentence (a required cue word or entity type is missing)
// or for a start token (the first element cannot match there), before the pattern engine runs.
// They only ever say "cannot match"; a true answer still goes through the matcher.

import type { EntityType } from '../../types.js';
import { DETERMINERS } from '../model/relation-cues.js';
import type { PatternElement, SequenceRule } from './pattern-types.js';
import type { SentenceView } from './sentence-view.js';
import { cueSet, literalSet } from './word-sets.js';
import type { WordSet } from './word-sets.js';

interface Requirements {
  words: WordSet[];
  types: Array<readonly EntityType[]>;
}

const DET = new Set(DETERMINERS);
const requirements = new WeakMap<SequenceRule, Requirements>();
interface SentenceFacts {
  forms: string[];
  types: Set<EntityType>;
  hits: Map<WordSet, boolean>;
}
const sentenceFacts = new WeakMap<SentenceView, SentenceFacts>();

function setOf(el: PatternElement, lang: SequenceRule['lang']): WordSet | undefined {
  if ('cue' in el && el.cue) return cueSet(el.cue, lang);
  if ('words' in el && el.words) return literalSet(el.words);
  return undefined;
}

function requirementsOf(rule: SequenceRule): Requirements {
  let req = requirements.get(rule);
  if (!req) {
    req = { words: [], types: [] };
    for (const el of rule.pattern) {
      const set = setOf(el, rule.lang);
      if (set) req.words.push(set);
      if ('slot' in el) req.types.push(el.types);
    }
    requirements.set(rule, req);
  }
  return req;
}

/** Every token's lowercase form (plus the parts of hyphen compounds) and the mentioned types. */
function factsOf(view: SentenceView): SentenceFacts {
  let facts = sentenceFacts.get(view);
  if (!facts) {
    const forms: string[] = [];
    for (const t of view.tokens) {
      forms.push(t.lower);
      if (t.lower.includes('-')) forms.push(...t.lower.split('-').slice(1));
    }
    const types = new Set<EntityType>();
    for (const list of view.mentionsAt) for (const m of list) types.add(m.type);
    facts = { forms, types, hits: new Map() };
    sentenceFacts.set(view, facts);
  }
  return facts;
}

// Plain loops below, no closures: these run for every rule, sentence and token.
function hasWord(facts: SentenceFacts, set: WordSet): boolean {
  let hit = facts.hits.get(set);
  if (hit === undefined) {
    hit = false;
    for (const f of facts.forms) if (set.has(f)) { hit = true; break; }
    facts.hits.set(set, hit);
  }
  return hit;
}

function anyType(types: readonly EntityType[], present: Set<EntityType>): boolean {
  for (const t of types) if (present.has(t)) return true;
  return false;
}

export function mayMatch(rule: SequenceRule, view: SentenceView): boolean {
  const req = requirementsOf(rule);
  const facts = factsOf(view);
  for (const types of req.types) if (!anyType(types, facts.types)) return false;
  for (const set of req.words) if (!hasWord(facts, set)) return false;
  return true;
}

function mentionAt(view: SentenceView, i: number, types: readonly EntityType[]): boolean {
  for (const m of view.mentionsAt[i] ?? []) if (types.includes(m.type)) return true;
  return false;
}

export function mayStartAt(rule: SequenceRule, view: SentenceView, t: number): boolean {
  const first = rule.pattern[0];
  const token = view.tokens[t];
  if (!first || !token) return false;
  if ('slot' in first) {
    return mentionAt(view, t, first.types) || (DET.has(token.lower) && mentionAt(view, t + 1, first.types));
  }
  if ('role' in first) return view.rolesAt[t]!.length > 0 || (DET.has(token.lower) && (view.rolesAt[t + 1]?.length ?? 0) > 0);
  const set = setOf(first, rule.lang);
  return set ? set.has(token.lower) : true;
}
