// The text layer as one function over any knowledge base: tokens, sentences, knowledge-base
// mentions, dateline, role cues, unknown names (clubs, persons, organisations, events, places) and
// coreference -> AnalyzedDocument. Pure and deterministic; never throws on any string.

import type { Document } from '../../types.js';
import type { KbEntry } from '../model/kb-types.js';
import { getLexicon } from '../model/lexicon.js';
import type { AnalyzedDocument } from '../pipeline-types.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { capitalisedForms, type AnalysisContext } from './context.js';
import { resolveCoreference } from './coref.js';
import { findDateline, type Dateline } from './dateline.js';
import { findEvents } from './events.js';
import { buildGazetteer, findKbMentions, type Gazetteer } from './gazetteer.js';
import { MentionSet } from './mention-set.js';
import { findAcronymOrganizations, findOrganizations } from './organizations.js';
import { findPersons } from './persons.js';
import { findPlaces } from './places.js';
import { findRoles } from './roles.js';
import { findClubs } from './clubs.js';
import { findCountryDateline } from './dateline-country.js';
import { findMoreOrgNames } from './org-names.js';
import { findSentencePersons } from './sentence-persons.js';

const gazetteers = new WeakMap<readonly KbEntry[], Gazetteer>();

export function gazetteerFor(kb: readonly KbEntry[]): Gazetteer {
  let g = gazetteers.get(kb);
  if (!g) {
    g = buildGazetteer(kb);
    gazetteers.set(kb, g);
  }
  return g;
}

function findUnknownNames(ctx: AnalysisContext): void {
  findClubs(ctx);
  findSentencePersons(ctx);
  findPersons(ctx);
  findOrganizations(ctx);
  findEvents(ctx);
  findPlaces(ctx);
  findMoreOrgNames(ctx);
  findAcronymOrganizations(ctx);
}

function enrich(document: Document, dateline: Dateline): Document {
  const out: Document = { ...document };
  if (dateline.place && !out.dateline) out.dateline = dateline.place;
  if (dateline.publisher && !out.publisher) out.publisher = dateline.publisher;
  if (dateline.published && !out.published) out.published = dateline.published;
  return out;
}

export function analyzeWith(document: Document, kb: readonly KbEntry[]): AnalyzedDocument {
  const text = typeof document.text === 'string' ? document.text : '';
  const sentences = splitSentences(text, tokenize(text));
  const ctx: AnalysisContext = {
    document: { ...document, text },
    lang: document.lang === 'en' ? 'en' : 'de',
    sentences,
    set: new MentionSet(sentences),
    gazetteer: gazetteerFor(kb),
    lexicon: getLexicon(),
    roles: [],
    forms: capitalisedForms(sentences),
    words: [],
  };
  findKbMentions(ctx.gazetteer, sentences, ctx.set, { lang: document.lang === 'en' || document.lang === 'de' ? document.lang : 'und', enAdjectives: ctx.lexicon.enAdjectives });
  let dateline = findDateline(ctx);
  if (!dateline.place) dateline = findCountryDateline(ctx) ?? dateline;
  ctx.roles = findRoles(sentences);
  if (document.lang !== 'und') {
    findUnknownNames(ctx);
    resolveCoreference(ctx);
  }
  return { document: enrich(ctx.document, dateline), sentences, mentions: ctx.set.sorted(), roles: ctx.roles };
}
