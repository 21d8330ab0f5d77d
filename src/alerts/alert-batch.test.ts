import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import type { VigilDatabase } from '../core/db/database.js';
import { createRuntime } from '../core/runtime.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import type { AlertBatch, AlertEvent } from './alert-event.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { racingAlertNodes, type RacingNodes } from '../test-support/racing-nodes.js';
import { listSeverities } from '../incidents/severities.js';
import { processBatch, processBatches, type EventOutcome, type IngestUnit } from './alert-processor.js';
import { AlertService } from './alert-service.js';
import { createIncidentEvents } from '../app/incident-events.js';

/**
 * A batch is written with a few statements for all its events, but must do exactly what its
 * events would do one at a time, in order: these tests pin that down, on both databases.
 */

const event = (dedupKey: string, action: AlertEvent['action'] = 'trigger', incidentKey: string | null = 'group-a', severity = 'critical', summary = `alert ${dedupKey}`): AlertEvent => ({
  action,
  dedupKey,
  dedupKeyGenerated: false,
  incidentKey,
  summary,
  severityHints: [severity],
  source: `host-${dedupKey}`,
  component: null,
  group: null,
  class: null,
  labels: { alertname: dedupKey, severity },
  details: { summary },
  links: [],
  images: [],
  occurredAt: null,
  client: 'test',
  clientUrl: null,
});
const batch = (events: AlertEvent[], complete = true): AlertBatch => ({ events, complete, title: null });

const CONFIG = `
services:
  - id: api
    name: API
    integrations:
      - { type: events_v2, key: api-key-00000001 }
      - { type: alertmanager, key: api-am-key-000001 }
  - id: manual
    name: Manual
    auto_resolve: false
    integrations:
      - { type: alertmanager, key: manual-am-key-001 }
`;

interface Setup {
  readonly database: TestDatabase;
  readonly clock: FakeClock;
  readonly service: AlertService;
}

async function setUp(dialect: (typeof DIALECTS)[number]): Promise<Setup> {
  const database = await createTestDatabase(dialect);
  await ensureDefaultSeverities(database.db);
  await applyYaml(database.db, dialect, CONFIG);
  const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
  return { database, clock, service: new AlertService(createRuntime(database, { clock }), createIncidentEvents(database.dialect)) };
}

async function ingest(setup: Setup, key: string, b: AlertBatch): Promise<EventOutcome[]> {
  const integration = await setup.service.integrationForKey(key);
  if (!integration) throw new Error(`no integration ${key}`);
  return setup.service.ingest(integration, b);
}

/** The stored dedup key carries a hash of the integration's (generated) id and the group key. */
const unscoped = (dedupKey: string) => dedupKey.replace(/@[0-9a-f]{16}$/, '@group');
const ungrouped = (outcome: EventOutcome) => ({ ...outcome, dedupKey: unscoped(outcome.dedupKey) });

/** Everything ingest writes, with generated ids replaced by incident numbers so two runs compare. */
async function snapshot(database: VigilDatabase) {
  const incidents = await database.db.selectFrom('incidents').selectAll().orderBy('number').execute();
  const numberOf = new Map(incidents.map((i) => [i.id, i.number]));
  const integrations = await database.db.selectFrom('integrations').select(['id', 'key']).execute();
  const plain = (text: string | null) => {
    let out = text ?? '';
    for (const [id, n] of numberOf) out = out.split(id).join(`#${n}`);
    for (const { id, key } of integrations) out = out.split(id).join(key);
    return out;
  };
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r).replace(/@[0-9a-f]{16}\b/g, '@group')).sort();
  const alerts = await database.db.selectFrom('alerts').selectAll().execute();
  const timeline = await database.db.selectFrom('timeline_entries').selectAll().execute();
  const jobs = await database.db.selectFrom('jobs').select(['kind', 'key', 'incident_id', 'run_at', 'status']).execute();
  return {
    incidents: incidents.map(({ id: _id, alert_group_key, ...rest }) => ({ ...rest, alert_group_key: plain(alert_group_key) })),
    alerts: sorted(alerts.map(({ id: _id, incident_id, integration_id, trail, ...rest }) => ({ ...rest, trail: plain(trail ?? ''), incident: incident_id === null ? null : numberOf.get(incident_id), integration: plain(integration_id) }))),
    timeline: sorted(timeline.map(({ incident_id, ...rest }) => ({ ...rest, incident: numberOf.get(incident_id) }))),
    jobs: sorted(jobs.map(({ incident_id, key, ...rest }) => ({ ...rest, key: plain(key), incident: incident_id === null ? null : numberOf.get(incident_id) }))),
  };
}

