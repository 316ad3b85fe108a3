// The explorer's behaviour: what selecting, expanding, filtering and querying do to the graph, the
// renderer, the panel and the URL. main.ts builds one Explorer and wires the page to it; tests drive
// it through window.__kg.

import type { CypherResult, EntityDetail, StoreStats } from '../store/types.js';
import type { EntityType, GraphPayload, RelationType } from '../types.js';
import { api, ApiError } from './api.js';
import { mergePayload } from './graph-model.js';
import type { ViewGraph } from './graph-model.js';
import { showEntity, showMessage, showRelation } from './panel.js';
import { encodeState } from './url-state.js';
import type { ViewState } from './url-state.js';
import type { Filters, KgSigma } from './view.js';
import { applyFilters, clearSelection, focusNode, selectEdge, selectNode, setHighlight } from './view.js';

export const PAGE_SIZE = 20;

export class Explorer {
  readonly filters: Filters;
  /** How many neighbours of an entity the page has asked for so far. */
  private readonly expanded = new Map<string, { shown: number; total: number }>();
  private lastDetail: EntityDetail | null = null;

  constructor(
    readonly graph: ViewGraph,
    readonly sigma: KgSigma,
    readonly stats: StoreStats,
    private readonly panel: HTMLElement,
    readonly state: ViewState,
  ) {
    this.filters = {
      hiddenTypes: new Set(state.hiddenTypes),
      hiddenRelations: new Set(state.hiddenRelations),
      minConfidence: state.minConfidence,
    };
  }

  /** Adds a payload to the graph and re-applies the filters to what was added. */
  add(payload: GraphPayload): { nodes: string[]; edges: string[] } {
    const added = mergePayload(this.graph, payload);
    applyFilters(this.sigma, this.filters);
    return added;
  }

  setFilters(): void {
    applyFilters(this.sigma, this.filters);
    this.state.hiddenTypes = [...this.filters.hiddenTypes] as EntityType[];
    this.state.hiddenRelations = [...this.filters.hiddenRelations] as RelationType[];
    this.state.minConfidence = this.filters.minConfidence;
    this.saveUrl();
  }

  async select(id: string): Promise<EntityDetail | null> {
    try {
      if (!this.graph.hasNode(id)) await this.more(id, false);
      const detail = await api.entity(id);
      this.lastDetail = detail;
      selectNode(this.sigma, id);
      await focusNode(this.sigma, id);
      const paging = this.expanded.get(id) ?? { shown: 0, total: 0 };
      const around = this.graph.hasNode(id) ? this.graph.degree(id) : 0;
      const total = new Set(detail.relations.map((r) => (r.source.id === id ? r.target.id : r.source.id))).size;
      showEntity(this.panel, detail, { shown: Math.max(paging.shown, Math.min(total, around)), total }, this.actions);
      Object.assign(this.state, { selected: id, edge: undefined });
      this.saveUrl();
      return detail;
    } catch (error) {
      showMessage(this.panel, error instanceof ApiError ? error.message : String(error));
      return null;
    }
  }

  async selectRelation(key: string): Promise<void> {
    if (!this.graph.hasEdge(key)) return;
    const [source, target] = this.graph.extremities(key);
    if (!source || !target) return;
    selectEdge(this.sigma, key);
    const [a, b] = await Promise.all([api.entity(source), api.entity(target)]);
    const relation = a.relations.find((r) => r.id === key);
    if (!relation) return showMessage(this.panel, `No evidence found for ${key}.`);
    showRelation(this.panel, relation, [...a.mentions, ...b.mentions], this.actions);
    Object.assign(this.state, { selected: undefined, edge: key });
    this.saveUrl();
  }

  /** Loads the next page of an entity's neighbours ("show 20 more of N") and highlights them. */
  async more(id: string, reselect = true): Promise<void> {
    const paging = this.expanded.get(id) ?? { shown: 0, total: 0 };
    const page = await api.neighbors(id, PAGE_SIZE, paging.shown);
    this.add(page.graph);
    this.expanded.set(id, { shown: Math.min(page.total, paging.shown + PAGE_SIZE), total: page.total });
    if (reselect) await this.select(id);
  }

  deselect(): void {
    clearSelection(this.sigma);
    this.lastDetail = null;
    showMessage(this.panel, 'Select an entity (search, or click a node) to see its relations and evidence.');
    Object.assign(this.state, { selected: undefined, edge: undefined });
    this.saveUrl();
  }

  /** Draws a Cypher result: adds its nodes and edges and highlights exactly them. */
  showCypher(result: CypherResult, query: string): void {
    this.add(result.graph);
    clearSelection(this.sigma);
    setHighlight(this.sigma, result.graph.nodes.map((n) => n.key), result.graph.edges.map((e) => e.key));
    this.state.cypher = query;
    this.saveUrl();
  }

  saveUrl(): void {
    const camera = this.sigma.getCamera().getState();
    this.state.camera = { x: camera.x, y: camera.y, ratio: camera.ratio };
    history.replaceState(null, '', encodeState(this.state));
  }

  get detail(): EntityDetail | null {
    return this.lastDetail;
  }

  readonly actions = {
    select: (id: string) => void this.select(id),
    more: (id: string) => void this.more(id),
  };
}
