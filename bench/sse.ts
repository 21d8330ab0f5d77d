/**
 * The live stream's cost to the process: resident memory for 200 open `GET /api/v1/stream`
 * connections, and `POST /v2/enqueue` throughput without any viewer and with the 200 watching.
 * Vigil runs on SQLite as its own process; the viewers are another process (as browsers would be),
 * reading everything they are sent; autocannon runs in this one.
 *
 *   npx tsx bench/sse.ts           # full run: 200 viewers, 10 s per load; writes bench/results/sse-<date>.md
 *   npx tsx bench/sse.ts --quick   # 20 viewers, 2 s loads; writes nothing
 *   npx tsx bench/sse.ts --pairs 5 # more rounds without and with viewers (default 3)
 *
 * Targets: under 30 MB more resident memory with the viewers connected; ingest at most 10% slower.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type BenchDatabase } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { lastResortOnExit, onCleanup, runMain, wasInterrupted } from './support/cleanup.js';
import { cpuMeter, memoryOf, quiesced, type CpuShares } from './support/cpu-and-memory.js';
import { runLoad, type LoadResult } from './support/load-generator.js';
import { loadAverage, loadAverageLine } from './support/machine-facts.js';
import { ROOT } from './support/paths.js';
import { checksAndOutput, fixed, machineSection, printList, table, today, writeResult } from './support/report.js';
import { processLogLines } from './support/server-process.js';
import { percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { benchServiceConfig, startVigil, type VigilServer } from './support/vigil-server.js';

const quick = process.argv.includes('--quick');
const VIEWERS = quick ? 20 : 200;
const DURATION_S = quick ? 2 : 10;
const CONNECTIONS = quick ? 10 : 50;
const WARMUP_S = quick ? 1 : 2;
/** Idle time before each memory reading, for the work in flight to finish and the heap to settle. */
const IDLE_MS = quick ? 1_000 : 3_000;
const TARGETS = { extraMB: 30, slowdownPct: 10 };
/** Rounds of (no viewers, viewers): the machine's load drifts, so the full run measures twice. */
const pairsArg = process.argv.indexOf('--pairs');
const PAIRS = pairsArg > 0 ? Math.max(1, Number(process.argv[pairsArg + 1]) || 1) : quick ? 1 : 3;
/** A run during which the rest of the machine used more than this much of a core measures the machine, not Vigil. */
const DISTURBED_OTHER_CPU = 50;
/** After the last stream closes the process listens to its change feed a minute longer (stream/stream-hub.ts). */
const LINGER_MS = 60_000;

interface ViewerCounts {
  readonly connected: number;
  readonly failed: number;
  readonly ended: number;
  readonly events: number;
  readonly resets: number;
  readonly bytes: number;
  readonly minPerClient: number;
  readonly maxPerClient: number;
}

const NO_COUNTS: ViewerCounts = { connected: 0, failed: 0, ended: 0, events: 0, resets: 0, bytes: 0, minPerClient: 0, maxPerClient: 0 };

interface Viewers {
  readonly pid: number;
  counts(): ViewerCounts;
  stop(): Promise<void>;
}

/** The viewers' process (bench/support/sse-clients.ts): its latest counts, and its stop. */
function startViewers(server: VigilServer, count: number): Viewers {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'support', 'sse-clients.ts'), `${server.url}/api/v1/stream`, server.adminToken, String(count)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const forget = lastResortOnExit(() => child.kill('SIGKILL'));
  let latest = NO_COUNTS;
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    const last = lines.at(-1);
    if (last) latest = JSON.parse(last) as ViewerCounts;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = onCleanup(`stop the stream viewers (pid ${child.pid})`, async () => {
    child.kill('SIGTERM');
    await exited;
    forget();
  });
  return { pid: child.pid ?? -1, counts: () => latest, stop };
}

