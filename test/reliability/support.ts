import { execFile, execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../e2e/peers.js';
import { afterAll } from 'vitest';
import type { VigilProcess } from '../e2e/vigil-process.js';
import { openDatabase, type DialectName, type VigilDatabase } from '../../src/core/db/database.js';
import { createTestDatabase } from '../../src/test-support/databases.js';
import { mulberry32 } from '../../src/test-support/seeded-random.js';

/**
 * Shared pieces of the reliability tests: seeded randomness, an HTTP client that tells a refused
 * connection from a dropped one from a hang, the Vigil process's memory, and a private
 * PostgreSQL cluster that a test may stop and start at will.
 */

export const ADMIN_TOKEN = 'reliability-admin-token-0123456789abcdef';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Rng {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  shuffle<T>(items: T[]): T[];
}

/**
 * mulberry32 from a seed: `VIGIL_RELIABILITY_SEED` when set (to replay a failure), otherwise a
 * fresh one. The caller prints the seed so that any run can be replayed.
 */
export function seededRandom(label: string): Rng {
  const fromEnv = process.env.VIGIL_RELIABILITY_SEED;
  const seed = fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : randomInt(2 ** 31);
  const next = mulberry32(seed);
  console.log(`[${label}] seed ${seed} (replay with VIGIL_RELIABILITY_SEED=${seed})`);
  return {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j] as T, items[i] as T];
      }
      return items;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP

/**
 * What became of one request. `refused`: the connection was never made, so the server never saw
 * the request. `closed`: the connection dropped after the request was (perhaps) sent and before
 * a complete answer, so the server may or may not have acted on it. `timeout`: no answer in
 * time: a hang.
 */
export type Outcome =
  | { readonly kind: 'response'; readonly status: number; readonly retryAfter: string | undefined; readonly body: string; readonly at: number; readonly ms: number }
  | { readonly kind: 'refused' | 'closed'; readonly code: string; readonly at: number; readonly ms: number }
  | { readonly kind: 'timeout'; readonly at: number; readonly ms: number };

export function keepAliveAgent(sockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: sockets });
}

/** POSTs JSON and settles with what happened; never rejects. */
export function postJson(agent: http.Agent, url: string, body: string, timeoutMs: number): Promise<Outcome> {
  const started = Date.now();
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const failed = (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      const now = Date.now();
      settle({ kind: code === 'ECONNREFUSED' ? 'refused' : 'closed', code, at: now, ms: now - started });
    };
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', failed);
      response.on('aborted', () => failed(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
      response.on('end', () => {
        const now = Date.now();
        const retryAfter = response.headers['retry-after'];
        settle({ kind: 'response', status: response.statusCode ?? 0, retryAfter, body: Buffer.concat(chunks).toString('utf8'), at: now, ms: now - started });
      });
    });
    const timer = setTimeout(() => {
      const now = Date.now();
      settle({ kind: 'timeout', at: now, ms: now - started });
      request.destroy();
    }, timeoutMs);
    request.on('error', failed);
    request.end(body);
  });
}

/** GET returning the status, or 0 when there was no answer. */
export async function getStatus(url: string, timeoutMs = 2_000): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** A PagerDuty Events API v2 trigger. */
export function triggerBody(routingKey: string, dedupKey: string): string {
  return JSON.stringify({
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: { summary: `reliability ${dedupKey}`, source: 'reliability-test', severity: 'critical' },
  });
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'response':
      return String(outcome.status);
    case 'timeout':
      return 'timeout';
    default:
      return `${outcome.kind}:${outcome.code}`;
  }
}

/** Counts by label, for the logs. */
export function histogram(labels: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Processes and files

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `vigil-reliability-${prefix}-`));
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The resident set size of a process in MB, from /proc; undefined once it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves with the exit code and signal once the process has exited (at once if it has). */
export function exitOf(vigil: VigilProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const { child } = vigil;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Stops a Vigil process whatever state it is in: SIGTERM, then SIGKILL after `graceMs`. */
export async function forceStop(vigil: VigilProcess | undefined, graceMs = 5_000): Promise<void> {
  if (!vigil) return;
  const exited = exitOf(vigil);
  if (vigil.child.exitCode === null && vigil.child.signalCode === null) vigil.child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) await vigil.kill();
}

// ---------------------------------------------------------------------------------------------
// A private PostgreSQL cluster

const PG_BIN = '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);

export interface PrivatePostgres {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** `pg_ctl start -w`. */
  start(): Promise<void>;
  /** `pg_ctl stop -m fast -w`. */
  stop(): Promise<void>;
  /** Stops the cluster (immediate) if it runs and removes its directory. */
  destroy(): Promise<void>;
  /** The server log, for failure messages. */
  log(): string;
}

/**
 * initdb refuses to run as root: as root the cluster belongs to the `postgres` account and every
 * pg_ctl runs as that account (runuser, or su where runuser is missing); otherwise as the current
 * user.
 */
function asClusterOwner(): { wrap: (command: string, args: readonly string[]) => [string, string[]]; chown: (path: string) => void } {
  if (process.getuid?.() !== 0) return { wrap: (command, args) => [command, [...args]], chown: () => {} };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  let runuser = true;
  try {
    execFileSync('runuser', ['--help'], { stdio: 'ignore' });
  } catch {
    runuser = false;
  }
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  return {
    wrap: (command, args) =>
      runuser
        ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
        : ['su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map(quote).join(' ')]],
    chown: (path) => chownSync(path, uid, gid),
  };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const owner = asClusterOwner();
  const dir = tempDir('pg');
  owner.chown(dir);
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const pg = async (command: string, args: readonly string[]) => {
    const [file, argv] = owner.wrap(`${PG_BIN}/${command}`, args);
    await run(file, argv, { timeout: 60_000 });
  };
  const port = await freePort();
  let running = false;
  const cluster: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async start() {
      await pg('pg_ctl', ['-D', data, '-l', logFile, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', '-t', '60', 'start']);
      running = true;
    },
    async stop() {
      await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
    log() {
      try {
        return readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
  };
  try {
    await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-N', '-E', 'UTF8']);
    await cluster.start();
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return cluster;
}

/**
 * A `vigil.yaml` with one service whose Events API integration takes events at any rate, and whose
 * storm cap is above any load these tests send: they count one incident per alert.
 */
export function oneServiceConfig(id: string, name: string, routingKey: string): string {
  return `
services:
  - id: ${id}
    name: ${name}
    storm_limit: 1000000
    integrations:
      - { type: events_v2, key: ${routingKey}, rate_limit_per_minute: 100000000 }
`;
}

/** Cleanups a test file registers as it goes; after its last test they run newest first, each on its own. */
export function cleanupsAfterAll(): (() => Promise<void> | void)[] {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('cleanup failed:', error);
      }
    }
  });
  return cleanups;
}

/**
 * Where a Vigil process under test keeps its data: a fresh PostgreSQL database (not migrated:
 * the process migrates it), or a SQLite file in `dir`. `reader` opens it for the test's own
 * checks once the process is done with it; whatever is opened is closed by `cleanups`.
 */
export async function processDatabase(dialect: DialectName, dir: string, cleanups: (() => Promise<void> | void)[]): Promise<{ url: string; reader: () => VigilDatabase }> {
  if (dialect === 'postgres') {
    const database = await createTestDatabase('postgres', { migrate: false });
    cleanups.push(() => database.destroy());
    return { url: database.url, reader: () => database };
  }
  const url = join(dir, 'vigil.db');
  return {
    url,
    reader: () => {
      const database = openDatabase(url);
      cleanups.push(() => database.close());
      return database;
    },
  };
}
