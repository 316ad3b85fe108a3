// Names that grow past what the finders found (split off org-names.ts, which runs them):
// - truncated names: "United Party" + "for National Development", "São José" + "dos Campos";
// - an acronym in brackets after a name, "Brazilian Space Agency (AEB)": one entity, later bare
//   "AEB" mentions join it; without a found name, capitalised words whose initials spell it.

import type { Mention, Sentence, Token } from '../pipeline-types.js';
import { STOPWORDS } from '../model/stopwords.js';
import { isOrgHeadWord } from './organizations.js';
import { canonicalName, refFor, type AnalysisContext } from './context.js';
import type { EntityRef } from './mention-set.js';
import { defineTrigger } from './word-info.js';
import { germanBaseName } from './german-forms.js';

const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'do', 'dos', 'da', 'das', 'del', 'di', 'für', 'der', 'des']);
const FIRST_CONNECTORS = new Set(['of', 'for', 'de', 'do', 'dos', 'da', 'das', 'del', 'di', 'für']);
/** Mention types a name may run through ("Electoral Commission of Zambia"). */
export const PLACE_TYPES = new Set(['City', 'Region', 'Country', 'Location']);
/** Organisation heads beyond organizations.ts's, for names spelled out before an acronym. */
const EXTRA_HEADS = new Set(['centre', 'center', 'trust', 'alliance', 'network', 'movement', 'front', 'court', 'hospital', 'school', 'college', 'forum', 'coalition', 'board', 'bureau', 'programme', 'initiative', 'network', 'observatory', 'tribunal', 'assembly', 'congress', 'league', 'force', 'police', 'army']);
/** Sentence trigger of acronymAliases: a bracket. */
const T_PAREN = defineTrigger((w) => w.text === '(');

/** The name as written between two tokens (keeps "Teachers' Union" together), genitive removed. */
export function spanName(ctx: AnalysisContext, s: Sentence, from: number, to: number): string {
  const text = s.text.slice(s.tokens[from]!.start - s.start, s.tokens[to - 1]!.end - s.start);
  const words = text.split(/\s+/u);
  // "des Verbands der Chemischen Industrie" is the "Verband der Chemischen Industrie".
  return canonicalName(ctx, ctx.lang === 'de' ? germanBaseName(words) : words);
}

/** "United Party" + "for National Development": the capitalised complement after a connector. */
export function extendNames(ctx: AnalysisContext, s: Sentence): void {
  // A snapshot of the sentence's mentions: add() appends past n, removeInside() replaces the array.
  const list = ctx.set.inSentence(s.index);
  for (let c = 0, n = list.length; c < n; c++) {
    const m = list[c]!;
    // The mention's own fields first: most mentions are neither kind, and their next token is not read.
    const orgLike = m.type === 'Organization' && m.via === 'pattern';
    const placeLike = (m.type === 'City' || m.type === 'Location') && (m.via === 'context' || m.via === 'pattern');
    if (!orgLike && !placeLike) continue;
    const first = s.tokens[m.tokenEnd];
    if (!first || !FIRST_CONNECTORS.has(first.lower)) continue;
    if (placeLike && !/^d/u.test(first.lower)) continue;
    let hasConnector = false;
    for (let j = m.tokenStart; j < m.tokenEnd; j++) if (NAME_CONNECTORS.has(s.tokens[j]!.lower)) hasConnector = true;
    let k = m.tokenEnd;
    let last = -1;
    while (k < s.tokens.length && k - m.tokenEnd < 8) {
      const t = s.tokens[k]!;
      if (t.kind === 'word' && NAME_CONNECTORS.has(t.lower) && !t.upper) {
        k++;
        continue;
      }
      if (t.kind !== 'word' || !t.upper || STOPWORDS.has(t.lower)) break;
      const here = ctx.set.at(s.index, k);
      if (here.length > 0) {
        const place = here.length === 1 && PLACE_TYPES.has(here[0]!.type) && here[0]!.tokenStart === k ? here[0] : undefined;
        // "Electoral Commission of Zambia" is one name; "Ministry of Foreign Affairs" + "of Kazakhstan" is not.
        if (!place || !orgLike || hasConnector) break;
        k = place.tokenEnd;
        last = k - 1;
        continue;
      }
      last = k;
      k++;
    }
    if (last < m.tokenEnd) continue;
    // An "and" right after the name starts a second name; a trailing connector is no part of it.
    const from = m.tokenStart;
    const to = last + 1;
    ctx.set.removeInside(s.index, from, to);
    const name = spanName(ctx, s, from, to);
    ctx.set.add(refFor(ctx, m.type, name), s.index, from, to, 'pattern', { confidence: m.confidence ?? 0.7 });
  }
}

