/**
 * The escalation engine's timing and on-call resolution speed:
 *   1. lateness of due jobs (start time − due time, p50/p99/max) with 10,000 pending timers spread
 *      over the next 20 s, on SQLite and PostgreSQL, with the real clock and the real worker loop;
 *   2. how long it takes to answer "who is on call now" for 500 schedules: the pure resolver alone,
 *      and loading the schedules from the database plus resolving.
 *
 *   npx tsx bench/engine.ts           # full run; writes bench/results/engine-<date>.md
 *   npx tsx bench/engine.ts --quick   # 1,000 timers over 3 s, 50 schedules; writes nothing
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRuntime } from '../src/core/runtime.js';
import { newId } from '../src/core/ids.js';
import { Engine } from '../src/engine/engine.js';
import { JOB_KINDS } from '../src/engine/job-catalogue.js';
import { onCallAt } from '../src/oncall/schedule-resolver.js';
import { loadSchedules } from '../src/oncall/schedule-store.js';
import type { ScheduleDefinition } from '../src/oncall/schedule-types.js';
import { createTestDatabase, type TestDatabase } from '../src/test-support/databases.js';
import { gitCommit, loadAverage } from './support/machine-facts.js';
import { ROOT } from './support/paths.js';
import { writeResult } from './support/report.js';

const quick = process.argv.includes('--quick');
const TIMERS = quick ? 1_000 : 10_000;
const SPREAD_MS = quick ? 3_000 : 20_000;
const SCHEDULES = quick ? 50 : 500;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function lateness(dialect: 'sqlite' | 'postgres') {
  const dir = mkdtempSync(join(os.tmpdir(), 'vigil-bench-engine-'));
  let database: TestDatabase | undefined;
  try {
    database = await createTestDatabase(dialect, dialect === 'sqlite' ? { file: join(dir, 'engine.db') } : {});
    const runtime = createRuntime(database);
    const late: number[] = [];
    const engine = new Engine(runtime, { batchSize: 200, ...(dialect === 'postgres' ? { listenUrl: database.url } : {}) }).register('escalation.step', async ({ job }) => {
      late.push(Date.now() - job.run_at);
    });
    // Written in one go, as a storm of incidents would leave them.
    const start = Date.now() + 2_000;
    const now = Date.now();
    const rows = Array.from({ length: TIMERS }, (_, i) => ({
      id: newId('job'),
      kind: 'escalation.step',
      key: `bench:${i}`,
      payload: JSON.stringify({ incidentId: `inc_${i}`, round: 1, level: 1 }),
      incident_id: null,
      run_at: start + Math.floor(Math.random() * SPREAD_MS),
      status: 'pending' as const,
      attempts: 0,
      max_attempts: 3,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    }));
    for (let i = 0; i < rows.length; i += 500) await database.db.insertInto('jobs').values(rows.slice(i, i + 500)).execute();
    for (const kind of JOB_KINDS) if (kind !== 'escalation.step') engine.register(kind, async () => {});
    await engine.start();
    const deadline = start + SPREAD_MS + 10_000;
    while (late.length < TIMERS && Date.now() < deadline) await sleep(100);
    await engine.stop();
    const sorted = [...late].sort((a, b) => a - b);
    return { dialect, jobs: late.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
  } finally {
    await database?.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

function randomSchedule(i: number): ScheduleDefinition {
  const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'];
  const users = Array.from({ length: 2 + (i % 5) }, (_, n) => `user-${(i * 7 + n) % 300}`);
  return {
    id: `schedule-${i}`,
    timeZone: zones[i % zones.length] as string,
    layers: [
      { id: `l1-${i}`, name: null, rotation: { kind: 'weekly' }, start: '2025-01-06', handoff: '09:00', participants: users, restrictions: [], endsAt: null },
      {
        id: `l2-${i}`,
        name: null,
        rotation: { kind: 'daily' },
        start: '2025-03-01',
        handoff: '18:00',
        participants: [...users].reverse(),
        restrictions: [{ days: ['saturday', 'sunday'], from: '08:00', to: '20:00' }],
        endsAt: null,
      },
    ],
    overrides: [{ id: `o-${i}`, userId: 'user-1', start: Date.parse('2026-11-26T00:00:00Z'), end: Date.parse('2026-11-27T00:00:00Z') }],
  };
}

async function resolution() {
  const schedules = Array.from({ length: SCHEDULES }, (_, i) => randomSchedule(i));
  const at = Date.parse('2026-12-05T13:30:00Z');
  for (const s of schedules) onCallAt(s, at);
  const pureRuns: number[] = [];
  for (let run = 0; run < 20; run += 1) {
    const t0 = performance.now();
    for (const s of schedules) onCallAt(s, at);
    pureRuns.push(performance.now() - t0);
  }
  const database = await createTestDatabase('sqlite');
  try {
    const now = Date.now();
    await database.db.insertInto('schedules').values(schedules.map((s) => ({ id: s.id, name: s.id, description: null, team_id: null, time_zone: s.timeZone, created_at: now, updated_at: now }))).execute();
    const layers = schedules.flatMap((s) =>
      s.layers.map((l, position) => ({
        id: l.id,
        schedule_id: s.id,
        position: position + 1,
        name: null,
        rotation_kind: l.rotation.kind,
        rotation_every: null,
        start: l.start,
        handoff: l.handoff,
        participants: JSON.stringify(l.participants),
        restrictions: JSON.stringify(l.restrictions),
        ends_at: null,
      })),
    );
    for (let i = 0; i < layers.length; i += 200) await database.db.insertInto('schedule_layers').values(layers.slice(i, i + 200)).execute();
    const loadRuns: number[] = [];
    for (let run = 0; run < 10; run += 1) {
      const t0 = performance.now();
      const loaded = await loadSchedules(database.db, schedules.map((s) => s.id), { from: at, to: at + 1 });
      for (const s of loaded.values()) onCallAt(s, at);
      loadRuns.push(performance.now() - t0);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    return { schedules: SCHEDULES, pureMs: median(pureRuns), loadAndResolveMs: median(loadRuns) };
  } finally {
    await database.destroy();
  }
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, commit ${gitCommit()}, load average (1 / 5 / 15 min) at start ${loadAverage()}`;
console.log(`machine: ${machine}`);
const timing = [await lateness('sqlite'), await lateness('postgres')];
const oncall = await resolution();
console.log(`load average (1 / 5 / 15 min) at end: ${loadAverage()}`);
const table = [
  `| database | due jobs | started | p50 late (ms) | p99 late (ms) | max late (ms) |`,
  `|:--|--:|--:|--:|--:|--:|`,
  ...timing.map((r) => `| ${r.dialect} | ${TIMERS} | ${r.jobs} | ${r.p50} | ${r.p99} | ${r.max} |`),
  '',
  `| schedules | who is on call, resolver only (ms) | load from SQLite + resolve (ms) |`,
  `|--:|--:|--:|`,
  `| ${oncall.schedules} | ${oncall.pureMs.toFixed(2)} | ${oncall.loadAndResolveMs.toFixed(2)} |`,
].join('\n');
console.log(table);
if (!quick) {
  const file = writeResult('engine', `# Engine benchmark\n\n${machine}, at end ${loadAverage()}\n\n${TIMERS} timers due over ${SPREAD_MS / 1000} s.\n\n${table}\n`);
  console.log(`written to ${join(ROOT, file)}`);
}
if (timing.some((r) => r.jobs !== TIMERS)) {
  console.error('not every timer ran');
  process.exitCode = 1;
}
