// Read-only graph routes: the graph payload, one entity, search, neighbour pages, statistics.
// They only translate HTTP to the GraphStore contract; no graph logic lives here.

import type { FastifyInstance } from 'fastify';
import { KgError } from '../../errors.js';
import type { GraphStore } from '../../store/types.js';
import { EntityParams, GraphParams, NeighborParams, SearchParams, parseParams } from '../params.js';

function unknownEntity(id: string): KgError {
  return new KgError('NOT_FOUND', `server: no entity with id "${id}". Find ids with GET /api/search?q=<name>.`);
}

export function registerGraphRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/api/graph', async (request) => {
    const { limit, types } = parseParams(GraphParams, request.query, 'query');
    return store.loadGraph({ limit, types });
  });

  app.get('/api/entities/:id', async (request) => {
    const { id } = parseParams(EntityParams, request.params, 'path');
    const detail = await store.getEntity(id);
    if (!detail) throw unknownEntity(id);
    return detail;
  });

  app.get('/api/entities/:id/neighbors', async (request) => {
    const { id } = parseParams(EntityParams, request.params, 'path');
    const { limit, offset } = parseParams(NeighborParams, request.query, 'query');
    const page = await store.neighbors(id, limit, offset);
    if (!page) throw unknownEntity(id);
    return page;
  });

  app.get('/api/search', async (request) => {
    const { q, limit } = parseParams(SearchParams, request.query, 'query');
    return { query: q, results: await store.search(q, limit) };
  });

  app.get('/api/stats', async () => store.stats());

  app.get('/api/documents', async () => ({ documents: await store.listDocuments() }));
}
