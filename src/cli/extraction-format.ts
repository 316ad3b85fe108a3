// How an Extraction is printed: JSON with a fixed key order (whatever order the extractor built
// its objects in), and a readable text summary. Pure functions; the extract command writes them.

import type { Document, Entity, Extraction, Relation, Span, Warning } from '../types.js';

function span(s: Span): Span {
  return { doc: s.doc, start: s.start, end: s.end, text: s.text };
}

function document(d: Document): Document {
  return {
    id: d.id,
    source: d.source,
    lang: d.lang,
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.publisher !== undefined ? { publisher: d.publisher } : {}),
    ...(d.dateline !== undefined ? { dateline: d.dateline } : {}),
    ...(d.published !== undefined ? { published: d.published } : {}),
    text: d.text,
  };
}

function entity(e: Entity): Entity {
  return { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], mentions: e.mentions.map(span) };
}

function relation(r: Relation): Relation {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    confidence: r.confidence,
    rule: r.rule,
    evidence: r.evidence.map(span),
  };
}

function warning(w: Warning): Warning {
  return { ...(w.doc !== undefined ? { doc: w.doc } : {}), code: w.code, message: w.message };
}

/** The same Extraction with every object's keys in the order of src/types.ts. */
export function canonicalExtraction(x: Extraction): Extraction {
  return {
    documents: x.documents.map(document),
    entities: x.entities.map(entity),
    relations: x.relations.map(relation),
    warnings: x.warnings.map(warning),
  };
}

export function formatJson(x: Extraction): string {
  return `${JSON.stringify(canonicalExtraction(x), null, 2)}\n`;
}

function header(d: Document): string[] {
  const facts = [
    `lang ${d.lang}`,
    d.publisher ? `publisher ${d.publisher}` : undefined,
    d.dateline ? `dateline ${d.dateline}` : undefined,
    d.published ? `date ${d.published}` : undefined,
  ].filter((f): f is string => f !== undefined);
  return [`# ${d.title ?? '(untitled)'}`, `  ${d.source} · ${d.id} · ${facts.join(' · ')}`];
}

/** Items per document id: an item is listed under every document its spans come from. */
function indexByDoc<T>(items: T[], spansOf: (item: T) => Span[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items)
    for (const doc of new Set(spansOf(item).map((s) => s.doc))) {
      const list = index.get(doc);
      if (list) list.push(item);
      else index.set(doc, [item]);
    }
  return index;
}

function entityLines(entities: Entity[]): string[] {
  const byType = new Map<string, Entity[]>();
  for (const e of entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const lines: string[] = [];
  for (const type of [...byType.keys()].sort()) {
    lines.push(`  ${type}:`);
    for (const e of byType.get(type) ?? []) {
      const aliases = e.aliases.filter((a) => a !== e.name);
      lines.push(`    ${e.name}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}`);
    }
  }
  return lines.length > 0 ? ['Entities:', ...lines] : ['Entities: none'];
}

function relationLines(relations: Relation[], docId: string, names: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const r of relations) {
    const evidence = r.evidence.filter((s) => s.doc === docId);
    if (evidence.length === 0) continue;
    const from = names.get(r.source) ?? r.source;
    const to = names.get(r.target) ?? r.target;
    lines.push(`  ${from} -[${r.type}]-> ${to} (${r.confidence.toFixed(2)}, ${r.rule})`);
    for (const s of evidence) lines.push(`      "${s.text.replace(/\s+/g, ' ')}"`);
  }
  return lines.length > 0 ? ['Relations:', ...lines] : ['Relations: none'];
}

/** A readable summary: per document a header, entities by type with aliases, relations with evidence; warnings last. */
export function formatText(x: Extraction): string {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const entities = indexByDoc(x.entities, (e) => e.mentions);
  const relations = indexByDoc(x.relations, (r) => r.evidence);
  const blocks: string[] = [];
  for (const d of x.documents) {
    const lines = [...header(d), ...entityLines(entities.get(d.id) ?? []), ...relationLines(relations.get(d.id) ?? [], d.id, names)];
    blocks.push(lines.join('\n'));
  }
  if (x.warnings.length > 0) blocks.push(['Warnings:', ...x.warnings.map((w) => `  [${w.code}] ${w.doc ? `${w.doc}: ` : ''}${w.message}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
