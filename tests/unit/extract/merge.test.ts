// mergeExtractions (linear) must give exactly what the obvious part-by-part merge below gives:
// checked on the fixtures and on seeded random corpora with shared entities, repeated spans,
// confidence ties and single-part entities.

import { mergeExtractions } from '../../../src/extract/merge.js';
import type { Entity, Extraction, Relation, Span } from '../../../src/types.js';
import { fixture } from '../store/fixtures.js';

// The reference: merge one part at a time (quadratic for common entities, obviously right).
function bySpan(a: Span, b: Span): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}
function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.doc}:${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(bySpan);
}

function mergeEntity(into: Entity, next: Entity): Entity {
  return {
    ...into,
    aliases: [...new Set([...into.aliases, ...next.aliases])].sort(),
    mentions: uniqueSpans([...into.mentions, ...next.mentions]),
  };
}

function mergeRelation(into: Relation, next: Relation): Relation {
  const stronger = next.confidence > into.confidence ? next : into;
  return {
    ...into,
    confidence: stronger.confidence,
    rule: stronger.rule,
    evidence: uniqueSpans([...into.evidence, ...next.evidence]),
  };
}

function naiveMerge(parts: Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const documents = new Map<string, Extraction['documents'][number]>();
  for (const part of parts) {
    for (const d of part.documents) if (!documents.has(d.id)) documents.set(d.id, d);
    for (const e of part.entities) {
      const known = entities.get(e.id);
      entities.set(e.id, known ? mergeEntity(known, e) : e);
    }
    for (const r of part.relations) {
      const known = relations.get(r.id);
      relations.set(r.id, known ? mergeRelation(known, r) : r);
    }
  }
  return {
    documents: [...documents.values()],
    entities: [...entities.values()].sort(byId),
    relations: [...relations.values()].sort(byId),
    warnings: parts.flatMap((p) => p.warnings),
  };
}

function randomCorpus(seed: number, docs: number): Extraction[] {
  let state = seed;
  const rnd = (n: number): number => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
  return Array.from({ length: docs }, (_, i) => {
    const doc = `d${rnd(docs)}`; // sometimes the same document id twice
    const span = (): Span => {
      const start = rnd(20);
      return { doc, start, end: start + 1 + rnd(3), text: 'x' };
    };
    const ids = Array.from({ length: 1 + rnd(6) }, () => `person:p${rnd(8)}`);
    return {
      documents: [{ id: doc, source: `s${i}`, lang: 'en', text: 'x'.repeat(40) }],
      entities: ids.map((id) => ({ id, name: `${id}-${i}`, type: 'Person', aliases: [`a${rnd(5)}`, `a${rnd(5)}`], mentions: [span(), span()] })),
      relations: ids.slice(1).map((id, k) => ({
        id: `MET_WITH:${ids[k] ?? ''}->${id}`,
        type: 'MET_WITH',
        source: ids[k] ?? '',
        target: id,
        confidence: [0.5, 0.7, 0.7, 0.9][rnd(4)] ?? 0.5,
        rule: `rule-${i}`,
        evidence: [span()],
      })),
      warnings: rnd(3) === 0 ? [{ doc, code: 'W', message: `w${i}` }] : [],
    };
  });
}

test.each([
  ['no parts', []],
  ['one fixture', ['store-a']],
  ['two fixtures', ['store-a', 'store-b']],
  ['all fixtures, other order', ['store-b', 'store-a2', 'store-a']],
] as const)('same as the part-by-part merge: %s', (_name, names) => {
  const parts = names.map((n) => fixture(n));
  expect(mergeExtractions(parts)).toEqual(naiveMerge(parts));
});

test.each([1, 2, 3, 4, 5, 6, 7, 8])('same as the part-by-part merge on random corpus #%i', (seed) => {
  const parts = randomCorpus(seed * 7919, 25);
  const merged = mergeExtractions(parts);
  expect(merged).toEqual(naiveMerge(parts));
  expect(merged.entities.length).toBeGreaterThan(1);
});
