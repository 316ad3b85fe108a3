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

/** Adds the payload's nodes and edges that are not there yet; returns the keys that were added. */
export function mergePayload(graph: ViewGraph, payload: GraphPayload): { nodes: string[]; edges: string[] } {
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
  graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, size: Math.min(26, 4 + 2.2 * Math.sqrt(graph.degree(key))) }));
}

/** Node keys within one step of `key` (including it). */
export function neighbourhood(graph: ViewGraph, key: string): { nodes: string[]; edges: string[] } {
  if (!graph.hasNode(key)) return { nodes: [], edges: [] };
  return { nodes: [key, ...graph.neighbors(key)], edges: graph.edges(key) };
}
