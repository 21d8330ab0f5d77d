/**
 * Alert → page: how long after Vigil answers 202 to a `POST /v2/enqueue` trigger the person's
 * webhook receives the page. Vigil runs as its own process with a service whose escalation policy
 * pages one user; that user's only contact method is a webhook to a receiver in this process
 * (notification rule `after: 0m`; webhooks are not throttled by default).
 *
 *   idle:       500 triggers one after another, each a few ms after the previous one's 202;
 *   under load: the same while another autocannon stream sends 500 repeat triggers a second to a
 *               second service that has no escalation policy.
 *
 * On SQLite and on PostgreSQL. Per incident: receiver got the request − trigger got its 202.
 *
 *   npx tsx bench/page-latency.ts           # full run; writes bench/results/page-latency-<date>.md
 *   npx tsx bench/page-latency.ts --quick   # 20 incidents, 100 events/s; writes nothing
 */
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type DatabaseKind } from './support/bench-database.js';
import { benchStart } from './support/bench-start.js';
import { runMain, wasInterrupted } from './support/cleanup.js';
import { cpuMeter, type CpuShares } from './support/cpu-and-memory.js';
import { startLoad, type LoadResult } from './support/load-generator.js';
import { loadAverage, loadAverageLine } from './support/machine-facts.js';
import { checksAndOutput, fixed, machineSection, printList, table, today, writeResult } from './support/report.js';
import { processLogLines, type ProcessLog } from './support/server-process.js';
import { mean, percentile } from './support/statistics.js';
import { makeTempDir } from './support/temp-dir.js';
import { startVigil, type VigilEntry, type VigilServer } from './support/vigil-server.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const quick = process.argv.includes('--quick');
const INCIDENTS = quick ? 20 : 500;
/** Pause between a trigger's 202 and the next trigger. */
const GAP_MS = 5;
const BACKGROUND_RATE = quick ? 100 : 500;
const BACKGROUND_CONNECTIONS = quick ? 10 : 50;
const BACKGROUND_KEYS = 100;
/** How long the background stream runs before the first measured trigger. */
const BACKGROUND_RAMP_MS = quick ? 500 : 2_000;
/** How long to wait for the last pages after the last trigger. */
const PAGE_WAIT_MS = 30_000;
const TARGETS = { idleP50Ms: 10, loadP99Ms: 100 };

type Phase = 'idle' | 'under load';

interface PhaseResult {
  readonly database: DatabaseKind;
  readonly phase: Phase;
  readonly triggers: number;
  readonly accepted: number;
  readonly pages: number;
  readonly missing: number;
  /** Page arrival − 202, ms, sorted. */
  readonly latenciesMs: readonly number[];
  /** How long the trigger request itself took, ms, sorted. */
  readonly triggerMs: readonly number[];
  readonly background: LoadResult | null;
  readonly cpu: CpuShares;
  /** This process's event-loop delay while measuring (p99, ms): how late timestamps could be. */
  readonly benchLoopDelayP99Ms: number;
  readonly stages: { readonly sampled: number; readonly stagesMs: Readonly<Record<Stage, readonly number[]>> };
  readonly problems: string[];
}

interface DatabaseRun {
  readonly database: DatabaseKind;
  readonly results: PhaseResult[];
  readonly details: Record<string, string>;
  log: ProcessLog | null;
  error?: string;
}

function vigilConfig(receiverUrl: string, pagedKey: string, backgroundKey: string): string {
  return [
    'users:',
    '  - id: bench-responder',
    '    name: Bench Responder',
    '    email: responder@bench.example',
    '    contact_methods:',
    `      - { id: bench-webhook, type: webhook, address: "${receiverUrl}" }`,
    '    notification_rules:',
    '      - { contact_method: bench-webhook, after: 0m }',
    'escalation_policies:',
    '  - id: bench-policy',
    '    levels:',
    '      - { targets: ["user:bench-responder"], escalate_after: 30m }',
    'services:',
    '  - id: paged',
    '    name: Paged service',
    '    escalation_policy: bench-policy',
    '    integrations:',
    `      - { type: events_v2, key: ${pagedKey}, name: triggers, rate_limit_per_minute: 100000000 }`,
    '  - id: background',
    '    name: Background service (no escalation policy)',
    '    integrations:',
    `      - { type: events_v2, key: ${backgroundKey}, name: autocannon, rate_limit_per_minute: 100000000 }`,
    '',
  ].join('\n');
}

