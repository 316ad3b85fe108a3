// Golden-test helper: load hand-annotated articles, match an Extraction against the expected graph,
// score precision/recall/F1 and render a Markdown report. Independent of the extractor's rules:
// it knows only the shared types. Matching is one-to-one, so duplicates cost precision.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/types.js';
import type { Document, EntityType, Extraction, RelationType, Span } from '../../src/types.js';

export interface ExpectedEntity {
  name: string;
  type: EntityType;
  alt?: string[];
}
export interface ExpectedRelation {
  type: RelationType;
  source: string;
  target: string;
}
export interface ExpectedGraph {
  entities: ExpectedEntity[];
  relations: ExpectedRelation[];
}
export interface GoldenArticle {
  slug: string;
  textPath: string;
  expectedPath: string;
}
export interface Counts {
  tp: number;
  extracted: number;
  expected: number;
  /** Expected items not found, as "Type:Name" or "TYPE(source, target)". */
  missing: string[];
  /** Extracted items that match nothing expected. */
  spurious: string[];
}
export interface ArticleScore {
  slug: string;
  entities: Counts;
  relations: Counts;
}

/** Relation types whose direction carries no meaning: compared unordered. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['PARTNER_OF', 'TRADES_WITH', 'MET_WITH']);

/** Case, accents, punctuation (but "+") and spacing do not matter: "Nausėda" = "nauseda", "OPEC+" != "OPEC". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

// ---- loading ----

function fail(file: string, what: string): never {
  throw new Error(`golden: ${file}: ${what}. Fix the expected file.`);
}

/** Parse and validate an expected graph: known types, unique names, relation ends are entities. */
export function parseExpected(json: unknown, file = 'expected'): ExpectedGraph {
  if (typeof json !== 'object' || json === null) fail(file, 'not a JSON object');
  const { entities, relations } = json as { entities?: unknown; relations?: unknown };
  if (!Array.isArray(entities) || !Array.isArray(relations)) fail(file, 'needs "entities" and "relations" arrays');
  const names = new Map<string, string>();
  const out: ExpectedGraph = { entities: [], relations: [] };
  for (const raw of entities as unknown[]) {
    const e = raw as Partial<ExpectedEntity>;
    if (typeof e.name !== 'string' || e.name === '') fail(file, `entity without a name: ${JSON.stringify(raw)}`);
    if (typeof e.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(e.type)) fail(file, `bad type for ${e.name}`);
    const alt = e.alt ?? [];
    if (!Array.isArray(alt) || alt.some((a) => typeof a !== 'string')) fail(file, `bad alt for ${e.name}`);
    for (const form of [e.name, ...alt]) {
      const key = normaliseName(form);
      const owner = names.get(key);
      if (owner !== undefined && owner !== e.name) fail(file, `"${form}" names both ${owner} and ${e.name}`);
      names.set(key, e.name);
    }
    out.entities.push({ name: e.name, type: e.type, alt });
  }
  const canonical = new Set(out.entities.map((e) => e.name));
  for (const raw of relations as unknown[]) {
    const r = raw as Partial<ExpectedRelation>;
    if (typeof r.type !== 'string' || !(RELATION_TYPES as readonly string[]).includes(r.type)) fail(file, `bad relation type ${String(r.type)}`);
    if (typeof r.source !== 'string' || !canonical.has(r.source)) fail(file, `relation source "${String(r.source)}" is not an entity name`);
    if (typeof r.target !== 'string' || !canonical.has(r.target)) fail(file, `relation target "${String(r.target)}" is not an entity name`);
    out.relations.push({ type: r.type, source: r.source, target: r.target });
  }
  return out;
}

export function loadExpected(path: string): ExpectedGraph {
  return parseExpected(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}

/** Every "<slug>.<lang>.txt" in dir with its "<slug>.<lang>.expected.json", sorted by slug. */
export function listArticles(dir: string): GoldenArticle[] {
  return readdirSync(dir)
    .filter((f) => /\.(de|en)\.txt$/.test(f))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.txt$/, '');
      const expectedPath = join(dir, `${slug}.expected.json`);
      if (!existsSync(expectedPath)) throw new Error(`golden: ${f} has no ${slug}.expected.json. Annotate it.`);
      return { slug, textPath: join(dir, f), expectedPath };
    });
}

