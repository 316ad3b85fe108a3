// Child processes for integration tests: save workers (tsx) and a second, private neo4j-local
// instance that a test may SIGKILL (its own port and data folder, never the shared one).

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve('.');

export interface Worker {
  child: ChildProcess;
  saved: () => number;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Saves synthetic articles [from, to) in a separate Node process. */
export function startWorker(uri: string, from: number, to: number, pool: number): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/integration/store/save-worker.ts'), uri, String(from), String(to), String(pool)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, saved: () => (stdout.match(/^saved /gm) ?? []).length, done };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalNeo4j {
  uri: string;
  javaPid: number;
  exited: Promise<void>;
  /** Clean stop. */
  stop(): Promise<void>;
}

/** Starts scripts/neo4j-local in a child process; resolves when Bolt is ready. */
export function startLocalNeo4j(port: number, dataDir: string): Promise<LocalNeo4j> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/neo4j-local/neo4j-local.mjs')], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_PORT: String(port), NEO4J_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer): void => {
      output += c.toString();
      const uri = /neo4j-local ready (\S+)/.exec(output)?.[1];
      const pid = /java pid (\d+)/.exec(output)?.[1];
      if (uri && pid) {
        resolve({
          uri,
          javaPid: Number(pid),
          exited,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => reject(new Error(`neo4j-local exited before it was ready:\n${output.slice(-2000)}`)));
  });
}