/** A deterministic mix of new alerts, repeats, duplicates within a batch, acks, resolves and severities. */
function scenario(): { key: string; batch: AlertBatch }[] {
  // mulberry32: small, seeded, and good enough in its low bits.
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
  const groups = ['group-a', 'group-b', null];
  const severities = ['critical', 'error', 'warning', 'info'];
  const out: { key: string; batch: AlertBatch }[] = [];
  for (let b = 0; b < 60; b += 1) {
    const key = random(4) === 0 ? 'manual-am-key-001' : 'api-am-key-000001';
    const group = groups[random(groups.length)] ?? null;
    const events: AlertEvent[] = [];
    const size = 1 + random(10);
    for (let e = 0; e < size; e += 1) {
      const roll = random(10);
      const action = roll < 6 ? 'trigger' : roll < 9 ? 'resolve' : 'acknowledge';
      const k = keys[random(keys.length)] as string;
      events.push(event(k, action, group, severities[random(severities.length)], `alert ${k} v${b}.${e}`));
    }
    out.push({ key, batch: batch(events, random(6) !== 0) });
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe(`alert batches on ${dialect}`, () => {
    const setups: Setup[] = [];
    afterEach(async () => {
      await Promise.all(setups.splice(0).map((s) => s.database.destroy()));
    });
    const fresh = async () => {
      const setup = await setUp(dialect);
      setups.push(setup);
      return setup;
    };

    it('writes exactly what its events write one at a time', async () => {
      const whole = await fresh();
      const single = await fresh();
      const wholeOutcomes: EventOutcome[] = [];
      const singleOutcomes: EventOutcome[] = [];
      for (const { key, batch: b } of scenario()) {
        whole.clock.advance(1_000);
        single.clock.advance(1_000);
        wholeOutcomes.push(...(await ingest(whole, key, b)));
        for (const e of b.events) singleOutcomes.push(...(await ingest(single, key, { ...b, events: [e] })));
      }
      expect(wholeOutcomes.map(ungrouped)).toEqual(singleOutcomes.map(ungrouped));
      // The scenario reaches every path.
      const results = new Set(wholeOutcomes.map((o) => o.result));
      expect([...results].sort()).toEqual(['acknowledged', 'attached', 'ignored', 'opened', 'resolved', 'updated']);
      const snapshotWhole = await snapshot(whole.database);
      expect(snapshotWhole).toEqual(await snapshot(single.database));
      const kinds = new Set(snapshotWhole.timeline.map((t) => (JSON.parse(t) as { kind: string }).kind));
      for (const kind of ['triggered', 'alert_added', 'alert_resolved', 'severity_changed', 'acknowledged', 'resolved']) expect(kinds).toContain(kind);
    });

    it('writes for messages processed together exactly what they write one after another', async () => {
      // Concurrent requests committed in one group are processed as one batch (AlertService).
      const together = await fresh();
      const apart = await fresh();
      const unitsOf = async (setup: Setup): Promise<IngestUnit[]> => {
        const units: IngestUnit[] = [];
        for (const { key, batch: b } of scenario()) {
          const integration = await setup.service.integrationForKey(key);
          if (!integration) throw new Error(`no integration ${key}`);
          // Ungrouped PagerDuty-style events from a second service's integration ride along.
          units.push({ integration, batch: b }, { integration: (await setup.service.integrationForKey('api-key-00000001'))!, batch: batch(b.events.slice(0, 2).map((e) => ({ ...e, incidentKey: null }))) });
        }
        return units;
      };
      const context = async (setup: Setup) => ({ dialect: setup.database.dialect, now: setup.clock.now(), severities: await listSeverities(setup.database.db), events: createIncidentEvents(setup.database.dialect) });
      const togetherUnits = await unitsOf(together);
      const togetherContext = await context(together);
      const togetherOutcomes = await together.database.db.transaction().execute((trx) => processBatches({ ...togetherContext, trx }, togetherUnits));
      const apartContext = await context(apart);
      const apartOutcomes: EventOutcome[][] = [];
      for (const unit of await unitsOf(apart)) {
        apartOutcomes.push(await apart.database.db.transaction().execute((trx) => processBatch({ ...apartContext, trx }, unit.integration, unit.batch)));
      }
      expect(togetherOutcomes).toEqual(apartOutcomes);
      expect(new Set(togetherOutcomes.flat().map((o) => o.result))).toEqual(new Set(['acknowledged', 'attached', 'ignored', 'opened', 'resolved', 'updated']));
      expect(await snapshot(together.database)).toEqual(await snapshot(apart.database));
    });

    it('answers each of many concurrent requests with its own outcome', async () => {
      const s = await fresh();
      // Sent at once, these are committed in one group; each trigger of key k opens or updates k.
      const sent = Array.from({ length: 40 }, (_, i) => ingest(s, 'api-key-00000001', batch([event(`k${i % 10}`, 'trigger', null)])));
      const outcomes = (await Promise.all(sent)).map((o) => o[0]);
      expect(outcomes.map((o) => o?.result)).toEqual(Array.from({ length: 40 }, (_, i) => (i < 10 ? 'opened' : 'updated')));
      const alerts = await s.database.db.selectFrom('alerts').select(['dedup_key', 'event_count']).orderBy('dedup_key').execute();
      expect(alerts).toEqual(Array.from({ length: 10 }, (_, i) => ({ dedup_key: `k${i}`, event_count: 4 })));
    });

    it('handles repeats, new alerts, duplicates and resolves mixed in one batch', async () => {
      const s = await fresh();
      await ingest(s, 'api-am-key-000001', batch([event('a'), event('b')]));
      s.clock.advance(1_000);
      const outcomes = await ingest(
        s,
        'api-am-key-000001',
        batch([event('a', 'trigger', 'group-a', 'critical', 'a again'), event('c'), event('b', 'resolve'), event('c', 'trigger', 'group-a', 'critical', 'c again'), event('d', 'resolve')]),
      );
      expect(outcomes.map((o) => o.result)).toEqual(['updated', 'attached', 'resolved', 'updated', 'ignored']);
      const alerts = await s.database.db.selectFrom('alerts').select(['dedup_key', 'status', 'summary', 'event_count']).orderBy('dedup_key').execute();
      expect(alerts.map((a) => ({ ...a, dedup_key: a.dedup_key.split('@')[0] }))).toEqual([
        { dedup_key: 'a', status: 'triggered', summary: 'a again', event_count: 2 },
        { dedup_key: 'b', status: 'resolved', summary: 'alert b', event_count: 2 },
        { dedup_key: 'c', status: 'triggered', summary: 'c again', event_count: 2 },
      ]);
      const incidents = await s.database.db.selectFrom('incidents').select(['id', 'status']).execute();
      expect(incidents).toHaveLength(1);
      expect(incidents[0]?.status).toBe('triggered');
      const timeline = await s.database.db.selectFrom('timeline_entries').select(['seq', 'kind', 'message']).orderBy('seq').execute();
      expect(timeline.map((t) => [t.seq, t.kind])).toEqual([
        [1, 'triggered'],
        [2, 'alert_added'],
        [3, 'alert_added'],
        [4, 'alert_resolved'],
      ]);
      expect(timeline[3]?.message).toBe('Alert resolved: alert b (2 alerts still open)');
    });

    it('resolves the incident mid-batch and opens a new one for a later trigger of the group', async () => {
      const s = await fresh();
      await ingest(s, 'api-am-key-000001', batch([event('a'), event('b')]));
      s.clock.advance(1_000);
      const outcomes = await ingest(s, 'api-am-key-000001', batch([event('a', 'resolve'), event('b', 'resolve'), event('a'), event('c')]));
      expect(outcomes.map((o) => o.result)).toEqual(['resolved', 'resolved', 'opened', 'attached']);
      const [first, second] = outcomes.map((o) => ('incidentNumber' in o ? o.incidentNumber : 0)).filter((n, i, all) => all.indexOf(n) === i);
      const incidents = await s.database.db.selectFrom('incidents').select(['number', 'status']).orderBy('number').execute();
      expect(incidents).toEqual([
        { number: first, status: 'resolved' },
        { number: second, status: 'triggered' },
      ]);
      const open = await s.database.db.selectFrom('alerts').select('dedup_key').where('status', '<>', 'resolved').execute();
      expect(open.map((a) => a.dedup_key.split('@')[0]).sort()).toEqual(['a', 'c']);
    });

    it('never resolves from a truncated message', async () => {
      const s = await fresh();
      await ingest(s, 'api-am-key-000001', batch([event('a'), event('b')]));
      const outcomes = await ingest(s, 'api-am-key-000001', batch([event('a', 'resolve'), event('b', 'resolve')], false));
      expect(outcomes.map((o) => o.result)).toEqual(['resolved', 'resolved']);
      const incident = await s.database.db.selectFrom('incidents').select('status').executeTakeFirstOrThrow();
      expect(incident.status).toBe('triggered');
      const last = await s.database.db.selectFrom('timeline_entries').select('message').orderBy('seq', 'desc').executeTakeFirstOrThrow();
      expect(last.message).toContain('the sender truncated its message');
    });

    it('takes a batch larger than one statement holds', async () => {
      const s = await fresh();
      const many = Array.from({ length: 3_000 }, (_, i) => event(`k${i}`));
      const opened = await ingest(s, 'api-am-key-000001', batch(many));
      expect(opened.filter((o) => o.result === 'opened')).toHaveLength(1);
      expect(opened.filter((o) => o.result === 'attached')).toHaveLength(2_999);
      const repeated = await ingest(s, 'api-am-key-000001', batch(many));
      expect(repeated.every((o) => o.result === 'updated')).toBe(true);
      const resolved = await ingest(s, 'api-am-key-000001', batch(many.map((e) => ({ ...e, action: 'resolve' as const }))));
      expect(resolved.every((o) => o.result === 'resolved')).toBe(true);
      const counts = await s.database.db
        .selectFrom('alerts')
        .select(['status', 'event_count', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['status', 'event_count'])
        .execute();
      expect(counts.map((c) => ({ ...c, n: Number(c.n) }))).toEqual([{ status: 'resolved', event_count: 3, n: 3_000 }]);
      const incident = await s.database.db.selectFrom('incidents').select(['id', 'status']).executeTakeFirstOrThrow();
      expect(incident.status).toBe('resolved');
      const seqs = await s.database.db.selectFrom('timeline_entries').select('seq').where('incident_id', '=', incident.id).orderBy('seq').execute();
      // triggered, 2,999 alert_added, 2,999 alert_resolved, then the incident's resolution.
      expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 6_000 }, (_, i) => i + 1));
    });
  });
}

