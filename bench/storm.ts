/**
 * An alert storm, timed: the shape of the reliability storm (test/reliability/storm.test.ts)
 * against a Vigil started as its own process, on SQLite and PostgreSQL.
 *
 * 20 services, each with an Alertmanager integration and an escalation policy paging its own
 * user, whose one contact method is a webhook to a receiver in this process. Each service has 5
 * Alertmanager groups of 100 firing alerts, and every group is notified 10 times with its full
 * set: 1,000 messages of 100 alerts, 100,000 alert events, sent in a seeded order 8 at a time.
 * Exactly 100 incidents and 100 pages must come of it, 10,000 alerts with Σ event_count 100,000.
 *
 * Measured: the time to accept every message (the last 202), the time until all 100 pages
 * reached the receiver (both from the first send), alerts/s, where the CPU went, peak RSS.
 * Target: through to pages ≤ 10 s on SQLite.
 *
 *   npx tsx bench/storm.ts           # full run; writes bench/results/storm-<date>.md
 *   npx tsx bench/storm.ts --quick   # a tenth of the messages (each group notified once); writes nothing
 *
 * With VIGIL_BENCH_BASELINE=<git ref>, that commit ("before") runs too, beside the working tree
 * ("after"), before then after on each database.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { baselineEntry } from './support/baseline.js';
import { createDatabase, type BenchDatabase, type DatabaseKind } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { cpuMeter, memoryOf, type CpuShares } from './support/cpu-and-memory.js';
import { loadAverage, loadAverageLine } from './support/machine-facts.js';
import { checksAndOutput, fixed, machineSection, printList, table, today, writeResult } from './support/report.js';
import { emptyLog, processLogLines, type ProcessLog } from './support/server-process.js';
import { percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { startVigil, type VigilEntry, type VigilServer } from './support/vigil-server.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';
import { mulberry32 } from '../src/test-support/seeded-random.js';
import { STORM_ALERTS_PER_GROUP, STORM_GROUPS_PER_SERVICE, STORM_SERVICES, stormConfig, stormIntegrationKey, stormMessage } from '../src/test-support/storm-shape.js';

const quick = process.argv.includes('--quick');
const SERVICES = STORM_SERVICES;
const GROUPS_PER_SERVICE = STORM_GROUPS_PER_SERVICE;
const ALERTS_PER_GROUP = STORM_ALERTS_PER_GROUP;
/** How often each group is notified; a quick run sends each once: a tenth of the messages. */
const ROUNDS = quick ? 1 : 10;
const CONCURRENCY = 8;
const GROUPS = SERVICES * GROUPS_PER_SERVICE;
const MESSAGES = GROUPS * ROUNDS;
const EVENTS = MESSAGES * ALERTS_PER_GROUP;
/** The same order for every run, so before and after (and SQLite and PostgreSQL) get the same storm. */
const SEED = 20_260_101;
const MESSAGE_TIMEOUT_MS = 120_000;
/** How long to wait for the last pages after the last 202. */
const PAGE_WAIT_MS = 60_000;
/** After the last page: a late repeated or extra page would come now. */
const SETTLE_MS = 2_000;
const TARGET_PAGES_S = 10;

type Version = 'before' | 'after';

interface StormRun {
  readonly database: DatabaseKind;
  /** Only when VIGIL_BENCH_BASELINE is set. */
  readonly version?: Version;
  /** From the first send to the last 202, s. */
  acceptedS: number;
  /** From the first send to the moment the last of the 100 incidents' pages arrived, s; NaN if some never did. */
  pagesS: number;
  answers: Record<string, number>;
  /** Each message's request → answer, ms, sorted. */
  messageMs: number[];
  cpu: CpuShares;
  rssStartMB: number;
  peakMB: number;
  stored: { incidents: number; groupKeys: number; alerts: number; eventSum: number; pageRecords: number };
  paged: { incidents: number; requests: number; repeated: number; misrouted: number; badSignatures: number; notPages: number };
  details: Record<string, string>;
  log: ProcessLog;
  problems: string[];
  error?: string;
}

const label = (run: Pick<StormRun, 'database' | 'version'>) => `Vigil ${run.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${run.version ? `, ${run.version}` : ''}`;

