// The explorer's HTTP app: JSON API over a GraphStore plus the built page (dist/web) as static
// files. buildApp() never listens (the CLI and tests do), never opens or closes the store itself,
// and never writes to it: Cypher is always run read-only.

import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { toGexf } from '../graph/export.js';
import type { GraphStore } from '../store/types.js';
import { errorBody, installErrorHandlers } from './errors.js';
import { registerCypherRoute } from './routes/cypher.js';
import { registerExportRoute } from './routes/export.js';
import type { GexfWriter } from './routes/export.js';
import { registerGraphRoutes } from './routes/graph.js';

export interface AppOptions {
  store: GraphStore;
  config: Config;
  /** Absolute directory of the built page; default <cwd>/dist/web. Missing: / explains how to build it. */
  webRoot?: string;
  /** GEXF writer for /api/export; default: the graph module's toGexf. */
  toGexf?: GexfWriter;
  /** Fastify's logger; off by default (tests), the CLI turns it on. */
  logger?: boolean;
}

export const BODY_LIMIT_BYTES = 64 * 1024;

/** Defence in depth for the page (article text is only ever inserted as text): no inline or foreign
 * scripts; the layout worker is a blob: URL; PNG export draws data: URLs. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function registerPage(app: FastifyInstance, webRoot: string): void {
  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    app.register(fastifyStatic, { root: webRoot, index: ['index.html'] });
    return;
  }
  app.get('/', async (_request, reply) =>
    reply
      .status(503)
      .send(errorBody('NOT_FOUND', `server: the explorer page is not built (no ${webRoot}/index.html). Run "npm run build:web" or "npm start".`)),
  );
}

export function buildApp(options: AppOptions): FastifyInstance {
  const { store, config } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });
  installErrorHandlers(app);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
  });
  app.get('/healthz', async () => ({ ok: true, store: store.kind, description: store.description }));
  registerGraphRoutes(app, store);
  registerCypherRoute(app, store, config);
  registerExportRoute(app, store, options.toGexf ?? toGexf);
  registerPage(app, path.resolve(options.webRoot ?? path.join(process.cwd(), 'dist', 'web')));
  return app;
}
