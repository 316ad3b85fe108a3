// Nominal coreference for countries: "das Land", "des Landes", "the country" refer to the country
// the text has just named ("Kenia ... Das Land ist Mitglied der EAC"). The antecedent is the latest
// country named (not an adjective) in the same sentence before the phrase or in the two sentences
// before it; two different countries in the nearest such sentence make it ambiguous: no mention.
// The phrase becomes a mention (via 'coref') that relation rules see; it is no alias (extract.ts).
// The same pass runs the organisation, event and place phrases ("the company", "der Gipfel", "die
// Stadt": ./nominal-orgs.ts) after finding companies introduced by a descriptor ("battery maker
// Voltaro": ./described-orgs.ts), their antecedents; then relative pronouns, age phrases and
// subjects left out after "und"/"and" (./clause-coref.ts), which may refer to any of those.

import type { Mention, Sentence } from '../pipeline-types.js';
import type { AnalysisContext } from './context.js';
import { defineTrigger } from './word-info.js';
import { ORG_EVENT_NOUNS, germanCompoundHead, resolveOrgEventNominalsIn } from './nominal-orgs.js';
import { echoDescribedOrgs, findDescribedOrgsIn, isCompanyDescriptor, mergeCompoundFirstWords } from './described-orgs.js';
import type { EntityRef } from './mention-set.js';
import { resolveClauseCoreference } from './clause-coref.js';

const PHRASES: Readonly<Record<'de' | 'en', ReadonlyMap<string, ReadonlySet<string>>>> = {
  de: new Map([
    ['das', new Set(['land'])],
    ['des', new Set(['landes'])],
    ['dem', new Set(['land', 'lande'])],
  ]),
  en: new Map([['the', new Set(['country', "country's", 'country’s'])]]),
};

/** The nouns of PHRASES ("land", "country"): a sentence with none of them holds no country phrase. */
const NOUNS: ReadonlySet<string> = new Set([...PHRASES.de.values(), ...PHRASES.en.values()].flatMap((nouns) => [...nouns]));
/** One trigger for country, organisation and event phrases ("company", "Konzern", "Gipfel"; ./nominal-orgs.ts). */
const T_NOUN = defineTrigger((w) => NOUNS.has(w.lower) || ORG_EVENT_NOUNS.has(w.lower) || germanCompoundHead(w.lower) !== undefined);
/** Company descriptors ("maker", "Schiffbaukonzern"): the antecedents "the company" needs (./described-orgs.ts). */
const T_DESCRIPTOR = defineTrigger((w) => isCompanyDescriptor(w.lower, 'en') || isCompanyDescriptor(w.lower, 'de'));

function isCountryName(m: Mention): boolean {
  return m.type === 'Country' && m.via !== 'kb-adjective' && m.via !== 'kb-demonym' && m.via !== 'coref';
}

/** The one country the nearest sentence (the phrase's own part before it first) names, if only one. */
function antecedent(ctx: AnalysisContext, s: Sentence, before: number): Mention | undefined {
  for (let k = s.index; k >= 0 && k >= s.index - 2; k--) {
    const names = ctx.set.inSentence(k).filter((m) => isCountryName(m) && (k < s.index || m.tokenEnd <= before));
    if (names.length === 0) continue;
    const ids = new Set(names.map((m) => m.entityId));
    if (ids.size > 1) return undefined;
    return names[names.length - 1];
  }
  return undefined;
}

/** Countries ("das Land") here, then organisations and events ("the company", "der Gipfel": ./nominal-orgs.ts). */
export function resolveCountryNominals(ctx: AnalysisContext): void {
  const phrases = PHRASES[ctx.lang];
  let found: Map<string, EntityRef> | undefined;
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_DESCRIPTOR) === 0) continue;
    findDescribedOrgsIn(ctx, s, (found ??= new Map()));
  }
  if (found) echoDescribedOrgs(ctx, found);
  mergeCompoundFirstWords(ctx);
  for (const s of ctx.sentences) {
    if ((ctx.masks[s.index]! & T_NOUN) === 0) continue;
    resolveCountryNominalsIn(ctx, s, phrases);
    resolveOrgEventNominalsIn(ctx, s);
  }
  // Last: relative pronouns and left-out subjects may stand for any of the mentions made so far.
  resolveClauseCoreference(ctx);
}

function resolveCountryNominalsIn(ctx: AnalysisContext, s: Sentence, phrases: ReadonlyMap<string, ReadonlySet<string>>): void {
  const tokens = s.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const nouns = phrases.get(tokens[i]!.lower);
    if (!nouns || !nouns.has(tokens[i + 1]!.lower) || ctx.set.anyTaken(s.index, i, i + 2)) continue;
    // "das Land Kenia", "the country of Kenya": the name follows and is found on its own.
    const next = tokens[i + 2];
    if (next && (next.upper || next.lower === 'of') && next.kind === 'word') continue;
    const m = antecedent(ctx, s, i);
    if (!m) continue;
    ctx.set.add({ id: m.entityId, name: m.name, type: 'Country' }, s.index, i, i + 2, 'coref', { confidence: 0.6 });
  }
}