function initials(tokens: Token[]): string {
  return tokens.filter((t) => t.upper && t.kind === 'word').map((t) => t.text[0]!).join('').toUpperCase();
}

/** An acronym in brackets ("AEB"), and what is not a capital in it (module constants: made once, not per token). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;
const NOT_UPPER = /[^\p{Lu}]/gu;

/** "Brazilian Space Agency (AEB)": the acronym joins the name; every bare "AEB" follows. */
export function acronymAliases(ctx: AnalysisContext): void {
  const aliases = new Map<string, EntityRef>();
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_PAREN) === 0) continue;
    const tokens = s.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')') continue;
      const acr = tokens[i + 1]!;
      if (acr.kind !== 'word' || !ACRONYM.test(acr.text)) continue;
      const before = ctx.set.at(s.index, i - 1).find((m) => m.tokenEnd === i && m.type === 'Organization');
      let ref: EntityRef | undefined = before ? { id: before.entityId, name: before.name, type: before.type } : undefined;
      if (!ref) {
        // Capitalised words (with connectors) right before the bracket whose initials spell the acronym.
        let from = i;
        while (from > 0 && i - from < 10) {
          const t = tokens[from - 1]!;
          if (t.kind !== 'word' || ctx.set.isTaken(s.index, from - 1) && !ctx.set.at(s.index, from - 1).every((m) => PLACE_TYPES.has(m.type))) break;
          if (!t.upper && !NAME_CONNECTORS.has(t.lower)) break;
          from--;
          if (t.upper && initials(tokens.slice(from, i)) === acr.text.replace(NOT_UPPER, '')) break;
        }
        while (from < i && !tokens[from]!.upper) from++;
        if (from >= i || initials(tokens.slice(from, i)) !== acr.text.replace(NOT_UPPER, '') || i - from < 2) continue;
        // "Gross Domestic Product (GDP)" is no organisation: the name needs an organisation head.
        if (!tokens.slice(from, i).some((w) => w.upper && (isOrgHeadWord(w.lower) || EXTRA_HEADS.has(w.lower)))) continue;
        if (ctx.set.at(s.index, from).some((m) => m.tokenStart < from)) continue;
        ctx.set.removeInside(s.index, from, i);
        if (ctx.set.anyTaken(s.index, from, i)) continue;
        const name = spanName(ctx, s, from, i);
        const m = ctx.set.add(refFor(ctx, 'Organization', name), s.index, from, i, 'pattern', { confidence: 0.75 });
        ref = { id: m.entityId, name: m.name, type: m.type };
      }
      if (!aliases.has(acr.text)) aliases.set(acr.text, ref);
    }
  }
  if (aliases.size === 0) return;
  for (const s of ctx.sentences) {
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      const ref = aliases.get(t.text);
      if (!ref) continue;
      const here = ctx.set.at(s.index, k);
      if (here.length === 0) {
        ctx.set.add(ref, s.index, k, k + 1, 'pattern', { confidence: 0.8 });
        continue;
      }
      // A guessed acronym organisation (not one from the knowledge base) becomes the named one.
      for (const m of here) {
        if (m.via === 'pattern' && m.type === 'Organization' && m.tokenStart === k && m.tokenEnd === k + 1 && m.entityId !== ref.id) {
          m.entityId = ref.id;
          m.name = ref.name;
        }
      }
    }
  }
}

/** Initials of a name's capitalised words ("Democratic Alliance" -> "DA"); '' for a one-word name. */
function nameInitials(name: string): string {
  const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  return words.length < 2 ? '' : words.map((w) => w[0]!).join('').toUpperCase();
}

/**
 * "The Democratic Alliance ... DA leader John Steenhuisen": a guessed acronym organisation joins the
 * one organisation of the document whose capitalised words it spells (none when two would fit).
 */
export function initialsAliases(ctx: AnalysisContext): void {
  const acronyms: Mention[] = [];
  const orgs = new Map<string, EntityRef | null>();
  for (const s of ctx.sentences) {
    for (const m of ctx.set.inSentence(s.index)) {
      if (m.type !== 'Organization') continue;
      if (m.via === 'pattern' && m.tokenEnd === m.tokenStart + 1 && ACRONYM.test(m.text) && m.name === m.text) acronyms.push(m);
      const key = nameInitials(m.name);
      if (key.length < 2) continue;
      const known = orgs.get(key);
      if (known === undefined) orgs.set(key, { id: m.entityId, name: m.name, type: m.type });
      else if (known !== null && known.id !== m.entityId) orgs.set(key, null);
    }
  }
  for (const m of acronyms) {
    const ref = orgs.get(m.text);
    if (!ref || ref.id === m.entityId) continue;
    m.entityId = ref.id;
    m.name = ref.name;
  }
}
