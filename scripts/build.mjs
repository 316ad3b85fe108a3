// npm run build: bundles the CLI (src/cli/bin.ts and the extraction worker) into dist/cli with
// esbuild (npm packages stay external, so `node dist/cli/bin.js` runs with the installed
// node_modules), then builds the explorer (src/web) with Vite when src/web/index.html exists.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

async function buildCli() {
  const outdir = path.join(dist, 'cli');
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/bin.ts', 'src/cli/extract-worker.ts'],
    outdir,
    outbase: 'src/cli',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node 20 has Unicode property escapes; without this esbuild turns every /\p{...}/u literal
    // into `new RegExp(...)` where it stands, compiled again at each use (on hot paths too).
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  fs.chmodSync(path.join(outdir, 'bin.js'), 0o755);
  console.error(`build: CLI -> ${path.relative(root, outdir)}/bin.js`);
}

function buildWeb() {
  if (!fs.existsSync(path.join(root, 'src/web/index.html'))) {
    console.error('build: src/web/index.html not found, skipping the explorer bundle');
    return;
  }
  const hasConfig = ['vite.config.ts', 'vite.config.mts', 'vite.config.mjs', 'vite.config.js'].some((f) => fs.existsSync(path.join(root, f)));
  // Without a root vite config, build src/web into dist/web with Vite's defaults.
  const args = hasConfig ? ['build'] : ['build', 'src/web', '--outDir', path.join(dist, 'web'), '--emptyOutDir'];
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  console.error('build: explorer -> dist/web');
}

try {
  await buildCli();
  buildWeb();
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Fix the error above and run "npm run build" again.`);
  process.exitCode = 1;
}
