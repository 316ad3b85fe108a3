// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker). It runs until the layout
// settles (mean movement per check below a small share of the graph's extent) or a time budget is
// spent, then stops; positions stay where they are, so later additions do not reshuffle the view.

import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewGraph } from './graph-model.js';

export interface LayoutRun {
  /** Resolves when the layout stopped, with how long it ran and why. */
  done: Promise<{ ms: number; reason: 'settled' | 'budget' | 'stopped' | 'empty' }>;
  stop(): void;
}

function snapshot(graph: ViewGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_k, a) => {
    out[i++] = a.x;
    out[i++] = a.y;
  });
  return out;
}

function extent(points: Float64Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i] ?? 0, y = points[i + 1] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}

function meanMove(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return Infinity;
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) sum += Math.hypot((a[i] ?? 0) - (b[i] ?? 0), (a[i + 1] ?? 0) - (b[i + 1] ?? 0));
  return sum / (a.length / 2);
}

const MIN_RUN_MS = 2000;

/** Starts FA2 on `graph`; `budgetMs` bounds the run (default grows with the graph, 2-15 s). */
export function runLayout(graph: ViewGraph, budgetMs?: number): LayoutRun {
  const started = performance.now();
  if (graph.order < 2) {
    return { done: Promise.resolve({ ms: 0, reason: 'empty' as const }), stop: () => undefined };
  }
  // Strong gravity keeps small components (an agency and its dateline city) next to the main one.
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 500,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log10(graph.order),
  };
  const layout = new FA2Layout(graph, { settings });
  const budget = budgetMs ?? Math.min(15000, 2000 + graph.order * 2);
  let finish: (reason: 'settled' | 'budget' | 'stopped') => void = () => undefined;
  const done = new Promise<{ ms: number; reason: 'settled' | 'budget' | 'stopped' }>((resolve) => {
    let last = snapshot(graph);
    let quiet = 0;
    const timer = setInterval(() => {
      const now = snapshot(graph);
      // The worker needs a moment to start: only movement after the first second counts.
      const elapsed = performance.now() - started;
      quiet = elapsed > MIN_RUN_MS && meanMove(last, now) < extent(now) * 0.0005 ? quiet + 1 : 0;
      last = now;
      if (quiet >= 3) finish('settled');
      else if (elapsed > budget) finish('budget');
    }, 300);
    finish = (reason) => {
      clearInterval(timer);
      layout.kill();
      resolve({ ms: Math.round(performance.now() - started), reason });
      finish = () => undefined;
    };
  });
  layout.start();
  return { done, stop: () => finish('stopped') };
}
