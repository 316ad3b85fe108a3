// The Cypher console: a textarea, a run button and example queries. Results are listed as a table
// and handed to onGraph to be drawn. Without Neo4j the console shows how to start it instead.

import type { CypherResult, StoreKind } from '../store/types.js';
import { ApiError, api } from './api.js';
import { clear, el } from './dom.js';

export const EXAMPLES: ReadonlyArray<{ title: string; query: string }> = [
  { title: 'Memberships', query: 'MATCH (c:Country)-[r:MEMBER_OF]->(o) RETURN c, r, o' },
  { title: 'People and what they lead', query: 'MATCH (p:Person)-[r:LEADER_OF]->(x) RETURN p, r, x' },
  { title: 'Most connected', query: 'MATCH (e)-[r]-() RETURN e.name AS name, count(r) AS degree ORDER BY degree DESC LIMIT 10' },
];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown>; id?: string };
  if (Array.isArray(v.labels)) return `(${v.labels.join(':')}) ${String(v.properties?.name ?? v.properties?.id ?? v.id ?? '')}`;
  if (typeof v.type === 'string' && v.properties) return `[${v.type}]`;
  return JSON.stringify(value);
}

export function renderTable(root: HTMLElement, result: CypherResult): void {
  clear(root);
  const head = el('tr', {}, result.columns.map((c) => el('th', { text: c })));
  const rows = result.rows.map((row) => el('tr', {}, row.map((cell) => el('td', { text: cellText(cell) }))));
  root.append(
    el('p', { className: 'summary', text: `${result.rows.length} row(s)${result.truncated ? ' (truncated)' : ''}, ${result.graph.nodes.length} node(s) drawn` }),
    el('table', { className: 'results' }, [el('thead', {}, [head]), el('tbody', {}, rows)]),
  );
}

export interface CypherConsole {
  run(query: string): Promise<CypherResult | null>;
}

export function setupConsole(root: HTMLElement, kind: StoreKind, initial: string | undefined, onGraph: (result: CypherResult, query: string) => void): CypherConsole {
  clear(root);
  if (kind !== 'neo4j') {
    root.append(
      el('p', {
        className: 'note',
        text: 'The Cypher console needs Neo4j. Start it with "npm run neo4j" (or "docker compose up -d"), set NEO4J_URI=bolt://127.0.0.1:7687, run "kg ingest seeds/" and restart "kg serve".',
      }),
    );
    return { run: async () => null };
  }
  const area = el('textarea', { attrs: { id: 'cypher-query', rows: '4', spellcheck: 'false' } });
  area.value = initial ?? EXAMPLES[0]?.query ?? '';
  const output = el('div', { className: 'cypher-output' });
  const run = async (query: string): Promise<CypherResult | null> => {
    area.value = query;
    clear(output);
    output.append(el('p', { className: 'summary', text: 'running…' }));
    try {
      const result = await api.cypher(query);
      renderTable(output, result);
      onGraph(result, query);
      return result;
    } catch (error) {
      clear(output);
      output.append(el('p', { className: 'error', text: error instanceof ApiError ? `${error.code}: ${error.message}` : String(error) }));
      return null;
    }
  };
  const button = el('button', { text: 'Run', attrs: { id: 'cypher-run' } });
  button.addEventListener('click', () => void run(area.value));
  const examples = el('div', { className: 'examples' }, EXAMPLES.map((ex) => {
    const b = el('button', { className: 'example', text: ex.title, title: ex.query });
    b.addEventListener('click', () => void run(ex.query));
    return b;
  }));
  root.append(area, el('div', { className: 'row' }, [button, examples]), output);
  return { run };
}
