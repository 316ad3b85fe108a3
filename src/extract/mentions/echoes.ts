// A name found once from its context ("Norwegian telecoms group Telenor", "the Homeland Movement")
// is a name in the whole document: its other occurrences (the same words, capitalised, not part of
// another mention) are mentions of it too. People are left to surname resolution (persons.ts);
// knowledge-base names are found everywhere already.

import type { EntityType } from '../../types.js';
import type { Sentence } from '../pipeline-types.js';
import type { EntityRef } from './mention-set.js';
import { UPPER_STRIDE, isNameWord, upperWordTokens, type AnalysisContext } from './context.js';
import { PATHOGEN_WORDS } from './places.js';

const ECHO_TYPES: ReadonlySet<EntityType> = new Set(['Organization', 'Event', 'Work', 'Award', 'Location', 'Region', 'City']);

interface Echo {
  ref: EntityRef;
  words: string[];
  /** Found from its form or a descriptor ('pattern'), or only guessed from a preposition ('context'). */
  strong: boolean;
}

function wordsOf(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(s.tokens[k]!.text);
  return out;
}

export function findEchoes(ctx: AnalysisContext): void {
  // First word -> the names starting with it; a text two entities were given is nobody's.
  const byFirst = new Map<string, Echo[]>();
  const seen = new Map<string, Echo | null>();
  for (const s of ctx.sentences) {
    for (const m of ctx.set.inSentence(s.index)) {
      if ((m.via !== 'pattern' && m.via !== 'context') || !ECHO_TYPES.has(m.type) || m.tokenEnd <= m.tokenStart) continue;
      // One word must look like a name wherever it stands (not a common noun that opened a sentence).
      if (m.tokenEnd - m.tokenStart === 1 && !isNameWord(ctx, s, m.tokenStart)) continue;
      if (!s.tokens[m.tokenStart]!.upper) continue;
      const words = wordsOf(s, m.tokenStart, m.tokenEnd);
      const key = words.join(' ');
      const before = seen.get(key);
      const echo: Echo = { ref: { id: m.entityId, name: m.name, type: m.type }, words, strong: m.via === 'pattern' };
      // A stronger finding wins over a guess ("group Vandrell" over "in Vandrell"); two equal ones cancel.
      if (before === undefined || (before && echo.strong && !before.strong)) seen.set(key, echo);
      else if (before && before.ref.id !== m.entityId && before.strong === echo.strong) seen.set(key, null);
    }
  }
  for (const echo of seen.values()) {
    if (!echo) continue;
    const list = byFirst.get(echo.words[0]!);
    if (list) list.push(echo);
    else byFirst.set(echo.words[0]!, [echo]);
  }
  if (byFirst.size === 0) return;
  // Every capitalised word token, in text order (the only tokens an echo can start at).
  const upper = upperWordTokens(ctx);
  for (let u = 0; u < upper.length; u += UPPER_STRIDE) {
    const s = ctx.sentences[upper[u]!]!;
    const i = upper[u + 1]!;
    const tokens = s.tokens;
    const t = tokens[i]!;
    const candidates = byFirst.get(t.text);
    if (!candidates) continue;
    for (const { ref, words, strong } of candidates) {
      const to = i + words.length;
      if (to > tokens.length) continue;
      let same = true;
      for (let k = 1; k < words.length && same; k++) same = tokens[i + k]!.text === words[k];
      if (!same || (words.length === 1 && !isNameWord(ctx, s, i))) continue;
      // "Marburg virus": a place's name inside a disease's name is no mention of the place (places.ts).
      if ((ref.type === 'City' || ref.type === 'Region') && PATHOGEN_WORDS.has(tokens[to]?.lower ?? '')) continue;
      if (ctx.set.anyTaken(s.index, i, to)) {
        // Only a weaker guess over exactly these words gives way ("in Vandrell" guessed a city).
        const here = ctx.set.inSentence(s.index).filter((m) => m.tokenStart < to && m.tokenEnd > i);
        const guess = here.length === 1 ? here[0]! : undefined;
        if (!strong || !guess || guess.via !== 'context' || guess.tokenStart !== i || guess.tokenEnd !== to || guess.entityId === ref.id) continue;
        ctx.set.removeInside(s.index, i, to);
      }
      ctx.set.add(ref, s.index, i, to, 'pattern', { confidence: 0.8 });
      break;
    }
  }
}