// ---------------------------------------------------------------------------------------------
// The storm, as test/reliability/storm.test.ts builds it.

/** Shuffles in place, in the order mulberry32 from `seed` gives. */
function shuffler(seed: number): <T>(items: T[]) => T[] {
  const next = mulberry32(seed);
  return <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
}

/** The messages in the order they are sent: path below the server's URL, and body. */
function stormMessages(): { path: string; body: string }[] {
  const shuffle = shuffler(SEED);
  const plan: { service: number; group: number; round: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let service = 0; service < SERVICES; service++) for (let group = 0; group < GROUPS_PER_SERVICE; group++) plan.push({ service, group, round });
  }
  shuffle(plan);
  return plan.map(({ service, group, round }) => ({
    path: `/integrations/alertmanager/${stormIntegrationKey(service)}`,
    body: stormMessage(service, group, round, shuffle(Array.from({ length: ALERTS_PER_GROUP }, (_, a) => a))),
  }));
}

// ---------------------------------------------------------------------------------------------
// Sending

/** One POST; its status (or what went wrong) and how long it took. */
function post(agent: http.Agent, url: string, body: string): Promise<{ outcome: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: MESSAGE_TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => resolve({ outcome: String(response.statusCode), ms: performance.now() - started }));
      response.on('error', (error) => resolve({ outcome: `error ${error.message}`, ms: performance.now() - started }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ outcome: `error ${error.code ?? error.message}`, ms: performance.now() - started }));
    request.end(body);
  });
}

/** Watches the receiver: the distinct incidents paged (retried deliveries counted once), and when the last arrived. */
function pageWatcher(receiver: WebhookReceiver) {
  const firstArrival = new Map<number, number>();
  const counts = { repeated: 0, misrouted: 0, unnumbered: 0 };
  receiver.onPage = (_title, number, arrivedAt, arrival) => {
    if (arrival.repeated) {
      counts.repeated += 1;
      return;
    }
    if (number === null) {
      counts.unnumbered += 1;
      return;
    }
    // Each service's responder has its own address, /<service index>.
    if (arrival.serviceId === null || !arrival.path.endsWith(`/${arrival.serviceId.replace('storm-svc-', '')}`)) counts.misrouted += 1;
    if (!firstArrival.has(number)) firstArrival.set(number, arrivedAt);
  };
  return {
    counts,
    incidents: () => firstArrival.size,
    lastArrival: () => Math.max(...firstArrival.values()),
  };
}

async function readStored(database: BenchDatabase): Promise<StormRun['stored']> {
  return {
    incidents: await database.count('incidents'),
    groupKeys: await database.scalar('select count(distinct alert_group_key) as n from incidents'),
    alerts: await database.count('alerts'),
    eventSum: await database.scalar('select coalesce(sum(event_count), 0) as n from alerts'),
    pageRecords: await database.scalar('select count(*) as n from pages'),
  };
}

