/**
 * Vigil next to Prometheus Alertmanager, in one run on one machine, each as its own process and
 * driven by the same autocannon load generator:
 *
 *   (a) one alert per request: Alertmanager `POST /api/v2/alerts` vs Vigil `POST /v2/enqueue`
 *       (unique dedup keys), on SQLite and PostgreSQL, once with the service grouping the alerts
 *       by their group as Alertmanager does (10 incidents) and once without (an incident, with
 *       its escalation, per alert) → requests/s, p50/p99; and a bare Fastify server validating
 *       the same body and storing nothing: what one Node.js process can answer at all;
 *   (b) 100 distinct alerts per request in 10 groups: Alertmanager `POST /api/v2/alerts` vs
 *       Vigil `POST /integrations/alertmanager/{key}` (Alertmanager webhook bodies) → alerts/s,
 *       then more of the same until 400,000 alerts were accepted, and each server's resident
 *       memory (VmRSS) after them.
 *
 *   npx tsx bench/compare.ts           # full run; writes bench/results/compare-<date>.md
 *   npx tsx bench/compare.ts --quick   # 2 s, 10 connections, 2,000 alerts; writes nothing
 *
 * With VIGIL_BENCH_BASELINE=<git ref>, that commit ("before") is measured too, beside the working
 * tree ("after"): (a)'s grouped rows and (b)'s rows on both databases, each before then after.
 *
 * Alertmanager is /usr/bin/prometheus-alertmanager (Debian package prometheus-alertmanager), or
 * VIGIL_BENCH_ALERTMANAGER. The two do different work for a 2xx: Vigil has committed the event to
 * its database (fsync), Alertmanager has put the alert in memory.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { metricSum, startAlertmanager } from './support/alertmanager.js';
import { createDatabase, type DatabaseKind } from './support/bench-database.js';
import { baselineEntry } from './support/baseline.js';
import { benchStart } from './support/bench-start.js';
import { startCeilingServer } from './support/ceiling-server.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { cpuMeter, memoryOf, quiesced, type CpuShares } from './support/cpu-and-memory.js';
import { runLoad, startLoad, type LoadResult } from './support/load-generator.js';
import { loadAverage, loadAverageLine } from './support/machine-facts.js';
import { groupedTrigger } from './support/pagerduty-events.js';
import { checksAndOutput, fixed, machineSection, printList, table, today, writeResult } from './support/report.js';
import { processLogLines, type ProcessLog } from './support/server-process.js';
import { percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { benchServiceConfig, startVigil, type VigilEntry } from './support/vigil-server.js';

const quick = process.argv.includes('--quick');
const DURATION_S = quick ? 2 : 10;
const CONNECTIONS = quick ? 10 : 50;
const WARMUP_S = quick ? 0 : 2;
const BATCH = 100;
const GROUPS = 10;
/** Seconds idle after the top-up before resident memory is read once more, for reference. */
const SETTLE_S = quick ? 3 : 60;
/** Alerts accepted before resident memory is read. */
const MEMORY_AFTER_ALERTS = quick ? 2_000 : 400_000;
/**
 * The longest the sending of those alerts may go on after the measured run: the target is judged
 * on SQLite; on PostgreSQL the memory is read for reference at whatever count 2 minutes reach.
 */
const TOP_UP_MAX_S = quick ? 30 : Number(process.env.VIGIL_BENCH_TOP_UP_MAX_S ?? 600);
const TOP_UP_MAX_S_POSTGRES = quick ? 30 : Math.min(TOP_UP_MAX_S, 120);
const topUpLimit = (database: DatabaseKind | null) => (database === 'postgres' ? TOP_UP_MAX_S_POSTGRES : TOP_UP_MAX_S);
const TARGETS = { singleRatio: 1.0, batchRatio: 1.5, rssMB: 300 };

type System = 'alertmanager' | 'vigil' | 'fastify';
type Part = 'single' | 'batch';
/** Which Vigil, when a baseline is measured too: the baseline's commit or the working tree. */
type Version = 'before' | 'after';

