import { generatePayload } from './view.ts';
import { inPage, launchBrowser, openExplorer, startExplorer } from '../../tests/helpers/browser.js';
import { MemoryStore } from '../../tests/helpers/memory-store.js';
const payload = generatePayload(2000, 10000);
const big = await startExplorer(MemoryStore.fromPayload(payload));
const ctx = await launchBrowser();
for (const probe of ['line', 'linearrow', 'full']) {
  const page = await openExplorer(ctx, `${big.url}?limit=2000&probe=${probe}`);
  await page.waitForFunction('window.__kg.layout !== null', undefined, { timeout: 60000 });
  const r = await inPage(page, `(() => {
    const s = window.__kg.sigma; const out = {};
    let t = performance.now(); for (let i=0;i<5;i++) { s.getCamera().setState({x: 0.5 + i*0.01}); s.refresh({skipIndexation: true}); } out.cam5 = performance.now() - t;
    s.setSetting('hideEdgesOnMove', true); s.setSetting('renderLabels', false);
    const g = window.__kg.graph; g.forEachEdge((k) => s.setEdgeState(k, {isHidden: true})); s.refresh();
    t = performance.now(); for (let i=0;i<5;i++) { s.getCamera().setState({x: 0.5 + i*0.01}); s.refresh({skipIndexation: true}); } out.cam5noedges = performance.now() - t;
    return out; })()`);
  console.log(probe, r);
  await page.close();
}
await ctx.close(); await big.close();
process.exit(0);