async function runStorm(kind: DatabaseKind, entry: VigilEntry, version: Version | undefined, messages: readonly { path: string; body: string }[]): Promise<StormRun> {
  const run: StormRun = {
    database: kind,
    ...(version ? { version } : {}),
    acceptedS: NaN,
    pagesS: NaN,
    answers: {},
    messageMs: [],
    cpu: { server: NaN, loadGenerator: NaN, postgres: NaN, other: NaN },
    rssStartMB: NaN,
    peakMB: NaN,
    stored: { incidents: NaN, groupKeys: NaN, alerts: NaN, eventSum: NaN, pageRecords: NaN },
    paged: { incidents: 0, requests: 0, repeated: 0, misrouted: 0, badSignatures: 0, notPages: 0 },
    details: {},
    log: emptyLog(),
    problems: [],
  };
  const temp = makeTempDir();
  const secret = randomBytes(24).toString('hex');
  let receiver: WebhookReceiver | undefined;
  let server: VigilServer | undefined;
  let database: BenchDatabase | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    receiver = await startWebhookReceiver(secret);
    const pages = pageWatcher(receiver);
    const receiverUrl = receiver.url;
    database = await createDatabase(kind, temp.dir);
    Object.assign(run.details, database.details);
    server = await startVigil({
      entry,
      databaseUrl: database.url,
      dir: temp.dir,
      config: stormConfig((service) => `${receiverUrl}/${service}`),
      // The receiver listens on 127.0.0.1, which outgoing webhooks may call only when allowed.
      env: { VIGIL_WEBHOOK_SECRET: secret, VIGIL_OUTBOUND_ALLOW: '127.0.0.1' },
    });
    run.log = server.log;
    run.details.startup_ms = String(server.startupMs);
    run.rssStartMB = memoryOf(server.pid).rssMB;

    const url = server.url;
    const meter = cpuMeter(server.pid);
    const started = performance.now();
    let lastAccepted = NaN;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < messages.length && !wasInterrupted()) {
          const { path, body } = messages[next++] as { path: string; body: string };
          const { outcome, ms } = await post(agent, `${url}${path}`, body);
          run.answers[outcome] = (run.answers[outcome] ?? 0) + 1;
          run.messageMs.push(ms);
          if (outcome === '202') lastAccepted = performance.now();
        }
      }),
    );
    run.acceptedS = (lastAccepted - started) / 1000;
    run.messageMs.sort((a, b) => a - b);
    const deadline = Date.now() + PAGE_WAIT_MS;
    while (pages.incidents() < GROUPS && Date.now() < deadline && !wasInterrupted() && !server.log.exit) await sleep(10);
    const cpu = meter.stop();
    run.cpu = cpu;
    if (pages.incidents() >= GROUPS) run.pagesS = (pages.lastArrival() - started) / 1000;
    await sleep(SETTLE_MS);
    run.peakMB = memoryOf(server.pid).peakMB;
    run.stored = await readStored(database);
    const s = receiver.stats;
    run.paged = { incidents: pages.incidents(), requests: s.requests, repeated: pages.counts.repeated, misrouted: pages.counts.misrouted, badSignatures: s.badSignatures, notPages: s.notPages };
    run.problems.push(...storeProblems(run));
    if (pages.counts.unnumbered > 0) run.problems.push(`${pages.counts.unnumbered} paged incidents without a number`);
    if (server.log.exit) run.problems.push(`Vigil exited during the run (code ${server.log.exit.code}, signal ${server.log.exit.signal})`);
  } catch (error) {
    run.error = (error as Error).message;
  } finally {
    agent.destroy();
    await server?.stop();
    await receiver?.close();
    await database?.destroy();
    await temp.remove();
  }
  return run;
}

