/**
 * Ingest throughput and latency of `POST /v2/enqueue` (PagerDuty Events API v2), end to end:
 * Vigil runs as its own process on SQLite and on PostgreSQL, autocannon drives it from this one.
 * Every 202 counted here was answered after the event's transaction committed.
 *
 *   npx tsx bench/ingest.ts           # full run: 10 s per scenario, 50 connections; writes bench/results/
 *   npx tsx bench/ingest.ts --quick   # 2 s, 10 connections, one scenario per database; writes nothing
 *
 * A full run measures the compiled server (npm run build into node_modules/.cache/vigil-bench/dist,
 * or the build VIGIL_BENCH_BUILD names); a quick run the TypeScript sources through tsx.
 *
 * VIGIL_BENCH_POSTGRES_URL points at another PostgreSQL server (default
 * postgres://postgres@127.0.0.1:5432/postgres); a database `vigil_bench_<random>` is created
 * there and dropped afterwards.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadAverage, vigilEntry, type VigilEntry } from './harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const POSTGRES_URL = process.env.VIGIL_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const quick = process.argv.includes('--quick');
const DURATION_S = quick ? 2 : 10;
const CONNECTIONS = quick ? 10 : 50;
const WARMUP_S = quick ? 0 : 2;
const REPEAT_KEYS = 100;
/** Compiled code in full runs, TypeScript sources through tsx in quick runs (bench/harness.ts). */
let serverEntry: VigilEntry | undefined;
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

type DatabaseKind = 'sqlite' | 'postgres';
type ScenarioName = 'unique-triggers' | 'repeat-triggers';

interface Scenario {
  readonly name: ScenarioName;
  readonly description: string;
  /** The dedup key of the n-th request. */
  readonly dedupKey: (n: number, runId: string) => string;
  /** New incidents the scenario must leave, given the 2xx answers it counted. */
  readonly expectedNewIncidents: (ok2xx: number) => { min: number; max: number };
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'unique-triggers',
    description: 'every request a trigger with a new dedup_key: each opens an alert and an incident',
    dedupKey: (n, runId) => `unique-${runId}-${n}`,
    // Each 202 is a committed incident; requests still in flight when the clock stops may also
    // have committed, one per connection at most.
    expectedNewIncidents: (ok2xx) => ({ min: ok2xx, max: ok2xx + CONNECTIONS }),
  },
  {
    name: 'repeat-triggers',
    description: `triggers over ${REPEAT_KEYS} dedup_keys: after the first of each, the open alert is updated`,
    dedupKey: (n, runId) => `repeat-${runId}-${n % REPEAT_KEYS}`,
    expectedNewIncidents: (ok2xx) => ({ min: Math.min(ok2xx, REPEAT_KEYS), max: REPEAT_KEYS }),
  },
];

interface ScenarioResult {
  readonly database: DatabaseKind;
  readonly scenario: ScenarioName;
  readonly durationS: number;
  readonly connections: number;
  readonly requestsPerSecondMean: number;
  readonly requestsTotal: number;
  readonly latencyMs: { readonly mean: number; readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly responses2xx: number;
  readonly non2xx: number;
  readonly statusCodes: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly timeouts: number;
  readonly errorMessages: Readonly<Record<string, number>>;
  readonly incidentsBefore: number;
  readonly incidentsAfter: number;
  readonly newIncidents: number;
  readonly expectedNewIncidents: { readonly min: number; readonly max: number };
  readonly incidentsCheck: 'ok' | 'MISMATCH';
}

interface ServerLog {
  readonly countsByLevel: Record<string, number>;
  readonly notable: string[];
  readonly tail: string[];
  exit: { code: number | null; signal: NodeJS.Signals | null; expected: boolean } | null;
}

interface DatabaseRun {
  readonly database: DatabaseKind;
  readonly details: Record<string, string>;
  readonly results: ScenarioResult[];
  readonly serverLog: ServerLog;
  error?: string;
}

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started or created is registered here and undone on every way out.

const cleanups: { label: string; run: () => Promise<void> }[] = [];
const liveChildren = new Set<ChildProcess>();
const liveTempDirs = new Set<string>();
let currentLoad: autocannon.Instance | undefined;

function onCleanup(label: string, run: () => Promise<void>): () => Promise<void> {
  let done = false;
  const entry = {
    label,
    run: async () => {
      if (done) return;
      done = true;
      await run();
    },
  };
  cleanups.push(entry);
  return async () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
    await entry.run();
  };
}

