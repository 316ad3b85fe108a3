// The CLI's view of the outside world: where results (stdout) and logs (stderr) go, the
// environment, and the one top-level error handler. Commands write only through a CliIo, so tests
// run the whole CLI in-process with captured writers. Nothing here calls process.exit.

import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { isKgError, oneLine } from '../errors.js';

export interface CliIo {
  /** Results only (JSON, tables, summaries). */
  stdout: (text: string) => void;
  /** Logs, warnings, progress, errors. */
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (decides default formats). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (decides progress bars). */
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** What every command receives: the io and a place to put a non-zero exit code. */
export interface CliContext {
  io: CliIo;
  /** Commands set this (e.g. 1 when one of several inputs failed); main() returns it. */
  exitCode: number;
}

/** The real process's io. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Writes one line to stdout (adds the newline). */
export function printLine(io: CliIo, line = ''): void {
  io.stdout(`${line}\n`);
}

/** Writes one log line to stderr (adds the newline; multi-line text is folded to one line). */
export function logLine(io: CliIo, line: string): void {
  io.stderr(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** Pretty JSON (2 spaces) with a final newline, written in one call so stdout never holds half a document. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function isDebug(io: CliIo): boolean {
  const flag = io.env.KG_DEBUG;
  return flag !== undefined && flag !== '' && flag !== '0' && flag !== 'false';
}

/** Exit codes: 1 for user-facing problems (KgError), 2 for usage errors, 70 for bugs (EX_SOFTWARE). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

/**
 * The top-level error handler: one line on stderr, never a stack trace unless KG_DEBUG=1.
 * Returns the exit code.
 */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (help, version, usage errors) through configureOutput.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const debug = isDebug(io);
  if (isKgError(error)) {
    logLine(io, `kg: ${oneLine(error)} [${error.code}]`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failed;
  }
  const what = oneLine(error) || 'unknown error';
  if (debug) {
    logLine(io, `kg: unexpected error: ${what}.`);
    io.stderr(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
  } else {
    logLine(io, `kg: unexpected error: ${what}. Run with KG_DEBUG=1 for details.`);
  }
  return EXIT.internal;
}

/**
 * How a command module plugs into the program: it adds its command to `program` and runs with `ctx`.
 * Export one of these from src/cli/commands/<name>.ts and list it in program.ts's COMMANDS.
 */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;