// ---- matching and scoring ----

function relationKey(type: RelationType, source: string, target: string): string {
  const [a, b] = SYMMETRIC_RELATIONS.has(type) && target < source ? [target, source] : [source, target];
  return `${type}(${a}, ${b})`;
}

/** Maps each extracted entity id to the expected name it matches (one-to-one), in id order. */
export function matchEntities(expected: ExpectedGraph, extraction: Extraction): Map<string, string> {
  const byKey = new Map<string, ExpectedEntity>();
  for (const e of expected.entities) {
    for (const form of [e.name, ...(e.alt ?? [])]) byKey.set(`${e.type}|${normaliseName(form)}`, e);
  }
  const taken = new Set<string>();
  const matched = new Map<string, string>();
  const sorted = [...extraction.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entity of sorted) {
    const hit = byKey.get(`${entity.type}|${normaliseName(entity.name)}`);
    if (hit && !taken.has(hit.name)) {
      taken.add(hit.name);
      matched.set(entity.id, hit.name);
    }
  }
  return matched;
}

function counts(expectedKeys: string[], extractedKeys: string[], matchedCount: number, matchedKeys: Set<string>): Counts {
  return {
    tp: matchedCount,
    extracted: extractedKeys.length,
    expected: expectedKeys.length,
    missing: expectedKeys.filter((k) => !matchedKeys.has(k)).sort(),
    spurious: extractedKeys.filter((k) => !matchedKeys.has(k)).sort(),
  };
}

export function scoreEntities(expected: ExpectedGraph, extraction: Extraction): { counts: Counts; matched: Map<string, string> } {
  const matched = matchEntities(expected, extraction);
  const expectedKeys = expected.entities.map((e) => `${e.type}:${e.name}`);
  const byName = new Map(expected.entities.map((e) => [e.name, e] as const));
  const hitKeys = new Set<string>([...matched.values()].map((n) => `${byName.get(n)?.type ?? '?'}:${n}`));
  const extractedKeys = extraction.entities.map((e) => (matched.has(e.id) ? `${e.type}:${matched.get(e.id) ?? ''}` : `${e.type}:${e.name} [${e.id}]`));
  return { counts: counts(expectedKeys, extractedKeys, matched.size, hitKeys), matched };
}

export function scoreRelations(expected: ExpectedGraph, extraction: Extraction, matched: Map<string, string>): Counts {
  const nameOf = (id: string): string => matched.get(id) ?? `unmatched ${id}`;
  const expectedKeys = [...new Set(expected.relations.map((r) => relationKey(r.type, r.source, r.target)))];
  const extractedKeys = [...new Set(extraction.relations.map((r) => relationKey(r.type, nameOf(r.source), nameOf(r.target))))];
  const expectedSet = new Set(expectedKeys);
  const hits = new Set(extractedKeys.filter((k) => expectedSet.has(k)));
  return counts(expectedKeys, extractedKeys, hits.size, hits);
}

export function scoreArticle(slug: string, expected: ExpectedGraph, extraction: Extraction): ArticleScore {
  const { counts: entities, matched } = scoreEntities(expected, extraction);
  return { slug, entities, relations: scoreRelations(expected, extraction, matched) };
}

