// Every environment variable kg-builder reads is read here and nowhere else. One interface grouped
// by concern, defaults beside it, validation with messages that say what to do. `.env` in the
// working directory is loaded first when present (values already in the environment win).

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KgError } from './errors.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  /** undefined when no NEO4J_URI is set: the embedded file store is used. */
  neo4j?: Neo4jConfig;
  store: { dataDir: string };
  input: { maxFileBytes: number; fetchTimeoutMs: number };
  server: { host: string; port: number };
  query: { timeoutMs: number; maxRows: number };
}

const Env = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt:// or neo4j://').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  KG_DATA_DIR: z.string().default('.kg-data'),
  KG_MAX_FILE_MB: z.coerce.number().positive().default(20),
  KG_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  KG_HOST: z.string().default('127.0.0.1'),
  KG_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10000),
  KG_QUERY_MAX_ROWS: z.coerce.number().int().positive().default(1000),
});

function loadDotEnv(cwd: string): void {
  const file = path.join(cwd, '.env');
  if (!fs.existsSync(file)) return;
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new KgError('CONFIG_INVALID', `config: cannot read ${file} (${String(error)}). Fix or remove the file.`);
  }
}

/** Reads the configuration from `env` (default: process.env, after loading ./.env). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  if (env === process.env) loadDotEnv(cwd);
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue ? String(issue.path[0]) : 'environment';
    throw new KgError('CONFIG_INVALID', `config: ${name} ${issue?.message ?? 'is invalid'}. Fix it in the environment or .env.`);
  }
  const e = parsed.data;
  return {
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    store: { dataDir: path.resolve(cwd, e.KG_DATA_DIR) },
    input: { maxFileBytes: Math.round(e.KG_MAX_FILE_MB * 1024 * 1024), fetchTimeoutMs: e.KG_FETCH_TIMEOUT_MS },
    server: { host: e.KG_HOST, port: e.KG_PORT },
    query: { timeoutMs: e.KG_QUERY_TIMEOUT_MS, maxRows: e.KG_QUERY_MAX_ROWS },
  };
}
