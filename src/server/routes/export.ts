// GET /api/export?format=gexf|json: the whole graph (optionally of some entity types) as a download,
// for the page's export button. GEXF is written by the graph module; this route only sets headers.

import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../../store/types.js';
import type { GraphPayload } from '../../types.js';
import { ExportParams, parseParams } from '../params.js';

export type GexfWriter = (payload: GraphPayload) => string;

export function registerExportRoute(app: FastifyInstance, store: GraphStore, toGexf: GexfWriter): void {
  app.get('/api/export', async (request, reply) => {
    const { format, types } = parseParams(ExportParams, request.query, 'query');
    const payload = await store.loadGraph({ types });
    if (format === 'json') {
      return reply
        .header('content-disposition', 'attachment; filename="kg-graph.json"')
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(payload));
    }
    return reply
      .header('content-disposition', 'attachment; filename="kg-graph.gexf"')
      .type('application/gexf+xml; charset=utf-8')
      .send(toGexf(payload));
  });
}
