import { CommanderError } from 'commander';
import { reportError, type CliIo } from '../../../src/cli/output.js';
import { KgError } from '../../../src/errors.js';

function capture(env: NodeJS.ProcessEnv = {}): { io: CliIo; err: () => string; out: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false, env, cwd: '/' };
  return { io, err: () => err, out: () => out };
}

describe('reportError', () => {
  test('KgError: one line with the code, exit 1, no stack', () => {
    const c = capture();
    expect(reportError(c.io, new KgError('INPUT_EMPTY', 'ingest: a.txt is empty.\nPass a file with text.'))).toBe(1);
    expect(c.err()).toBe('kg: ingest: a.txt is empty. Pass a file with text. [INPUT_EMPTY]\n');
    expect(c.out()).toBe('');
  });

  test('unknown error: one line that points to KG_DEBUG, exit 70, no stack', () => {
    const c = capture();
    expect(reportError(c.io, new TypeError('x is not a function'))).toBe(70);
    expect(c.err()).toBe('kg: unexpected error: x is not a function. Run with KG_DEBUG=1 for details.\n');
  });

  test('thrown non-errors are handled too', () => {
    const c = capture();
    expect(reportError(c.io, 'plain string')).toBe(70);
    expect(c.err().split('\n').filter(Boolean)).toHaveLength(1);
  });

  test.each([['1'], ['true']])('KG_DEBUG=%s prints the stack', (flag) => {
    const c = capture({ KG_DEBUG: flag });
    reportError(c.io, new Error('boom'));
    expect(c.err()).toMatch(/^kg: unexpected error: boom\.\n/);
    expect(c.err()).toMatch(/\n\s+at /);
  });

  test.each([['0'], ['false'], ['']])('KG_DEBUG=%s prints no stack', (flag) => {
    const c = capture({ KG_DEBUG: flag });
    reportError(c.io, new Error('boom'));
    expect(c.err()).not.toMatch(/\n\s+at /);
  });

  test('commander errors were already printed: only the exit code', () => {
    const c = capture();
    expect(reportError(c.io, new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
    expect(reportError(c.io, new CommanderError(1, 'commander.unknownOption', 'error: unknown option'))).toBe(2);
    expect(c.err()).toBe('');
  });
});
