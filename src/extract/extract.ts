// The extractor's entry point: Document -> Extraction. Steps: analyze the text, find relations,
// build entity records from the mentions, keep only relations between found entities, sort.
// Pure and deterministic (same input, same bytes); never throws on any string input.

import type { Document, Entity, Extraction, Relation, Span, Warning } from '../types.js';
import { analyze } from './analyze.js';
import { lexiconMissing } from './model/lexicon.js';
import type { AnalyzedDocument, Mention, RelationStageResult } from './pipeline-types.js';
import { findRelations } from './relations/index.js';

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One Entity per entity id: aliases are the distinct surface texts but pronouns, mentions sorted by offset. */
export function buildEntities(doc: AnalyzedDocument): Entity[] {
  const groups = new Map<string, Mention[]>();
  for (const m of doc.mentions) {
    const list = groups.get(m.entityId) ?? [];
    list.push(m);
    groups.set(m.entityId, list);
  }
  const text = doc.document.text;
  const entities: Entity[] = [];
  for (const [id, mentions] of groups) {
    const spans: Span[] = mentions
      .filter((m) => text.slice(m.start, m.end) === m.text)
      .map((m) => ({ doc: doc.document.id, start: m.start, end: m.end, text: m.text }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (spans.length === 0) continue;
    const first = mentions[0]!;
    const aliases = aliasesOf(mentions, spans);
    entities.push({ id, name: first.name, type: first.type, aliases, mentions: dedupe(spans) });
  }
  return entities.sort(byId);
}

/** Surface forms as aliases; a pronoun resolved by coreference ("er", "she") is a mention, not a name. */
function aliasesOf(mentions: Mention[], spans: Span[]): string[] {
  const pronouns = new Set(mentions.filter((m) => m.via === 'coref' && !/\s/.test(m.text)).map((m) => m.text));
  return [...new Set(spans.filter((s) => !pronouns.has(s.text)).map((s) => s.text.replace(/\s+/g, ' ')))].sort();
}

function dedupe(spans: Span[]): Span[] {
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
}

function safeRelations(doc: AnalyzedDocument): RelationStageResult {
  try {
    return findRelations(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { relations: [], warnings: [{ doc: doc.document.id, code: 'RELATIONS_FAILED', message: `extract: relation rules failed (${message.split('\n')[0]}). Report this input as a bug.` }] };
  }
}

function keepConnected(relations: Relation[], ids: Set<string>, docId: string, warnings: Warning[]): Relation[] {
  const kept: Relation[] = [];
  for (const r of relations) {
    if (ids.has(r.source) && ids.has(r.target)) kept.push(r);
    else warnings.push({ doc: docId, code: 'RELATION_DROPPED', message: `extract: relation ${r.id} names an entity that was not found. It was left out.` });
  }
  return kept.sort(byId);
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
  const entities = buildEntities(doc);
  const stage = doc.mentions.length > 0 ? safeRelations(doc) : { relations: [], warnings: [] };
  warnings.push(...stage.warnings);
  const relations = keepConnected(stage.relations, new Set(entities.map((e) => e.id)), id, warnings);
  if (entities.length === 0) warnings.push({ doc: id, code: 'NO_ENTITIES', message: 'extract: no entities were found in this document. Check that it is a German or English news text.' });
  return { documents: [doc.document], entities, relations, warnings };
}
