/**
 * What the benchmarks share: the compiled server they run, processes they start (Vigil,
 * Alertmanager) and always stop, fresh databases they always drop, load generation with
 * autocannon, CPU and memory readings from /proc, machine facts and report formatting.
 *
 * Nothing here runs on import; a script calls `installExitHandlers()` once.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { installExitHandlers, onCleanup } from './support/cleanup.js';
import { freePort } from './support/free-port.js';
import { ROOT, RESULTS_DIR } from './support/paths.js';
import { startServerProcess, type RunningProcess } from './support/server-process.js';

export const POSTGRES_URL = process.env.VIGIL_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const ALERTMANAGER_BIN = process.env.VIGIL_BENCH_ALERTMANAGER ?? '/usr/bin/prometheus-alertmanager';

export type DatabaseKind = 'sqlite' | 'postgres';

// ---------------------------------------------------------------------------------------------
// The Vigil code that is measured

/** `npm run build` writes here instead of dist/, so a benchmark never leaves a stale dist/ behind. */
const BUILD_PARENT = join(ROOT, 'node_modules', '.cache', 'vigil-bench');
export const BUILD_DIR = join(BUILD_PARENT, 'dist');

export interface VigilEntry {
  /** Arguments for `node` that start the CLI; `serve` goes after them. */
  readonly argv: readonly string[];
  readonly description: string;
}

/**
 * Compiles the sources with the project's build (`npm run build`, i.e. tsc -p tsconfig.build.json)
 * into node_modules/.cache/vigil-bench/dist. dist/ itself is not touched: `bin/vigil.js` prefers
 * dist/ when it exists, so a dist/ left behind would make every later `vigil` run use stale code.
 */
export function buildVigil(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): string {
  log(`Building: npm run build -- --outDir ${relative(ROOT, BUILD_DIR)}`);
  const started = Date.now();
  rmSync(BUILD_DIR, { recursive: true, force: true });
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', BUILD_DIR], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); nothing was measured:\n${result.stdout}${result.stderr}`);
  }
  // The compiled CLI reads ../../package.json for its version, and .js files are ES modules only
  // under a package.json saying so.
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(BUILD_PARENT, 'package.json'), `${JSON.stringify({ name: 'vigil-bench-build', version, private: true, type: 'module' })}\n`);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return BUILD_DIR;
}

/**
 * The server the benchmarks start: the compiled code in full runs (built now, or already built
 * by the suite, which passes VIGIL_BENCH_BUILD), the TypeScript sources through tsx in quick runs.
 */
export function vigilEntry(quick: boolean): VigilEntry {
  let dir = process.env.VIGIL_BENCH_BUILD;
  if (!dir && quick) {
    return { argv: ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')], description: 'TypeScript sources through tsx (quick run: not compiled)' };
  }
  if (!dir) {
    dir = buildVigil();
    process.env.VIGIL_BENCH_BUILD = dir;
  }
  const main = join(dir, 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`VIGIL_BENCH_BUILD=${dir} holds no cli/main.js`);
  const built = statSync(main).mtime.toISOString().replace('T', ' ').slice(0, 19);
  return { argv: [main], description: `compiled: npm run build into ${relative(ROOT, dir)} (built ${built} UTC)` };
}

// ---------------------------------------------------------------------------------------------
// Databases

export interface BenchDatabase {
  readonly kind: DatabaseKind;
  readonly url: string;
  readonly details: Record<string, string>;
  /** Row counts, read directly from the database. */
  readonly count: (table: 'incidents' | 'alerts') => Promise<number>;
  readonly destroy: () => Promise<void>;
}

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(kind: DatabaseKind, tempDir: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const file = join(tempDir, 'vigil.db');
    return {
      kind,
      url: file,
      details: { file, journal_mode: 'WAL', synchronous: 'FULL' },
      count: async (table) => {
        const db = new Database(file, { readonly: true, fileMustExist: true });
        try {
          return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
        } finally {
          db.close();
        }
      },
      destroy: async () => {},
    };
  }
  const name = `vigil_bench_${randomBytes(6).toString('hex')}`;
  const details = await withPostgres(POSTGRES_URL, async (client) => {
    const setting = async (what: string) => String((await client.query<Record<string, string>>(`show ${what}`)).rows[0]?.[what] ?? '?');
    const info = {
      database: name,
      server_version: await setting('server_version'),
      fsync: await setting('fsync'),
      synchronous_commit: await setting('synchronous_commit'),
    };
    await client.query(`create database ${name}`);
    return info;
  });
  const parsed = new URL(POSTGRES_URL);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const destroy = onCleanup(`drop database ${name}`, async () => {
    await withPostgres(POSTGRES_URL, async (client) => {
      await client.query(`drop database if exists ${name} with (force)`);
    });
  });
  return {
    kind,
    url,
    details,
    count: (table) => withPostgres(url, async (client) => Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? NaN)),
    destroy,
  };
}

