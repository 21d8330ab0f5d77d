/**
 * Other people's pages while one person's contact methods never answer. One user has six webhook
 * contact methods pointing at a listener that accepts every connection and never answers (a
 * "black hole"); another user on the same escalation level has one webhook to a receiver in this
 * process. Per incident: that receiver got the other user's page − the trigger got its 202.
 *
 *   npx tsx bench/black-hole.ts           # full run; writes bench/results/black-hole-<date>.md
 *   npx tsx bench/black-hole.ts --quick   # 10 incidents; writes nothing
 *
 * Target: p99 under 1 s on SQLite and on PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type DatabaseKind } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { onCleanup, runMain, wasInterrupted } from './support/cleanup.js';
import { loadAverage } from './support/machine-facts.js';
import { checksAndOutput, fixed, machineSection, table, today, writeResult } from './support/report.js';
import { processLogLines } from './support/server-process.js';
import { percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { startVigil, type VigilEntry } from './support/vigil-server.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

const quick = process.argv.includes('--quick');
const INCIDENTS = quick ? 10 : 150;
/** Between a trigger's 202 and the next: 150 incidents span ~15 s, before and after the silent host is backed off. */
const GAP_MS = 100;
const SILENT_METHODS = 6;
const PAGE_WAIT_MS = 30_000;
const TARGET_P99_MS = 1_000;

interface Run {
  readonly database: DatabaseKind;
  readonly accepted: number;
  readonly latenciesMs: number[];
  readonly holeConnections: number;
  backedOff: number;
  readonly problems: string[];
  log: ReturnType<typeof processLogLines>;
}

async function startBlackHole(): Promise<{ port: number; accepted: () => number }> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createTcpServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup('close the black hole', async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { port: (server.address() as { port: number }).port, accepted: () => accepted };
}

function config(holePort: number, receiverUrl: string, key: string): string {
  const silent = Array.from({ length: SILENT_METHODS }, (_, i) => i + 1);
  return [
    'users:',
    '  - id: frank',
    '    name: Frank (six silent webhooks)',
    '    email: frank@bench.example',
    '    contact_methods:',
    ...silent.map((i) => `      - { id: silent-${i}, type: webhook, address: "http://127.0.0.1:${holePort}/t${i}" }`),
    '    notification_rules:',
    ...silent.map((i) => `      - { contact_method: silent-${i}, after: 0m }`),
    '  - id: grace',
    '    name: Grace',
    '    email: grace@bench.example',
    '    contact_methods:',
    `      - { id: grace-hook, type: webhook, address: "${receiverUrl}" }`,
    '    notification_rules:',
    '      - { contact_method: grace-hook, after: 0m }',
    'escalation_policies:',
    '  - id: both',
    '    levels:',
    '      - { targets: ["user:frank", "user:grace"], escalate_after: 30m }',
    'services:',
    '  - id: checkout',
    '    name: Checkout',
    '    escalation_policy: both',
    '    integrations:',
    `      - { type: events_v2, key: ${key}, name: triggers, rate_limit_per_minute: 100000000 }`,
    '',
  ].join('\n');
}

