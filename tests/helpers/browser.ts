// e2e helpers: the built page (vite build when dist/web is missing or older than src/web), the
// explorer app listening on 127.0.0.1:0 in-process, and headless Debian Chromium launched exactly
// as /work/shared/TOOLCHAIN.md says. A missing Chromium is a failure, never a skip.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import type { Config } from '../../src/config.js';
import { buildApp } from '../../src/server/app.js';
import type { GexfWriter } from '../../src/server/routes/export.js';
import type { GraphStore } from '../../src/store/types.js';

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_ROOT = path.resolve('dist', 'web');
export const ARTIFACTS = path.resolve('test-artifacts', 'e2e');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/web with vite when it is missing or older than its sources. */
export function ensureWebBuilt(): void {
  const index = path.join(WEB_ROOT, 'index.html');
  const sources = Math.max(newestMtime(path.resolve('src', 'web')), newestMtime(path.resolve('src', 'graph')), fs.statSync(path.resolve('src', 'types.ts')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.resolve('node_modules', 'vite', 'bin', 'vite.js'), 'build'], { stdio: 'pipe' });
}

export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`e2e: ${CHROMIUM} is missing. Install it with "apt-get install -y chromium" (the e2e tests need a real browser).`);
  }
}

/**
 * The test browser. `bypassCSP` (default true) lets playwright's string predicates (which use eval)
 * run on the page; the explorer's own CSP is checked by a test that turns it off.
 */
export async function launchBrowser(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  requireChromium();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    bypassCSP: options.bypassCSP ?? true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface RunningExplorer {
  url: string;
  close(): Promise<void>;
}

export async function startExplorer(store: GraphStore, options: { config?: Config; toGexf?: GexfWriter } = {}): Promise<RunningExplorer> {
  const config = options.config ?? loadConfig({}, os.tmpdir());
  const app = buildApp({ store, config, webRoot: WEB_ROOT, toGexf: options.toGexf });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => app.close() };
}

/** Opens the explorer and waits until its test API is ready (or the page reports an error). */
export async function openExplorer(context: BrowserContext, url: string, timeoutMs = 30_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction("document.body.dataset.ready === 'true' || document.body.dataset.ready === 'error'", undefined, { timeout: timeoutMs });
  const ready = await page.evaluate('document.body.dataset.ready');
  if (ready !== 'true') throw new Error(`e2e: the explorer did not start: ${await page.textContent('#status')}`);
  return page;
}

/** Evaluates `expression` in the page (browser globals such as window.__kg are not typed in node code). */
export async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/** Saves a screenshot of `selector` under test-artifacts/e2e/ and counts its non-background pixels. */
export async function drawnPixels(page: Page, selector: string, name: string): Promise<{ drawn: number; total: number; file: string }> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  const png = await page.locator(selector).screenshot({ path: file });
  // Decoded in the page (the browser has a PNG decoder; node would need a package). Background is white.
  const counts = (await page.evaluate(`(async (b64) => {
    const blob = await (await fetch('data:image/png;base64,' + b64)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) drawn++;
    return { drawn, total: data.length / 4 };
  })(${JSON.stringify(png.toString('base64'))})`)) as { drawn: number; total: number };
  return { ...counts, file };
}
