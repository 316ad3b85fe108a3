// Builds the `kg` commander program and runs it. Commands live in src/cli/commands/*.ts and are
// registered through the explicit COMMANDS list below (add yours with one import and one entry).
// main(argv, io) never calls process.exit: it returns the exit code, so tests run it in-process.

import { Command } from 'commander';
import pkg from '../../package.json';
import type { CliContext, CliIo, RegisterCommand } from './output.js';
import { processIo, reportError } from './output.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerDelete } from './commands/delete.js';
import { registerExport } from './commands/export.js';
import { registerStats } from './commands/stats.js';
import { registerServe } from './commands/serve.js';

/** Every command of the CLI, in help order. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerExtract,
  registerIngest,
  registerQuery,
  registerDelete,
  registerExport,
  registerStats,
  registerServe,
];

/** The program with all commands; output (help, usage errors) goes through `ctx.io`. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('kg')
    .description('Offline, deterministic knowledge-graph builder for German and English news articles.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text),
      // Usage errors stay on one line, with the way out.
      outputError: (text, write) => write(`kg: ${text.trim()}. Run "kg --help" for usage.\n`),
    });
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/**
 * Runs the CLI with `argv` (the user's arguments, without node and script) and returns the exit
 * code. Every error ends here: one line on stderr, never a stack trace unless KG_DEBUG=1.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  try {
    const program = buildProgram(ctx);
    // Commander's own subcommands inherit exitOverride/configureOutput only when set before they are added.
    for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return reportError(io, error);
  }
}
