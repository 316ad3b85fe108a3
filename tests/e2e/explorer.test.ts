// The explorer in a real headless Chromium (software WebGL): the graph draws pixels, search selects
// and explains, filters hide, and hostile entity names stay text. The app runs in-process on
// 127.0.0.1:0 over the seed article as "kg ingest" stores it (extract() into a file store in a
// temp dir); the XSS case uses a hand-written extraction fixture.

import type { BrowserContext, Page } from 'playwright-core';
import type { RunningExplorer } from '../helpers/browser.js';
import { drawnPixels, ensureWebBuilt, inPage, launchBrowser, openExplorer, startExplorer } from '../helpers/browser.js';
import { MemoryStore, readExtractionFixture } from '../helpers/memory-store.js';
import { openSeedFileStore } from '../helpers/seed-store.js';
import type { GraphStore } from '../../src/store/types.js';

jest.setTimeout(90_000);

let context: BrowserContext;
let seed: RunningExplorer;
let page: Page;
let store: GraphStore;

beforeAll(async () => {
  ensureWebBuilt();
  context = await launchBrowser();
  store = await openSeedFileStore();
  seed = await startExplorer(store);
  page = await openExplorer(context, seed.url);
});
afterAll(async () => {
  await context?.close();
  await seed?.close();
  await store?.close();
});

async function waitLayout(p: Page): Promise<void> {
  await p.waitForFunction('window.__kg && window.__kg.layout !== null', undefined, { timeout: 30_000 });
}

test('the WebGL canvas shows the drawn graph (and an empty store draws nothing)', async () => {
  await waitLayout(page);
  const seedShot = await drawnPixels(page, '#graph', 'seed-graph');
  const { entities } = await store.stats();
  expect(entities).toBeGreaterThanOrEqual(14);
  expect(await inPage<number>(page, 'window.__kg.graph.order')).toBe(entities);
  expect(seedShot.drawn).toBeGreaterThan(1500);
  expect(seedShot.drawn).toBeLessThan(seedShot.total * 0.6);

  const empty = await startExplorer(new MemoryStore());
  try {
    const emptyPage = await openExplorer(context, empty.url);
    const emptyShot = await drawnPixels(emptyPage, '#graph', 'empty-graph');
    expect(emptyShot.drawn).toBeLessThan(50);
    await emptyPage.close();
  } finally {
    await empty.close();
  }
});

test('searching "Lukaschenko" selects Alexander Lukashenko and shows the Kazinform interview sentence', async () => {
  await page.fill('#search', 'Lukaschenko');
  await page.waitForSelector('#suggestions li[data-id="person:alexander-lukashenko"]');
  await page.press('#search', 'Enter');
  await page.waitForFunction("document.querySelector('#panel .entity-name')?.textContent === 'Alexander Lukashenko'");
  const interview = page.locator('#panel li[data-relation^="INTERVIEWED_BY"] .evidence').first();
  expect(await interview.textContent()).toContain('Das sagte er in einem Interview mit der internationalen Nachrichtenagentur Kazinform');
  // The entity's mentions are highlighted inside its evidence sentences.
  const marks = await page.locator('#panel .evidence mark').allTextContents();
  expect(marks).toContain('Alexander Lukaschenko');
  expect(await inPage<boolean>(page, "window.__kg.sigma.getNodeState('person:alexander-lukashenko').isSelected")).toBe(true);
  expect(await inPage<boolean>(page, "window.__kg.sigma.getNodeState('organization:kazinform').isHighlighted")).toBe(true);
  expect(await inPage<boolean>(page, "window.__kg.sigma.getNodeState('city:vitebsk').isHighlighted")).toBe(false);
  expect(await page.evaluate('location.hash')).toContain('sel=person%3Aalexander-lukashenko');
});