/** What the storm must leave behind, exactly. */
function storeProblems(run: StormRun): string[] {
  const problems: string[] = [];
  const want = (what: string, got: number, expected: number) => {
    if (got !== expected) problems.push(`${what}: ${fixed(got)}, expected ${fixed(expected)}`);
  };
  const accepted = run.answers['202'] ?? 0;
  if (accepted !== MESSAGES) problems.push(`${fixed(accepted)} of ${fixed(MESSAGES)} messages answered 202: ${JSON.stringify(run.answers)}`);
  want('incidents', run.stored.incidents, GROUPS);
  want('distinct alert groups among the incidents', run.stored.groupKeys, GROUPS);
  want('alerts', run.stored.alerts, GROUPS * ALERTS_PER_GROUP);
  want('Σ event_count', run.stored.eventSum, EVENTS);
  want('page records', run.stored.pageRecords, GROUPS);
  want('incidents paged at the receiver', run.paged.incidents, GROUPS);
  if (run.paged.misrouted > 0) problems.push(`${run.paged.misrouted} pages reached another service's responder`);
  if (run.paged.badSignatures > 0) problems.push(`${run.paged.badSignatures} webhook requests with a bad signature`);
  if (run.paged.notPages > 0) problems.push(`${run.paged.notPages} webhook requests that were not pages`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const alertsPerSecond = (run: StormRun) => EVENTS / run.acceptedS;

function resultTable(runs: readonly StormRun[]): string {
  const header = [
    'Vigil',
    'accepted s (last 202)',
    'pages s (all 100)',
    'alerts/s',
    'message p50 ms',
    'message p99 ms',
    'CPU % server',
    'CPU % postgres',
    'CPU % load gen + receiver',
    'CPU % other',
    'RSS at start MB',
    'peak RSS (VmHWM) MB',
  ];
  const rows = runs.map((r) => [
    label(r),
    fixed(r.acceptedS, 2),
    fixed(r.pagesS, 2),
    fixed(alertsPerSecond(r), 0),
    fixed(percentile(r.messageMs, 50), 0),
    fixed(percentile(r.messageMs, 99), 0),
    fixed(r.cpu.server),
    fixed(r.cpu.postgres),
    fixed(r.cpu.loadGenerator),
    fixed(r.cpu.other),
    fixed(r.rssStartMB, 1),
    fixed(r.peakMB, 1),
  ]);
  return table(header, rows, 1);
}

function targetLines(runs: readonly StormRun[]): string[] {
  const find = (database: DatabaseKind, version: Version = 'after') => runs.find((r) => r.database === database && (r.version ?? 'after') === version && !r.error);
  const lines: string[] = [];
  const sqlite = find('sqlite');
  const scale = quick ? ` (quick: ${fixed(MESSAGES)} messages, a tenth of the storm; the target is for the whole)` : '';
  if (!sqlite) lines.push('SQLite through to pages: not measured (target ≤ 10 s: MISSED)');
  else if (!Number.isFinite(sqlite.pagesS)) lines.push(`SQLite through to pages: MISSED: ${sqlite.paged.incidents} of ${GROUPS} incidents paged within ${PAGE_WAIT_MS / 1000} s of the last 202${scale}`);
  else {
    const met = sqlite.pagesS <= TARGET_PAGES_S;
    const verdict = met ? `met, ${fixed(TARGET_PAGES_S - sqlite.pagesS, 2)} s to spare` : `MISSED by ${fixed(sqlite.pagesS - TARGET_PAGES_S, 2)} s (${((sqlite.pagesS / TARGET_PAGES_S - 1) * 100).toFixed(0)}% over)`;
    lines.push(`SQLite through to pages: ${fixed(sqlite.pagesS, 2)} s (target ≤ ${TARGET_PAGES_S} s: ${verdict}; the last message was accepted at ${fixed(sqlite.acceptedS, 2)} s)${scale}`);
  }
  const postgres = find('postgres');
  if (postgres) lines.push(`PostgreSQL through to pages: ${fixed(postgres.pagesS, 2)} s (no target; the last message was accepted at ${fixed(postgres.acceptedS, 2)} s)`);
  if (runs.some((r) => r.version === 'before')) {
    for (const database of ['sqlite', 'postgres'] as const) {
      const after = find(database);
      const before = find(database, 'before');
      const name = database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      if (!after || !before) {
        lines.push(`${name}, after / before: not measured`);
        continue;
      }
      lines.push(
        `${name}, after / before: alerts/s ${(alertsPerSecond(after) / alertsPerSecond(before)).toFixed(2)}×, ` +
          `time through to pages ${(after.pagesS / before.pagesS).toFixed(2)}× (${fixed(before.pagesS, 2)} s → ${fixed(after.pagesS, 2)} s; below 1 is faster), ` +
          `peak RSS ${(after.peakMB / before.peakMB).toFixed(2)}×`,
      );
    }
  }
  return lines;
}

function checkLines(runs: readonly StormRun[]): { lines: string[]; ok: boolean } {
  let ok = true;
  const lines = runs.map((r) => {
    if (r.error) {
      ok = false;
      return `${label(r)}: FAILED: ${r.error}`;
    }
    if (r.problems.length > 0) ok = false;
    const s = r.stored;
    return (
      `${label(r)}: ${r.problems.length === 0 ? 'ok' : 'PROBLEM'}; answers ${JSON.stringify(r.answers)}; ${fixed(s.incidents)} incidents (${fixed(s.groupKeys)} alert groups), ` +
      `${fixed(s.alerts)} alerts, Σ event_count ${fixed(s.eventSum)}, ${fixed(s.pageRecords)} page records; receiver: ${r.paged.incidents} incidents paged in ${r.paged.requests} requests, ` +
      `${r.paged.repeated} repeated deliveries (counted once), ${r.paged.misrouted} misrouted, ${r.paged.badSignatures} bad signatures; message max ${fixed(r.messageMs.at(-1) ?? NaN, 0)} ms` +
      `${r.problems.length > 0 ? `; ${r.problems.join('; ')}` : ''}`
    );
  });
  return { lines, ok };
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  const baseline = await baselineEntry(out);
  if (baseline) facts.before = baseline.fact;
  out(`Vigil alert storm${quick ? ' (quick: a tenth)' : ''}: ${fixed(MESSAGES)} Alertmanager messages of ${ALERTS_PER_GROUP} alerts (${fixed(EVENTS)} alert events) for ${GROUPS} groups in ${SERVICES} services, ${CONCURRENCY} at a time, seed ${SEED}`);
  for (const [name, value] of Object.entries(facts)) out(`  ${name}: ${value}`);

  const messages = stormMessages();
  const runs: StormRun[] = [];
  const versions: { version?: Version; entry: VigilEntry }[] = baseline ? [{ version: 'before', entry: baseline.entry }, { version: 'after', entry }] : [{ entry }];
  for (const database of ['sqlite', 'postgres'] as const) {
    for (const v of versions) {
      if (wasInterrupted()) break;
      out();
      out(`${label({ database, ...v })}…`);
      const run = await runStorm(database, v.entry, v.version, messages);
      runs.push(run);
      if (run.error) process.stderr.write(`${label(run)}: ${run.error}\n`);
      else out(resultTable([run]));
    }
  }
  const loadAtEnd = loadAverage();
  const targets = targetLines(runs);
  const checks = checkLines(runs);
  const logs = runs.flatMap((r) => processLogLines(label(r), r.log));

  out();
  out('Results');
  out(resultTable(runs));
  printList(out, 'Targets', targets);
  printList(out, 'Checks', checks.lines);
  out();
  out(loadAverageLine(facts, loadAtEnd));
  printList(out, 'Server output (VIGIL_LOG_LEVEL=warn)', logs);

  if (!quick && !wasInterrupted()) {
    const markdown = [
      `# Alert storm, ${today()}`,
      '',
      `The reliability storm's shape (test/reliability/storm.test.ts), timed: ${SERVICES} services, each with an Alertmanager integration and an escalation policy paging its own user, whose one contact method is a webhook to a receiver in the bench process. ${GROUPS_PER_SERVICE} Alertmanager groups of ${ALERTS_PER_GROUP} firing alerts per service, each notified ${ROUNDS} times with its full set: ${fixed(MESSAGES)} messages, ${fixed(EVENTS)} alert events, sent in a seeded order (seed ${SEED}), ${CONCURRENCY} at a time over keep-alive connections, to Vigil running as its own process on a fresh database.`,
      '',
      `"accepted" is the first send → the last 202; "pages" the first send → the moment the last of the ${GROUPS} incidents' pages reached the receiver (a retried delivery, same X-Vigil-Delivery, counts once). A group's first message opens its incident, so the pages may all be out before the last re-notifications are accepted; alerts/s is ${fixed(EVENTS)} / accepted. CPU columns are percent of one core (${facts.cores} cores: up to ${Number(facts.cores) * 100}%) from the first send to the last page; "other" is every other process on the machine. Peak RSS is Vigil's VmHWM after the run, start-up included.`,
      '',
      ...(baseline
        ? [`Two Vigils are measured: **before** is commit ${baseline.fact}; **after** is the working tree (${entry.description}). On each database before runs, then after. The target is judged on after.`, '']
        : []),
      resultTable(runs),
      '',
      '## Targets',
      '',
      ...targets.map((line) => `- ${line}`),
      '',
      ...machineSection(facts, loadAtEnd),
      '## Databases',
      '',
      ...runs.map((r) => `- ${label(r)}: ${Object.entries(r.details).map(([k, v]) => `${k} ${v}`).join(', ')}`),
      '',
      ...checksAndOutput(checks.lines, logs),
    ].join('\n');
    out();
    out(`Written: ${writeResult('storm', markdown)}`);
  }
  return checks.ok ? 0 : 1;
}

await runMain(main);
