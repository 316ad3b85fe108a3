// Shared by the store commands (ingest, query, delete, export, stats): open the configured store,
// say once on stderr which one is in use, run the command, always close the store. Also the one
// rule for default output formats: human text on a terminal, JSON when stdout is piped.

import { loadConfig } from '../config.js';
import type { Config } from '../config.js';
import { openStore } from '../store/open.js';
import type { GraphStore } from '../store/types.js';
import type { CliIo } from './output.js';
import { logLine } from './output.js';

export async function withStore<T>(io: CliIo, run: (store: GraphStore, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env, io.cwd);
  const store = await openStore(config);
  logLine(io, `kg: using ${store.description}`);
  try {
    return await run(store, config);
  } finally {
    await store.close();
  }
}

/** The format the user asked for, else `human` on a terminal and 'json' in a pipe. */
export function defaultFormat<F extends string>(io: CliIo, asked: F | undefined, human: F): F | 'json' {
  return asked ?? (io.stdoutIsTTY ? human : 'json');
}
