// The extractor's entry point: Document -> Extraction. Steps: analyze the text, find relations,
// build entity records from the mentions, keep only relations between found entities, sort.
// Pure and deterministic (same input, same bytes); never throws on any string input.

import type { Document, Entity, Extraction, Relation, Span, Warning } from '../types.js';
import { analyze } from './analyze.js';
import { lexiconMissing } from './model/lexicon.js';
import type { AnalyzedDocument, Mention, RelationStageResult } from './pipeline-types.js';
import { findRelations } from './relations/index.js';
import { SHORT_SORT, sortStrings } from './code-order.js';
import { isSpaceUnit } from './text/tokenize.js';

/**
 * Does the mention's text say what the document says at its offsets? The slice and a string
 * comparison: cheaper in V8 than text.startsWith(m.text, m.start), which answers the same.
 */
function inText(text: string, m: Mention): boolean {
  return text.slice(m.start, m.end) === m.text;
}

function byOffset(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byOffset(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

/** One entity's mentions in document order and, made in the same walk, the spans of those the text bears out (inText). */
interface Group {
  id: string;
  mentions: Mention[];
  spans: Span[];
}

/**
 * Sorts the groups by id, by UTF-16 code units (ids are distinct): sortStrings' binary insertion
 * sort over the groups themselves, so that no list of ids is made and no group is looked up again.
 */
function sortGroups(list: Group[]): Group[] {
  if (list.length > SHORT_SORT) return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    if (!(item.id < list[i - 1]!.id)) continue;
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (item.id < list[mid]!.id) hi = mid;
      else lo = mid + 1;
    }
    for (let k = i; k > lo; k--) list[k] = list[k - 1]!;
    list[lo] = item;
  }
  return list;
}

/**
 * The entities (see buildEntities) and a look-up of their ids: the map of all mention groups when
 * every group became an entity (the common case: no set of ids is built), else a set of the ids.
 */
interface Entities {
  entities: Entity[];
  ids: ReadonlySet<string> | ReadonlyMap<string, Group>;
}

/** One Entity per entity id: aliases are the distinct surface texts but pronouns, mentions sorted by offset. */
export function buildEntities(doc: AnalyzedDocument): Entity[] {
  return entitiesOf(doc).entities;
}

function entitiesOf(doc: AnalyzedDocument): Entities {
  const text = doc.document.text;
  const docId = doc.document.id;
  // One walk over the mentions: each is grouped and checked against the text while it is at hand.
  const groups = new Map<string, Group>();
  const list: Group[] = [];
  for (const m of doc.mentions) {
    let group = groups.get(m.entityId);
    if (!group) {
      groups.set(m.entityId, (group = { id: m.entityId, mentions: [], spans: [] }));
      list.push(group);
    }
    group.mentions.push(m);
    if (inText(text, m)) group.spans.push({ doc: docId, start: m.start, end: m.end, text: m.text });
  }
  const entities: Entity[] = [];
  // Ids are distinct, so sorting the groups by id gives the order of entities by id.
  for (const { id, mentions, spans } of sortGroups(list)) {
    if (spans.length === 0) continue;
    // Mentions come sorted by start: sort only when ends or offsets disagree.
    if (!inOrder(spans)) spans.sort(byOffset);
    const first = mentions[0]!;
    const aliases = aliasesOf(mentions, spans);
    entities.push({ id, name: first.name, type: first.type, aliases, mentions: dedupe(spans) });
  }
  return { entities, ids: entities.length === groups.size ? groups : new Set(entities.map((e) => e.id)) };
}

/** /\s/ of one UTF-16 unit: the tokenizer's table (isSpaceUnit), printable ASCII (most of a name) answered first. */
function isSpace(code: number): boolean {
  return (code <= 32 || code >= 0x80) && isSpaceUnit(code);
}

/** /\s/.test(text) without a regex call. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * /\s\s|[^\S ]/.test(text): whitespace that " " replacing runs of whitespace would change (a run,
 * or a space other than " "), without a regex call.
 */
function hasUnevenSpace(text: string): boolean {
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) {
      previous = false;
      continue;
    }
    if (previous || code !== 32) return true;
    previous = true;
  }
  return false;
}