// ---------------------------------------------------------------------------------------------
// Vigil

export interface VigilServer extends RunningProcess {
  readonly url: string;
  readonly adminToken: string;
  readonly startupMs: number;
}

/**
 * `vigil serve` as its own process on a free port, configured through the environment and the
 * given vigil.yaml; resolves once `GET /readyz` answers 200. VIGIL_* variables of the calling
 * shell do not leak in.
 */
export async function startVigil(options: { entry: VigilEntry; databaseUrl: string; dir: string; config: string; env?: Record<string, string> }): Promise<VigilServer> {
  const port = await freePort();
  const adminToken = randomBytes(24).toString('hex');
  const configFile = join(options.dir, 'vigil.yaml');
  writeFileSync(configFile, options.config);
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_')));
  Object.assign(env, {
    VIGIL_DATABASE_URL: options.databaseUrl,
    VIGIL_PORT: String(port),
    VIGIL_HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'warn',
    VIGIL_CONFIG: configFile,
    VIGIL_ADMIN_TOKEN: adminToken,
    ...options.env,
  });
  const started = Date.now();
  // VIGIL_BENCH_NODE_ARGS: flags for the server's Node.js, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles`.
  const nodeArgs = (process.env.VIGIL_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const url = `http://127.0.0.1:${port}`;
  const child = await startServerProcess('Vigil', process.execPath, [...nodeArgs, ...options.entry.argv, 'serve'], { cwd: ROOT, env, stopTimeoutMs: 15_000, readyUrl: `${url}/readyz`, readyTimeoutMs: 90_000 });
  return { ...child, url, adminToken, startupMs: Date.now() - started };
}

// ---------------------------------------------------------------------------------------------
// Alertmanager

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

// ---------------------------------------------------------------------------------------------
// Reporting

export function gitCommit(): string {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no') !== '';
  return dirty ? `${commit} (with uncommitted changes)` : commit;
}

export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

/** The machine and the code, for the report; the load average is the one when the run started. */
/**
 * What every benchmark's main starts with: exit handlers, a line printer, the machine's facts and
 * which Vigil is measured (recorded among the facts).
 */
export function benchStart(quick: boolean): { out: (text?: string) => void; facts: Record<string, string>; entry: VigilEntry } {
  installExitHandlers();
  const facts = machineFacts();
  const entry = vigilEntry(quick);
  facts.vigil = entry.description;
  return { out: (text = '') => process.stdout.write(`${text}\n`), facts, entry };
}

/**
 * A `vigil.yaml` with one service whose integrations take any rate (the limiter out of the way),
 * optionally grouping alerts by `payload.group` as Alertmanager's `group_by: [group]` does.
 */
export function benchServiceConfig(service: { id: string; name: string; groupByGroup?: boolean }, integrations: readonly { type: string; key: string }[]): string {
  return [
    'services:',
    `  - id: ${service.id}`,
    `    name: ${service.name}`,
    ...(service.groupByGroup ? ['    grouping: { by: [group] }'] : []),
    '    integrations:',
    ...integrations.map((i) => `      - { type: ${i.type}, key: ${i.key}, name: autocannon, rate_limit_per_minute: 100000000 }`),
    '',
  ].join('\n');
}

/**
 * A PagerDuty Events API v2 trigger for a distinct alert `n`, one of `groups` groups
 * (`payload.group`): the single-event body of compare.ts and profile.ts.
 */
export const groupedTrigger = (routingKey: string, runId: string, n: number, groups: number) =>
  JSON.stringify({
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: `compare-${runId}-${n}`,
    payload: { summary: `Bench alert ${n} in group ${n % groups}`, source: `host-${n}`, severity: 'critical', group: `g${n % groups}` },
  });

export function machineFacts(): Record<string, string> {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: String(os.cpus().length),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    commit: gitCommit(),
    'load average at start (1 / 5 / 15 min)': loadAverage(),
  };
}

export const fixed = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';

/** A Markdown table, padded to read well as text too; columns from `numericFrom` on align right. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], numericFrom: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = (i: number) => i >= numericFrom;
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const today = () => new Date().toISOString().slice(0, 10);

/** The closing sections of every result file: the checks that were made and the servers' output. */
export function checksAndOutput(checks: readonly string[], serverOutput: readonly string[]): string[] {
  return ['## Checks', '', ...checks.map((line) => `- ${line}`), '', '## Server output', '', '```', ...serverOutput, '```', ''];
}

/** Writes bench/results/<name>-<date>.md and returns its path relative to the repository. */
export function writeResult(name: string, markdown: string): string {
  const file = join(RESULTS_DIR, `${name}-${today()}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return relative(ROOT, file);
}
