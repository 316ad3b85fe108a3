// The explorer API through fastify's inject (no socket): every route, bad parameters, unknown ids,
// the error shape {error: {code, message}} and the statuses the page relies on.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../src/config.js';
import { KgError } from '../../../src/errors.js';
import { buildApp } from '../../../src/server/app.js';
import type { CypherOptions, EntityDetail, NeighborPage } from '../../../src/store/types.js';
import type { GraphPayload } from '../../../src/types.js';
import { MemoryStore, readExtractionFixture } from '../../helpers/memory-store.js';

const config = loadConfig({ KG_QUERY_TIMEOUT_MS: '1234', KG_QUERY_MAX_ROWS: '77' }, os.tmpdir());
const seed = readExtractionFixture('explorer-seed.json');
const noWeb = path.join(os.tmpdir(), 'kg-no-web-here');

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ store: new MemoryStore(seed), config, webRoot: noWeb, toGexf: (p) => `<gexf nodes="${p.nodes.length}"/>` });
  await app.ready();
});
afterAll(async () => app.close());

/** The fields these tests read from JSON answers (bodies are untyped JSON on the wire). */
interface Json {
  error: { code: string; message: string };
  results: Array<{ id: string }>;
  documents: Array<{ id: string }>;
}

type GraphPayloadHolder = { graph: GraphPayload };

async function get(url: string): Promise<{ status: number; body: Json }> {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? (res.json() as Json) : (res.body as unknown as Json) };
}

