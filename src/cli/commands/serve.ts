// `kg serve [--port 8080] [--host 127.0.0.1]`: opens the configured store and serves the explorer
// (API and built page) until SIGINT/SIGTERM, then closes the server and the store. Binds to
// 127.0.0.1 unless told otherwise; never exits the process itself.

import path from 'node:path';
import { loadConfig } from '../../config.js';
import { KgError } from '../../errors.js';
import { buildApp } from '../../server/app.js';
import { openStore } from '../../store/open.js';
import type { CliIo, RegisterCommand } from '../output.js';
import { logLine, printLine } from '../output.js';

export interface ServeOptions {
  port?: string;
  host?: string;
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new KgError('CONFIG_INVALID', `serve: --port must be a number from 0 to 65535, not "${value}". Pick another port.`);
  }
  return port;
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** Serves until a signal (or `signal` aborts). `onListening` receives the URL (tests). */
export async function runServe(options: ServeOptions, io: CliIo, signal?: AbortSignal, onListening?: (url: string) => void): Promise<void> {
  const config = loadConfig(io.env, io.cwd);
  const port = parsePort(options.port, config.server.port);
  const host = options.host ?? config.server.host;
  const store = await openStore(config);
  logLine(io, `kg: using ${store.description}`);
  const app = buildApp({ store, config, webRoot: path.resolve(io.cwd, 'dist', 'web') });
  try {
    const address = await app.listen({ host, port }).catch((error: unknown) => {
      const code = (error as { code?: string }).code;
      const why = code === 'EADDRINUSE' ? 'is in use' : `cannot be opened (${String(code ?? error)})`;
      throw new KgError('CONFIG_INVALID', `serve: ${host}:${port} ${why}. Pick another port with --port or KG_PORT.`);
    });
    const url = address.replace('[::1]', 'localhost');
    printLine(io, `kg explorer at ${url}`);
    onListening?.(url);
    await waitForStop(signal);
  } finally {
    await app.close();
    await store.close();
  }
}

export const registerServe: RegisterCommand = (program, ctx) => {
  program
    .command('serve')
    .description('serve the explorer (graph view, search, Cypher console) over HTTP')
    .option('--port <port>', 'port to listen on (default: KG_PORT or 8080)')
    .option('--host <host>', 'address to bind (default: KG_HOST or 127.0.0.1)')
    .action(async (options: ServeOptions) => {
      await runServe(options, ctx.io);
    });
};
