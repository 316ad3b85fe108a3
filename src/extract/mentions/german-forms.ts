// The base form of a German organisation or event name found in an inflected case: "des Statistischen
// Bundesamtes" -> "Statistisches Bundesamt", "der Deutsch-Vietnamesischen Gesellschaft" ->
// "Deutsch-Vietnamesische Gesellschaft", "am Deutsch-Afrikanischen Wirtschaftsgipfel" ->
// "Deutsch-Afrikanischer Wirtschaftsgipfel". Word forms only: the head's gender comes from its ending.

import type { Sentence } from '../pipeline-types.js';
import { STOPWORDS } from '../model/stopwords.js';
import type { AnalysisContext } from './context.js';
import { isRoleWord } from './roles.js';

type Gender = 'f' | 'm' | 'n';

/** Head endings by gender (lowercase, matched at the end of the head word, longest first). */
const HEAD_GENDERS: ReadonlyArray<[string, Gender]> = ([
  ...['bank', 'agentur', 'partei', 'kommission', 'stiftung', 'organisation', 'gesellschaft', 'gruppe', 'akademie', 'gewerkschaft',
    'bewegung', 'allianz', 'behörde', 'universität', 'union', 'föderation', 'vereinigung', 'anstalt', 'zentrale', 'börse', 'hochschule',
    'konferenz', 'messe', 'ausstellung', 'meisterschaft', 'biennale', 'initiative', 'kammer', 'versammlung', 'liga'].map((h) => [h, 'f'] as [string, Gender]),
  ...['amt', 'institut', 'ministerium', 'zentrum', 'komitee', 'parlament', 'gericht', 'büro', 'sekretariat', 'forum', 'festival',
    'turnier', 'treffen', 'bündnis', 'netzwerk', 'orchester', 'theater', 'museum', 'gremium'].map((h) => [h, 'n'] as [string, Gender]),
  ...['verband', 'rat', 'bund', 'konzern', 'fonds', 'verein', 'klub', 'club', 'senat', 'gerichtshof', 'rechnungshof', 'dienst',
    'gipfel', 'kongress', 'wettbewerb', 'dialog', 'pokal'].map((h) => [h, 'm'] as [string, Gender]),
] as Array<[string, Gender]>).sort((a, b) => b[0].length - a[0].length);

function genderOf(lower: string): Gender | undefined {
  for (const [h, g] of HEAD_GENDERS) if (lower.endsWith(h)) return g;
  return undefined;
}

/** The head without a genitive -s/-es of a masculine or neuter head ("Bundesamtes", "Instituts"). */
function headBase(head: string): [string, Gender] | undefined {
  const lower = head.toLowerCase();
  const g = genderOf(lower);
  if (g) return [head, g];
  for (const cut of [2, 1]) {
    if (lower.length <= cut + 3 || !lower.endsWith(cut === 2 ? 'es' : 's')) continue;
    const base = head.slice(0, -cut);
    const bg = genderOf(base.toLowerCase());
    if (bg && bg !== 'f') return [base, bg];
  }
  return undefined;
}

const COMPLEMENT_STARTS = new Set(['für', 'der', 'des', 'von', 'vom', 'zur', 'zum']);

/** Adjective stems (lowercase, before the ending) that the suffix test below does not catch. */
const ADJECTIVE_STEMS = new Set(['deutsch', 'frei', 'neu', 'groß', 'hoh', 'ober', 'nieder', 'jung', 'alt', 'grün', 'rot', 'weiß', 'schwarz']);
const ADJECTIVE_SUFFIX = /(?:isch|lich|ig|al|ell|iv|är|ar|an|ös|isch)$/u;
const STRONG: Record<Gender, string> = { f: 'e', m: 'er', n: 'es' };

/** "Statistischen" -> "Statistisches" for a neuter head; undefined when the word is no inflected adjective. */
function adjectiveBase(word: string, g: Gender): string | undefined {
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  const part = word.slice(dash + 1);
  const m = /^(\p{Lu}\p{Ll}+?)(en|em|e)$/u.exec(part);
  if (!m) return undefined;
  const stem = m[1]!.toLowerCase();
  if (!ADJECTIVE_SUFFIX.test(stem) && !ADJECTIVE_STEMS.has(stem)) return undefined;
  return word.slice(0, dash + 1) + m[1]! + STRONG[g];
}

/**
 * The words of a German name in their base form: the head (last word) without a genitive ending, the
 * adjectives right before it in the strong nominative. Unchanged when the head's gender is unknown.
 */
export function germanBaseName(words: readonly string[]): string[] {
  const out = [...words];
  // "Instituts für Weltwirtschaft": the head stands before its complement.
  const joiner = out.findIndex((w, k) => k > 0 && COMPLEMENT_STARTS.has(w));
  const last = joiner > 0 ? joiner - 1 : out.length - 1;
  const head = last >= 0 ? headBase(out[last]!) : undefined;
  if (!head) return out;
  out[last] = head[0];
  for (let k = last - 1; k >= 0; k--) {
    const base = adjectiveBase(out[k]!, head[1]);
    if (base === undefined) break;
    out[k] = base;
  }
  return out;
}

/**
 * "Bonner Klimakonferenz", "Kieler Institut": a German place adjective in -er right before a head,
 * after an article, a preposition or another lowercase word (never a role: "der Trainer ...").
 */
export function isPlaceAdjective(ctx: AnalysisContext, s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  const before = s.tokens[k - 1];
  if (t.kind !== 'word' || !t.upper || t.text.length < 5 || !t.text.endsWith('er') || isRoleWord(t.lower)) return false;
  if (before === undefined || before.kind !== 'word' || (before.upper && !STOPWORDS.has(before.lower))) return false;
  return !ctx.set.at(s.index, k).some((m) => m.type === 'Person' || m.type === 'Organization');
}
