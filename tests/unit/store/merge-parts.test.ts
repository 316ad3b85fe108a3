// mergeParts (linear) must give exactly what mergeExtractions (the shared reference) gives:
// checked on the fixtures and on seeded random corpora with shared entities, repeated spans,
// confidence ties and single-part entities.

import { mergeExtractions } from '../../../src/extract/merge.js';
import { mergeParts } from '../../../src/store/file/merge-parts.js';
import type { Extraction, Span } from '../../../src/types.js';
import { fixture } from './fixtures.js';

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
] as const)('same as mergeExtractions: %s', (_name, names) => {
  const parts = names.map((n) => fixture(n));
  expect(mergeParts(parts)).toEqual(mergeExtractions(parts));
});

test.each([1, 2, 3, 4, 5, 6, 7, 8])('same as mergeExtractions on random corpus #%i', (seed) => {
  const parts = randomCorpus(seed * 7919, 25);
  const merged = mergeParts(parts);
  expect(merged).toEqual(mergeExtractions(parts));
  expect(merged.entities.length).toBeGreaterThan(1);
});