async function benchDatabase(kind: DatabaseKind, entry: VigilEntry): Promise<Run> {
  const run: Run = { database: kind, accepted: 0, latenciesMs: [], holeConnections: 0, backedOff: 0, problems: [], log: [] };
  const temp = makeTempDir();
  const runId = randomBytes(3).toString('hex');
  const key = randomBytes(16).toString('hex');
  const sentAt = new Map<string, number>();
  const arrived = new Map<string, number>();
  const hole = await startBlackHole();
  const receiver = await startWebhookReceiver();
  receiver.onPage = (title, _number, at) => {
    if (!arrived.has(title)) arrived.set(title, at);
  };
  const database = await createDatabase(kind, temp.dir);
  const server = await startVigil({ entry, databaseUrl: database.url, dir: temp.dir, config: config(hole.port, receiver.url, key), env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1' } });
  let accepted = 0;
  try {
    for (let i = 0; i < INCIDENTS && !wasInterrupted(); i += 1) {
      const title = `black-hole ${runId} #${i}`;
      const body = JSON.stringify({ routing_key: key, event_action: 'trigger', dedup_key: `${runId}-${i}`, payload: { summary: title, source: 'bench', severity: 'critical' } });
      const response = await fetch(`${server.url}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
      const answeredAt = performance.now();
      await response.text();
      if (response.status === 202) {
        sentAt.set(title, answeredAt);
        accepted += 1;
      } else run.problems.push(`trigger ${i} answered ${response.status}`);
      await sleep(GAP_MS);
    }
    const deadline = Date.now() + PAGE_WAIT_MS;
    while (arrived.size < sentAt.size && Date.now() < deadline) await sleep(20);
    for (const [title, at] of sentAt) {
      const got = arrived.get(title);
      if (got !== undefined) run.latenciesMs.push(got - at);
    }
    run.latenciesMs.sort((a, b) => a - b);
    if (run.latenciesMs.length < sentAt.size) run.problems.push(`${sentAt.size - run.latenciesMs.length} of ${sentAt.size} incidents never paged Grace within ${PAGE_WAIT_MS / 1000} s`);
    // What the silent destination cost: connections it was given, deliveries the log shows as held back.
    const response = await fetch(`${server.url}/api/v1/incidents/${INCIDENTS}/deliveries`, { headers: { authorization: `Bearer ${server.adminToken}` } });
    const { deliveries } = (await response.json()) as { deliveries: { user: string | null; history: { detail: string | null }[] }[] };
    run.backedOff = deliveries.filter((d) => d.user === 'frank' && d.history.some((h) => /backed off until/.test(h.detail ?? ''))).length;
  } catch (error) {
    run.problems.push((error as Error).message);
  } finally {
    await server.stop();
    run.log = processLogLines(`Vigil ${kind}`, server.log);
    await database.destroy();
    await temp.remove();
  }
  return Object.assign(run, { accepted, holeConnections: hole.accepted() });
}

function resultTable(runs: readonly Run[]): string {
  return table(
    ['database', 'pages / triggers', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'connections to the black hole', "last incident: Frank's deliveries backed off"],
    runs.map((r) => [
      r.database,
      `${r.latenciesMs.length} / ${r.accepted}`,
      fixed(percentile(r.latenciesMs, 50), 1),
      fixed(percentile(r.latenciesMs, 90), 1),
      fixed(percentile(r.latenciesMs, 99), 1),
      fixed(r.latenciesMs.at(-1) ?? NaN, 1),
      String(r.holeConnections),
      `${r.backedOff} of ${SILENT_METHODS}`,
    ]),
    1,
  );
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  out(`Pages beside a black hole${quick ? ' (quick)' : ''}: ${INCIDENTS} incidents ${GAP_MS} ms apart; one responder has ${SILENT_METHODS} webhooks that never answer`);
  const runs: Run[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (wasInterrupted()) break;
    out(`${kind}: running…`);
    runs.push(await benchDatabase(kind, entry));
  }
  const targets = runs.map((r) => {
    const p99 = percentile(r.latenciesMs, 99);
    const met = r.problems.length === 0 && p99 < TARGET_P99_MS;
    return { met, line: `${r.database}: the other responder's page p99 ${fixed(p99, 1)} ms (target < ${TARGET_P99_MS} ms: ${met ? 'met' : 'MISSED'})${r.problems.length ? `; ${r.problems.join('; ')}` : ''}` };
  });
  out();
  out("Results: the other responder's page received − trigger answered 202");
  out(resultTable(runs));
  out();
  for (const t of targets) out(`  ${t.line}`);
  const logs = runs.flatMap((r) => r.log);
  if (!quick && !wasInterrupted()) {
    const markdown = [
      `# Pages beside a black hole, ${today()}`,
      '',
      `Vigil runs as its own process. An escalation level pages two users: Frank, whose ${SILENT_METHODS} webhook contact methods point at a listener that accepts connections and never answers, and Grace, whose one webhook reaches a receiver in the bench process. ${INCIDENTS} \`POST /v2/enqueue\` triggers, each ${GAP_MS} ms after the previous one's 202. Latency per incident: Grace's receiver got the page − the trigger got its 202.`,
      '',
      resultTable(runs),
      '',
      '## Targets',
      '',
      ...targets.map((t) => `- ${t.line}`),
      '',
      ...machineSection(facts, loadAverage()),
      ...checksAndOutput(targets.map((t) => t.line), logs),
    ].join('\n');
    out(`Written: ${writeResult('black-hole', markdown)}`);
  }
  return targets.every((t) => t.met) ? 0 : 1;
}

await runMain(main);
