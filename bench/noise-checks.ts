/**
 * The per-event cost of noise control's checks on the ingest path, in process: the same stream
 * of single-event messages (as PagerDuty's Events API sends them, 50 in flight) through the
 * alert service, first with no routes and no holds, then with 50 routing rules on the
 * integration and 100 silence-like holds in force, none of which match (the common case: every
 * event pays for every check and is still opened). Both databases; printed, nothing written.
 *
 *   npx tsx bench/noise-checks.ts            # 4,000 events per run, 3 rounds each
 *   npx tsx bench/noise-checks.ts --quick    # 1,000 events, 1 round
 *
 * Target (NOISE.md §7): within 10 % of the run without them.
 */
import type { Kysely } from 'kysely';
import type { AlertEvent } from '../src/alerts/alert-event.js';
import { AlertService } from '../src/alerts/alert-service.js';
import type { HoldRules, HoldSource } from '../src/alerts/holds.js';
import { compileMatchers, matchesAll, type Matcher } from '../src/alerts/matchers.js';
import { createIncidentEvents } from '../src/app/incident-events.js';
import { FakeClock } from '../src/core/clock.js';
import type { Schema } from '../src/core/db/schema.js';
import { createRuntime } from '../src/core/runtime.js';
import { ensureDefaultSeverities } from '../src/incidents/severities.js';
import { alertEvent } from '../src/test-support/alert-events.js';
import { applyYaml } from '../src/test-support/config.js';
import { createTestDatabase, DIALECTS } from '../src/test-support/databases.js';

const quick = process.argv.includes('--quick');
const EVENTS = quick ? 1_000 : 4_000;
const ROUNDS = quick ? 1 : 3;
const IN_FLIGHT = 50;
const ROUTES = 50;
const SILENCES = 100;

function config(withRoutes: boolean): string {
  const lines = ['services:', '  - id: bench', '    name: Bench', '    integrations:', '      - type: events_v2', '        key: bench-noise-key-0001'];
  if (withRoutes) {
    lines.push('        routes:');
    for (let r = 0; r < ROUTES; r++) {
      // Each rule an exact label and a regex, as label-based routing is written; none matches the bench's alerts.
      lines.push(`          - match: [{ field: labels.team, op: '=', value: team-${r} }, { field: labels.alertname, op: '=~', value: '(?i)route-${r}-.*' }]`, '            service: other');
    }
  }
  lines.push('  - id: other', '    name: Other');
  return `${lines.join('\n')}\n`;
}

/** 100 silences as matcher lists, tested one after another as a plain silence source would. */
class SilencesEquivalent implements HoldSource {
  readonly name = 'bench-silences';
  async load(_db: Kysely<Schema>, _now: number): Promise<HoldRules> {
    const lists = Array.from({ length: SILENCES }, (_, s) =>
      compileMatchers([
        { field: 'labels.instance', op: '=~', value: `db-${s}-[0-9]+` },
        { field: 'labels.env', op: '=', value: 'staging' },
      ] satisfies Matcher[]),
    );
    return {
      holdFor: (_serviceId, event) => {
        for (const [s, list] of lists.entries()) if (matchesAll(list, event)) return { kind: 'silenced', ref: `sil_${s}`, label: 'bench', until: null };
        return null;
      },
    };
  }
}

async function run(dialect: 'sqlite' | 'postgres', withChecks: boolean): Promise<number> {
  const database = await createTestDatabase(dialect);
  try {
    await ensureDefaultSeverities(database.db);
    const applied = await applyYaml(database.db, dialect, config(withChecks));
    if (applied.errors.length > 0) throw new Error(JSON.stringify(applied.errors));
    const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
    const service = new AlertService(createRuntime(database, { clock }), createIncidentEvents(database.dialect), withChecks ? [new SilencesEquivalent()] : []);
    const integration = (await service.integrationForKey('bench-noise-key-0001'))!;
    const event = (n: number): AlertEvent =>
      alertEvent({ dedupKey: `k-${n}`, summary: `bench ${n}`, labels: { alertname: 'BenchAlert', instance: `web-${n % 50}`, env: 'prod', team: 'payments' } });
    // Warm up: statement caches, the integration and hold caches.
    for (let n = 0; n < 100; n++) await service.ingest(integration, { events: [event(n)], complete: true, title: null });
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < EVENTS) {
          const n = next++;
          await service.ingest(integration, { events: [event(n)], complete: true, title: null });
        }
      }),
    );
    return EVENTS / ((performance.now() - started) / 1000);
  } finally {
    await database.destroy();
  }
}

async function main(): Promise<void> {
  const dialects = process.argv.includes('--sqlite') ? (['sqlite'] as const) : DIALECTS;
  for (const dialect of dialects) {
    const plain: number[] = [];
    const checked: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternated, so drift in the machine's load falls on both.
      plain.push(await run(dialect, false));
      checked.push(await run(dialect, true));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const a = mean(plain);
    const b = mean(checked);
    console.log(`${dialect}: without routes or holds ${a.toFixed(0)} events/s; with ${ROUTES} routes and ${SILENCES} silence-equivalent holds ${b.toFixed(0)} events/s (${((b / a - 1) * 100).toFixed(1)} %)`);
  }
}

await main();