test('selecting Belarus lists MEMBER_OF EAEU, CIS, CSTO and SCO', async () => {
  await page.click('#panel a.entity-link[data-id="country:belarus"]');
  await page.waitForFunction("document.querySelector('#panel .entity-name')?.textContent === 'Belarus'");
  expect(await page.textContent('#panel h3[data-type="MEMBER_OF"]')).toBe('MEMBER_OF (4)');
  const members = await page.locator('#panel h3[data-type="MEMBER_OF"] + ul a.entity-link').allTextContents();
  expect(members.sort()).toEqual(['CIS', 'CSTO', 'EAEU', 'SCO']);
  expect(await page.textContent('#panel')).not.toContain('Kazinform');
});

test('hiding the type City removes Astana, Minsk and Vitebsk from the view', async () => {
  const cities = ['city:astana', 'city:minsk', 'city:vitebsk'];
  const visible = () => inPage<string[]>(page, 'window.__kg.visibleNodes()');
  expect(await visible()).toEqual(expect.arrayContaining(cities));
  await page.uncheck('#filters input[data-filter="City"]');
  const after = await visible();
  for (const city of cities) expect(after).not.toContain(city);
  expect(after).toContain('country:belarus');
  expect(after).toHaveLength((await inPage<number>(page, 'window.__kg.graph.order')) - 3);
  const drawn = await inPage<string[]>(page, "window.__kg.graph.nodes().filter((k) => window.__kg.sigma.getNodeDisplayData(k).visibility !== 'hidden')");
  expect(drawn).not.toContain('city:minsk');
  expect(await page.evaluate('location.hash')).toContain('hide=City');
  await page.check('#filters input[data-filter="City"]');
  expect(await visible()).toContain('city:minsk');
});

test('relation-type and confidence filters hide edges', async () => {
  const hiddenEdges = () => inPage<string[]>(page, 'window.__kg.graph.filterEdges((k) => window.__kg.sigma.getEdgeState(k).isHidden)');
  expect(await hiddenEdges()).toEqual([]);
  await page.uncheck('#filters input[data-filter="MEMBER_OF"]');
  const hidden = await hiddenEdges();
  expect(hidden.length).toBeGreaterThanOrEqual(4);
  for (const key of hidden) expect(key.startsWith('MEMBER_OF:')).toBe(true);
  await page.check('#filters input[data-filter="MEMBER_OF"]');
  await page.$eval('#min-confidence', (el) => {
    const input = el as unknown as { value: string; dispatchEvent(e: unknown): boolean };
    input.value = '1';
    input.dispatchEvent(new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('input'));
  });
  const below = await inPage<number>(page, 'window.__kg.graph.filterEdges((k, a) => a.confidence < 1).length');
  expect(below).toBeGreaterThan(0);
  expect((await hiddenEdges()).length).toBe(below);
  expect(await page.evaluate('location.hash')).toContain('conf=1');
  await page.$eval('#min-confidence', (el) => {
    const input = el as unknown as { value: string; dispatchEvent(e: unknown): boolean };
    input.value = '0';
    input.dispatchEvent(new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('input'));
  });
  expect(await hiddenEdges()).toEqual([]);
});

test('the PNG export is an image of the view, the GEXF export a download of the graph', async () => {
  const png = await inPage<string>(page, 'window.__kg.snapshot()');
  expect(png.startsWith('data:image/png;base64,')).toBe(true);
  expect(png.length).toBeGreaterThan(5000);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
  expect(download.suggestedFilename()).toBe('kg-graph.gexf');
});

