#!/usr/bin/env node
// `npm test`: the whole suite against real services. Builds the explorer bundle, starts a real
// Neo4j (scripts/neo4j-local) unless NEO4J_URI is given, runs jest's unit, integration and e2e
// projects, stops Neo4j, and ends with the plain line "N passed, N failed" so that a run which
// executed no test is visible. Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, 'test-artifacts');
const resultsFile = path.join(artifacts, 'jest-results.json');

function run(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startNeo4jIfNeeded() {
  if (process.env.NEO4J_URI) {
    console.error(`run-tests: using Neo4j at ${process.env.NEO4J_URI}`);
    return undefined;
  }
  const { startNeo4j } = await import('./neo4j-local/neo4j-local.mjs');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-test-'));
  console.error(`run-tests: starting Neo4j on 127.0.0.1:${port} (data in ${dataDir}) ...`);
  const neo4j = await startNeo4j({ port, dataDir, log: path.join(artifacts, 'neo4j.log') });
  console.error(`run-tests: Neo4j ready at ${neo4j.uri}`);
  return { ...neo4j, dataDir };
}

function summarize() {
  if (!fs.existsSync(resultsFile)) {
    console.log('0 passed, 0 failed');
    return false;
  }
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  const suitesFailed = r.numFailedTestSuites ?? 0;
  console.log(`test suites: ${r.numPassedTestSuites} passed, ${suitesFailed} failed`);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`);
  return r.numTotalTests > 0;
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  const jestArgs = process.argv.slice(2);
  const buildCode = await run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
  if (buildCode !== 0) {
    console.error('run-tests: the build failed; see above.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  let neo4j;
  try {
    neo4j = await startNeo4jIfNeeded();
  } catch (error) {
    console.error(`run-tests: could not start Neo4j: ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const env = { ...process.env, ...(neo4j ? { NEO4J_URI: neo4j.uri } : {}) };
  let code = 1;
  try {
    code = await run(process.execPath, [
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '--json', `--outputFile=${resultsFile}`, '--maxWorkers=2', ...jestArgs,
    ], env);
  } finally {
    if (neo4j) {
      await neo4j.stop();
      fs.rmSync(neo4j.dataDir, { recursive: true, force: true });
    }
  }
  const ranTests = summarize();
  process.exit(code !== 0 ? code : ranTests ? 0 : 1);
}

main();