async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const entry = cleanups.pop();
    if (!entry) break;
    try {
      await entry.run();
    } catch (error) {
      process.stderr.write(`cleanup "${entry.label}" failed: ${(error as Error).message}\n`);
    }
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping the load, the Vigil server and removing temporary data…\n`);
    currentLoad?.stop();
    void cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

// Last resort when the process ends without the asynchronous cleanup having run.
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Databases

interface BenchDatabase {
  readonly url: string;
  readonly details: Record<string, string>;
  readonly destroy: () => Promise<void>;
}

function makeTempDir(): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(join(os.tmpdir(), 'vigil-bench-'));
  liveTempDirs.add(dir);
  const remove = onCleanup(`remove ${dir}`, async () => {
    rmSync(dir, { recursive: true, force: true });
    liveTempDirs.delete(dir);
  });
  return { dir, remove };
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

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function createDatabase(kind: DatabaseKind, tempDir: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const file = join(tempDir, 'vigil.db');
    return { url: file, details: { file, journal_mode: 'WAL', synchronous: 'FULL' }, destroy: async () => {} };
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
  const destroy = onCleanup(`drop database ${name}`, async () => {
    await withPostgres(POSTGRES_URL, async (client) => {
      await client.query(`drop database if exists ${name} with (force)`);
    });
  });
  return { url: withDatabaseName(POSTGRES_URL, name), details, destroy };
}

// ---------------------------------------------------------------------------------------------
// The Vigil server, as a child process

interface VigilServer {
  readonly url: string;
  readonly adminToken: string;
  readonly routingKey: string;
  readonly log: ServerLog;
  readonly stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const MAX_NOTABLE = 40;
const MAX_TAIL = 40;

function recordOutput(log: ServerLog, stream: 'stdout' | 'stderr', line: string): void {
  if (line.trim() === '') return;
  log.tail.push(`[${stream}] ${line}`);
  if (log.tail.length > MAX_TAIL) log.tail.shift();
  let level = stream === 'stderr' ? 'stderr' : 'text';
  try {
    const parsed = JSON.parse(line) as { level?: unknown };
    if (typeof parsed.level === 'number') level = LEVEL_NAMES[parsed.level] ?? String(parsed.level);
  } catch {
    // Not a log record: start-up banner or a message on stderr.
  }
  log.countsByLevel[level] = (log.countsByLevel[level] ?? 0) + 1;
  const notable = level === 'warn' || level === 'error' || level === 'fatal' || level === 'stderr';
  if (notable && log.notable.length < MAX_NOTABLE) log.notable.push(line.length > 2_000 ? `${line.slice(0, 2_000)}…` : line);
}

function lineReader(onLine: (line: string) => void): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      onLine(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  };
}

async function startVigil(databaseUrl: string, tempDir: string): Promise<VigilServer> {
  const port = await freePort();
  const adminToken = randomBytes(24).toString('hex');
  const routingKey = randomBytes(16).toString('hex');
  const configFile = join(tempDir, 'vigil.yaml');
  writeFileSync(
    configFile,
    [
      'services:',
      '  - id: bench',
      '    name: Ingest benchmark',
      '    integrations:',
      `      - { type: events_v2, key: ${routingKey}, name: autocannon, rate_limit_per_minute: 100000000 }`,
      '',
    ].join('\n'),
  );

  // Only the settings chosen here; a VIGIL_* variable of the calling shell must not leak in.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_')));
  Object.assign(env, {
    VIGIL_DATABASE_URL: databaseUrl,
    VIGIL_PORT: String(port),
    VIGIL_HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'warn',
    VIGIL_CONFIG: configFile,
    VIGIL_ADMIN_TOKEN: adminToken,
  });

  const log: ServerLog = { countsByLevel: {}, notable: [], tail: [], exit: null };
  serverEntry ??= vigilEntry(quick);
  const child = spawn(process.execPath, [...serverEntry.argv, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  child.stdout?.on('data', lineReader((line) => recordOutput(log, 'stdout', line)));
  child.stderr?.on('data', lineReader((line) => recordOutput(log, 'stderr', line)));
  let stopping = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      log.exit = { code, signal, expected: stopping };
      resolve();
    });
  });

  const stop = onCleanup(`stop Vigil (pid ${child.pid})`, async () => {
    if (log.exit) return;
    stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  });

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, adminToken, routingKey, log, stop };
}

async function waitUntilReady(url: string, log: ServerLog): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (log.exit) throw new Error(`Vigil exited during start-up (code ${log.exit.code}, signal ${log.exit.signal}):\n${log.tail.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`Vigil was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${log.tail.join('\n')}`);
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
}

