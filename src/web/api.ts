// The page's only door to the server: typed fetch wrappers for /api/*. Error bodies
// {error: {code, message}} become ApiError so the UI can show the server's one-line message.

import type { CypherResult, EntityDetail, EntitySummary, NeighborPage, StoreStats } from '../store/types.js';
import type { EntityType, GraphPayload } from '../types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP', error?.message ?? `server answered ${response.status}`);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  stats: () => request<StoreStats>('/api/stats'),
  graph: (query: { limit?: number; types?: EntityType[] } = {}) => {
    const params = new URLSearchParams();
    if (query.limit) params.set('limit', String(query.limit));
    if (query.types?.length) params.set('types', query.types.join(','));
    const qs = params.toString();
    return request<GraphPayload>(`/api/graph${qs ? `?${qs}` : ''}`);
  },
  entity: (id: string) => request<EntityDetail>(`/api/entities/${enc(id)}`),
  neighbors: (id: string, limit: number, offset: number) =>
    request<NeighborPage>(`/api/entities/${enc(id)}/neighbors?limit=${limit}&offset=${offset}`),
  search: async (q: string) => (await request<{ results: EntitySummary[] }>(`/api/search?q=${enc(q)}&limit=10`)).results,
  cypher: (query: string) =>
    request<CypherResult>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params: {} }),
    }),
};
