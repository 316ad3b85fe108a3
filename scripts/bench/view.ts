// `npm run bench:view`: the explorer with a generated graph (20,000 nodes, 100,000 edges) served by
// the real server to headless Chromium (software WebGL). Reports time to the first drawn frame,
// ForceAtlas2 layout time (worker, until settled or its time budget) and frames per second while
// panning. Writes a Markdown table to stdout and bench-results/view.md, and the seed graph's
// picture to docs/seed-graph.png (for the README).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/types.js';
import type { GraphPayload, SerializedEdge, SerializedNode } from '../../src/types.js';
import { ensureWebBuilt, inPage, launchBrowser, openExplorer, startExplorer } from '../../tests/helpers/browser.js';
import { MemoryStore } from '../../tests/helpers/memory-store.js';
import { openSeedFileStore } from '../../tests/helpers/seed-store.js';

const NODES = Number(process.env.BENCH_NODES ?? 20_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 100_000);
const PAN_MS = 4000;

/** A deterministic generator (mulberry32), so every run serves the same graph. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clustered graph: most edges inside one of ~NODES/100 communities, some between them. */
export function generatePayload(nodeCount: number, edgeCount: number): GraphPayload {
  const random = rng(42);
  const clusters = Math.max(1, Math.round(nodeCount / 100));
  const nodes: SerializedNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Entity ${i}`, type: ENTITY_TYPES[i % ENTITY_TYPES.length] ?? 'Person', aliases: [], mentions: 1, docs: 1 },
  }));
  const edges: SerializedEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const s = Math.floor(random() * nodeCount);
    const cluster = s % clusters;
    const t = random() < 0.85 ? cluster + clusters * Math.floor(random() * Math.floor(nodeCount / clusters)) : Math.floor(random() * nodeCount);
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)] ?? 'PARTNER_OF';
    const key = `${type}:n${s}->n${t}`;
    if (s === t || t >= nodeCount || seen.has(key)) continue;
    seen.add(key);
    edges.push({ key, source: `n${s}`, target: `n${t}`, attributes: { type, confidence: 0.5 + random() / 2, docs: 1, rule: 'bench' } });
  }
  return { attributes: { omittedNodes: 0, omittedEdges: 0 }, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
}

/** Pans the camera in a circle for `ms` and counts animation frames and sigma renders. */
async function panFps(page: Page, ms: number): Promise<{ rafFps: number; renderFps: number }> {
  return inPage(page, `new Promise((resolve) => {
    const sigma = window.__kg.sigma, camera = sigma.getCamera();
    const start = camera.getState();
    let frames = 0, renders = 0;
    const onRender = () => renders++;
    sigma.on('afterRender', onRender);
    const t0 = performance.now();
    const step = (now) => {
      const t = (now - t0) / 1000;
      camera.setState({ x: start.x + 0.25 * Math.cos(t * 2), y: start.y + 0.25 * Math.sin(t * 2) });
      frames++;
      if (now - t0 < ${ms}) requestAnimationFrame(step);
      else {
        sigma.off('afterRender', onRender);
        const s = (now - t0) / 1000;
        resolve({ rafFps: Math.round((frames / s) * 10) / 10, renderFps: Math.round((renders / s) * 10) / 10 });
      }
    };
    requestAnimationFrame(step);
  })`);
}

async function main(): Promise<void> {
  ensureWebBuilt();
  const payload = generatePayload(NODES, EDGES);
  const bytes = Buffer.byteLength(JSON.stringify(payload));
  const big = await startExplorer(MemoryStore.fromPayload(payload));
  const seedStore = await openSeedFileStore();
  const seed = await startExplorer(seedStore);
  const context = await launchBrowser();
  try {
    // 1. The big graph: first frame, layout, panning.
    const t0 = Date.now();
    const page = await openExplorer(context, `${big.url}?limit=${NODES}`, 300_000);
    const timings = await inPage<Record<string, number>>(page, 'window.__kg.timings');
    const wallReady = Date.now() - t0;
    await page.waitForFunction('window.__kg.firstFrameMs !== null', undefined, { timeout: 120_000 });
    const firstFrameMs = await inPage<number>(page, 'window.__kg.firstFrameMs');
    const drawn = await inPage<[number, number]>(page, '[window.__kg.graph.order, window.__kg.graph.size]');
    await page.waitForFunction('window.__kg.layout !== null', undefined, { timeout: 120_000, polling: 500 });
    const layout = await inPage<{ ms: number; reason: string }>(page, 'window.__kg.layout');
    const pan = await panFps(page, PAN_MS);
    const gl = await inPage<string>(page, `(() => { const gl = window.__kg.sigma.getWebGLContext(); const ext = gl.getExtension('WEBGL_debug_renderer_info'); return ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER); })()`);
    await page.close();

    // 2. The seed graph's picture for the README.
    const seedPage = await openExplorer(context, seed.url);
    await seedPage.setViewportSize({ width: 1100, height: 700 });
    await seedPage.waitForFunction('window.__kg.layout !== null', undefined, { timeout: 30_000 });
    await inPage(seedPage, "window.__kg.select('country:belarus')");
    await seedPage.waitForTimeout(800);
    fs.mkdirSync('docs', { recursive: true });
    await seedPage.screenshot({ path: path.join('docs', 'seed-graph.png') });
    const pngKb = Math.round(fs.statSync(path.join('docs', 'seed-graph.png')).size / 1024);

    // 3. The report.
    const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
    const lines = [
      `# bench:view (${new Date().toISOString().slice(0, 10)})`,
      '',
      `Graph: ${drawn[0].toLocaleString('en')} nodes, ${drawn[1].toLocaleString('en')} edges (${(bytes / 1e6).toFixed(1)} MB JSON) through the real server;`,
      `headless Chromium ${context.browser()?.version() ?? ''}, WebGL renderer "${gl}", ${os.cpus().length} CPU(s), load average ${load} (1/5/15 min).`,
      '',
      '| measure | value | target |',
      '| --- | --- | --- |',
      `| first drawn frame (from navigation) | ${firstFrameMs} ms | < 3000 ms: ${verdict(firstFrameMs < 3000)} |`,
      `| page ready (wall clock, incl. fetch and graph build) | ${wallReady} ms | |`,
      ...Object.entries(timings).map(([step, ms]) => `| &nbsp;&nbsp;start-up: ${step} (from navigation) | ${ms} ms | |`),
      `| ForceAtlas2 layout (web worker) | ${layout.ms} ms (${layout.reason}) | bounded |`,
      `| panning: animation frames per second | ${pan.rafFps} | > 30: ${verdict(pan.rafFps > 30)} |`,
      `| panning: sigma renders per second | ${pan.renderFps} | > 30: ${verdict(pan.renderFps > 30)} |`,
      `| panning: time per rendered frame | ${pan.renderFps > 0 ? Math.round(1000 / pan.renderFps) : '-'} ms | < 33 ms |`,
      `| docs/seed-graph.png | ${pngKb} KB | < 300 KB: ${verdict(pngKb < 300)} |`,
      '',
      'Why: every sigma 4 frame runs its WebGL passes (picking buffer, edge frame pass, nodes, edges, SDF labels)',
      'over all items, and with software WebGL (SwiftShader) that costs time in proportion to the item count;',
      'the CPU profile of a pan shows almost all time outside JavaScript, in the GL driver. Start-up is dominated',
      'by the renderer indexing and styling 120,000 items. On this 2-core machine the cost is shared with',
      'whatever else runs (see the load average). Not measured here: a hardware GPU.',
      'The explorer loads the 5,000 most connected entities by default (?limit=N to change it), and above',
      '20,000 edges drops arrows and curves and hides edges and labels while the user drags.',
      '',
    ];
    const report = lines.join('\n');
    process.stdout.write(report);
    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync(path.join('bench-results', 'view.md'), report);
  } finally {
    await context.close();
    await big.close();
    await seed.close();
    await seedStore.close();
  }
}

if (process.argv[1]?.endsWith("view.ts")) main().catch((error: unknown) => {
  process.stderr.write(`bench:view: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
