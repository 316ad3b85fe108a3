#!/usr/bin/env node
// `npm start`: from a fresh clone (after npm ci) to a running explorer. 1. build the page with
// Vite if dist/web is missing, 2. ingest seeds/ into the configured store (idempotent), 3. run
// `kg serve` (extra arguments are passed on, e.g. `npm start -- --port 3000`), which prints the URL.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const cli = path.join(root, 'src', 'cli', 'bin.ts');

function run(step, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: ${step} failed (exit ${result.status ?? result.signal}). Fix the error above and run "npm start" again.`);
    process.exit(result.status || 1);
  }
}

if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
  console.error('start: building the explorer page (vite build)…');
  run('building the page', [vite, 'build']);
}

console.error('start: ingesting seeds/ …');
run('ingesting seeds/', [tsx, cli, 'ingest', 'seeds/']);

const server = spawn(process.execPath, [tsx, cli, 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
