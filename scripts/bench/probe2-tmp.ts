import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { launchBrowser } from '../../tests/helpers/browser.js';
const app = Fastify(); app.register(fastifyStatic, { root: '/tmp/sigprobe-dist' });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;
const ctx = await launchBrowser();
for (const qs of ['n=2000', 'n=20000', 'n=20000&labels=1']) {
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/?${qs}`);
  await page.waitForFunction('window.measure');
  await page.waitForTimeout(500);
  console.log(qs, await page.evaluate('window.measure()'));
  await page.close();
}
await ctx.close(); await app.close();
