/** Prometheus Alertmanager, which bench/compare.ts measures Vigil against. */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { startServerProcess, type RunningProcess } from './server-process.js';

export const ALERTMANAGER_BIN = process.env.VIGIL_BENCH_ALERTMANAGER ?? '/usr/bin/prometheus-alertmanager';

export interface AlertmanagerServer extends RunningProcess {
  readonly url: string;
  readonly version: string;
}

export function alertmanagerVersion(): string {
  try {
    const text = execFileSync(ALERTMANAGER_BIN, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return /version (\S+)/.exec(text)?.[1] ?? text.split('\n')[0] ?? '?';
  } catch (error) {
    throw new Error(`${ALERTMANAGER_BIN} cannot run (install the Debian package prometheus-alertmanager, or set VIGIL_BENCH_ALERTMANAGER): ${(error as Error).message}`);
  }
}

/**
 * Alertmanager with the given configuration, its storage in `dir`, on a free loopback port, gossip
 * clustering off (as test/e2e/peers.ts starts it); resolves once `GET /-/ready` answers 200.
 */
export async function startAlertmanager(config: string, dir: string): Promise<AlertmanagerServer> {
  accessSync(ALERTMANAGER_BIN, constants.X_OK);
  const version = alertmanagerVersion();
  const port = await freePort();
  writeFileSync(join(dir, 'alertmanager.yml'), config);
  const args = [
    `--config.file=${join(dir, 'alertmanager.yml')}`,
    `--storage.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    `--web.external-url=http://127.0.0.1:${port}`,
    // An empty address disables the gossip cluster (and its port 9094).
    '--cluster.listen-address=',
    '--log.level=warn',
  ];
  const url = `http://127.0.0.1:${port}`;
  const child = await startServerProcess('Alertmanager', ALERTMANAGER_BIN, args, { cwd: dir, env: process.env, stopTimeoutMs: 5_000, readyUrl: `${url}/-/ready`, readyTimeoutMs: 20_000 });
  return { ...child, url, version };
}

/** The sum of a Prometheus counter's series on a /metrics page. */
export async function metricSum(url: string, name: string): Promise<number> {
  const text = await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== '{' && rest[0] !== ' ') continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}
