// Word lists and small helpers shared by clause coreference (./clause-coref.ts) and the subjects left
// out after "und"/"and" (./conjunct-subjects.ts), and the word trigger both share with ./coref-steps.ts.
// Data and lookups only.

import type { Mention, Sentence } from '../pipeline-types.js';
import type { EntityType } from '../../types.js';
import type { AnalysisContext } from './context.js';
import { defineTrigger } from './word-info.js';

/** The noun of an age phrase, after "<number>-": "63-Jährige", "44-year-old" (the tokenizer splits the number off). */
export const AGE_NOUNS: Readonly<Record<'de' | 'en', ReadonlySet<string>>> = {
  de: new Set(['jährige', 'jähriger', 'jährigen']),
  en: new Set(['year-old']),
};
/** Verbs that continue a clause after "und"/"and" with its subject left out: relation verbs and speech. */
export const CONJ_VERBS: Readonly<Record<'de' | 'en', ReadonlySet<string>>> = {
  de: new Set([
    'traf', 'trifft', 'besuchte', 'besucht', 'reiste', 'reist', 'flog', 'fliegt', 'kam', 'kommt', 'unterzeichnete', 'unterzeichnet',
    'gewann', 'gewinnt', 'holte', 'empfing', 'empfängt', 'führte', 'leitete', 'übernahm', 'eröffnete', 'sagte', 'erklärte', 'wurde',
    'arbeitete', 'arbeitet', 'spielte', 'spielt', 'trat', 'nahm', 'sprach', 'vertrat', 'unterstützte',
  ]),
  en: new Set([
    'met', 'meets', 'visited', 'visits', 'travelled', 'traveled', 'flew', 'signed', 'won', 'joined', 'led', 'leads', 'told', 'said',
    'became', 'was', 'held', 'attended', 'received', 'hosted', 'chaired', 'played', 'worked', 'works', 'headed', 'heads', 'spoke',
    'toured', 'arrived', 'took', 'opened', 'addressed', 'backed',
  ]),
};
/** Adverbs an English verb may follow after "and": "and later met", "and also visited". */
export const EN_ADVERBS = new Set(['also', 'later', 'then', 'subsequently', 'afterwards', 'briefly', 'separately']);
/** Words that open a subordinate clause: the coordinated clause's subject is found after the last of them. */
export const SUBORDINATORS = new Set([
  'dass', 'weil', 'ob', 'obwohl', 'wenn', 'nachdem', 'bevor', 'damit', 'während', 'wo', 'wie',
  'that', 'because', 'although', 'when', 'while', 'where', 'if', 'whether',
]);
/** Speech verbs between a subject and "und"/"and": the verb after it may belong to the reported clause. */
export const SPEECH = new Set(['said', 'says', 'told', 'added', 'sagte', 'sagt', 'erklärte', 'betonte', 'teilte', 'berichtete']);
/** Prepositions: a name after one is no subject ("Mit Scholz reiste X ...", "the head of X, who ..."). */
export const PREPOSITIONS = new Set([
  'von', 'vom', 'des', 'bei', 'beim', 'aus', 'für', 'mit', 'zu', 'zum', 'zur', 'in', 'im', 'nach', 'an', 'am', 'auf', 'über', 'unter', 'gegen', 'ohne', 'seit', 'vor',
  'of', 'at', 'for', 'with', 'from', 'by', 'in', 'to', 'on', 'about', 'against', 'without', 'since', 'after', 'before', 'under',
]);
/** Subject pronouns (./coref-steps.ts resolves them). */
export const PRONOUNS = new Set(['er', 'sie', 'he', 'she']);
/** Adverbs that open a clause whose subject follows the verb ("Danach reiste X nach Y und traf Z"). */
export const OPENERS = new Set(['danach', 'dann', 'anschließend', 'später', 'zuvor', 'zudem', 'außerdem', 'dort', 'heute', 'gestern', 'damals', 'inzwischen']);
/** What can be the subject of a clause. */
export const ACTORS: ReadonlySet<EntityType> = new Set(['Person', 'Organization', 'Country']);

export function isModifier(m: Mention): boolean {
  return m.via === 'kb-adjective' || m.via === 'kb-demonym';
}

export function refOf(m: Mention): { id: string; name: string; type: EntityType } {
  return { id: m.entityId, name: m.name, type: m.type };
}

/**
 * The words clause coreference starts from (a verb that may follow "und"/"and", an age noun) and the
 * subject pronouns of ./coref-steps.ts: one word trigger for both (the 32 trigger bits are scarce); a
 * sentence without any is skipped cheaply.
 */
export const T_CLAUSE = defineTrigger((w) => PRONOUNS.has(w.lower) || CONJ_VERBS.de.has(w.lower) || CONJ_VERBS.en.has(w.lower)
  || AGE_NOUNS.de.has(w.lower) || AGE_NOUNS.en.has(w.lower));

/** A mention or a role cue starting in tokens [from, to). */
export function somethingAfter(ctx: AnalysisContext, s: Sentence, from: number, to: number): boolean {
  for (const m of ctx.set.inSentence(s.index)) if (m.tokenStart >= from && m.tokenStart < to) return true;
  for (const r of ctx.roles) if (r.sentence === s.index && r.tokenStart >= from && r.tokenStart < to) return true;
  return false;
}
