// Runs the kg CLI in-process through main(argv, io) with captured stdout and stderr, an explicit
// environment (nothing leaks in from the test process) and working directory.

import { main } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/output.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runKg(argv: readonly string[], options: { env: NodeJS.ProcessEnv; cwd: string; tty?: boolean }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false,
    env: options.env,
    cwd: options.cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
