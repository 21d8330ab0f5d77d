/**
 * What the benchmarks share: the compiled server they run, processes they start (Vigil,
 * Alertmanager) and always stop, fresh databases they always drop, load generation with
 * autocannon, CPU and memory readings from /proc, machine facts and report formatting.
 *
 * Nothing here runs on import; a script calls `installExitHandlers()` once.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { installExitHandlers } from './support/cleanup.js';
import { freePort } from './support/free-port.js';
import { machineFacts } from './support/machine-facts.js';
import { ROOT } from './support/paths.js';
import { startServerProcess, type RunningProcess } from './support/server-process.js';

export const ALERTMANAGER_BIN = process.env.VIGIL_BENCH_ALERTMANAGER ?? '/usr/bin/prometheus-alertmanager';

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