async function runPhase(
  phase: Phase,
  database: DatabaseKind,
  server: VigilServer,
  receiver: WebhookReceiver,
  keys: { paged: string; background: string },
): Promise<PhaseResult> {
  const runId = `${phase === 'idle' ? 'idle' : 'load'}-${randomBytes(3).toString('hex')}`;
  const problems: string[] = [];
  const sentAt = new Map<string, number>();
  const arrived = new Map<string, number>();
  const numbers = new Map<string, number>();
  let strays = 0;
  receiver.onPage = (title, number, at) => {
    if (!sentAt.has(title) && !title.startsWith(`page-latency ${runId} `)) {
      strays += 1;
      return;
    }
    if (!arrived.has(title)) arrived.set(title, at);
    if (number !== null) numbers.set(title, number);
  };

  let background: ReturnType<typeof startLoad> | undefined;
  if (phase === 'under load') {
    background = startLoad({
      url: server.url,
      path: '/v2/enqueue',
      connections: BACKGROUND_CONNECTIONS,
      overallRate: BACKGROUND_RATE,
      durationS: 3_600,
      body: (n) =>
        JSON.stringify({
          routing_key: keys.background,
          event_action: 'trigger',
          dedup_key: `background-${runId}-${n % BACKGROUND_KEYS}`,
          payload: { summary: `Background alert ${n % BACKGROUND_KEYS}`, source: 'bench-background', severity: 'error' },
        }),
    });
    await sleep(BACKGROUND_RAMP_MS);
  }

  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const meter = cpuMeter(server.pid);
  const triggerMs: number[] = [];
  let accepted = 0;
  for (let i = 0; i < INCIDENTS && !wasInterrupted(); i += 1) {
    const title = `page-latency ${runId} #${i}`;
    const body = JSON.stringify({
      routing_key: keys.paged,
      event_action: 'trigger',
      dedup_key: `${runId}-${i}`,
      payload: { summary: title, source: 'bench-paged', severity: 'critical' },
    });
    const t0 = performance.now();
    try {
      const response = await fetch(`${server.url}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
      const answeredAt = performance.now();
      const text = await response.text();
      if (response.status === 202) {
        sentAt.set(title, answeredAt);
        triggerMs.push(answeredAt - t0);
        accepted += 1;
      } else problems.push(`trigger ${i} answered ${response.status}: ${text.slice(0, 200)}`);
    } catch (error) {
      problems.push(`trigger ${i} failed: ${(error as Error).message}`);
    }
    await sleep(GAP_MS);
  }
  const deadline = Date.now() + PAGE_WAIT_MS;
  while (arrived.size < sentAt.size && Date.now() < deadline && !wasInterrupted()) await sleep(20);
  const cpu = meter.stop();
  loopDelay.disable();
  background?.stop();
  const backgroundResult = background ? await background.done : null;

  const stages = await stageBreakdown(server, [...numbers.values()]);

  const latencies: number[] = [];
  for (const [title, answeredAt] of sentAt) {
    const at = arrived.get(title);
    if (at !== undefined) latencies.push(at - answeredAt);
  }
  latencies.sort((a, b) => a - b);
  const missing = sentAt.size - latencies.length;
  if (missing > 0) problems.push(`${missing} of ${sentAt.size} incidents were not paged within ${PAGE_WAIT_MS / 1000} s of the last trigger`);
  if (strays > 0) problems.push(`${strays} pages for incidents not triggered in this phase`);
  if (backgroundResult && (backgroundResult.non2xx > 0 || backgroundResult.errors > 0)) {
    problems.push(`background load: ${backgroundResult.non2xx} non-2xx ${JSON.stringify(backgroundResult.statusCodes)}, ${backgroundResult.errors} errors ${JSON.stringify(backgroundResult.errorMessages)}`);
  }
  return {
    database,
    phase,
    triggers: INCIDENTS,
    accepted,
    pages: latencies.length,
    missing,
    latenciesMs: latencies,
    triggerMs: triggerMs.sort((a, b) => a - b),
    background: backgroundResult,
    cpu,
    benchLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    stages,
    problems,
  };
}

/** Steps between a trigger and its page, from Vigil's own records (epoch ms). */
const STAGES = ['incident triggered → page recorded', 'page recorded → delivery created', 'delivery created → sending', 'sending → sent'] as const;
type Stage = (typeof STAGES)[number];
const STAGE_SAMPLE = 50;

/**
 * Where the time goes, for up to STAGE_SAMPLE of the phase's incidents spread over it: the
 * incident's `triggered_at`, its page's `at` and its delivery's `created_at` and history, read
 * through the API once the phase is over. Millisecond resolution, one clock (Vigil's).
 */
async function stageBreakdown(server: VigilServer, numbers: readonly number[]): Promise<{ sampled: number; stagesMs: Record<Stage, number[]> }> {
  const stagesMs = Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>;
  const sorted = [...numbers].sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(sorted.length / STAGE_SAMPLE));
  const sample = sorted.filter((_, i) => i % step === 0).slice(0, STAGE_SAMPLE);
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${server.adminToken}` }, signal: AbortSignal.timeout(10_000) });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : NaN);
  for (const number of sample) {
    const incident = await get<{ triggered_at: string }>(`/incidents/${number}`);
    const { pages } = await get<{ pages: { at: string }[] }>(`/incidents/${number}/pages`);
    const { deliveries } = await get<{ deliveries: { kind: string; created_at: string; sent_at: string | null; history: { at: string; status: string }[] }[] }>(`/incidents/${number}/deliveries`);
    const page = pages[0];
    const delivery = deliveries.find((d) => d.kind === 'page') ?? deliveries[0];
    if (!page || !delivery) continue;
    const sending = delivery.history.find((h) => h.status === 'sending')?.at;
    const push = (stage: Stage, value: number) => {
      if (Number.isFinite(value)) stagesMs[stage].push(value);
    };
    push('incident triggered → page recorded', ms(page.at) - ms(incident.triggered_at));
    push('page recorded → delivery created', ms(delivery.created_at) - ms(page.at));
    push('delivery created → sending', ms(sending) - ms(delivery.created_at));
    push('sending → sent', ms(delivery.sent_at) - ms(sending));
  }
  for (const stage of STAGES) stagesMs[stage].sort((a, b) => a - b);
  return { sampled: sample.length, stagesMs };
}