/** Surface forms as aliases; a pronoun resolved by coreference ("er", "she") is a mention, not a name. */
function aliasesOf(mentions: Mention[], spans: Span[]): string[] {
  // One mention (the common case): no sets needed.
  if (mentions.length === 1 && spans.length === 1) {
    const m = mentions[0]!;
    if (m.via === 'coref' && (!hasSpace(m.text) || m.type !== 'Person') && spans[0]!.text === m.text) return [];
    const text = spans[0]!.text;
    return [hasUnevenSpace(text) ? text.replace(/\s+/g, ' ') : text];
  }
  let pronouns: string[] | undefined;
  // Pronouns ("er", "she") and phrases for a country ("das Land", "the country") are mentions, not names.
  for (const m of mentions) if (m.via === 'coref' && (!hasSpace(m.text) || m.type !== 'Person')) (pronouns ??= []).push(m.text);
  // An entity has few distinct texts: a list compared by === is cheaper than a set, which hashes each text.
  const aliases: string[] = [];
  for (const s of spans) {
    // A text already among the aliases is one without uneven spaces: adding it again changes nothing.
    if (aliases.includes(s.text) || pronouns?.includes(s.text)) continue;
    const alias = hasUnevenSpace(s.text) ? s.text.replace(/\s+/g, ' ') : s.text;
    if (alias === s.text || !aliases.includes(alias)) aliases.push(alias);
  }
  return sortStrings(aliases);
}

function dedupe(spans: Span[]): Span[] {
  let same = false;
  for (let i = 1; i < spans.length && !same; i++) same = spans[i]!.start === spans[i - 1]!.start && spans[i]!.end === spans[i - 1]!.end;
  return same ? spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end) : spans;
}

function safeRelations(doc: AnalyzedDocument): RelationStageResult {
  try {
    return findRelations(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { relations: [], warnings: [{ doc: doc.document.id, code: 'RELATIONS_FAILED', message: `extract: relation rules failed (${message.split('\n')[0]}). Report this input as a bug.` }] };
  }
}

/**
 * The relations whose ends are both found entities. They come sorted by id (RelationCollector.result
 * orders them so, tests/unit/extract/relations/collect-order.test.ts), and leaving some out keeps
 * that order: no second sort, whose comparisons would read (and flatten) every id string.
 */
function keepConnected(relations: Relation[], ids: Entities['ids'], docId: string, warnings: Warning[]): Relation[] {
  const kept: Relation[] = [];
  for (const r of relations) {
    if (ids.has(r.source) && ids.has(r.target)) kept.push(r);
    else warnings.push({ doc: docId, code: 'RELATION_DROPPED', message: `extract: relation ${r.id} names an entity that was not found. It was left out.` });
  }
  return kept;
}


export function extract(document: Document): Extraction {
  const warnings: Warning[] = [];
  let doc: AnalyzedDocument;
  try {
    doc = analyze(document);
  } catch (error) {
    doc = { document, sentences: [], mentions: [], roles: [] };
    warnings.push({ doc: document.id, code: 'ANALYSIS_FAILED', message: `extract: the text could not be analysed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Report this input as a bug.` });
  }
  const id = doc.document.id;
  if (document.lang === 'und') warnings.push({ doc: id, code: 'LANG_UNSUPPORTED', message: 'extract: the language is neither German nor English; only knowledge-base names were looked for. Give German or English text for full extraction.' });
  for (const pkg of lexiconMissing()) warnings.push({ doc: id, code: 'LEXICON_MISSING', message: `extract: the word list ${pkg} was not found, so common nouns may be taken for names. Run "npm install".` });
  const { entities, ids } = entitiesOf(doc);
  const stage = doc.mentions.length > 0 ? safeRelations(doc) : { relations: [], warnings: [] };
  // Spreading an empty list still costs a builtin call: most documents have no relation warning.
  if (stage.warnings.length > 0) warnings.push(...stage.warnings);
  const relations = keepConnected(stage.relations, ids, id, warnings);
  if (entities.length === 0) warnings.push({ doc: id, code: 'NO_ENTITIES', message: 'extract: no entities were found in this document. Check that it is a German or English news text.' });
  return { documents: [doc.document], entities, relations, warnings };
}
