// An unreachable Neo4j is a clear STORE_UNREACHABLE error within about 5 s, whether nothing listens
// on the port or something listens but never answers Bolt.

import net from 'node:net';
import { isKgError } from '../../../src/errors.js';
import { openNeo4jStore } from '../../../src/store/neo4j/neo4j-store.js';
import { freePort } from './processes.js';

const config = (port: number) => ({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '', database: 'neo4j' });

async function openError(port: number): Promise<unknown> {
  try {
    await openNeo4jStore(config(port));
  } catch (error) {
    return error;
  }
  throw new Error('expected STORE_UNREACHABLE, but the store opened');
}

test('a closed port: STORE_UNREACHABLE naming the URI and what to do', async () => {
  const port = await freePort();
  const error = await openError(port);
  expect(isKgError(error, 'STORE_UNREACHABLE')).toBe(true);
  const message = (error as Error).message;
  expect(message).toBe(
    `store: cannot reach Neo4j at bolt://127.0.0.1:${port}. Start it with "npm run neo4j" or "docker compose up -d", or unset NEO4J_URI to use the embedded file store.`,
  );
}, 8000);

test('a port that accepts but never speaks Bolt: STORE_UNREACHABLE, not a hang', async () => {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    expect(isKgError(await openError(port), 'STORE_UNREACHABLE')).toBe(true);
  } finally {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => server.close(resolve));
  }
}, 8000);