interface Measurement {
  readonly part: Part;
  readonly system: System;
  readonly database: DatabaseKind | null;
  /** (a), Vigil: the service groups alerts by their group, as Alertmanager does, instead of an incident each. */
  readonly grouped?: boolean;
  /** Only when VIGIL_BENCH_BASELINE is set. */
  readonly version?: Version;
  readonly load: LoadResult;
  readonly cpu: CpuShares;
  readonly alertsPerRequest: number;
  /** Alerts the server says it took in (Alertmanager: its received counter; Vigil: rows). */
  readonly stored: { readonly what: string; readonly count: number; readonly min: number; readonly max: number };
  readonly extraChecks: string[];
  /** (b) only: after MEMORY_AFTER_ALERTS alerts. */
  readonly memory?: { readonly alertsAccepted: number; readonly startMB: number; readonly rssMB: number; readonly peakMB: number; readonly topUpS: number; readonly settledMB: number };
  readonly details: Record<string, string>;
  readonly log: ProcessLog;
  readonly error?: string;
}

const label = (m: Pick<Measurement, 'system' | 'database' | 'grouped' | 'part' | 'version'>) => {
  if (m.system === 'alertmanager') return 'Alertmanager';
  if (m.system === 'fastify') return 'bare Fastify, stores nothing';
  const name = `Vigil ${m.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  const version = m.version ? `, ${m.version}` : '';
  if (m.part === 'batch') return `${name}${version}`;
  return `${m.grouped ? `${name}, grouped by group` : `${name}, incident per alert`}${version}`;
};

// ---------------------------------------------------------------------------------------------
// Bodies. The same alert content for both: alertname, a group label (10 values), an instance that
// makes each alert distinct, a severity, a summary annotation.

const startsAt = new Date().toISOString();

function alertJson(runId: string, n: number, group: number, withWebhookFields: boolean): string {
  const labels = `{"alertname":"BenchAlert","group":"g${group}","instance":"host-${n}","run":"${runId}","severity":"critical"}`;
  const annotations = `{"summary":"Bench alert ${n} in group ${group}"}`;
  const common = `"labels":${labels},"annotations":${annotations},"startsAt":"${startsAt}","generatorURL":"http://prometheus.bench/graph?g0.expr=up"`;
  if (!withWebhookFields) return `{${common}}`;
  // Alertmanager's webhook adds status, endsAt (Go's zero time while firing) and the fingerprint.
  const fingerprint = `${runId}${n.toString(16).padStart(10, '0')}`;
  return `{"status":"firing",${common},"endsAt":"0001-01-01T00:00:00Z","fingerprint":"${fingerprint}"}`;
}

/** Alertmanager API v2: an array of alerts. */
const alertmanagerBody = (runId: string, first: number, count: number) =>
  `[${Array.from({ length: count }, (_, i) => alertJson(runId, first + i, (first + i) % GROUPS, false)).join(',')}]`;

/** An Alertmanager webhook message (version 4) for one group. */
function webhookBody(runId: string, request: number): string {
  const group = request % GROUPS;
  const first = request * BATCH;
  const alerts = Array.from({ length: BATCH }, (_, i) => alertJson(runId, first + i, group, true)).join(',');
  return (
    `{"version":"4","groupKey":"{}:{group=\\"g${group}\\"}","truncatedAlerts":0,"status":"firing","receiver":"vigil",` +
    `"groupLabels":{"group":"g${group}"},"commonLabels":{"alertname":"BenchAlert","group":"g${group}","run":"${runId}","severity":"critical"},` +
    `"commonAnnotations":{},"externalURL":"http://alertmanager.bench:9093","alerts":[${alerts}]}`
  );
}

/** The same alert as Alertmanager's: its group in PagerDuty's `payload.group`. */
const pagerDutyBody = (routingKey: string, runId: string, n: number) => groupedTrigger(routingKey, runId, n, GROUPS);

// ---------------------------------------------------------------------------------------------

const ALERTMANAGER_CONFIG = [
  'route:',
  '  receiver: blackhole',
  '  group_by: [group]',
  'receivers:',
  '  # No notifier: alerts are taken in, grouped and dispatched to nothing.',
  '  - name: blackhole',
  '',
].join('\n');

// Grouped like Alertmanager's group_by: [group]; without it every distinct alert opens an incident.
const vigilConfig = (eventsKey: string, alertmanagerKey: string, grouped: boolean) =>
  benchServiceConfig({ id: 'compare', name: 'Alertmanager comparison', groupByGroup: grouped }, [
    { type: 'events_v2', key: eventsKey },
    { type: 'alertmanager', key: alertmanagerKey },
  ]);

/** What every measurement does with a started server. */
interface Target {
  readonly pid: number;
  readonly url: string;
  readonly path: string;
  readonly body: (n: number) => string;
  /** Alerts the server holds (or took in), read without making it work. */
  readonly count: () => Promise<number>;
  /** The longest to wait for requests in flight to be dealt with. */
  readonly quiesceMaxMs: number;
}

interface LoadPhases {
  readonly load: LoadResult;
  readonly cpu: CpuShares;
  /** Alerts answered 2xx over warm-up, measured run and top-up. */
  readonly accepted: number;
  /** Alerts sent but not answered 2xx that the server may still have taken: cut off or timed out. */
  readonly unanswered: number;
  readonly memory?: Measurement['memory'];
  readonly problems: string[];
}

/** Senders wait this long for an answer (Alertmanager's own notifiers wait minutes). */
const TIMEOUT_S = 60;

/**
 * Warm-up, the measured run and, for (b), more of the same until MEMORY_AFTER_ALERTS alerts were
 * accepted or `topUpLimitS` passed; then the memory reading, and a wait until requests still in
 * flight have been dealt with. `topUpLimitS` null: (b) without the top-up and the memory reading.
 */
async function runPhases(part: Part, target: Target, topUpLimitS: number | null): Promise<LoadPhases> {
  const perRequest = part === 'single' ? 1 : BATCH;
  const start = memoryOf(target.pid).rssMB;
  const problems: string[] = [];
  let accepted = 0;
  let unanswered = 0;
  const account = (load: LoadResult, connections: number, what: string) => {
    accepted += load.ok2xx * perRequest;
    // At the end of a run each connection may have one request cut off; timed-out ones too.
    unanswered += (connections + load.errors + load.non2xx) * perRequest;
    if (load.non2xx > 0 || load.errors > 0) {
      problems.push(`${what}: ${load.non2xx} non-2xx ${JSON.stringify(load.statusCodes)}, ${load.errors} errors ${JSON.stringify(load.errorMessages)}`);
    }
  };
  // One sequence over every run of the measurement, so no alert is ever sent twice.
  let sequence = 0;
  const common = { url: target.url, path: target.path, body: () => target.body(sequence++), timeoutS: TIMEOUT_S };
  if (WARMUP_S > 0) account(await runLoad({ ...common, connections: 10, durationS: WARMUP_S }), 10, 'warm-up');
  const meter = cpuMeter(target.pid);
  const load = await runLoad({ ...common, connections: CONNECTIONS, durationS: DURATION_S });
  const cpu = meter.stop();
  account(load, CONNECTIONS, 'measured run');
  if (part === 'single' || topUpLimitS === null) {
    await quiesced(target.pid, target.count, target.quiesceMaxMs);
    return { load, cpu, accepted, unanswered, problems };
  }
  const started = Date.now();
  const deadline = started + topUpLimitS * 1000;
  while (accepted < MEMORY_AFTER_ALERTS && Date.now() < deadline && !wasInterrupted()) {
    const missing = Math.ceil((MEMORY_AFTER_ALERTS - accepted) / BATCH);
    const connections = Math.min(CONNECTIONS, missing);
    const running = startLoad({ ...common, connections, amount: missing });
    const limit = setTimeout(() => running.stop(), Math.max(0, deadline - Date.now()));
    const more = await running.done;
    clearTimeout(limit);
    account(more, connections, 'top-up');
  }
  const topUpS = (Date.now() - started) / 1000;
  await quiesced(target.pid, target.count, target.quiesceMaxMs);
  await sleep(2_000);
  const after = memoryOf(target.pid);
  // Not judged: what the process gives back once idle (V8 shrinks heaps grown in a burst only
  // after some seconds without allocation), telling memory kept from memory not yet returned.
  await sleep(SETTLE_S * 1000 - 2_000);
  return { load, cpu, accepted, unanswered, problems, memory: { alertsAccepted: accepted, startMB: start, ...after, topUpS, settledMB: memoryOf(target.pid).rssMB } };
}

async function measureAlertmanager(part: Part): Promise<Measurement> {
  const temp = makeTempDir('vigil-bench-am-');
  const runId = randomBytes(3).toString('hex');
  const alertsPerRequest = part === 'single' ? 1 : BATCH;
  let server: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
  try {
    server = await startAlertmanager(ALERTMANAGER_CONFIG, temp.dir);
    const am = server;
    const received = () => metricSum(`${am.url}/metrics`, 'alertmanager_alerts_received_total');
    const phases = await runPhases(
      part,
      { pid: am.pid, url: am.url, path: '/api/v2/alerts', body: (n) => alertmanagerBody(runId, n * alertsPerRequest, alertsPerRequest), count: received, quiesceMaxMs: 30_000 },
      topUpLimit(null),
    );
    const extraChecks = [...phases.problems];
    const invalid = await metricSum(`${am.url}/metrics`, 'alertmanager_alerts_invalid_total');
    if (invalid > 0) extraChecks.push(`alertmanager_alerts_invalid_total ${invalid}`);
    return {
      part,
      system: 'alertmanager',
      database: null,
      load: phases.load,
      cpu: phases.cpu,
      alertsPerRequest,
      stored: { what: 'alertmanager_alerts_received_total', count: await received(), min: phases.accepted, max: phases.accepted + phases.unanswered },
      extraChecks,
      ...(phases.memory ? { memory: phases.memory } : {}),
      details: { version: am.version, storage: 'in memory (silences and notification log on disk)' },
      log: am.log,
    };
  } finally {
    await server?.stop();
    await temp.remove();
  }
}

async function measureCeiling(): Promise<Measurement> {
  let server: Awaited<ReturnType<typeof startCeilingServer>> | undefined;
  const runId = randomBytes(3).toString('hex');
  try {
    server = await startCeilingServer();
    const ceiling = server;
    const accepted = async () => ((await (await fetch(`${ceiling.url}/count`)).json()) as { accepted: number }).accepted;
    const phases = await runPhases(
      'single',
      { pid: ceiling.pid, url: ceiling.url, path: '/v2/enqueue', body: (n) => pagerDutyBody(randomBytes(16).toString('hex'), runId, n), count: accepted, quiesceMaxMs: 10_000 },
      topUpLimit(null),
    );
    return {
      part: 'single',
      system: 'fastify',
      database: null,
      load: phases.load,
      cpu: phases.cpu,
      alertsPerRequest: 1,
      stored: { what: 'events answered (nothing stored)', count: await accepted(), min: phases.accepted, max: phases.accepted + phases.unanswered },
      extraChecks: [...phases.problems],
      details: { server: 'bench/ceiling-server.ts: Fastify, JSON schema validation, 202, nothing stored', fastify: fastifyVersion() },
      log: ceiling.log,
    };
  } finally {
    await server?.stop();
  }
}

function fastifyVersion(): string {
  return (JSON.parse(readFileSync(new URL('../node_modules/fastify/package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** `version` only when a baseline is measured too; the memory after (b) is read for "after" alone. */
async function measureVigil(part: Part, kind: DatabaseKind, entry: VigilEntry, grouped: boolean, version: Version | undefined): Promise<Measurement> {
  const temp = makeTempDir();
  const runId = randomBytes(3).toString('hex');
  const eventsKey = randomBytes(16).toString('hex');
  const alertmanagerKey = randomBytes(16).toString('hex');
  const alertsPerRequest = part === 'single' ? 1 : BATCH;
  const database = await createDatabase(kind, temp.dir);
  let server: Awaited<ReturnType<typeof startVigil>> | undefined;
  try {
    server = await startVigil({ entry, databaseUrl: database.url, dir: temp.dir, config: vigilConfig(eventsKey, alertmanagerKey, grouped) });
    const vigil = server;
    const phases = await runPhases(
      part,
      {
        pid: vigil.pid,
        url: vigil.url,
        path: part === 'single' ? '/v2/enqueue' : `/integrations/alertmanager/${alertmanagerKey}`,
        body: part === 'single' ? (n) => pagerDutyBody(eventsKey, runId, n) : (n) => webhookBody(runId, n),
        count: () => database.count('alerts'),
        quiesceMaxMs: 600_000,
      },
      version === 'before' ? null : topUpLimit(kind),
    );
    await vigil.stop();
    const extraChecks = [...phases.problems];
    if (vigil.log.exit && !vigil.log.exit.expected) extraChecks.push('Vigil exited on its own during the run');
    const alerts = await database.count('alerts');
    const incidents = await database.count('incidents');
    if (part === 'single' && !grouped && incidents !== alerts) extraChecks.push(`${incidents} incidents for ${alerts} alerts: each unique trigger should open one`);
    if (part === 'single' && grouped && incidents !== GROUPS) extraChecks.push(`${incidents} incidents for ${GROUPS} groups: expected one per group`);
    if (part === 'batch' && incidents !== GROUPS) extraChecks.push(`${incidents} incidents for ${GROUPS} Alertmanager groups: expected one per group`);
    return {
      part,
      system: 'vigil',
      database: kind,
      grouped,
      ...(version ? { version } : {}),
      load: phases.load,
      cpu: phases.cpu,
      alertsPerRequest,
      stored: { what: `alerts in the database (incidents: ${incidents})`, count: alerts, min: phases.accepted, max: phases.accepted + phases.unanswered },
      extraChecks,
      ...(phases.memory ? { memory: phases.memory } : {}),
      details: { ...database.details, startup_ms: String(vigil.startupMs) },
      log: vigil.log,
    };
  } finally {
    await server?.stop();
    await database.destroy();
    await temp.remove();
  }
}

function failed(part: Part, system: System, database: DatabaseKind | null, grouped: boolean, version: Version | undefined, error: unknown, log?: ProcessLog): Measurement {
  const empty: LoadResult = { elapsedS: NaN, sent: 0, ok2xx: 0, non2xx: 0, statusCodes: {}, errors: 0, timeouts: 0, errorMessages: {}, latenciesMs: [] };
  return {
    part,
    system,
    database,
    grouped,
    ...(version ? { version } : {}),
    load: empty,
    cpu: { server: NaN, loadGenerator: NaN, postgres: NaN, other: NaN },
    alertsPerRequest: part === 'single' ? 1 : BATCH,
    stored: { what: '', count: NaN, min: NaN, max: NaN },
    extraChecks: [],
    details: {},
    log: log ?? { countsByLevel: {}, notable: [], tail: [], exit: null },
    error: (error as Error).message,
  };
}

// ---------------------------------------------------------------------------------------------
// Reporting

const perSecond = (m: Measurement) => m.load.ok2xx / m.load.elapsedS;

function measurementRows(ms: readonly Measurement[]): string[][] {
  return ms.map((m) => {
    const l = m.load;
    return [
      label(m),
      fixed(perSecond(m), 1),
      ...(m.alertsPerRequest > 1 ? [fixed(perSecond(m) * m.alertsPerRequest, 0)] : []),
      fixed(percentile(l.latenciesMs, 50), 1),
      fixed(percentile(l.latenciesMs, 90), 1),
      fixed(percentile(l.latenciesMs, 99), 1),
      fixed(l.ok2xx),
      fixed(l.non2xx),
      fixed(l.errors),
      fixed(m.cpu.server),
      fixed(m.cpu.postgres),
      fixed(m.cpu.loadGenerator),
      fixed(m.cpu.other),
    ];
  });
}

function measurementTable(ms: readonly Measurement[], part: Part): string {
  const header = [
    'system',
    'req/s',
    ...(part === 'batch' ? ['alerts/s'] : []),
    'p50 ms',
    'p90 ms',
    'p99 ms',
    '2xx',
    'non-2xx',
    'errors',
    'CPU % server',
    'CPU % postgres',
    'CPU % load gen',
    'CPU % other',
  ];
  return table(header, measurementRows(ms), 1);
}

function memoryTable(ms: readonly Measurement[]): string {
  const rows = ms.map((m) => [
    label(m),
    fixed(m.memory?.alertsAccepted ?? NaN),
    fixed(m.memory?.startMB ?? NaN, 1),
    fixed(m.memory?.rssMB ?? NaN, 1),
    fixed(m.memory?.peakMB ?? NaN, 1),
    fixed(m.memory?.topUpS ?? NaN, 1),
    fixed(m.memory?.settledMB ?? NaN, 1),
  ]);
  return table(['system', 'alerts accepted', 'RSS at start MB', 'RSS after MB', 'peak RSS (VmHWM) MB', 'top-up s', `RSS after ${SETTLE_S} s idle MB`], rows, 1);
}

interface Verdict {
  readonly line: string;
  readonly met: boolean | null;
}

function ratioVerdict(what: string, vigil: Measurement | undefined, am: Measurement | undefined, unit: (m: Measurement) => number, target: number | null): Verdict {
  if (!vigil || !am || vigil.error || am.error) return { line: `${what}: not measured`, met: target === null ? null : false };
  const ratio = unit(vigil) / unit(am);
  if (target === null) return { line: `${what}: ${ratio.toFixed(2)}× (no target)`, met: null };
  const met = ratio >= target;
  const by = met ? `met, ${((ratio / target - 1) * 100).toFixed(0)}% above` : `MISSED by ${((1 - ratio / target) * 100).toFixed(0)}% (needs ${fixed(unit(am) * target, 0)}, got ${fixed(unit(vigil), 0)})`;
  return { line: `${what}: ${ratio.toFixed(2)}× (target ≥ ${target.toFixed(1)}×: ${by})`, met };
}

function verdicts(ms: readonly Measurement[]): Verdict[] {
  // Targets are judged on the working tree: "after" when a baseline was measured too.
  const find = (part: Part, system: System, database: DatabaseKind | null, grouped = false, version: Version = 'after') =>
    ms.find((m) => m.part === part && m.system === system && m.database === database && (m.grouped ?? false) === grouped && (m.version ?? 'after') === version);
  const reqs = (m: Measurement) => perSecond(m);
  const alerts = (m: Measurement) => perSecond(m) * m.alertsPerRequest;
  const out = [
    ratioVerdict('(a) one alert per request, Vigil SQLite grouped by group (as Alertmanager groups) / Alertmanager req/s', find('single', 'vigil', 'sqlite', true), find('single', 'alertmanager', null), reqs, TARGETS.singleRatio),
    ratioVerdict('(a) one alert per request, Vigil SQLite, an incident per alert / Alertmanager req/s', find('single', 'vigil', 'sqlite'), find('single', 'alertmanager', null), reqs, TARGETS.singleRatio),
    ratioVerdict('(a) one alert per request, Vigil PostgreSQL grouped / Alertmanager req/s', find('single', 'vigil', 'postgres', true), find('single', 'alertmanager', null), reqs, null),
    ratioVerdict('(a) one alert per request, Vigil PostgreSQL, an incident per alert / Alertmanager req/s', find('single', 'vigil', 'postgres'), find('single', 'alertmanager', null), reqs, null),
    ratioVerdict('(a) one alert per request, bare Fastify storing nothing (the ceiling of one Node.js process) / Alertmanager req/s', find('single', 'fastify', null), find('single', 'alertmanager', null), reqs, null),
    ratioVerdict('(a) one alert per request, Vigil SQLite grouped / bare Fastify storing nothing', find('single', 'vigil', 'sqlite', true), find('single', 'fastify', null), reqs, null),
    ratioVerdict('(b) 100 alerts per request, Vigil SQLite / Alertmanager alerts/s', find('batch', 'vigil', 'sqlite'), find('batch', 'alertmanager', null), alerts, TARGETS.batchRatio),
    ratioVerdict('(b) 100 alerts per request, Vigil PostgreSQL / Alertmanager alerts/s', find('batch', 'vigil', 'postgres'), find('batch', 'alertmanager', null), alerts, TARGETS.batchRatio),
  ];
  for (const kind of ['sqlite', 'postgres'] as const) {
    const m = find('batch', 'vigil', kind);
    const name = `(b) Vigil ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} RSS after ${fixed(m?.memory?.alertsAccepted ?? MEMORY_AFTER_ALERTS)} alerts`;
    if (!m?.memory) {
      out.push({ line: `${name}: not measured`, met: false });
      continue;
    }
    const rss = m.memory.rssMB;
    const reached = m.memory.alertsAccepted >= MEMORY_AFTER_ALERTS;
    const met = reached && rss < TARGETS.rssMB;
    const verdict = !reached
      ? `not judged at ${fixed(MEMORY_AFTER_ALERTS)}: only ${fixed(m.memory.alertsAccepted)} accepted within the ${topUpLimit(kind)} s top-up limit${kind === 'postgres' ? ', for reference only' : ''}`
      : met
        ? `met, ${fixed(TARGETS.rssMB - rss, 0)} MB to spare`
        : `MISSED by ${fixed(rss - TARGETS.rssMB, 0)} MB (${((rss / TARGETS.rssMB - 1) * 100).toFixed(0)}%)`;
    out.push({ line: `${name}: ${fixed(rss, 1)} MB (target < ${TARGETS.rssMB} MB: ${verdict})`, met });
  }
  if (ms.some((m) => m.version === 'before')) {
    for (const kind of ['sqlite', 'postgres'] as const) {
      const name = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      out.push(ratioVerdict(`(a) one alert per request, Vigil ${name} grouped by group, after / before req/s`, find('single', 'vigil', kind, true), find('single', 'vigil', kind, true, 'before'), reqs, null));
    }
    for (const kind of ['sqlite', 'postgres'] as const) {
      const name = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      out.push(ratioVerdict(`(b) 100 alerts per request, Vigil ${name}, after / before alerts/s`, find('batch', 'vigil', kind), find('batch', 'vigil', kind, false, 'before'), alerts, null));
    }
  }
  return out;
}

function checkLines(ms: readonly Measurement[]): { lines: string[]; ok: boolean } {
  let ok = true;
  const lines = ms.map((m) => {
    const part = m.part === 'single' ? '(a)' : '(b)';
    if (m.error) {
      ok = false;
      return `${part} ${label(m)}: FAILED: ${m.error}`;
    }
    const l = m.load;
    const codes = Object.entries(l.statusCodes).map(([code, count]) => `${code}×${count}`).join(', ');
    const errors = Object.entries(l.errorMessages).map(([message, count]) => `${message} ×${count}`).join('; ');
    const inRange = m.stored.count >= m.stored.min && m.stored.count <= m.stored.max;
    const clean = inRange && l.non2xx === 0 && l.errors === 0 && m.extraChecks.length === 0;
    if (!clean) ok = false;
    return (
      `${part} ${label(m)}: ${clean ? 'ok' : 'PROBLEM'}; ${m.stored.what} ${fixed(m.stored.count)} for ${fixed(m.stored.min)} alerts answered 2xx ` +
      `(expected ${fixed(m.stored.min)}–${fixed(m.stored.max)}: requests in flight when a run stopped may also count)${inRange ? '' : ' MISMATCH'}; ` +
      `status codes ${codes || 'none'}${errors ? `; request errors: ${errors}` : ''}; latency max ${fixed(l.latenciesMs.at(-1) ?? NaN, 1)} ms` +
      `${m.extraChecks.length > 0 ? `; ${m.extraChecks.join('; ')}` : ''}`
    );
  });
  return { lines, ok };
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  const baseline = await baselineEntry(out);
  if (baseline) facts.before = baseline.fact;
  out(`Vigil vs Alertmanager${quick ? ' (quick)' : ''}: ${DURATION_S} s per run, ${CONNECTIONS} connections, ${WARMUP_S} s warm-up`);
  for (const [name, value] of Object.entries(facts)) out(`  ${name}: ${value}`);

  const measurements: Measurement[] = [];
  const runs: { part: Part; system: System; database: DatabaseKind | null; grouped: boolean; version?: Version }[] = [];
  // With a baseline, the rows it is measured for run before then after, one pair after another,
  // so the two see the machine in much the same state.
  const versions = (measuredBefore: boolean): { version?: Version }[] => (!baseline ? [{}] : measuredBefore ? [{ version: 'before' }, { version: 'after' }] : [{ version: 'after' }]);
  for (const part of ['single', 'batch'] as const) {
    runs.push({ part, system: 'alertmanager', database: null, grouped: false });
    if (part === 'single') runs.push({ part, system: 'fastify', database: null, grouped: false });
    for (const database of ['sqlite', 'postgres'] as const) {
      if (part === 'single') for (const v of versions(true)) runs.push({ part, system: 'vigil', database, grouped: true, ...v });
      for (const v of versions(part === 'batch')) runs.push({ part, system: 'vigil', database, grouped: false, ...v });
    }
  }
  for (const run of runs) {
    if (wasInterrupted()) break;
    out();
    out(`${run.part === 'single' ? '(a) one alert per request' : `(b) ${BATCH} alerts per request`}: ${label(run)}…`);
    let m: Measurement;
    try {
      m =
        run.system === 'alertmanager'
          ? await measureAlertmanager(run.part)
          : run.system === 'fastify'
            ? await measureCeiling()
            : await measureVigil(run.part, run.database as DatabaseKind, run.version === 'before' && baseline ? baseline.entry : entry, run.grouped, run.version);
    } catch (error) {
      m = failed(run.part, run.system, run.database, run.grouped, run.version, error);
      process.stderr.write(`${label(run)}: ${m.error}\n`);
    }
    measurements.push(m);
    if (!m.error) {
      out(measurementTable([m], run.part));
      if (m.memory) out(`  RSS ${fixed(m.memory.rssMB, 1)} MB after ${fixed(m.memory.alertsAccepted)} alerts (peak ${fixed(m.memory.peakMB, 1)} MB; ${fixed(m.memory.settledMB, 1)} MB after ${SETTLE_S} s idle)`);
    }
  }
  const loadAtEnd = loadAverage();

  const single = measurements.filter((m) => m.part === 'single');
  const batch = measurements.filter((m) => m.part === 'batch');
  const v = verdicts(measurements);
  const checks = checkLines(measurements);
  const logs = measurements.flatMap((m) => processLogLines(`${m.part === 'single' ? '(a)' : '(b)'} ${label(m)}`, m.log));
  const details = measurements
    .filter((m) => Object.keys(m.details).length > 0)
    .map((m) => `${m.part === 'single' ? '(a)' : '(b)'} ${label(m)}: ${Object.entries(m.details).map(([k, value]) => `${k} ${value}`).join(', ')}`);

  const sections = [
    `(a) One alert per request, ${CONNECTIONS} connections, ${DURATION_S} s: Alertmanager POST /api/v2/alerts vs Vigil POST /v2/enqueue (unique dedup keys; "grouped by group": the service groups them by PagerDuty's payload.group as Alertmanager groups by its group label, 10 incidents; "incident per alert": no grouping rule, every alert opens and escalates an incident) and, for scale, a bare Fastify server that validates the same body and stores nothing`,
    measurementTable(single, 'single'),
    '',
    `(b) ${BATCH} distinct alerts per request in ${GROUPS} groups, ${CONNECTIONS} connections, ${DURATION_S} s: Alertmanager POST /api/v2/alerts vs Vigil POST /integrations/alertmanager/{key}`,
    measurementTable(batch, 'batch'),
    '',
    `(b) Resident memory after ${fixed(MEMORY_AFTER_ALERTS)} alerts (warm-up and measured run, then more of the same for at most ${TOP_UP_MAX_S} s (PostgreSQL: ${TOP_UP_MAX_S_POSTGRES} s), then 2 s idle (the reading judged), and again after ${SETTLE_S} s idle; VmRSS and VmHWM from /proc/<pid>/status, MB = 10⁶ bytes)`,
    // The memory is read for the working tree only.
    memoryTable(batch.filter((m) => m.version !== 'before')),
  ];
  out();
  out('Results');
  for (const line of sections) out(line);
  printList(out, 'Targets', v.map((verdict) => verdict.line));
  printList(out, 'Checks', checks.lines);
  out();
  out(loadAverageLine(facts, loadAtEnd));
  printList(out, 'Server output (Vigil at warn, Alertmanager at warn)', logs);

  if (!quick && !wasInterrupted()) {
    const markdown = [
      `# Vigil vs Alertmanager, ${today()}`,
      '',
      `Each server runs as its own process; one autocannon load generator drives both from the bench process, on the same machine. ${WARMUP_S} s warm-up at 10 connections, then ${DURATION_S} s at ${CONNECTIONS} connections. req/s and alerts/s count 2xx answers over the run's wall-clock time; latencies are those of 2xx answers. CPU columns are percent of one core (${facts.cores} cores: up to ${Number(facts.cores) * 100}%) over the measured run; "other" is every other process on the machine.`,
      '',
      ...(baseline
        ? [`Two Vigils are measured: **before** is commit ${baseline.fact}; **after** is the working tree (${entry.description}). Each pair runs before then after, one right after the other. Targets are judged on after.`, '']
        : []),
      `A 2xx from Vigil means the event is committed to its database (SQLite WAL with synchronous=FULL, or PostgreSQL with synchronous_commit on); a 2xx from Alertmanager means the alert is in memory. Alertmanager ${measurements.find((m) => m.system === 'alertmanager')?.details.version ?? ''} runs with group_by [group] and a receiver without notifiers, gossip off.`,
      '',
      ...sections.map((line) => (line.startsWith('(') ? `## ${line}\n` : line)),
      '',
      '## Targets',
      '',
      ...v.map((verdict) => `- ${verdict.line}`),
      '',
      ...machineSection(facts, loadAtEnd),
      '## Servers',
      '',
      ...details.map((line) => `- ${line}`),
      '',
      ...checksAndOutput(checks.lines, logs),
    ].join('\n');
    out();
    out(`Written: ${writeResult('compare', markdown)}`);
  }
  return checks.ok ? 0 : 1;
}

await runMain(main);
