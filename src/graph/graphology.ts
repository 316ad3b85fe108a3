// GraphPayload <-> graphology: the payload is graphology's serialized-graph JSON, so this is a thin,
// typed wrapper around import/export. Pure; safe in the browser (graphology has no node-only code).

import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphPayload, NodeAttributes } from '../types.js';

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphPayload['attributes']>;

/** A new graphology graph holding the payload (omitted counts become graph attributes). */
export function payloadToGraph(payload: GraphPayload): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.import(payload);
  return graph;
}

/** The graph back as a payload, nodes and edges sorted by key (deterministic). */
export function graphToPayload(graph: KgGraph): GraphPayload {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes: { ...attributes } }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes: { ...attributes } }));
  const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const attrs = graph.getAttributes();
  return {
    attributes: { omittedNodes: attrs.omittedNodes ?? 0, omittedEdges: attrs.omittedEdges ?? 0 },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodes.sort(byKey),
    edges: edges.sort(byKey),
  };
}
