// Editions of recurring events: a year right after the event's name ("Olympische Winterspiele 2034",
// "WM 2030", "World Cup 2030") or, as English writes it, right before ("the 2030 World
// Cup") names one edition, a different event from the series and from other editions: "2034 Winter
// Olympics". Bare words that name an event only together with a year ("WM", "Weltmeisterschaft",
// "World Cup", "EM", "Expo") become an edition too; alone they stay unnamed (any sport has a world cup).

import type { Sentence, Token } from '../pipeline-types.js';
import { refFor, type AnalysisContext } from './context.js';
import { defineTrigger } from './word-info.js';

const YEAR = /^(?:19|20)\d{2}$/;

/** Lowercased words (one or two tokens) that name an event series only when a year comes with them. */
const BARE_SERIES: ReadonlyMap<string, string> = new Map([
  ['wm', 'World Cup'],
  ['weltmeisterschaft', 'World Cup'],
  ['world cup', 'World Cup'],
  ['em', 'European Championship'],
  ['europameisterschaft', 'European Championship'],
  ['european championship', 'European Championship'],
  ['expo', 'World Expo'],
]);

/** The first words of BARE_SERIES' keys: a token that starts none of them starts no bare series. */
const SERIES_STARTS: ReadonlySet<string> = new Set([...BARE_SERIES.keys()].map((key) => key.split(' ')[0]!));

/** A year token: only sentences with one can hold an edition. */
const T_YEAR = defineTrigger((w) => YEAR.test(w.text));

function yearAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'number' && YEAR.test(t.text) ? t.text : undefined;
}

function addEdition(ctx: AnalysisContext, s: Sentence, from: number, to: number, name: string): void {
  ctx.set.removeInside(s.index, from, to);
  ctx.set.add(refFor(ctx, 'Event', name), s.index, from, to, 'pattern', { confidence: 0.85 });
}

export function findEditions(ctx: AnalysisContext): void {
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_YEAR) === 0) continue;
    const tokens = s.tokens;
    // Known series (knowledge-base events).
    const known = ctx.set.inSentence(s.index).filter((m) => m.type === 'Event' && m.via.startsWith('kb-'));
    for (const m of known) {
      const after = yearAt(tokens, m.tokenEnd);
      const before = after ? undefined : yearAt(tokens, m.tokenStart - 1);
      const year = after ?? before;
      if (!year) continue;
      const from = before ? m.tokenStart - 1 : m.tokenStart;
      const to = after ? m.tokenEnd + 1 : m.tokenEnd;
      if (ctx.set.inSentence(s.index).some((o) => o !== m && o.tokenStart < to && o.tokenEnd > from)) continue;
      addEdition(ctx, s, from, to, `${year} ${m.name}`);
    }
    // Bare series words with a year.
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.upper || !SERIES_STARTS.has(tokens[i]!.lower)) continue;
      for (const width of [2, 1]) {
        if (i + width > tokens.length) continue;
        const key = width === 1 ? tokens[i]!.lower : `${tokens[i]!.lower} ${tokens[i + 1]!.lower}`;
        const series = BARE_SERIES.get(key);
        if (!series) continue;
        const after = yearAt(tokens, i + width);
        const before = after ? undefined : yearAt(tokens, i - 1);
        const year = after ?? before;
        const from = before ? i - 1 : i;
        const to = after ? i + width + 1 : i + width;
        if (!year || ctx.set.anyTaken(s.index, from, to)) continue;
        addEdition(ctx, s, from, to, `${year} ${series}`);
        break;
      }
    }
  }
}
