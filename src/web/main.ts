// The explorer page's entry: numbered steps from the URL to a drawn, interactive graph. It also
// exposes the renderer, the graph and a small test API on window.__kg for the e2e tests.

import './styles.css';
import type { EntitySummary, StoreStats } from '../store/types.js';
import { isEntityType } from '../types.js';
import type { GraphPayload } from '../types.js';
import { api } from './api.js';
import { setupConsole } from './cypher-console.js';
import type { CypherConsole } from './cypher-console.js';
import { byId, el } from './dom.js';
import { Explorer } from './explorer.js';
import { renderFilters } from './filters.js';
import { createGraph, prepareImport } from './graph-model.js';
import { runLayout } from './layout.js';
import { showMessage } from './panel.js';
import { setupSearch } from './search.js';
import type { SearchBox } from './search.js';
import { decodeState } from './url-state.js';
import { LARGE_GRAPH_EDGES, createRenderer, snapshotPng, visibleNodes } from './view.js';

export interface KgTestApi {
  /** Milliseconds since navigation at each start-up step (benchmarks). */
  timings: Record<string, number>;
  explorer: Explorer;
  sigma: Explorer['sigma'];
  graph: Explorer['graph'];
  ready: boolean;
  /** When sigma issued its first frame with the graph (ms since navigation; the GPU may finish it later). */
  firstFrameMs: number | null;
  layout: { ms: number; reason: string } | null;
  select(id: string): Promise<string | null>;
  search(q: string): Promise<EntitySummary[]>;
  visibleNodes(): string[];
  runCypher(query: string): Promise<number>;
  snapshot(): string;
}

declare global {
  interface Window {
    __kg?: KgTestApi;
  }
}

function countBy<T, K>(items: T[], key: (t: T) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

function download(href: string, name: string): void {
  const link = el('a', { attrs: { href, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Resolves after the browser has presented the current frame (two animation frames). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

const timings: Record<string, number> = {};
function mark(step: string): void {
  timings[step] = Math.round(performance.now());
}

/** Filters (also the legend), search, panel, clicks, camera-to-URL, exports and the Cypher console. */
function wireControls(explorer: Explorer, payload: GraphPayload, stats: StoreStats): { search: SearchBox; cypherConsole: CypherConsole } {
  const { sigma, state } = explorer;
  const present = {
    types: countBy(payload.nodes, (n) => n.attributes.type),
    relations: countBy(payload.edges, (e) => e.attributes.type),
  };
  for (const t of Object.keys(stats.entitiesByType)) if (isEntityType(t) && !present.types.has(t)) present.types.set(t, 0);
  explorer.setFilters();
  renderFilters(byId('filters'), present, explorer.filters, () => explorer.setFilters());
  const search = setupSearch(byId<HTMLInputElement>('search'), byId('suggestions'), (entity) => {
    state.q = entity.name;
    void explorer.select(entity.id);
  });
  showMessage(byId('panel'), 'Select an entity (search, or click a node) to see its relations and evidence.');
  sigma.on('clickNode', ({ node }) => void explorer.select(node));
  sigma.on('clickEdge', ({ edge }) => void explorer.selectRelation(edge));
  sigma.on('clickStage', () => explorer.deselect());
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on('updated', () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => explorer.saveUrl(), 300);
  });
  byId('export-png').addEventListener('click', () => download(snapshotPng(sigma), 'kg-view.png'));
  byId('export-gexf').addEventListener('click', () => download('/api/export?format=gexf', 'kg-graph.gexf'));
  const cypherConsole = setupConsole(byId('console'), stats.kind, state.cypher, (result, query) => explorer.showCypher(result, query));
  return { search, cypherConsole };
}

async function start(): Promise<void> {
  // 1. Read the shared view state from the URL and what the server holds.
  const state = decodeState(location.hash);
  const limit = Number(new URLSearchParams(location.search).get('limit') ?? '5000');
  const [stats, payload] = await Promise.all([api.stats(), api.graph({ limit: limit > 0 ? limit : 5000 })]);
  mark('fetched');

  // 2. Build the graph (one graph.import before sigma is attached, which spares it one event per
  //    item), then the renderer. Large graphs go in nodes first: sigma's first frame then pays only
  //    for the nodes (with software WebGL each drawn item costs GPU time), and the edges and the
  //    labels follow in the next frame.
  const large = payload.edges.length > LARGE_GRAPH_EDGES;
  const graph = createGraph();
  const prepared = prepareImport(payload);
  graph.import(large ? { nodes: prepared.nodes } : prepared);
  mark('graph built');
  const sigma = createRenderer(graph, byId('graph'), large, !large);
  mark('renderer created');
  // sigma drew its first frame inside its constructor; later frames report through "afterRender".
  // Benchmarks listen to this event to watch the frames (e.g. for the first frame with pixels).
  window.dispatchEvent(new CustomEvent('kg:renderer', { detail: sigma }));
  let firstFrameMs: number | null = graph.order > 0 ? timings['renderer created'] ?? null : null;
  sigma.on('afterRender', () => {
    if (firstFrameMs === null && graph.order > 0) firstFrameMs = Math.round(performance.now());
  });
  if (large) {
    await nextFrame();
    graph.import({ edges: prepared.edges });
    sigma.setSetting('renderLabels', true);
    mark('edges added');
  }
  const explorer = new Explorer(graph, sigma, stats, byId('panel'), state);
  const omitted = payload.attributes.omittedNodes;
  byId('status').textContent = `${graph.order} entities, ${graph.size} relations shown${omitted > 0 ? ` (${omitted} more not loaded)` : ''} · ${stats.kind === 'neo4j' ? 'Neo4j' : 'file store'}`;
  if (state.camera) sigma.getCamera().setState(state.camera);

  // 3. Lay it out in a worker, stopped when it settles.
  const layoutRun = runLayout(graph);
  mark('layout started');
  let layout: { ms: number; reason: string } | null = null;
  void layoutRun.done.then((result) => (layout = result));

  // 4. Filters (also the legend), search, panel, clicks, exports, Cypher console.
  const { search, cypherConsole } = wireControls(explorer, payload, stats);
  mark('filters applied');

  // 5. Restore the shared selection, then expose the test API.
  if (state.q) byId<HTMLInputElement>('search').value = state.q;
  if (state.selected) await explorer.select(state.selected);
  else if (state.edge) await explorer.selectRelation(state.edge);
  else if (state.cypher && stats.kind === 'neo4j') await cypherConsole.run(state.cypher);
  mark('ready');
  window.__kg = {
    timings,
    explorer,
    sigma,
    graph,
    ready: true,
    get firstFrameMs() {
      return firstFrameMs;
    },
    get layout() {
      return layout;
    },
    select: async (id) => (await explorer.select(id))?.entity.id ?? null,
    search: (q) => search.query(q),
    visibleNodes: () => visibleNodes(sigma),
    runCypher: async (query) => (await cypherConsole.run(query))?.rows.length ?? -1,
    snapshot: () => snapshotPng(sigma),
  };
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  byId('status').textContent = `explorer: could not start: ${message}`;
  document.body.dataset.ready = 'error';
});
