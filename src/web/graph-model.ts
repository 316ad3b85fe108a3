// The browser's graph: a graphology MultiDirectedGraph built from GraphPayloads, with display
// attributes (x, y, size, color). Merging keeps existing positions and places new nodes next to a
// neighbour that is already drawn, so the picture does not jump when nodes are added.

import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphPayload, NodeAttributes } from '../types.js';
import { relationColor, typeColor } from './palette.js';

export interface ViewNode extends NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
}
export interface ViewEdge extends EdgeAttributes {
  size: number;
  color: string;
  label: string;
}
export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export function createGraph(): ViewGraph {
  return new MultiDirectedGraph<ViewNode, ViewEdge>({ allowSelfLoops: false });
}

/** A deterministic pseudo-random number in [0, 1) from a string (stable placement between loads). */
export function hash01(text: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/** Neighbour keys per node key, from the payload's edges (computed once per merge). */
function adjacency(payload: GraphPayload): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
  };
  for (const e of payload.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return out;
}

function initialPosition(graph: ViewGraph, key: string, neighbours: string[], count: number): { x: number; y: number } {
  const anchor = neighbours.find((other) => graph.hasNode(other));
  const angle = hash01(key) * Math.PI * 2;
  if (anchor) {
    const at = graph.getNodeAttributes(anchor);
    const spread = 1 + hash01(key, 7) * 2;
    return { x: at.x + Math.cos(angle) * spread, y: at.y + Math.sin(angle) * spread };
  }
  const radius = Math.sqrt(count + 1) * 10 * Math.sqrt(hash01(key, 3));
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Node size from the degree: grows with its square root, so hubs stand out without covering the rest. */
export function sizeForDegree(degree: number): number {
  return Math.min(26, 4 + 2.2 * Math.sqrt(degree));
}

export interface PreparedImport {
  nodes: Array<{ key: string; attributes: ViewNode }>;
  edges: Array<{ key: string; source: string; target: string; attributes: ViewEdge }>;
}

/**
 * A payload ready for `graph.import` into an empty graph: positions, degrees and sizes computed in
 * plain maps (no per-item existence checks on the graph, no second pass over the nodes to size them).
 * Same result as adding the items one by one: a node is placed next to its first neighbour that came
 * before it; duplicate keys, self-loops and edges to missing nodes are left out.
 */
export function prepareImport(payload: GraphPayload): PreparedImport {
  const neighbours = adjacency(payload);
  const placed = new Map<string, { x: number; y: number }>();
  const total = payload.nodes.length;
  for (const node of payload.nodes) {
    if (placed.has(node.key)) continue;
    const angle = hash01(node.key) * Math.PI * 2;
    let at: { x: number; y: number } | undefined;
    for (const other of neighbours.get(node.key) ?? []) {
      at = placed.get(other);
      if (at) break;
    }
    if (at) {
      const spread = 1 + hash01(node.key, 7) * 2;
      placed.set(node.key, { x: at.x + Math.cos(angle) * spread, y: at.y + Math.sin(angle) * spread });
    } else {
      const radius = Math.sqrt(total + 1) * 10 * Math.sqrt(hash01(node.key, 3));
      placed.set(node.key, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    }
  }
  const degree = new Map<string, number>();
  const edgeKeys = new Set<string>();
  const edges: PreparedImport['edges'] = [];
  for (const edge of payload.edges) {
    if (edgeKeys.has(edge.key) || !placed.has(edge.source) || !placed.has(edge.target) || edge.source === edge.target) continue;
    edgeKeys.add(edge.key);
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    const a = edge.attributes;
    edges.push({ key: edge.key, source: edge.source, target: edge.target, attributes: { ...a, size: 1 + a.confidence, color: relationColor(a.type), label: a.type } });
  }
  const seen = new Set<string>();
  const nodes: PreparedImport['nodes'] = [];
  for (const node of payload.nodes) {
    const at = placed.get(node.key);
    if (!at || seen.has(node.key)) continue;
    seen.add(node.key);
    nodes.push({ key: node.key, attributes: { ...node.attributes, x: at.x, y: at.y, size: sizeForDegree(degree.get(node.key) ?? 0), color: typeColor(node.attributes.type) } });
  }
  return { nodes, edges };
}

/** Adds the payload's nodes and edges that are not there yet; returns the keys that were added. */
export function mergePayload(graph: ViewGraph, payload: GraphPayload): { nodes: string[]; edges: string[] } {
  if (graph.order === 0) {
    // First load: everything in one graph.import (one pass, and sigma is not attached yet or gets one refresh).
    const prepared = prepareImport(payload);
    graph.import(prepared);
    return { nodes: prepared.nodes.map((n) => n.key), edges: prepared.edges.map((e) => e.key) };
  }
  const added = { nodes: [] as string[], edges: [] as string[] };
  const total = graph.order + payload.nodes.length;
  const neighbours = adjacency(payload);
  for (const node of payload.nodes) {
    if (graph.hasNode(node.key)) continue;
    const { x, y } = initialPosition(graph, node.key, neighbours.get(node.key) ?? [], total);
    graph.addNode(node.key, { ...node.attributes, x, y, size: 4, color: typeColor(node.attributes.type) });
    added.nodes.push(node.key);
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const a = edge.attributes;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...a, size: 1 + a.confidence, color: relationColor(a.type), label: a.type });
    added.edges.push(edge.key);
  }
  resize(graph);
  return added;
}

/** Node size grows with the square root of the degree, so hubs stand out without covering the rest. */
export function resize(graph: ViewGraph): void {
  graph.updateEachNodeAttributes((key, attributes) => {
    attributes.size = sizeForDegree(graph.degree(key));
    return attributes;
  });
}

/** Node keys within one step of `key` (including it). */
export function neighbourhood(graph: ViewGraph, key: string): { nodes: string[]; edges: string[] } {
  if (!graph.hasNode(key)) return { nodes: [], edges: [] };
  return { nodes: [key, ...graph.neighbors(key)], edges: graph.edges(key) };
}
