// `kg serve` in-process: opens the configured (file) store, listens on 127.0.0.1, prints the URL,
// answers /healthz, and closes when asked. Bad ports are refused with a one-line KgError.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import type { CliIo } from '../../../src/cli/output.js';
import { runServe } from '../../../src/cli/commands/serve.js';
import { isKgError } from '../../../src/errors.js';

function testIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdoutIsTTY: false, stderrIsTTY: false, env: { KG_DATA_DIR: path.join(cwd, 'data') }, cwd };
}

test('serves the API on 127.0.0.1 and stops on abort', async () => {
  const io = testIo();
  const stop = new AbortController();
  let url = '';
  const running = runServe({ port: '0' }, io, stop.signal, (u) => (url = u));
  await new Promise<void>((resolve) => {
    const wait = setInterval(() => url && (clearInterval(wait), resolve()), 20);
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(io.out.join('')).toBe(`kg explorer at ${url}\n`);
  const health = (await (await fetch(`${url}/healthz`)).json()) as { ok: boolean; store: string };
  expect(health).toMatchObject({ ok: true, store: 'file' });
  stop.abort();
  await running;
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
});

test.each(['abc', '70000', '-1'])('refuses --port %s', async (port) => {
  const error = await runServe({ port }, testIo()).catch((e: unknown) => e);
  expect(isKgError(error, 'CONFIG_INVALID')).toBe(true);
  expect((error as Error).message).toContain('--port');
});

test('a port in use is a clear error', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as net.AddressInfo;
  try {
    const error = await runServe({ port: String(port) }, testIo()).catch((e: unknown) => e);
    expect(isKgError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toContain('is in use');
  } finally {
    blocker.close();
  }
});
