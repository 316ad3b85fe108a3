// The sigma 4 renderer of the explorer: primitives (arrows, curved parallel edges), declarative
// styles for selection, highlight and dimming, and the node/edge states that filters and selection
// set. It knows nothing of the API or the panels: main.ts wires those.

import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { EntityType, RelationType } from '../types.js';
import type { ViewEdge, ViewGraph, ViewNode } from './graph-model.js';
import { neighbourhood } from './graph-model.js';
import { DIMMED, HIGHLIGHT_EDGE } from './palette.js';

export interface Filters {
  hiddenTypes: Set<EntityType>;
  hiddenRelations: Set<RelationType>;
  minConfidence: number;
}

type NodeState = { isSelected: boolean };
type EdgeState = { isSelected: boolean };
export type KgSigma = Sigma<ViewNode, ViewEdge, Record<string, unknown>, NodeState, EdgeState>;

/** Above this many edges the view trades arrows and curves for speed (software WebGL included). */
export const LARGE_GRAPH_EDGES = 20_000;

/**
 * Settings for large graphs. With software WebGL every drawn item costs GPU time in each pass of each
 * frame, hidden ones included (sigma keeps them in its buffers), so: no edge picking pass (edges are
 * not clickable; their nodes are), no edges and labels while the camera moves, plain (not
 * anti-aliased) edges, and labels only for the bigger nodes.
 */
const LARGE_GRAPH_SETTINGS = {
  enableEdgeEvents: false,
  itemSizesReference: 'screen',
  renderEdgeLabels: false,
  antialiasEdges: false,
  labelDensity: 0.5,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 8,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
} as const;

/** `large`: LARGE_GRAPH_SETTINGS; `labels: false` starts without labels (turn them on with setSetting). */
export function createRenderer(graph: ViewGraph, container: HTMLElement, large = graph.size > LARGE_GRAPH_EDGES, labels = true): KgSigma {
  return new Sigma<ViewNode, ViewEdge, Record<string, unknown>, NodeState, EdgeState>(graph, container, {
    customNodeState: { isSelected: false },
    customEdgeState: { isSelected: false },
    primitives: large
      ? { edges: { paths: [pathLine()] } }
      : { edges: { paths: [pathLine(), pathCurved(), pathLoop()], extremities: [extremityArrow()] } },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        { when: (_a, state, graphState) => graphState.hasHighlighted && !state.isHighlighted, then: { color: DIMMED, labelVisibility: 'hidden' } },
        { whenState: 'isHighlighted', then: { labelVisibility: 'visible', depth: 'topNodes' } },
        { whenState: 'isSelected', then: { backdropVisibility: 'visible', labelVisibility: 'visible', depth: 'topNodes' } },
      ],
      edges: [
        DEFAULT_STYLES.edges,
        large ? {} : { head: 'arrow', parallelPath: 'curved' },
        { when: (_a, state, graphState) => graphState.hasHighlighted && !state.isHighlighted, then: { color: '#f0f1f3' } },
        { whenState: 'isHighlighted', then: { color: HIGHLIGHT_EDGE, depth: 'topEdges' } },
        { whenState: 'isSelected', then: { color: '#d62828', size: 3, depth: 'topEdges' } },
      ],
    },
    settings: large ? { ...LARGE_GRAPH_SETTINGS, renderLabels: labels } : {
      renderLabels: labels,
      enableEdgeEvents: true,
      // sigma 4 defaults to sizes in graph units; the page sizes nodes in pixels, like sigma 3.
      itemSizesReference: 'screen',
      renderEdgeLabels: false,
      labelDensity: 0.7,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 4,
    },
  });
}

/** Sets a boolean state on every node (or edge): `true` for the keys that pass, `false` for the rest (batched). */
function splitState(keys: string[], pass: (key: string) => boolean): [string[], string[]] {
  const yes: string[] = [];
  const no: string[] = [];
  for (const key of keys) (pass(key) ? yes : no).push(key);
  return [yes, no];
}

/** Hides nodes of hidden types and edges of hidden relation types or below the minimum confidence. */
export function applyFilters(sigma: KgSigma, filters: Filters): void {
  const graph = sigma.getGraph();
  const [hiddenNodes, shownNodes] = splitState(graph.nodes(), (key) => filters.hiddenTypes.has(graph.getNodeAttribute(key, 'type')));
  const [hiddenEdges, shownEdges] = splitState(graph.edges(), (key) => {
    const a = graph.getEdgeAttributes(key);
    return filters.hiddenRelations.has(a.type) || a.confidence < filters.minConfidence;
  });
  sigma.setNodesState(hiddenNodes, { isHidden: true }).setNodesState(shownNodes, { isHidden: false });
  sigma.setEdgesState(hiddenEdges, { isHidden: true }).setEdgesState(shownEdges, { isHidden: false });
}

/** Highlights exactly `nodes` and `edges` (empty: no highlight, nothing dimmed). */
export function setHighlight(sigma: KgSigma, nodes: Iterable<string>, edges: Iterable<string>): void {
  const graph = sigma.getGraph();
  const n = new Set(nodes);
  const e = new Set(edges);
  const [onNodes, offNodes] = splitState(graph.nodes(), (key) => n.has(key));
  const [onEdges, offEdges] = splitState(graph.edges(), (key) => e.has(key));
  sigma.setNodesState(offNodes, { isHighlighted: false }).setNodesState(onNodes, { isHighlighted: true });
  sigma.setEdgesState(offEdges, { isHighlighted: false }).setEdgesState(onEdges, { isHighlighted: true });
}

export function clearSelection(sigma: KgSigma): void {
  const graph = sigma.getGraph();
  sigma.setNodesState(graph.nodes(), { isSelected: false });
  sigma.setEdgesState(graph.edges(), { isSelected: false });
  setHighlight(sigma, [], []);
}

export function selectNode(sigma: KgSigma, key: string): void {
  clearSelection(sigma);
  const around = neighbourhood(sigma.getGraph(), key);
  setHighlight(sigma, around.nodes, around.edges);
  sigma.setNodeState(key, { isSelected: true });
}

export function selectEdge(sigma: KgSigma, key: string): void {
  clearSelection(sigma);
  const graph = sigma.getGraph();
  setHighlight(sigma, graph.extremities(key), [key]);
  sigma.setEdgeState(key, { isSelected: true });
}

/** Animates the camera to the node (keeps the zoom unless it is far out). */
export async function focusNode(sigma: KgSigma, key: string): Promise<void> {
  sigma.refresh();
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const camera = sigma.getCamera();
  await camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 350 });
}

/** Keys of nodes sigma currently draws (not hidden by a filter). */
export function visibleNodes(sigma: KgSigma): string[] {
  return sigma.getGraph().filterNodes((key) => !sigma.getNodeState(key).isHidden);
}

/** The current frame as a PNG data URL, on a white background (the WebGL canvas is transparent). */
export function snapshotPng(sigma: KgSigma): string {
  sigma.refresh();
  const source = sigma.getStageCanvas();
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('explorer: no 2D canvas to export the image. Use another browser.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  return out.toDataURL('image/png');
}