describe('alert batches on several processes sharing PostgreSQL', () => {
  let nodes: RacingNodes | undefined;
  afterEach(async () => {
    await nodes?.close();
  });

  it('stores one incident and one alert per fingerprint when nodes race the same batches', async () => {
    nodes = await racingAlertNodes(CONFIG);
    const { database, services } = nodes;
    const integration = (await services[0]!.integrationForKey('api-am-key-000001'))!;
    // Two groups, each sent by every node twice at once: 100 fingerprints per group.
    const bodies = ['group-a', 'group-b'].map((group) => batch(Array.from({ length: 100 }, (_, i) => event(`fp${i}`, 'trigger', group))));
    const outcomes = (await Promise.all(services.flatMap((s) => bodies.flatMap((b) => [s.ingest(integration, b), s.ingest(integration, b)])))).flat();
    expect(outcomes).toHaveLength(1_200);
    expect(outcomes.filter((o) => o.result === 'opened')).toHaveLength(2);
    expect(outcomes.filter((o) => o.result === 'attached')).toHaveLength(198);
    expect(outcomes.filter((o) => o.result === 'updated')).toHaveLength(1_000);
    const alerts = await database.db.selectFrom('alerts').select(['event_count', 'status']).execute();
    expect(alerts).toHaveLength(200);
    expect(alerts.every((a) => a.event_count === 6 && a.status === 'triggered')).toBe(true);
    const incidents = await database.db.selectFrom('incidents').select(['id', 'number']).orderBy('number').execute();
    expect(incidents.map((i) => i.number)).toEqual([1, 2]);
    for (const incident of incidents) {
      const seqs = await database.db.selectFrom('timeline_entries').select('seq').where('incident_id', '=', incident.id).orderBy('seq').execute();
      expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    }
  });
});
