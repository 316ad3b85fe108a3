// buildPayload: the most connected entities under a limit (ties by id), type filters, omitted
// counts, determinism; summaries of an extraction; the graphology round trip.

import { buildPayload, payloadSummaries, summarizeExtraction } from '../../../src/graph/payload.js';
import type { PayloadRelation } from '../../../src/graph/payload.js';
import { graphToPayload, payloadToGraph } from '../../../src/graph/graphology.js';
import { mergeExtractions } from '../../../src/extract/merge.js';
import type { EntitySummary } from '../../../src/store/types.js';
import type { EntityType } from '../../../src/types.js';
import { fixture } from '../store/fixtures.js';

function entity(id: string, type: EntityType = 'Person'): EntitySummary {
  return { id, name: id.toUpperCase(), type, aliases: [id], mentions: 1, docs: 1 };
}
function rel(source: string, target: string, type: PayloadRelation['type'] = 'MET_WITH'): PayloadRelation {
  return { id: `${type}:${source}->${target}`, type, source, target, confidence: 0.5, docs: 1, rule: 'r' };
}

// hub a (degree 3), b and c (2 each), d (1), e isolated, f a city linked to a.
const ENTITIES = [entity('a'), entity('b'), entity('c'), entity('d'), entity('e'), entity('f', 'City')];
const RELATIONS = [rel('a', 'b'), rel('a', 'c'), rel('b', 'c'), rel('c', 'd', 'WORKS_FOR'), rel('a', 'f', 'VISITED')];

const keys = (items: { key: string }[]): string[] => items.map((i) => i.key);

describe('buildPayload', () => {
  test.each<[string, { limit?: number; types?: EntityType[] }, string[], string[], [number, number]]>([
    ['everything without a query', {}, ['a', 'b', 'c', 'd', 'e', 'f'], ['MET_WITH:a->b', 'MET_WITH:a->c', 'MET_WITH:b->c', 'VISITED:a->f', 'WORKS_FOR:c->d'], [0, 0]],
    ['the most connected under a limit', { limit: 2 }, ['a', 'c'], ['MET_WITH:a->c'], [4, 4]],
    ['ties broken by id', { limit: 3 }, ['a', 'b', 'c'], ['MET_WITH:a->b', 'MET_WITH:a->c', 'MET_WITH:b->c'], [3, 2]],
    ['a limit of zero', { limit: 0 }, [], [], [6, 5]],
    ['a limit above the size', { limit: 100 }, ['a', 'b', 'c', 'd', 'e', 'f'], ['MET_WITH:a->b', 'MET_WITH:a->c', 'MET_WITH:b->c', 'VISITED:a->f', 'WORKS_FOR:c->d'], [0, 0]],
    ['a type filter', { types: ['City'] }, ['f'], [], [0, 0]],
    ['a type filter with a limit', { types: ['Person'], limit: 1 }, ['c'], [], [4, 4]],
    ['an empty type list means all types', { types: [], limit: 1 }, ['a'], [], [5, 5]],
  ])('%s', (_name, query, nodes, edges, [omittedNodes, omittedEdges]) => {
    const payload = buildPayload(ENTITIES, RELATIONS, query);
    expect(keys(payload.nodes)).toEqual(nodes);
    expect(keys(payload.edges)).toEqual(edges);
    expect(payload.attributes).toEqual({ omittedNodes, omittedEdges });
    expect(payload.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
  });

  test('every edge has both ends among the nodes', () => {
    for (const limit of [0, 1, 2, 3, 4, 5, 6]) {
      const payload = buildPayload(ENTITIES, RELATIONS, { limit });
      const shown = new Set(keys(payload.nodes));
      for (const e of payload.edges) expect([shown.has(e.source), shown.has(e.target)]).toEqual([true, true]);
    }
  });

  test('the input order does not matter (same payload, same bytes)', () => {
    const forward = JSON.stringify(buildPayload(ENTITIES, RELATIONS, { limit: 3 }));
    const backward = JSON.stringify(buildPayload([...ENTITIES].reverse(), [...RELATIONS].reverse(), { limit: 3 }));
    expect(backward).toBe(forward);
  });

  test('self-loops are left out and counted as omitted; relations to unknown entities are ignored', () => {
    const payload = buildPayload(ENTITIES, [...RELATIONS, rel('a', 'a'), rel('a', 'zz')]);
    expect(payload.edges).toHaveLength(RELATIONS.length);
    expect(payload.attributes).toEqual({ omittedNodes: 0, omittedEdges: 1 });
  });

  test('node and edge attributes carry the summaries', () => {
    const payload = buildPayload([entity('a'), entity('f', 'City')], [rel('a', 'f', 'VISITED')]);
    expect(payload.nodes[0]).toEqual({ key: 'a', attributes: { label: 'A', type: 'Person', aliases: ['a'], mentions: 1, docs: 1 } });
    expect(payload.edges[0]).toEqual({
      key: 'VISITED:a->f', source: 'a', target: 'f', attributes: { type: 'VISITED', confidence: 0.5, docs: 1, rule: 'r' },
    });
  });
});

describe('summaries', () => {
  test('summarizeExtraction counts mentions and documents per entity and relation', () => {
    const merged = mergeExtractions([fixture('store-a'), fixture('store-b')]);
    const { entities, relations } = summarizeExtraction(merged);
    expect(entities.find((e) => e.id === 'person:alexander-lukashenko')).toMatchObject({ mentions: 3, docs: 2 });
    expect(entities.find((e) => e.id === 'city:astana')).toMatchObject({ mentions: 2, docs: 1 });
    expect(relations.find((r) => r.id.startsWith('LEADER_OF:'))).toMatchObject({ docs: 2, confidence: 0.9 });
  });

  test('payloadSummaries inverts buildPayload', () => {
    const payload = buildPayload(ENTITIES, RELATIONS);
    const { entities, relations } = payloadSummaries(payload);
    expect(buildPayload(entities, relations)).toEqual(payload);
  });
});

describe('graphology', () => {
  test('a payload round-trips through a graphology graph', () => {
    const payload = buildPayload(ENTITIES, RELATIONS, { limit: 4 });
    const graph = payloadToGraph(payload);
    expect([graph.order, graph.size]).toEqual([4, payload.edges.length]);
    expect(graph.outDegree('a')).toBe(2);
    expect(graphToPayload(graph)).toEqual(payload);
  });

  test('a self-loop in a hand-made payload is refused by graphology', () => {
    const payload = buildPayload(ENTITIES, RELATIONS);
    payload.edges.push({ key: 'x', source: 'a', target: 'a', attributes: { type: 'MET_WITH', confidence: 1, docs: 1, rule: 'r' } });
    expect(() => payloadToGraph(payload)).toThrow();
  });
});