/** Nothing extracted means no false positive: precision 1 (recall then tells the story). */
export function precision(c: Pick<Counts, 'tp' | 'extracted'>): number {
  return c.extracted === 0 ? 1 : c.tp / c.extracted;
}
export function recall(c: Pick<Counts, 'tp' | 'expected'>): number {
  return c.expected === 0 ? 1 : c.tp / c.expected;
}
export function f1(c: Pick<Counts, 'tp' | 'extracted' | 'expected'>): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Micro average: sum the counts over all articles, then divide. */
export function microAverage(scores: ArticleScore[]): { entities: Counts; relations: Counts } {
  const sum = (pick: (s: ArticleScore) => Counts): Counts =>
    scores.map(pick).reduce<Counts>(
      (acc, c) => ({ tp: acc.tp + c.tp, extracted: acc.extracted + c.extracted, expected: acc.expected + c.expected, missing: [], spurious: [] }),
      { tp: 0, extracted: 0, expected: 0, missing: [], spurious: [] },
    );
  return { entities: sum((s) => s.entities), relations: sum((s) => s.relations) };
}

// ---- structural checks ----

/** Normalised names carried by more than one extracted entity, with the ids that carry them. */
export function findDuplicates(extraction: Extraction): string[] {
  const byName = new Map<string, string[]>();
  for (const e of extraction.entities) {
    const key = normaliseName(e.name);
    byName.set(key, [...(byName.get(key) ?? []), e.id]);
  }
  return [...byName.entries()].filter(([, ids]) => ids.length > 1).map(([name, ids]) => `${name}: ${ids.join(', ')}`).sort();
}

function spanProblem(document: Document, span: Span, where: string): string | undefined {
  const { text } = document;
  if (span.doc !== document.id) return `${where}: doc ${span.doc} is not ${document.id}`;
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return `${where}: offsets not integers`;
  if (span.start < 0 || span.end > text.length || span.start > span.end) return `${where}: [${span.start}, ${span.end}) outside text of ${text.length}`;
  if (text.slice(span.start, span.end) !== span.text) return `${where}: text ${JSON.stringify(span.text)} != slice ${JSON.stringify(text.slice(span.start, span.end))}`;
  return undefined;
}

/** Every mention and evidence span obeys the offset rule; relation ends are extracted entities. */
export function checkStructure(document: Document, extraction: Extraction): string[] {
  const problems: string[] = [];
  const ids = new Set(extraction.entities.map((e) => e.id));
  for (const e of extraction.entities) {
    e.mentions.forEach((s, i) => problems.push(spanProblem(document, s, `${e.id} mention ${i}`) ?? ''));
  }
  for (const r of extraction.relations) {
    r.evidence.forEach((s, i) => problems.push(spanProblem(document, s, `${r.id} evidence ${i}`) ?? ''));
    if (!ids.has(r.source)) problems.push(`${r.id}: source ${r.source} is not an extracted entity`);
    if (!ids.has(r.target)) problems.push(`${r.id}: target ${r.target} is not an extracted entity`);
  }
  return problems.filter((p) => p !== '');
}

// ---- report ----

const pct = (x: number): string => x.toFixed(2);

function row(label: string, e: Counts, r: Counts): string {
  return `| ${label} | ${e.tp}/${e.extracted}/${e.expected} | ${pct(precision(e))} | ${pct(recall(e))} | ${pct(f1(e))} | ${r.tp}/${r.extracted}/${r.expected} | ${pct(precision(r))} | ${pct(recall(r))} | ${pct(f1(r))} |`;
}

export function renderReport(scores: ArticleScore[]): string {
  const micro = microAverage(scores);
  const lines = [
    '# Golden articles: extraction quality',
    '',
    'Counts are matched/extracted/expected. P = precision, R = recall.',
    '',
    '| article | entities | P | R | F1 | relations | P | R | F1 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...scores.map((s) => row(s.slug, s.entities, s.relations)),
    row('**micro average**', micro.entities, micro.relations),
    '',
    '## Misses per article',
    '',
  ];
  for (const s of scores) {
    lines.push(`### ${s.slug}`, '');
    lines.push(`- missing entities: ${s.entities.missing.join('; ') || 'none'}`);
    lines.push(`- spurious entities: ${s.entities.spurious.join('; ') || 'none'}`);
    lines.push(`- missing relations: ${s.relations.missing.join('; ') || 'none'}`);
    lines.push(`- spurious relations: ${s.relations.spurious.join('; ') || 'none'}`, '');
  }
  return lines.join('\n');
}
