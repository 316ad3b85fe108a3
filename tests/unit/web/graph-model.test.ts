// The browser graph's first load (one graph.import from a prepared payload) against adding the same
// payload on top of an existing graph: same nodes and edges, degree-based sizes, nodes placed next
// to a neighbour, and bad items (duplicates, self-loops, edges to missing nodes) left out.
import { createGraph, mergePayload, prepareImport, sizeForDegree } from '../../../src/web/graph-model.js';
import type { GraphPayload, SerializedEdge, SerializedNode } from '../../../src/types.js';

const node = (key: string): SerializedNode => ({ key, attributes: { label: key, type: 'Person', aliases: [], mentions: 1, docs: 1 } });
const edge = (source: string, target: string, key = `MET_WITH:${source}->${target}`): SerializedEdge => ({
  key,
  source,
  target,
  attributes: { type: 'MET_WITH', confidence: 0.8, docs: 1, rule: 'test' },
});
const payload = (nodes: SerializedNode[], edges: SerializedEdge[]): GraphPayload => ({
  attributes: { omittedNodes: 0, omittedEdges: 0 },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes,
  edges,
});

const star = payload(
  [node('hub'), node('a'), node('b'), node('c'), node('lonely')],
  [edge('hub', 'a'), edge('hub', 'b'), edge('c', 'hub'), edge('a', 'b')],
);

test('a first load imports every node and edge, sized by degree', () => {
  const graph = createGraph();
  const added = mergePayload(graph, star);
  expect(added.nodes.sort()).toEqual(['a', 'b', 'c', 'hub', 'lonely']);
  expect(added.edges).toHaveLength(4);
  expect(graph.order).toBe(5);
  expect(graph.size).toBe(4);
  expect(graph.getNodeAttribute('hub', 'size')).toBeCloseTo(sizeForDegree(3));
  expect(graph.getNodeAttribute('lonely', 'size')).toBe(sizeForDegree(0));
  expect(sizeForDegree(3)).toBeGreaterThan(sizeForDegree(0));
  expect(graph.getEdgeAttribute('MET_WITH:hub->a', 'label')).toBe('MET_WITH');
});

test('a node with an earlier neighbour is placed within 3 units of it', () => {
  const { nodes } = prepareImport(star);
  const at = new Map(nodes.map((n) => [n.key, n.attributes]));
  for (const key of ['a', 'b', 'c']) {
    const p = at.get(key)!;
    const hub = at.get('hub')!;
    expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeLessThanOrEqual(3);
  }
});

test('the first load gives the same sizes as adding the payload to a non-empty graph', () => {
  const first = createGraph();
  mergePayload(first, star);
  const later = createGraph();
  mergePayload(later, payload([node('zz')], []));
  mergePayload(later, star);
  for (const key of ['hub', 'a', 'b', 'c', 'lonely']) expect(first.getNodeAttribute(key, 'size')).toBeCloseTo(later.getNodeAttribute(key, 'size'));
  expect(later.size).toBe(first.size);
});

test('duplicates, self-loops and edges to missing nodes are left out', () => {
  const bad = payload(
    [node('a'), node('b'), node('a')],
    [edge('a', 'b'), edge('a', 'b'), edge('a', 'a'), edge('a', 'ghost')],
  );
  const prepared = prepareImport(bad);
  expect(prepared.nodes.map((n) => n.key)).toEqual(['a', 'b']);
  expect(prepared.edges.map((e) => e.key)).toEqual(['MET_WITH:a->b']);
  const graph = createGraph();
  expect(() => mergePayload(graph, bad)).not.toThrow();
  expect(graph.size).toBe(1);
});
