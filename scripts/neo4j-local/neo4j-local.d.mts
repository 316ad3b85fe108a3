// Types for neo4j-local.mjs (used from TypeScript: benchmarks and tests).
import type { ChildProcess } from 'node:child_process';

export interface LocalNeo4j {
  uri: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
  kill(): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const JVM_FLAGS: string[];
export function prepareNeo4j(): { classpath: string };
export function startNeo4j(options?: { port?: number; dataDir?: string; log?: string | ((chunk: string) => void); timeoutMs?: number }): Promise<LocalNeo4j>;