test('neighbours load in pages and new nodes appear next to a neighbour without moving the others', async () => {
  const small = await context.newPage();
  await small.goto(`${seed.url}?limit=3`);
  await small.waitForFunction("document.body.dataset.ready === 'true' && window.__kg.layout !== null", undefined, { timeout: 30_000 });
  expect(await inPage<number>(small, 'window.__kg.graph.order')).toBe(3);
  const before = await inPage<Record<string, [number, number]>>(small, "Object.fromEntries(window.__kg.graph.mapNodes((k, a) => [k, [a.x, a.y]]))");
  await inPage(small, "window.__kg.select('country:belarus')");
  const more = small.locator('#panel button.more');
  expect(await more.textContent()).toMatch(/^show \d+ more of \d+$/);
  await more.click();
  await small.waitForFunction('window.__kg.graph.order > 3');
  await small.waitForFunction("!document.querySelector('#panel button.more')");
  const after = await inPage<Record<string, [number, number]>>(small, "Object.fromEntries(window.__kg.graph.mapNodes((k, a) => [k, [a.x, a.y]]))");
  for (const [key, position] of Object.entries(before)) expect(after[key]).toEqual(position);
  const neighbours = await inPage<string[]>(small, "window.__kg.graph.neighbors('country:belarus')");
  expect(neighbours).toEqual(expect.arrayContaining(['organization:eaeu', 'organization:cis', 'organization:csto', 'organization:sco']));
  const [bx, by] = after['country:belarus'] ?? [0, 0];
  const spread = Math.max(...Object.values(before).map(([x, y]) => Math.hypot(x - bx, y - by)), 1);
  const added = Object.keys(after).filter((k) => !(k in before) && neighbours.includes(k));
  for (const key of added) {
    const [x, y] = after[key] ?? [Infinity, Infinity];
    expect(Math.hypot(x - bx, y - by)).toBeLessThanOrEqual(spread + 3);
  }
  await small.close();
});

test('a shared URL restores selection and filters', async () => {
  const shared = await context.newPage();
  await shared.goto(`${seed.url}#sel=country%3Akazakhstan&hide=Event`);
  await shared.waitForFunction("document.querySelector('#panel .entity-name')?.textContent === 'Kazakhstan'");
  expect(await inPage<string[]>(shared, 'window.__kg.visibleNodes()')).not.toContain('event:slavianski-bazaar');
  expect(await shared.isChecked('#filters input[data-filter="Event"]')).toBe(false);
  await shared.close();
});

test('the page runs under its Content-Security-Policy without violations', async () => {
  const strict = await launchBrowser({ bypassCSP: false });
  try {
    const strictPage = await strict.newPage();
    const violations: string[] = [];
    strictPage.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await strictPage.goto(seed.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    let ready: unknown;
    for (let i = 0; i < 100 && ready !== 'true'; i++) {
      await strictPage.waitForTimeout(200);
      ready = await strictPage.evaluate('document.body.dataset.ready');
    }
    expect(ready).toBe('true');
    expect(await strictPage.evaluate('window.__kg.graph.order')).toBeGreaterThan(10);
    await strictPage.waitForTimeout(2500);
    expect(await strictPage.evaluate('window.__kg.layout && window.__kg.layout.reason')).not.toBe(null);
    expect(violations).toEqual([]);
  } finally {
    await strict.close();
  }
});

test('entity names with HTML and script stay literal text and run nothing', async () => {
  const xss = await startExplorer(new MemoryStore(readExtractionFixture('explorer-xss.json')));
  const xssPage = await context.newPage();
  const dialogs: string[] = [];
  xssPage.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await xssPage.goto(xss.url);
    await xssPage.waitForFunction("document.body.dataset.ready === 'true'");
    await xssPage.fill('#search', 'onerror');
    await xssPage.waitForSelector('#suggestions li');
    expect(await xssPage.textContent('#suggestions li .name')).toBe('<img src=x onerror=alert(1)>');
    await xssPage.press('#search', 'Enter');
    await xssPage.waitForSelector('#panel .entity-name');
    expect(await xssPage.textContent('#panel .entity-name')).toBe('<img src=x onerror=alert(1)>');
    expect(await xssPage.textContent('#panel')).toContain('<script>window.__pwned=1</script>');
    const edge = 'MET_WITH:organization:img-src-x-onerror-alert-1->organization:script-window-pwned-1-script';
    await inPage(xssPage, `window.__kg.explorer.selectRelation(${JSON.stringify(edge)})`);
    await xssPage.waitForSelector('#panel .relation-title');
    expect(await xssPage.textContent('#panel .evidence')).toContain('traf sich mit <script>');
    await xssPage.waitForTimeout(300);
    expect(await xssPage.locator('#panel img, #panel script, #panel b, #suggestions img').count()).toBe(0);
    expect(await inPage<unknown>(xssPage, 'window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
  } finally {
    await xssPage.close();
    await xss.close();
  }
});