async function waitFor(what: string, check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

/** Incident numbers are sequential and gapless, so the newest one's number is the count. */
async function countIncidents(server: VigilServer): Promise<number> {
  const response = await fetch(`${server.url}/api/v1/incidents?limit=1`, { headers: { authorization: `Bearer ${server.adminToken}` }, signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) throw new Error(`GET /api/v1/incidents answered ${response.status}`);
  return ((await response.json()) as { incidents: { number: number }[] }).incidents[0]?.number ?? 0;
}

/** `vigil_sse_connections` as the server counts it. */
async function serverConnections(server: VigilServer): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
  return Number(/^vigil_sse_connections (\d+)/m.exec(text)?.[1] ?? NaN);
}

interface LoadRun {
  readonly label: string;
  readonly load: LoadResult;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpu: CpuShares;
  /** The viewers' process, percent of one core. */
  readonly viewersCpu: number;
  readonly viewers: ViewerCounts | null;
}

/** Every request a trigger with a new dedup key: each opens an incident, and each incident is an event for every viewer. */
async function ingest(label: string, server: VigilServer, routingKey: string, runId: string, viewers: Viewers | null): Promise<LoadRun> {
  await quiesced(server.pid, () => countIncidents(server), 60_000);
  const before = viewers?.counts() ?? null;
  const meter = cpuMeter(server.pid);
  const viewerMeter = viewers ? cpuMeter(viewers.pid) : null;
  const load = await runLoad({
    url: server.url,
    path: '/v2/enqueue',
    connections: CONNECTIONS,
    durationS: DURATION_S,
    body: (n) => JSON.stringify({ routing_key: routingKey, event_action: 'trigger', dedup_key: `${label}-${runId}-${n}`, payload: { summary: `Stream benchmark ${label} ${n}`, source: 'bench-host-1', severity: 'error' } }),
  });
  const cpu = meter.stop();
  const viewersCpu = viewerMeter?.stop().server ?? 0;
  // Events of the last round still on their way to the viewers.
  if (viewers) await sleep(2_500);
  const after = viewers?.counts() ?? null;
  const delta = before && after ? { ...after, events: after.events - before.events, resets: after.resets - before.resets, bytes: after.bytes - before.bytes } : null;
  return { label, load, rate: load.ok2xx / load.elapsedS, p50: percentile(load.latenciesMs, 50), p99: percentile(load.latenciesMs, 99), cpu, viewersCpu, viewers: delta };
}

function loadTable(runs: readonly LoadRun[]): string {
  const header = ['run', '2xx/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'Vigil CPU %', 'viewers CPU %', 'other CPU %', 'events to viewers', 'resets', 'MB to viewers'];
  return table(header, runs.map((r) => [
    r.label,
    fixed(r.rate, 0),
    fixed(r.p50),
    fixed(r.p99),
    fixed(r.load.non2xx),
    fixed(r.load.errors),
    fixed(r.cpu.server),
    r.viewers ? fixed(r.viewersCpu) : '–',
    fixed(Math.max(0, r.cpu.other - r.viewersCpu)),
    r.viewers ? fixed(r.viewers.events) : '–',
    r.viewers ? fixed(r.viewers.resets) : '–',
    r.viewers ? fixed(r.viewers.bytes / 1e6, 1) : '–',
  ]), 1);
}

interface Memory {
  readonly beforeMB: number;
  readonly afterMB: number;
  readonly serverConnections: number;
  readonly connected: number;
}

interface Outcome {
  rssIdleMB?: number;
  memory: Memory[];
  runs: LoadRun[];
  viewersAtEnd?: ViewerCounts;
  log?: VigilServer['log'];
  error?: string;
}

async function measure(out: (text?: string) => void, entry: ReturnType<typeof benchStart>['entry']): Promise<Outcome> {
  const outcome: Outcome = { runs: [], memory: [] };
  const temp = makeTempDir();
  let database: BenchDatabase | undefined;
  let server: VigilServer | undefined;
  let viewers: Viewers | undefined;
  try {
    database = await createDatabase('sqlite', temp.dir);
    const routingKey = randomBytes(16).toString('hex');
    server = await startVigil({ entry, databaseUrl: database.url, dir: temp.dir, config: benchServiceConfig({ id: 'bench', name: 'Stream benchmark' }, [{ type: 'events_v2', key: routingKey }]) });
    outcome.log = server.log;
    const runId = randomBytes(3).toString('hex');
    out(`Vigil ready in ${server.startupMs} ms; warm-up ${WARMUP_S} s`);
    await runLoad({ url: server.url, path: '/v2/enqueue', connections: 10, durationS: WARMUP_S, body: (n) => JSON.stringify({ routing_key: routingKey, event_action: 'trigger', dedup_key: `warmup-${runId}-${n}`, payload: { summary: 'warm-up', source: 'bench', severity: 'error' } }) });
    await quiesced(server.pid, () => countIncidents(server!), 60_000);
    await sleep(IDLE_MS);
    outcome.rssIdleMB = memoryOf(server.pid).rssMB;

    for (let pair = 1; pair <= PAIRS && !wasInterrupted(); pair++) {
      if (pair > 1) {
        out(`Waiting ${(LINGER_MS + 5_000) / 1000} s for the process to stop listening to its change feed…`);
        await sleep(LINGER_MS + 5_000);
      }
      // Without viewers first: once a stream has been open the process listens a minute longer.
      const without = await ingest(`no viewers #${pair}`, server, routingKey, runId, null);
      outcome.runs.push(without);
      out(loadTable([without]));
      if (wasInterrupted()) break;

      await sleep(IDLE_MS);
      const beforeMB = memoryOf(server.pid).rssMB;
      out(`Resident memory before the viewers: ${fixed(beforeMB, 1)} MB; opening ${VIEWERS} streams…`);
      viewers = startViewers(server, VIEWERS);
      const opened = viewers;
      await waitFor(`${VIEWERS} streams`, () => opened.counts().connected + opened.counts().failed >= VIEWERS, 60_000);
      const serverCount = await serverConnections(server);
      await sleep(IDLE_MS);
      const afterMB = memoryOf(server.pid).rssMB;
      outcome.memory.push({ beforeMB, afterMB, serverConnections: serverCount, connected: opened.counts().connected });
      out(`Resident memory with ${opened.counts().connected} streams open (server counts ${serverCount}): ${fixed(afterMB, 1)} MB (+${fixed(afterMB - beforeMB, 1)} MB)`);

      const withViewers = await ingest(`${VIEWERS} viewers #${pair}`, server, routingKey, runId, viewers);
      outcome.runs.push(withViewers);
      out(loadTable([withViewers]));
      outcome.viewersAtEnd = viewers.counts();
      await viewers.stop();
      viewers = undefined;
    }
  } catch (error) {
    outcome.error = (error as Error).message;
  } finally {
    await viewers?.stop();
    await server?.stop();
    await database?.destroy();
    await temp.remove();
  }
  return outcome;
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  out(`Vigil live stream benchmark${quick ? ' (quick)' : ''}: ${VIEWERS} viewers on GET /api/v1/stream; POST /v2/enqueue ${DURATION_S} s at ${CONNECTIONS} connections without and with them (SQLite)`);
  for (const [name, value] of Object.entries(facts)) out(`  ${name}: ${value}`);
  out();
  const outcome = await measure(out, entry);
  // Each round compares a load without viewers with the one right after it with viewers; a round
  // where anything else on the machine took a large share of the CPU is reported but not judged.
  const otherCpu = (r: LoadRun) => Math.max(0, r.cpu.other - r.viewersCpu);
  const pairs: { without: LoadRun; with: LoadRun; slowdownPct: number; disturbed: boolean }[] = [];
  for (let i = 0; i + 1 < outcome.runs.length; i += 2) {
    const [without, withViewers] = [outcome.runs[i]!, outcome.runs[i + 1]!];
    pairs.push({
      without,
      with: withViewers,
      slowdownPct: (100 * (without.rate - withViewers.rate)) / without.rate,
      disturbed: otherCpu(without) > DISTURBED_OTHER_CPU || otherCpu(withViewers) > DISTURBED_OTHER_CPU,
    });
  }
  const judged = pairs.filter((p) => !p.disturbed);
  const meanRate = (runs: readonly LoadRun[]) => runs.reduce((sum, r) => sum + r.rate, 0) / runs.length;
  const withoutRate = meanRate(judged.map((p) => p.without));
  const withRate = meanRate(judged.map((p) => p.with));
  const slowdownPct = (100 * (withoutRate - withRate)) / withoutRate;
  const extra = outcome.memory.map((m) => m.afterMB - m.beforeMB);
  const extraMB = Math.max(...extra);
  const viewers = outcome.viewersAtEnd ?? NO_COUNTS;

  const results = [
    `Resident memory (VmRSS) idle after warm-up: ${fixed(outcome.rssIdleMB ?? NaN, 1)} MB; ${outcome.memory.map((m, i) => `round ${i + 1}: ${fixed(m.beforeMB, 1)} MB before the viewers, ${fixed(m.afterMB, 1)} MB with ${m.connected} streams open`).join('; ')}`,
    `Extra memory for ${VIEWERS} streams: ${extra.map((mb) => `${fixed(mb, 1)} MB`).join(', ')} (${fixed((extraMB * 1000) / VIEWERS, 0)} kB each at most); target < ${TARGETS.extraMB} MB: ${extraMB < TARGETS.extraMB ? 'met' : 'NOT met'}`,
    ...pairs.map((p, i) => `Round ${i + 1}: ${fixed(p.without.rate, 0)} req/s without viewers, ${fixed(p.with.rate, 0)} with; slowdown ${fixed(p.slowdownPct, 1)}%${p.disturbed ? ` (not judged: the rest of the machine used over ${DISTURBED_OTHER_CPU}% of a core)` : ''}`),
    judged.length === 0
      ? `Ingest slowdown: no round ran on a quiet enough machine to judge; target ≤ ${TARGETS.slowdownPct}%: not measured`
      : `Ingest without viewers: ${fixed(withoutRate, 0)} req/s; with ${VIEWERS} viewers: ${fixed(withRate, 0)} req/s (means of the ${judged.length} judged round${judged.length > 1 ? 's' : ''}); slowdown ${fixed(slowdownPct, 1)}%; target ≤ ${TARGETS.slowdownPct}%: ${slowdownPct <= TARGETS.slowdownPct ? 'met' : 'NOT met'}`,
  ];
  const checks = [
    ...outcome.memory.map((m, i) => `round ${i + 1}: ${m.connected} of ${VIEWERS} streams opened; the server counted ${m.serverConnections} (vigil_sse_connections)`),
    `last round's viewers: ${viewers.failed} refused or failed, ${viewers.ended} ended by the server; events per viewer ${viewers.minPerClient}–${viewers.maxPerClient} (every viewer should see the same); resets ${viewers.resets}`,
    ...outcome.runs.map((r) => `${r.label}: ${r.load.ok2xx} answered 2xx, ${r.load.non2xx} not 2xx, ${r.load.errors} errors, ${r.load.timeouts} timeouts`),
  ];
  const logs = outcome.log ? processLogLines('Vigil sqlite', outcome.log) : [];
  if (outcome.error) checks.push(`run failed: ${outcome.error}`);

  out();
  out('Results');
  out(loadTable(outcome.runs));
  printList(out, 'Memory and targets', results);
  printList(out, 'Checks', checks);
  printList(out, 'Server output (VIGIL_LOG_LEVEL=warn)', logs);
  const loadAtEnd = loadAverage();
  out();
  out(loadAverageLine(facts, loadAtEnd));

  if (!quick && !wasInterrupted() && !outcome.error) {
    const markdown = [
      `# Live stream benchmark, ${today()}`,
      '',
      `Vigil on SQLite as its own process. ${VIEWERS} viewers (another process, reading everything they are sent) hold \`GET /api/v1/stream\` open with the admin token. Ingest: autocannon in the bench process sends \`POST /v2/enqueue\` triggers with new dedup keys (each opens an incident, and each incident is an event for every viewer) for ${DURATION_S} s at ${CONNECTIONS} connections, first with no stream open (the process does not even listen to its change feed then), then with the ${VIEWERS} viewers; ${PAIRS} such rounds, a minute apart so that the process has stopped listening again. Memory is VmRSS after ${IDLE_MS / 1000} s idle, before the viewers connect and once they have. CPU columns are percent of one core over the load; "other" is everything else on the machine.`,
      '',
      loadTable(outcome.runs),
      '',
      ...results.map((line) => `- ${line}`),
      '',
      ...machineSection(facts, loadAtEnd),
      ...checksAndOutput(checks, logs),
    ].join('\n');
    out();
    out(`Written: ${writeResult('sse', markdown)}`);
  }
  const failed = outcome.error !== undefined || outcome.memory.some((m) => m.connected < VIEWERS) || outcome.runs.some((r) => r.load.non2xx > 0 || r.load.errors > 0);
  return failed ? 1 : 0;
}

await runMain(main);