describe('GET routes answer with the store data', () => {
  test('healthz', async () => {
    const { status, body } = await get('/healthz');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, store: 'file' });
  });

  test('graph: the whole seed graph', async () => {
    const { status, body } = await get('/api/graph');
    const payload = body as unknown as GraphPayload;
    expect(status).toBe(200);
    expect(payload.nodes).toHaveLength(seed.entities.length);
    expect(payload.edges).toHaveLength(seed.relations.length);
    expect(payload.options.type).toBe('directed');
  });

  test.each([
    ['/api/graph?limit=3', 3, undefined],
    ['/api/graph?types=City', 3, 'City'],
    ['/api/graph?types=City,Country&limit=1', 1, undefined],
  ])('graph filters %s', async (url, count, type) => {
    const { status, body } = await get(url);
    expect(status).toBe(200);
    expect((body as unknown as GraphPayload).nodes).toHaveLength(count);
    if (type) for (const n of (body as unknown as GraphPayload).nodes) expect(n.attributes.type).toBe(type);
  });

  test('entity detail: Belarus is a member of EAEU, CIS, CSTO and SCO', async () => {
    const { status, body } = await get('/api/entities/country:belarus');
    const detail = body as unknown as EntityDetail;
    expect(status).toBe(200);
    expect(detail.entity.name).toBe('Belarus');
    const members = detail.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => r.target.name).sort();
    expect(members).toEqual(['CIS', 'CSTO', 'EAEU', 'SCO']);
    expect(detail.relations[0]?.evidence[0]?.text.length).toBeGreaterThan(10);
  });

  test('entity ids with URL-encoded characters reach the store', async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent('person:alexander-lukashenko')}`);
    expect(status).toBe(200);
    expect((body as unknown as EntityDetail).entity.aliases).toContain('Alexander Lukaschenko');
  });

  test('neighbours come in pages', async () => {
    const first = (await get('/api/entities/country:belarus/neighbors?limit=2')).body as unknown as NeighborPage;
    const second = (await get('/api/entities/country:belarus/neighbors?limit=2&offset=2')).body as unknown as NeighborPage;
    expect(first.total).toBeGreaterThan(4);
    expect(first.graph.nodes.map((n) => n.key)).toContain('country:belarus');
    const others = (p: NeighborPage) => p.graph.nodes.map((n) => n.key).filter((k) => k !== 'country:belarus');
    expect(others(first)).toHaveLength(2);
    expect(others(second)).toHaveLength(2);
    expect(others(first).filter((k) => others(second).includes(k))).toEqual([]);
  });

  test('search is accent- and case-insensitive over aliases', async () => {
    const { status, body } = await get('/api/search?q=lukaschenko');
    expect(status).toBe(200);
    expect(body.results[0].id).toBe('person:alexander-lukashenko');
    expect((await get('/api/search?q=xyzzy')).body.results).toEqual([]);
  });

  test('stats and documents', async () => {
    const stats = (await get('/api/stats')).body;
    expect(stats).toMatchObject({ kind: 'file', documents: 1, entities: seed.entities.length });
    expect((await get('/api/documents')).body.documents[0].id).toBe(seed.documents[0]?.id);
  });

  test('export: GEXF and JSON as downloads', async () => {
    const gexf = await app.inject({ method: 'GET', url: '/api/export?format=gexf' });
    expect(gexf.statusCode).toBe(200);
    expect(gexf.headers['content-type']).toContain('application/gexf+xml');
    expect(gexf.headers['content-disposition']).toContain('kg-graph.gexf');
    expect(gexf.body).toBe(`<gexf nodes="${seed.entities.length}"/>`);
    const real = buildApp({ store: new MemoryStore(seed), config, webRoot: noWeb });
    const xml = await real.inject({ method: 'GET', url: '/api/export' });
    expect(xml.statusCode).toBe(200);
    expect(xml.body).toContain('<gexf');
    expect(xml.body).toContain('Alexander Lukashenko');
    await real.close();
    const json = await app.inject({ method: 'GET', url: '/api/export?format=json&types=City' });
    expect((json.json() as GraphPayload).nodes).toHaveLength(3);
  });
});

describe('bad requests get 400/404 with {error: {code, message}}', () => {
  test.each([
    ['/api/graph?limit=0', 400, 'BAD_REQUEST', 'limit'],
    ['/api/graph?limit=abc', 400, 'BAD_REQUEST', 'limit'],
    ['/api/graph?types=Planet', 400, 'BAD_REQUEST', 'types'],
    ['/api/search', 400, 'BAD_REQUEST', 'q'],
    ['/api/search?q=%20%20', 400, 'BAD_REQUEST', 'q'],
    ['/api/search?q=a&limit=500', 400, 'BAD_REQUEST', 'limit'],
    ['/api/entities/country:atlantis', 404, 'NOT_FOUND', 'country:atlantis'],
    ['/api/entities/country:atlantis/neighbors', 404, 'NOT_FOUND', 'country:atlantis'],
    ['/api/entities/country:belarus/neighbors?offset=-1', 400, 'BAD_REQUEST', 'offset'],
    ['/api/entities/country:belarus/neighbors?limit=0', 400, 'BAD_REQUEST', 'limit'],
    ['/api/export?format=pdf', 400, 'BAD_REQUEST', 'format'],
    ['/api/nothing-here', 404, 'NOT_FOUND', '/api/nothing-here'],
    ['/', 503, 'NOT_FOUND', 'npm run build:web'],
  ])('GET %s -> %i %s', async (url, status, code, mentioned) => {
    const res = await get(url);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain(mentioned);
    expect(res.body.error.message).not.toContain('\n');
    expect(res.body.error.message).toMatch(/^server: .*\. .*\.$/);
  });
});

describe('POST /api/cypher', () => {
  const post = (target: FastifyInstance, payload: unknown, raw = false) =>
    target.inject({ method: 'POST', url: '/api/cypher', headers: { 'content-type': 'application/json' }, payload: raw ? (payload as string) : JSON.stringify(payload) });

  test('the file store answers 501 with the STORE_NO_CYPHER message', async () => {
    const res = await post(app, { query: 'MATCH (n) RETURN n' });
    expect(res.statusCode).toBe(501);
    expect((res.json() as Json).error.code).toBe('STORE_NO_CYPHER');
    expect((res.json() as Json).error.message).toContain('NEO4J_URI');
  });

  test.each([
    [{}, 'query'],
    [{ query: '   ' }, 'query'],
    [{ query: 'RETURN 1', params: 'x' }, 'params'],
  ])('bad body %j -> 400 naming %s', async (body, name) => {
    const res = await post(app, body);
    expect(res.statusCode).toBe(400);
    expect((res.json() as Json).error.message).toContain(name);
  });

  test('malformed JSON and oversized bodies are refused', async () => {
    const bad = await post(app, '{"query": ', true);
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as Json).error.code).toBe('BAD_REQUEST');
    const huge = await post(app, { query: `RETURN '${'x'.repeat(70 * 1024)}'` });
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as Json).error.message).toContain('64 KB');
  });

  describe('with a Cypher-capable store', () => {
    const seen: CypherOptions[] = [];
    let neo: FastifyInstance;
    beforeAll(async () => {
      const store = new MemoryStore(seed, async (query, _params, options) => {
        seen.push(options);
        if (query.includes('CREATE')) throw new KgError('QUERY_WRITE_REFUSED', 'store: the query writes. The explorer is read-only.');
        if (query.includes('sleep')) throw new KgError('QUERY_TIMEOUT', 'store: the query ran longer than 1234 ms. Narrow it.');
        if (query.includes('!!')) throw new KgError('QUERY_INVALID', 'store: syntax error. Fix the query.');
        return { columns: ['n'], rows: [[1]], graph: await store.loadGraph({ limit: 2 }), truncated: false };
      });
      neo = buildApp({ store, config, webRoot: noWeb });
      await neo.ready();
    });
    afterAll(async () => neo.close());

    test('runs read-only with the configured limits', async () => {
      const res = await post(neo, { query: 'MATCH (n) RETURN n', params: { a: 1 } });
      expect(res.statusCode).toBe(200);
      expect((res.json() as GraphPayloadHolder).graph.nodes).toHaveLength(2);
      expect(seen.at(-1)).toEqual({ write: false, timeoutMs: 1234, maxRows: 77 });
    });

    test.each([
      ['CREATE (n)', 403, 'QUERY_WRITE_REFUSED'],
      ['CALL sleep()', 504, 'QUERY_TIMEOUT'],
      ['MATCH !!', 400, 'QUERY_INVALID'],
    ])('%s -> %i %s', async (query, status, code) => {
      const res = await post(neo, { query });
      expect(res.statusCode).toBe(status);
      expect((res.json() as Json).error.code).toBe(code);
    });
  });
});

describe('the built page', () => {
  test('is served from the web root', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-web-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kg explorer</title>');
    const withPage = buildApp({ store: new MemoryStore(seed), config, webRoot: root });
    const res = await withPage.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('kg explorer');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await withPage.inject({ method: 'GET', url: '/nope.js' })).statusCode).toBe(404);
    await withPage.close();
  });
});