/**
 * The incident count once requests still in flight when a load stopped have settled: read until
 * two reads half a second apart agree.
 */
async function settledIncidentCount(server: VigilServer): Promise<number> {
  let previous = await countIncidents(server);
  for (;;) {
    await sleep(500);
    const current = await countIncidents(server);
    if (current === previous) return current;
    previous = current;
  }
}

/** Incident numbers are sequential and gapless, so the newest one's number is the count. */
async function countIncidents(server: VigilServer): Promise<number> {
  const response = await fetch(`${server.url}/api/v1/incidents?limit=1`, {
    headers: { authorization: `Bearer ${server.adminToken}` },
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status !== 200) throw new Error(`GET /api/v1/incidents answered ${response.status}: ${await response.text()}`);
  const page = (await response.json()) as { incidents: { number: number }[] };
  return page.incidents[0]?.number ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Load

interface LoadOutcome {
  readonly result: autocannon.Result;
  readonly errorMessages: Record<string, number>;
}

function runLoad(server: VigilServer, dedupKey: (n: number) => string, durationS: number, connections: number): Promise<LoadOutcome> {
  let n = 0;
  const errorMessages: Record<string, number> = {};
  const summary = 'Ingest benchmark: checkout latency above threshold';
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections,
        duration: durationS,
        requests: [
          {
            method: 'POST',
            path: '/v2/enqueue',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => {
              request.body = JSON.stringify({
                routing_key: server.routingKey,
                event_action: 'trigger',
                dedup_key: dedupKey(n++),
                payload: { summary, source: 'bench-host-1', severity: 'error' },
              });
              return request;
            },
          },
        ],
      },
      (error, result) => {
        currentLoad = undefined;
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ result, errorMessages });
      },
    );
    instance.on('reqError', (error: unknown) => {
      const message = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error);
      errorMessages[message] = (errorMessages[message] ?? 0) + 1;
    });
    currentLoad = instance;
  });
}

function statusCounts(result: autocannon.Result): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) counts[code] = stat.count ?? 0;
  return counts;
}

