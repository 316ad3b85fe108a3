// The text layer as one function over any knowledge base: tokens, sentences, knowledge-base
// mentions, dateline, role cues, unknown names (clubs, persons, organisations, events, places) and
// coreference -> AnalyzedDocument. Pure and deterministic; never throws on any string.

import { resolveCountryNominals } from './nominal-coref.js';
import { findEchoes } from './echoes.js';
import { findTownAdjectives } from './town-adjectives.js';
import { findEditions } from './editions.js';
import type { Document } from '../../types.js';
import type { KbEntry } from '../model/kb-types.js';
import { getLexicon } from '../model/lexicon.js';
import type { AnalyzedDocument, Token } from '../pipeline-types.js';
import { splitSentences } from '../text/sentences.js';
import { newTokenMarks } from '../text/token-marks.js';
import type { AnalysisContext } from './context.js';
import { T_ROLE, tokenizeWithInfoInto, wordRows, type WordInfo } from './word-info.js';
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
import { findBylines } from './bylines.js';

/** Per token of the document being analysed: its WordInfo (reused from document to document). */
const scratchInfos: WordInfo[] = [];
/**
 * The document's tokens before splitSentences copies them into its sentences (reused from document
 * to document, so that no growing array is made per document). Documents of more than
 * MAX_SCRATCH_TEXT characters get their own array: the scratch never keeps a huge text's tokens.
 */
const scratchTokens: Token[] = [];
/** The tokens the sentence splitter looks at, marked by the tokenizer (reused like scratchTokens). */
const scratchMarks = newTokenMarks();
const MAX_SCRATCH_TEXT = 50000;
/**
 * Per sentence of the document being analysed: its trigger mask (reused, grown as needed: a typed
 * array of more than 64 bytes costs a microsecond to allocate). Entries past the last sentence are stale.
 */
let scratchMasks = new Int32Array(256);

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
  findBylines(ctx);
  findEditions(ctx);
  findClubs(ctx);
  findSentencePersons(ctx);
  findPersons(ctx);
  findOrganizations(ctx);
  findEvents(ctx);
  findPlaces(ctx);
  findMoreOrgNames(ctx);
  findAcronymOrganizations(ctx);
  findEchoes(ctx);
  findTownAdjectives(ctx);
}

/** A Document's fields in the order a copy defines them (the reader's order, then what enrich adds). */
const DOCUMENT_KEYS: readonly string[] = ['id', 'source', 'lang', 'title', 'text', 'dateline', 'publisher', 'published'];

/** True when every own key of `document` is a Document field and they come in DOCUMENT_KEYS' order. */
function inDocumentOrder(document: Document): boolean {
  let at = 0;
  for (const key in document) {
    if (!Object.prototype.hasOwnProperty.call(document, key)) continue;
    while (at < DOCUMENT_KEYS.length && DOCUMENT_KEYS[at] !== key) at++;
    if (at === DOCUMENT_KEYS.length) return false;
  }
  return true;
}

/**
 * { ...document, text }. The common input (only Document's fields, in their usual order) gets one
 * fixed shape with every field defined (undefined when absent, which JSON leaves out, so the output
 * is the same): documents with and without a title, dateline or publisher then share one hidden
 * class, and a rare combination late in a long run no longer deoptimises every function that reads
 * the document (bench:extract showed such a dip). Anything else is copied by Object.assign, which
 * sets where the spread defines (that differs only for an own "__proto__": then the spread).
 */
function copyDocument(document: Document, text: string): Document {
  if (inDocumentOrder(document)) {
    return {
      id: document.id,
      source: document.source,
      lang: document.lang,
      title: document.title,
      text,
      dateline: document.dateline,
      publisher: document.publisher,
      published: document.published,
    };
  }
  if (Object.prototype.hasOwnProperty.call(document, '__proto__')) return { ...document, text };
  const out = Object.assign({}, document);
  out.text = text;
  return out;
}

/** Fills the dateline fields the document lacks; `out` is the analysis' own copy of the input document. */
function enrich(out: Document, dateline: Dateline): Document {
  if (dateline.place && !out.dateline) out.dateline = dateline.place;
  if (dateline.publisher && !out.publisher) out.publisher = dateline.publisher;
  if (dateline.published && !out.published) out.published = dateline.published;
  return out;
}

export function analyzeWith(document: Document, kb: readonly KbEntry[]): AnalyzedDocument {
  const text = typeof document.text === 'string' ? document.text : '';
  const lexicon = getLexicon();
  const infos = scratchInfos;
  const tokens = text.length <= MAX_SCRATCH_TEXT ? scratchTokens : [];
  const marks = text.length <= MAX_SCRATCH_TEXT ? scratchMarks : newTokenMarks();
  const count = tokenizeWithInfoInto(text, lexicon, infos, tokens, marks);
  const sentences = splitSentences(text, tokens, count, marks);
  if (scratchMasks.length < sentences.length) scratchMasks = new Int32Array(2 * sentences.length);
  const masks = scratchMasks;
  const upperWords: number[] = [];
  const ctx: AnalysisContext = {
    document: copyDocument(document, text),
    lang: document.lang === 'en' ? 'en' : 'de',
    sentences,
    set: new MentionSet(sentences),
    gazetteer: gazetteerFor(kb),
    lexicon,
    roles: [],
    forms: undefined,
    words: wordRows(sentences, infos, masks, upperWords),
    masks,
    surnamesDone: -1,
    surnames: undefined,
    upperWords,
  };
  findKbMentions(ctx.gazetteer, sentences, ctx.set, { lang: document.lang === 'en' || document.lang === 'de' ? document.lang : 'und', enAdjectives: ctx.lexicon.enAdjectives, rows: ctx.words });
  let dateline = findDateline(ctx);
  if (!dateline.place) dateline = findCountryDateline(ctx) ?? dateline;
  ctx.roles = findRoles(sentences, ctx.words, masks, T_ROLE);
  if (document.lang !== 'und') {
    findUnknownNames(ctx);
    resolveCoreference(ctx);
    resolveCountryNominals(ctx);
  }
  return { document: enrich(ctx.document, dateline), sentences, mentions: ctx.set.sorted(), roles: ctx.roles };
}
