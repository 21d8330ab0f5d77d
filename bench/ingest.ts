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
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, type BenchDatabase, type DatabaseKind } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { quiesced } from './support/cpu-and-memory.js';
import { runLoad, type LoadResult } from './support/load-generator.js';
import { loadAverage, loadAverageLine } from './support/machine-facts.js';
import { RESULTS_DIR } from './support/paths.js';
import { checksAndOutput, fixed, machineSection, printList, table, today, writeResult } from './support/report.js';
import { emptyLog, processLogLines, type ProcessLog } from './support/server-process.js';
import { mean, percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { benchServiceConfig, startVigil, type VigilEntry, type VigilServer } from './support/vigil-server.js';

const quick = process.argv.includes('--quick');
const DURATION_S = quick ? 2 : 10;
const CONNECTIONS = quick ? 10 : 50;
const WARMUP_S = quick ? 0 : 2;
const REPEAT_KEYS = 100;
/** How long the incident count may take to settle after a load stops. */
const SETTLE_MAX_MS = 60_000;

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

interface ScenarioResult extends Pick<LoadResult, 'non2xx' | 'statusCodes' | 'errors' | 'timeouts' | 'errorMessages'> {
  readonly database: DatabaseKind;
  readonly scenario: ScenarioName;
  readonly durationS: number;
  readonly connections: number;
  readonly requestsPerSecondMean: number;
  readonly requestsTotal: number;
  readonly latencyMs: { readonly mean: number; readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly responses2xx: number;
  readonly incidentsBefore: number;
  readonly incidentsAfter: number;
  readonly newIncidents: number;
  readonly expectedNewIncidents: { readonly min: number; readonly max: number };
  readonly incidentsCheck: 'ok' | 'MISMATCH';
}

interface DatabaseRun {
  readonly database: DatabaseKind;
  readonly details: Record<string, string>;
  readonly results: ScenarioResult[];
  readonly serverLog: ProcessLog;
  error?: string;
}

// ---------------------------------------------------------------------------------------------
// The Vigil server, as a child process (bench/support/vigil-server.ts)

interface IngestServer {
  readonly server: VigilServer;
  readonly routingKey: string;
}

/** `entry`: compiled code in full runs, TypeScript sources through tsx in quick runs. */
function startIngestVigil(entry: VigilEntry, database: BenchDatabase, dir: string): Promise<IngestServer> {
  const routingKey = randomBytes(16).toString('hex');
  const config = benchServiceConfig({ id: 'bench', name: 'Ingest benchmark' }, [{ type: 'events_v2', key: routingKey }]);
  return startVigil({ entry, databaseUrl: database.url, dir, config }).then((server) => ({ server, routingKey }));
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

/** The incident count once requests still in flight when a load stopped have been dealt with. */
const settledIncidentCount = (server: VigilServer) => quiesced(server.pid, () => countIncidents(server), SETTLE_MAX_MS);

// ---------------------------------------------------------------------------------------------
// Load

const SUMMARY = 'Ingest benchmark: checkout latency above threshold';

function triggers({ server, routingKey }: IngestServer, dedupKey: (n: number) => string, durationS: number, connections: number): Promise<LoadResult> {
  return runLoad({
    url: server.url,
    path: '/v2/enqueue',
    connections,
    durationS,
    body: (n) => JSON.stringify({ routing_key: routingKey, event_action: 'trigger', dedup_key: dedupKey(n), payload: { summary: SUMMARY, source: 'bench-host-1', severity: 'error' } }),
  });
}

async function runScenario(database: DatabaseKind, ingest: IngestServer, scenario: Scenario, runId: string): Promise<ScenarioResult> {
  const incidentsBefore = await settledIncidentCount(ingest.server);
  const load = await triggers(ingest, (n) => scenario.dedupKey(n, runId), DURATION_S, CONNECTIONS);
  const incidentsAfter = await settledIncidentCount(ingest.server);
  const newIncidents = incidentsAfter - incidentsBefore;
  const expected = scenario.expectedNewIncidents(load.ok2xx);
  const answered = load.ok2xx + load.non2xx;
  const latencies = load.latenciesMs;
  return {
    database,
    scenario: scenario.name,
    durationS: load.elapsedS,
    connections: CONNECTIONS,
    requestsPerSecondMean: answered / load.elapsedS,
    requestsTotal: answered,
    latencyMs: { mean: mean(latencies), p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN },
    responses2xx: load.ok2xx,
    non2xx: load.non2xx,
    statusCodes: load.statusCodes,
    errors: load.errors,
    timeouts: load.timeouts,
    errorMessages: load.errorMessages,
    incidentsBefore,
    incidentsAfter,
    newIncidents,
    expectedNewIncidents: expected,
    incidentsCheck: newIncidents >= expected.min && newIncidents <= expected.max ? 'ok' : 'MISMATCH',
  };
}

async function benchDatabase(kind: DatabaseKind, entry: VigilEntry, scenarios: readonly Scenario[], onResult: (result: ScenarioResult) => void): Promise<DatabaseRun> {
  const temp = makeTempDir();
  let database: BenchDatabase | undefined;
  let ingest: IngestServer | undefined;
  const run: DatabaseRun = { database: kind, details: {}, results: [], serverLog: emptyLog() };
  try {
    database = await createDatabase(kind, temp.dir);
    Object.assign(run.details, database.details);
    ingest = await startIngestVigil(entry, database, temp.dir);
    run.details.startup_ms = String(ingest.server.startupMs);
    Object.assign(run, { serverLog: ingest.server.log });
    const runId = randomBytes(3).toString('hex');
    if (WARMUP_S > 0) await triggers(ingest, (n) => `warmup-${runId}-${n}`, WARMUP_S, 10);
    for (const scenario of scenarios) {
      if (wasInterrupted()) break;
      const result = await runScenario(kind, ingest, scenario, runId);
      run.results.push(result);
      onResult(result);
      const exit = ingest.server.log.exit;
      if (exit) throw new Error(`Vigil exited during ${scenario.name} (code ${exit.code}, signal ${exit.signal})`);
    }
  } catch (error) {
    run.error = (error as Error).message;
  } finally {
    await ingest?.server.stop();
    await database?.destroy();
    await temp.remove();
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// Reporting

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
  return table(header, rows, 2);
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
  return runs.flatMap((run) => [...processLogLines(`${run.database} server`, run.serverLog), ...(run.error ? [`${run.database}: run failed: ${run.error}`] : [])]);
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
    ...machineSection(facts),
    '## Databases',
    '',
    `- SQLite: ${Object.entries(database('sqlite')).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- PostgreSQL: ${Object.entries(database('postgres')).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    '',
    ...checksAndOutput(checkLines(results), serverLogLines(runs)),
    `Full results: [ingest-${date}.json](ingest-${date}.json)`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  out(`Vigil ingest benchmark${quick ? ' (quick)' : ''}: POST /v2/enqueue, ${DURATION_S} s per scenario, ${CONNECTIONS} connections`);
  for (const [name, value] of Object.entries(facts)) out(`  ${name}: ${value}`);

  const scenarios = quick ? SCENARIOS.slice(0, 1) : SCENARIOS;
  const runs: DatabaseRun[] = [];
  const results: ScenarioResult[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (wasInterrupted()) break;
    out();
    out(`${kind}: starting Vigil…`);
    const run = await benchDatabase(kind, entry, scenarios, (result) => {
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
  printList(out, 'Checks', checkLines(results));
  printList(out, 'Server output (VIGIL_LOG_LEVEL=warn)', serverLogLines(runs));
  const loadAtEnd = loadAverage();
  facts['load average at end (1 / 5 / 15 min)'] = loadAtEnd;
  out();
  out(loadAverageLine(facts, loadAtEnd));

  if (!quick && !wasInterrupted()) {
    const date = today();
    mkdirSync(RESULTS_DIR, { recursive: true });
    const json = {
      date: new Date().toISOString(),
      settings: { durationS: DURATION_S, connections: CONNECTIONS, warmupS: WARMUP_S, repeatKeys: REPEAT_KEYS, endpoint: 'POST /v2/enqueue' },
      machine: facts,
      databases: runs.map((r) => ({ database: r.database, details: r.details, error: r.error ?? null, serverLog: r.serverLog })),
      results,
    };
    writeFileSync(join(RESULTS_DIR, `ingest-${date}.json`), `${JSON.stringify(json, null, 2)}\n`);
    const written = writeResult('ingest', markdownReport(date, facts, runs, results));
    out();
    out(`Written: ${written} and ingest-${date}.json`);
  }

  const failed = runs.some((r) => r.error !== undefined) || results.some((r) => r.incidentsCheck !== 'ok' || r.non2xx > 0 || r.errors > 0);
  return failed ? 1 : 0;
}

await runMain(main);