async function runScenario(database: DatabaseKind, server: VigilServer, scenario: Scenario, runId: string): Promise<ScenarioResult> {
  const incidentsBefore = await settledIncidentCount(server);
  const { result, errorMessages } = await runLoad(server, (n) => scenario.dedupKey(n, runId), DURATION_S, CONNECTIONS);
  const incidentsAfter = await settledIncidentCount(server);
  const newIncidents = incidentsAfter - incidentsBefore;
  const expected = scenario.expectedNewIncidents(result['2xx']);
  return {
    database,
    scenario: scenario.name,
    durationS: result.duration,
    connections: result.connections,
    requestsPerSecondMean: result.requests.mean,
    requestsTotal: result.requests.total,
    latencyMs: { mean: result.latency.mean, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    responses2xx: result['2xx'],
    non2xx: result.non2xx,
    statusCodes: statusCounts(result),
    errors: result.errors,
    timeouts: result.timeouts,
    errorMessages,
    incidentsBefore,
    incidentsAfter,
    newIncidents,
    expectedNewIncidents: expected,
    incidentsCheck: newIncidents >= expected.min && newIncidents <= expected.max ? 'ok' : 'MISMATCH',
  };
}

async function benchDatabase(kind: DatabaseKind, scenarios: readonly Scenario[], onResult: (result: ScenarioResult) => void): Promise<DatabaseRun> {
  const temp = makeTempDir();
  let database: BenchDatabase | undefined;
  let server: VigilServer | undefined;
  const run: DatabaseRun = { database: kind, details: {}, results: [], serverLog: { countsByLevel: {}, notable: [], tail: [], exit: null } };
  try {
    database = await createDatabase(kind, temp.dir);
    Object.assign(run.details, database.details);
    const started = Date.now();
    server = await startVigil(database.url, temp.dir);
    run.details.startup_ms = String(Date.now() - started);
    Object.assign(run, { serverLog: server.log });
    const runId = randomBytes(3).toString('hex');
    if (WARMUP_S > 0) await runLoad(server, (n) => `warmup-${runId}-${n}`, WARMUP_S, 10);
    for (const scenario of scenarios) {
      if (interrupted) break;
      const result = await runScenario(kind, server, scenario, runId);
      run.results.push(result);
      onResult(result);
      if (server.log.exit) throw new Error(`Vigil exited during ${scenario.name} (code ${server.log.exit.code}, signal ${server.log.exit.signal})`);
    }
  } catch (error) {
    run.error = (error as Error).message;
  } finally {
    await server?.stop();
    await database?.destroy();
    await temp.remove();
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function machineFacts(): Record<string, string> {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no') !== '';
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: String(os.cpus().length),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    'load average at start (1 / 5 / 15 min)': loadAverage(),
  };
}

const fixed = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function resultTable(results: readonly ScenarioResult[]): string {
  const header = ['database', 'scenario', 'req/s (mean)', 'p50 ms', 'p90 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'incidents (total)', 'new incidents'];
  const rows = results.map((r) => [
    r.database,
    r.scenario,
    fixed(r.requestsPerSecondMean, 1),
    fixed(r.latencyMs.p50),
    fixed(r.latencyMs.p90),
    fixed(r.latencyMs.p99),
    fixed(r.responses2xx),
    fixed(r.non2xx),
    fixed(r.errors),
    fixed(r.incidentsAfter),
    fixed(r.newIncidents),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => i >= 2);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function checkLines(results: readonly ScenarioResult[]): string[] {
  return results.map((r) => {
    const range = r.expectedNewIncidents.min === r.expectedNewIncidents.max ? `${r.expectedNewIncidents.min}` : `${r.expectedNewIncidents.min}–${r.expectedNewIncidents.max}`;
    const codes = Object.entries(r.statusCodes).map(([code, count]) => `${code}×${count}`).join(', ');
    const errors = Object.entries(r.errorMessages).map(([message, count]) => `${message} ×${count}`).join('; ');
    return `${r.database}/${r.scenario}: ${r.incidentsCheck}, ${r.newIncidents} new incidents for ${r.responses2xx} answers 2xx (expected ${range}); status codes ${codes || 'none'}${errors ? `; request errors: ${errors}` : ''}; latency mean ${fixed(r.latencyMs.mean, 2)} ms, max ${fixed(r.latencyMs.max)} ms`;
  });
}

function serverLogLines(runs: readonly DatabaseRun[]): string[] {
  const lines: string[] = [];
  for (const run of runs) {
    const counts = Object.entries(run.serverLog.countsByLevel).map(([level, count]) => `${level} ${count}`).join(', ');
    const exit = run.serverLog.exit;
    const exitText = exit ? `exited with code ${exit.code}${exit.signal ? `, signal ${exit.signal}` : ''}${exit.expected ? ' after SIGTERM' : ' UNEXPECTEDLY'}` : 'not started';
    lines.push(`${run.database}: server output lines by level: ${counts || 'none'}; ${exitText}${run.error ? `; run failed: ${run.error}` : ''}`);
    for (const line of run.serverLog.notable) lines.push(`  ${line}`);
    if (exit && !exit.expected) for (const line of run.serverLog.tail) lines.push(`  tail: ${line}`);
  }
  return lines;
}

function markdownReport(date: string, facts: Record<string, string>, runs: readonly DatabaseRun[], results: readonly ScenarioResult[]): string {
  const database = (kind: DatabaseKind) => runs.find((r) => r.database === kind)?.details ?? {};
  return [
    `# Ingest benchmark, ${date}`,
    '',
    `\`POST /v2/enqueue\`, ${DURATION_S} s per scenario, ${CONNECTIONS} connections, autocannon in one process and Vigil in another on the same machine. Each 202 is answered after the event's transaction committed.`,
    '',
    resultTable(results),
    '',
    '## Machine',
    '',
    ...Object.entries(facts).map(([name, value]) => `- ${name}: ${value}`),
    '',
    '## Databases',
    '',
    `- SQLite: ${Object.entries(database('sqlite')).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- PostgreSQL: ${Object.entries(database('postgres')).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    '',
    '## Checks',
    '',
    ...checkLines(results).map((line) => `- ${line}`),
    '',
    '## Server output',
    '',
    '```',
    ...serverLogLines(runs),
    '```',
    '',
    `Full results: [ingest-${date}.json](ingest-${date}.json)`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const facts = machineFacts();
  serverEntry = vigilEntry(quick);
  facts.vigil = serverEntry.description;
  const out = (text = '') => process.stdout.write(`${text}\n`);
  out(`Vigil ingest benchmark${quick ? ' (quick)' : ''}: POST /v2/enqueue, ${DURATION_S} s per scenario, ${CONNECTIONS} connections`);
  for (const [name, value] of Object.entries(facts)) out(`  ${name}: ${value}`);

  const scenarios = quick ? SCENARIOS.slice(0, 1) : SCENARIOS;
  const runs: DatabaseRun[] = [];
  const results: ScenarioResult[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (interrupted) break;
    out();
    out(`${kind}: starting Vigil…`);
    const run = await benchDatabase(kind, scenarios, (result) => {
      results.push(result);
      out(resultTable([result]));
    });
    runs.push(run);
    out(`${kind}: ${Object.entries(run.details).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (run.error) process.stderr.write(`${kind}: ${run.error}\n`);
  }

  out();
  out('Results');
  out(resultTable(results));
  out();
  out('Checks');
  for (const line of checkLines(results)) out(`  ${line}`);
  out();
  out('Server output (VIGIL_LOG_LEVEL=warn)');
  for (const line of serverLogLines(runs)) out(`  ${line}`);
  const loadAtEnd = loadAverage();
  facts['load average at end (1 / 5 / 15 min)'] = loadAtEnd;
  out();
  out(`Load average (1 / 5 / 15 min): ${facts['load average at start (1 / 5 / 15 min)']} at start, ${loadAtEnd} at end`);

  if (!quick && !interrupted) {
    const date = new Date().toISOString().slice(0, 10);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const json = {
      date: new Date().toISOString(),
      settings: { durationS: DURATION_S, connections: CONNECTIONS, warmupS: WARMUP_S, repeatKeys: REPEAT_KEYS, endpoint: 'POST /v2/enqueue' },
      machine: facts,
      databases: runs.map((r) => ({ database: r.database, details: r.details, error: r.error ?? null, serverLog: r.serverLog })),
      results,
    };
    writeFileSync(join(RESULTS_DIR, `ingest-${date}.json`), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(RESULTS_DIR, `ingest-${date}.md`), markdownReport(date, facts, runs, results));
    out();
    out(`Written: bench/results/ingest-${date}.md and ingest-${date}.json`);
  }

  const failed = runs.some((r) => r.error !== undefined) || results.some((r) => r.incidentsCheck !== 'ok' || r.non2xx > 0 || r.errors > 0);
  return failed ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
} finally {
  await cleanupAll();
}
if (!interrupted) process.exit(exitCode);
