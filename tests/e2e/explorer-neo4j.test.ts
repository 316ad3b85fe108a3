// The Cypher console against a real Neo4j (NEO4J_URI, set by the test runner): the seed article is
// extracted and saved through the Neo4j store (as "kg ingest" does), the console query draws its result into the graph and lists it.
// Without NEO4J_URI this test fails with a message: it never skips.

import type { BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/open.js';
import type { GraphStore } from '../../src/store/types.js';
import type { RunningExplorer } from '../helpers/browser.js';
import { drawnPixels, ensureWebBuilt, inPage, launchBrowser, openExplorer, startExplorer } from '../helpers/browser.js';
import { extractArticle } from '../helpers/seed-store.js';
import { useCleanDatabase } from '../helpers/neo4j.js';

jest.setTimeout(120_000);
// Exclusive use of the one Community database while the integration tests run in the other worker.
useCleanDatabase();

const QUERY = 'MATCH (c:Country)-[r:MEMBER_OF]->(o) RETURN c, r, o';
let context: BrowserContext | undefined;
let store: GraphStore | undefined;
let server: RunningExplorer | undefined;

afterAll(async () => {
  await context?.close();
  await server?.close();
  await store?.close();
});

test('the Cypher console draws MEMBER_OF memberships from Neo4j', async () => {
  if (!process.env.NEO4J_URI) {
    throw new Error('e2e: NEO4J_URI is not set. Start Neo4j ("npm run neo4j" or "docker compose up -d") and set NEO4J_URI, or run "npm test", which does both.');
  }
  const config = loadConfig(process.env);
  store = await openStore(config);
  expect(store.kind).toBe('neo4j');
  await store.saveDocument(await extractArticle());
  ensureWebBuilt();
  server = await startExplorer(store, { config });
  context = await launchBrowser();
  const page: Page = await openExplorer(context, server.url);

  await page.waitForSelector('#cypher-query');
  await page.fill('#cypher-query', QUERY);
  await page.click('#cypher-run');
  await page.waitForSelector('#console table.results tbody tr');
  const rows = await page.locator('#console table.results tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(4);
  expect(await page.locator('#console table.results th').allTextContents()).toEqual(['c', 'r', 'o']);

  const highlighted = await inPage<string[]>(page, 'window.__kg.graph.filterNodes((k) => window.__kg.sigma.getNodeState(k).isHighlighted)');
  expect(highlighted).toEqual(expect.arrayContaining(['country:belarus', 'organization:eaeu', 'organization:cis', 'organization:csto', 'organization:sco']));
  const members = await inPage<string[]>(page, "window.__kg.graph.filterEdges((k, a) => a.type === 'MEMBER_OF' && window.__kg.sigma.getEdgeState(k).isHighlighted)");
  expect(members.length).toBeGreaterThanOrEqual(4);
  expect(await inPage<boolean>(page, "window.__kg.sigma.getNodeState('person:alexander-lukashenko').isHighlighted")).toBe(false);
  expect(await page.evaluate('location.hash')).toContain('cypher=');
  const shot = await drawnPixels(page, '#graph', 'neo4j-cypher-result');
  expect(shot.drawn).toBeGreaterThan(1000);

  // Writes are refused by the read-only console, with the store's message.
  await page.fill('#cypher-query', "CREATE (x:Country {id: 'country:nowhere'}) RETURN x");
  await page.click('#cypher-run');
  await page.waitForSelector('#console .error');
  expect(await page.textContent('#console .error')).toContain('QUERY_WRITE_REFUSED');
});
