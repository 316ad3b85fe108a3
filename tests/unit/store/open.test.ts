// openStore: the embedded file store without NEO4J_URI, Neo4j with it (a closed port gives the
// STORE_UNREACHABLE error that tells the user how to start Neo4j or fall back to the file store).

import net from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { openStore } from '../../../src/store/open.js';
import { removeDir, tempDataDir } from './fixtures.js';

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

test('without NEO4J_URI: the file store in KG_DATA_DIR', async () => {
  const dir = tempDataDir();
  const store = await openStore(loadConfig({ KG_DATA_DIR: 'kg' }, dir));
  expect(store.kind).toBe('file');
  expect(store.description).toBe(`file store at ${path.join(dir, 'kg')}`);
  await store.close();
  removeDir(dir);
});

test('with NEO4J_URI and nothing listening: STORE_UNREACHABLE naming the fallback', async () => {
  const port = await closedPort();
  await expect(openStore(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }, '/tmp'))).rejects.toMatchObject({
    code: 'STORE_UNREACHABLE',
    message: expect.stringContaining(`127.0.0.1:${port}`),
  });
});
