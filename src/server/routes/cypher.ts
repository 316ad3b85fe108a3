// POST /api/cypher: runs a Cypher query through the store, always read-only, with the time and row
// limits of config.query. The file store answers 501 (STORE_NO_CYPHER) through the error handler.

import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { GraphStore } from '../../store/types.js';
import { CypherBody, parseParams } from '../params.js';

export function registerCypherRoute(app: FastifyInstance, store: GraphStore, config: Config): void {
  app.post('/api/cypher', async (request) => {
    const { query, params } = parseParams(CypherBody, request.body, 'body');
    return store.cypher(query, params, { write: false, timeoutMs: config.query.timeoutMs, maxRows: config.query.maxRows });
  });
}
