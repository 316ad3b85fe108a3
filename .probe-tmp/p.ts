import Graph from 'graphology';
import Sigma from 'sigma';
const q = new URLSearchParams(location.search);
const n = Number(q.get('n') ?? 20000);
const g = new Graph();
for (let i = 0; i < n; i++) g.addNode('n' + i, { x: Math.random(), y: Math.random(), size: 3, color: '#36c', label: q.get('labels') ? 'Node ' + i : undefined });
for (let i = 0; i < n; i++) g.addEdge('n' + i, 'n' + Math.floor(Math.random() * n), { size: 1, color: '#ccc' });
const s = new Sigma(g, document.getElementById('g')!, { settings: { itemSizesReference: 'screen', renderLabels: !!q.get('labels') } });
(window as unknown as { s: Sigma }).s = s;
(window as unknown as { measure: () => Promise<number[]> }).measure = async () => {
  const out: number[] = [];
  for (let i = 0; i < 4; i++) out.push(await new Promise<number>((r) => { const t = performance.now(); s.once('afterRender', () => r(Math.round(performance.now() - t))); s.getCamera().setState({ x: 0.5 + i * 0.001 }); }));
  return out;
};
