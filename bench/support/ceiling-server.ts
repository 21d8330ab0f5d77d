import { join } from 'node:path';
import { freePort } from './free-port.js';
import { ROOT } from './paths.js';
import { startServerProcess, type RunningProcess } from './server-process.js';

/** `bench/ceiling-server.ts`: Fastify answering PagerDuty events with 202, storing nothing. */
export async function startCeilingServer(): Promise<RunningProcess & { readonly url: string }> {
  const port = await freePort();
  const env = { ...process.env, CEILING_PORT: String(port) };
  const url = `http://127.0.0.1:${port}`;
  const child = await startServerProcess('bare Fastify', process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'ceiling-server.ts')], {
    cwd: ROOT,
    env,
    stopTimeoutMs: 5_000,
    readyUrl: `${url}/ready`,
    readyTimeoutMs: 30_000,
  });
  return { ...child, url };
}
