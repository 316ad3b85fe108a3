// German town adjectives as mentions of their town ("der Münchner Autobauer BMW" -> Munich), the way
// "kasachische" is a mention of Kazakhstan. Only before a capitalised word (the noun they describe)
// and not right after a name word ("Miriam Haller", "Peter Berliner" are people), and only where no
// other finder took the word: "Leipziger Buchmesse" and "Frankfurter Allgemeine" stay whole names.

import { TOWN_ADJECTIVES_DE } from '../model/town-adjectives.js';
import { STOPWORDS } from '../model/stopwords.js';
import { refFor, upperWordTokens, UPPER_STRIDE, type AnalysisContext } from './context.js';

/** Lowercase adjective -> canonical town name. */
const TOWN_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  TOWN_ADJECTIVES_DE.flatMap(([city, adjectives]) => adjectives.split('|').map((a) => [a.toLowerCase(), city] as const)),
);

/** WordInfo.initialBit of every adjective's first letter: most capitalised words are passed over on that alone. */
const INITIALS = [...TOWN_OF_ADJECTIVE.keys()].reduce((bits, a) => bits | (1 << (a.charCodeAt(0) & 31)), 0);

export function findTownAdjectives(ctx: AnalysisContext): void {
  if (ctx.lang !== 'de') return;
  const words = upperWordTokens(ctx);
  for (let k = 0; k < words.length; k += UPPER_STRIDE) {
    if ((words[k + 2]! & INITIALS) === 0) continue;
    const s = ctx.sentences[words[k]!]!;
    const i = words[k + 1]!;
    const town = TOWN_OF_ADJECTIVE.get(s.tokens[i]!.lower);
    if (town === undefined || ctx.set.isTaken(s.index, i)) continue;
    const next = s.tokens[i + 1];
    if (!next || next.kind !== 'word' || !next.upper) continue;
    const before = s.tokens[i - 1];
    if (before && before.kind === 'word' && before.upper && !STOPWORDS.has(before.lower)) continue;
    ctx.set.add(refFor(ctx, 'City', town), s.index, i, i + 1, 'kb-adjective');
  }
}