async function benchDatabase(kind: DatabaseKind, entry: VigilEntry, onResult: (result: PhaseResult) => void): Promise<DatabaseRun> {
  const run: DatabaseRun = { database: kind, results: [], details: {}, log: null };
  const temp = makeTempDir();
  const secret = randomBytes(24).toString('hex');
  const keys = { paged: randomBytes(16).toString('hex'), background: randomBytes(16).toString('hex') };
  let receiver: WebhookReceiver | undefined;
  let server: VigilServer | undefined;
  let database: Awaited<ReturnType<typeof createDatabase>> | undefined;
  try {
    receiver = await startWebhookReceiver(secret);
    database = await createDatabase(kind, temp.dir);
    Object.assign(run.details, database.details);
    server = await startVigil({
      entry,
      databaseUrl: database.url,
      dir: temp.dir,
      config: vigilConfig(receiver.url, keys.paged, keys.background),
      // The receiver listens on 127.0.0.1, which outgoing webhooks may call only when allowed.
      env: { VIGIL_WEBHOOK_SECRET: secret, VIGIL_OUTBOUND_ALLOW: '127.0.0.1' },
    });
    run.details.startup_ms = String(server.startupMs);
    run.log = server.log;
    for (const phase of ['idle', 'under load'] as const) {
      if (wasInterrupted()) break;
      const result = await runPhase(phase, kind, server, receiver, keys);
      run.results.push(result);
      onResult(result);
      if (server.log.exit) throw new Error(`Vigil exited during the ${phase} phase (code ${server.log.exit.code}, signal ${server.log.exit.signal})`);
    }
    const s = receiver.stats;
    run.details.receiver = `${s.requests} requests, ${s.badSignatures} bad signatures, ${s.duplicates} repeated deliveries, ${s.notPages} not pages, ${s.unparsable} unparsable`;
    if (s.badSignatures > 0 || s.duplicates > 0 || s.notPages > 0 || s.unparsable > 0) run.error = `receiver: ${run.details.receiver}`;
  } catch (error) {
    run.error = (error as Error).message;
  } finally {
    await server?.stop();
    await receiver?.close();
    await database?.destroy();
    await temp.remove();
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function resultTable(results: readonly PhaseResult[]): string {
  const header = [
    'database',
    'phase',
    'pages / triggers',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'mean ms',
    'trigger 202 p50 ms',
    'background req/s',
    'CPU % Vigil',
    'CPU % other',
    'bench loop delay p99 ms',
  ];
  const rows = results.map((r) => [
    r.database,
    r.phase,
    `${r.pages} / ${r.triggers}`,
    fixed(percentile(r.latenciesMs, 50), 1),
    fixed(percentile(r.latenciesMs, 90), 1),
    fixed(percentile(r.latenciesMs, 99), 1),
    fixed(r.latenciesMs.at(-1) ?? NaN, 1),
    fixed(mean(r.latenciesMs), 1),
    fixed(percentile(r.triggerMs, 50), 1),
    r.background ? fixed(r.background.ok2xx / r.background.elapsedS, 0) : '–',
    fixed(r.cpu.server),
    fixed(r.cpu.other),
    fixed(r.benchLoopDelayP99Ms, 1),
  ]);
  return table(header, rows, 2);
}

function stageTable(results: readonly PhaseResult[]): string {
  const header = ['database', 'phase', 'sampled', ...STAGES.map((stage) => `${stage} p50 / p90 ms`)];
  const rows = results.map((r) => [
    r.database,
    r.phase,
    String(r.stages.sampled),
    ...STAGES.map((stage) => `${fixed(percentile(r.stages.stagesMs[stage], 50))} / ${fixed(percentile(r.stages.stagesMs[stage], 90))}`),
  ]);
  return table(header, rows, 2);
}

function targetLines(results: readonly PhaseResult[]): { line: string; met: boolean }[] {
  const lines: { line: string; met: boolean }[] = [];
  for (const r of results) {
    const [p, target] = r.phase === 'idle' ? [50, TARGETS.idleP50Ms] : [99, TARGETS.loadP99Ms];
    const value = percentile(r.latenciesMs, p);
    const complete = r.missing === 0 && r.pages > 0;
    const met = complete && value <= target;
    const verdict = met
      ? `met, ${fixed(target - value, 1)} ms to spare`
      : !complete
        ? `MISSED: ${r.missing} of ${r.accepted} incidents never paged`
        : `MISSED by ${fixed(value - target, 1)} ms (${((value / target - 1) * 100).toFixed(0)}% over)`;
    lines.push({ line: `${r.database}, ${r.phase}: p${p} ${fixed(value, 1)} ms (target ≤ ${target} ms: ${verdict})`, met });
  }
  return lines;
}

function checkLines(runs: readonly DatabaseRun[]): { lines: string[]; ok: boolean } {
  let ok = true;
  const lines: string[] = [];
  for (const run of runs) {
    if (run.error) {
      ok = false;
      lines.push(`${run.database}: FAILED: ${run.error}`);
    }
    for (const r of run.results) {
      if (r.problems.length > 0 || r.accepted !== r.triggers) ok = false;
      const bg = r.background
        ? `; background ${fixed(r.background.ok2xx)} triggers answered 2xx in ${fixed(r.background.elapsedS, 1)} s (${fixed(r.background.ok2xx / r.background.elapsedS, 0)}/s, target rate ${BACKGROUND_RATE}/s), p50 ${fixed(percentile(r.background.latenciesMs, 50), 1)} ms, p99 ${fixed(percentile(r.background.latenciesMs, 99), 1)} ms`
        : '';
      lines.push(
        `${r.database}, ${r.phase}: ${r.problems.length === 0 ? 'ok' : 'PROBLEM'}; ${r.accepted} of ${r.triggers} triggers answered 202, ${r.pages} paged; trigger 202 p99 ${fixed(percentile(r.triggerMs, 99), 1)} ms${bg}${r.problems.length > 0 ? `; ${r.problems.join('; ')}` : ''}`,
      );
    }
    if (run.details.receiver) lines.push(`${run.database}: receiver: ${run.details.receiver}`);
  }
  return { lines, ok };
}

async function main(): Promise<number> {
  const { out, facts, entry } = benchStart(quick);
  out(`Vigil alert → page latency${quick ? ' (quick)' : ''}: ${INCIDENTS} incidents per phase, ${GAP_MS} ms apart; background ${BACKGROUND_RATE} events/s`);
  for (const [name, value] of Object.entries(facts)) out(`  ${name}: ${value}`);

  const runs: DatabaseRun[] = [];
  const results: PhaseResult[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (wasInterrupted()) break;
    out();
    out(`${kind}: starting Vigil…`);
    const run = await benchDatabase(kind, entry, (result) => {
      results.push(result);
      out(resultTable([result]));
    });
    runs.push(run);
    if (run.error) process.stderr.write(`${kind}: ${run.error}\n`);
  }
  const loadAtEnd = loadAverage();
  const targets = targetLines(results);
  const checks = checkLines(runs);
  const logs = runs.flatMap((run) => (run.log ? processLogLines(`Vigil ${run.database}`, run.log) : []));

  out();
  out('Results: page received by the webhook receiver − trigger answered 202');
  out(resultTable(results));
  out();
  out(`Where the time goes: Vigil's own timestamps (ms) for up to ${STAGE_SAMPLE} incidents per phase`);
  out(stageTable(results));
  printList(out, 'Targets', targets.map((t) => t.line));
  printList(out, 'Checks', checks.lines);
  out();
  out(loadAverageLine(facts, loadAtEnd));
  printList(out, 'Server output (VIGIL_LOG_LEVEL=warn)', logs);

  if (!quick && !wasInterrupted()) {
    const markdown = [
      `# Alert → page latency, ${today()}`,
      '',
      `Vigil runs as its own process; the bench process sends \`POST /v2/enqueue\` triggers to a service whose escalation policy pages one user, whose only contact method is a webhook to a receiver in the bench process (notification rule \`after: 0m\`, webhooks unthrottled). Latency per incident: the receiver got the page request − the trigger got its 202. ${INCIDENTS} incidents per phase, each trigger ${GAP_MS} ms after the previous one's 202; under load, autocannon sends ${BACKGROUND_RATE} repeat triggers a second (${BACKGROUND_CONNECTIONS} connections, ${BACKGROUND_KEYS} dedup keys) to a service without a policy, from ${BACKGROUND_RAMP_MS / 1000} s before the first measured trigger until the last page. CPU columns are percent of one core over the phase; "bench loop delay" is how late this process's own event loop ran (it bounds how late a timestamp can be).`,
      '',
      resultTable(results),
      '',
      `## Where the time goes`,
      '',
      `Vigil's own records, read through the API after each phase for up to ${STAGE_SAMPLE} of its incidents spread over it: the incident's \`triggered_at\`, its page's \`at\` (\`GET /api/v1/incidents/{n}/pages\`), its delivery's \`created_at\`, the \`sending\` entry of its history and \`sent_at\` (\`GET /api/v1/incidents/{n}/deliveries\`). Millisecond resolution, Vigil's clock.`,
      '',
      stageTable(results),
      '',
      '## Targets',
      '',
      ...targets.map((t) => `- ${t.line}`),
      '',
      ...machineSection(facts, loadAtEnd),
      '## Databases',
      '',
      ...runs.map((run) => `- ${run.database}: ${Object.entries(run.details).filter(([k]) => k !== 'receiver').map(([k, v]) => `${k} ${v}`).join(', ')}`),
      '',
      ...checksAndOutput(checks.lines, logs),
    ].join('\n');
    out();
    out(`Written: ${writeResult('page-latency', markdown)}`);
  }
  return checks.ok ? 0 : 1;
}

await runMain(main);
