import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import type { JobRow } from '../core/db/schema.js';
import { alertEvent } from '../test-support/alert-events.js';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import type { AlertEvent } from './alert-event.js';
import { AlertService } from './alert-service.js';
import { decodeTrail } from './decision-trail.js';
import { holdReleaseHandler } from './hold-release.js';
import { bumpNoiseRevision, type Hold, type HoldSource } from './holds.js';

const CONFIG = `
services:
  - id: db
    name: Databases
    flapping: { threshold: 2, window: 10m }
    integrations:
      - type: alertmanager
        key: shared-am-key-0001
        routes:
          - match: [{ field: labels.team, op: '=', value: web }]
            service: web
          - match: [{ field: labels.team, op: '=~', value: 'data|db' }]
            service: db
            continue: true
          - match: [{ field: labels.alertname, op: '=~', value: '(?i)disk.*' }]
            service: storage
            severity: SEV-1
  - id: web
    name: Web
    storm_limit: 5
    integrations:
      - { type: events_v2, key: web-events-key-001 }
  - id: storage
    name: Storage
    grouping: { by: [component] }
    integrations:
      - { type: events_v2, key: storage-events-key }
`;

/** A silence-like hold for tests: alerts whose `labels.env` is named are held until `until`. */
class TestHolds implements HoldSource {
  readonly name = 'test';
  loads = 0;
  holds: { env: string; hold: Hold }[] = [];
  async load(_db: Kysely<Schema>, _now: number) {
    this.loads += 1;
    const holds = [...this.holds];
    return {
      holdFor: (_serviceId: string, event: AlertEvent, now: number) => holds.find((h) => event.labels.env === h.env && (h.hold.until === null || now < h.hold.until))?.hold ?? null,
    };
  }
}

const MIN = 60_000;

for (const dialect of DIALECTS) {
  describe(`the noise pipeline on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
    });

    const setUp = async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      const holds = new TestHolds();
      const service = new AlertService(t.runtime, t.events, [holds]);
      const app = t;
      const send = async (key: string, ...events: AlertEvent[]) => {
        const integration = await service.integrationForKey(key);
        if (!integration) throw new Error(`no integration ${key}`);
        return (await service.ingest(integration, { events, complete: true, title: null })).map((o) => ('incidentNumber' in o ? `${o.result} #${o.incidentNumber}` : o.result));
      };
      const alerts = (dedupKey: string) => app.database.db.selectFrom('alerts').selectAll().where('dedup_key', '=', dedupKey).orderBy('first_seen_at').orderBy('id').execute();
      const trailOf = async (dedupKey: string, serviceId?: string) => {
        const rows = (await alerts(dedupKey)).filter((r) => serviceId === undefined || r.service_id === serviceId);
        return rows.map((r) => decodeTrail(r.trail ?? '').map((e) => e.code + (e.arg ? `:${e.arg}` : '')).join(' '));
      };
      const bump = () => app.database.db.transaction().execute((trx) => bumpNoiseRevision(trx, app.clock.now()));
      const release = (ref: string, at: number) =>
        app.database.db.transaction().execute((trx) =>
          holdReleaseHandler({ runtime: app.runtime, events: app.events, holdSources: [holds] })({ trx, payload: { ref, at }, job: {} as JobRow, now: app.clock.now() }),
        );
      return { t: app, holds, service, send, alerts, trailOf, bump, release, db: app.database.db };
    };

    it('routes by labels: first match wins, continue fans out, unmatched stays, and ack/resolve follow their trigger', async () => {
      const { send, alerts, trailOf } = await setUp();
      const am = (key: string, labels: Record<string, string>, fields: Partial<AlertEvent> = {}) => alertEvent({ dedupKey: key, summary: key, labels, ...fields });
      expect(await send('shared-am-key-0001', am('a', { team: 'web' }), am('b', { team: 'db', alertname: 'DiskFull' }), am('c', { team: 'ops' }))).toEqual(['opened #1', 'opened #2', 'opened #4']);
      const services = async (key: string) => (await alerts(key)).map((r) => `${r.service_id}:${r.severity_id}`).sort();
      expect(await services('a')).toEqual(['web:SEV-1']);
      // Rule 2 continues, rule 3 also matches: one alert per service; rule 3 sets the severity.
      expect(await services('b')).toEqual(['db:SEV-1', 'storage:SEV-1']);
      expect(await services('c')).toEqual(['db:SEV-1']);
      expect(await trailOf('a')).toEqual(['R:1 O']);
      expect((await trailOf('b', 'db'))[0]).toBe('R:2 O');
      expect((await trailOf('b', 'storage'))[0]).toBe('R:3 O');
      expect(await trailOf('c')).toEqual(['R:0 O']);
      // A resolve carries no labels: it follows the trigger to every service it went to.
      expect(await send('shared-am-key-0001', alertEvent({ action: 'resolve', dedupKey: 'b' }), alertEvent({ action: 'acknowledge', dedupKey: 'a' }))).toEqual(['resolved #2', 'acknowledged #1']);
      expect((await alerts('b')).map((r) => r.status)).toEqual(['resolved', 'resolved']);
      expect((await alerts('a'))[0]?.status).toBe('acknowledged');
    });

    it('records a held alert as suppressed with no incident, counts its repeats, and reloads holds only when the revision moves', async () => {
      const { t, holds, send, alerts, trailOf, bump } = await setUp();
      const staging = (key: string) => alertEvent({ dedupKey: key, labels: { env: 'staging' } });
      expect(await send('web-events-key-001', staging('s1'))).toEqual(['opened #1']);
      const loads = holds.loads;
      holds.holds.push({ env: 'staging', hold: { kind: 'silenced', ref: 'sil_1', label: 'upgrade', until: t.clock.now() + 60 * MIN } });
      // Not yet: the revision has not moved, so the cached rules are used.
      expect(await send('web-events-key-001', staging('s2'))).toEqual(['opened #2']);
      expect(holds.loads).toBe(loads);
      await bump();
      expect(await send('web-events-key-001', staging('s3'), staging('s3'), staging('s3'))).toEqual(['suppressed', 'suppressed', 'suppressed']);
      expect(holds.loads).toBe(loads + 1);
      const [row] = await alerts('s3');
      expect(row).toMatchObject({ status: 'suppressed', incident_id: null, held_by: 'sil_1', event_count: 3 });
      expect(await trailOf('s3')).toEqual(['S']);
      // Acknowledging a held alert does nothing; resolving it ends it without a page.
      expect(await send('web-events-key-001', alertEvent({ action: 'acknowledge', dedupKey: 's3' }))).toEqual(['suppressed']);
      expect(await send('web-events-key-001', alertEvent({ action: 'resolve', dedupKey: 's3' }))).toEqual(['suppressed']);
      expect((await alerts('s3'))[0]).toMatchObject({ status: 'resolved', incident_id: null });
      expect(await trailOf('s3')).toEqual(['S V']);
      expect(await t.database.db.selectFrom('incidents').select('number').execute()).toHaveLength(2);
    });

    it('releases still-firing held alerts exactly once when the hold ends, into another hold or into an incident', async () => {
      const { t, holds, send, alerts, trailOf, bump, release } = await setUp();
      const until = t.clock.now() + 30 * MIN;
      holds.holds.push({ env: 'prod', hold: { kind: 'maintenance', ref: 'mw_1:0', label: 'window', until } });
      holds.holds.push({ env: 'prod-b', hold: { kind: 'silenced', ref: 'sil_2', label: 'b', until } });
      await bump();
      expect(await send('web-events-key-001', alertEvent({ dedupKey: 'p1', labels: { env: 'prod' } }), alertEvent({ dedupKey: 'p2', labels: { env: 'prod' } }), alertEvent({ dedupKey: 'p3', labels: { env: 'prod' } }))).toEqual([
        'suppressed',
        'suppressed',
        'suppressed',
      ]);
      await send('web-events-key-001', alertEvent({ action: 'resolve', dedupKey: 'p3' }));
      // Released too early (the window was extended): nothing moves.
      holds.holds[0] = { env: 'prod', hold: { kind: 'maintenance', ref: 'mw_1:0', label: 'window', until: until + 60 * MIN } };
      t.clock.advance(31 * MIN);
      await release('mw_1:0', until);
      expect((await alerts('p1'))[0]).toMatchObject({ status: 'suppressed', held_by: 'mw_1:0' });
      // Now it ends; a silence still holds p2.
      holds.holds[0] = { env: 'prod', hold: { kind: 'maintenance', ref: 'mw_1:0', label: 'window', until } };
      holds.holds.push({ env: 'prod', hold: { kind: 'silenced', ref: 'sil_3', label: 'later', until: null } });
      holds.holds.reverse();
      // p2 is held by sil_3 after release; p1 is too (both have env prod): make p1 free by its own label.
      await t.database.db.updateTable('alerts').set({ labels: JSON.stringify({ env: 'prod-free' }) }).where('dedup_key', '=', 'p1').execute();
      await release('mw_1:0', until);
      expect((await alerts('p1'))[0]).toMatchObject({ status: 'triggered', held_by: null });
      expect((await alerts('p2'))[0]).toMatchObject({ status: 'suppressed', held_by: 'sil_3' });
      expect((await alerts('p3'))[0]).toMatchObject({ status: 'resolved', incident_id: null });
      expect(await trailOf('p1')).toEqual(['W L O']);
      expect(await trailOf('p2')).toEqual(['W L S']);
      // Run again (a lost lease): nothing is released twice.
      await release('mw_1:0', until);
      expect(await t.database.db.selectFrom('incidents').select('number').execute()).toHaveLength(1);
      expect(await trailOf('p1')).toEqual(['W L O']);
      // The released alert pages: its incident has its first escalation step written.
      const jobs = await t.database.db.selectFrom('jobs').select('key').execute();
      expect(jobs.map((j) => j.key).some((k) => k.startsWith('escalate:'))).toBe(true);
    });

    it('releases a large hold 1,000 alerts a run, then writes the run for the rest', async () => {
      const { t, holds, send, bump, release } = await setUp();
      holds.holds.push({ env: 'big', hold: { kind: 'silenced', ref: 'sil_big', label: 'big', until: t.clock.now() + MIN } });
      await bump();
      const events = Array.from({ length: 1_001 }, (_, i) => alertEvent({ dedupKey: `b${i}`, incidentKey: 'one-group', labels: { env: 'big' } }));
      expect(new Set(await send('web-events-key-001', ...events))).toEqual(new Set(['suppressed']));
      t.clock.advance(2 * MIN);
      await release('sil_big', t.clock.now() - MIN);
      const counts = await t.database.db.selectFrom('alerts').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').orderBy('status').execute();
      expect(counts.map((c) => `${c.status} ${Number(c.n)}`)).toEqual(['suppressed 1', 'triggered 1000']);
      const followUp = await t.database.db.selectFrom('jobs').select(['kind', 'key']).where('kind', '=', 'hold.release').execute();
      expect(followUp).toHaveLength(1);
      expect(followUp[0]?.key).toMatch(/^release:sil_big:\d+:alt_/);
      // The engine runs it (its hold sources are the app's: none hold anything now).
      await t.engine.runDue();
      expect(await t.database.db.selectFrom('alerts').select('id').where('status', '=', 'suppressed').execute()).toEqual([]);
      // One group, one incident for all 1,001.
      expect(await t.database.db.selectFrom('incidents').select('number').execute()).toHaveLength(1);
    });

    it('holds a flapping alert on one incident, joins its re-fires without paging, and resolves it once stable', async () => {
      const { t, send, alerts, trailOf } = await setUp();
      const fire = alertEvent({ dedupKey: 'f', summary: 'flappy', labels: { team: 'db' } });
      const resolve = alertEvent({ action: 'resolve', dedupKey: 'f' });
      const key = 'shared-am-key-0001';
      expect(await send(key, fire)).toEqual(['opened #1']);
      t.clock.advance(MIN);
      expect(await send(key, resolve)).toEqual(['resolved #1']);
      t.clock.advance(MIN);
      expect(await send(key, fire)).toEqual(['opened #2']);
      t.clock.advance(MIN);
      // The 2nd resolve within 10 minutes: 4 changes (2N) → flapping, and the incident stays open.
      expect(await send(key, resolve)).toEqual(['resolved #2']);
      const second = await t.database.db.selectFrom('incidents').select(['status', 'id']).where('number', '=', 2).executeTakeFirstOrThrow();
      expect(second.status).toBe('triggered');
      t.clock.advance(MIN);
      expect(await send(key, fire)).toEqual(['attached #2']);
      t.clock.advance(MIN);
      expect(await send(key, resolve)).toEqual(['resolved #2']);
      expect((await trailOf('f', 'db')).slice(1)).toEqual(['R:2 O V F', 'R:2 F A V']);
      const timeline = await t.database.db.selectFrom('timeline_entries').select('kind').where('incident_id', '=', second.id).orderBy('seq').execute();
      expect(timeline.map((e) => e.kind)).toContain('flapping_started');
      // Only one escalation chain was started for #2; no incident #3.
      expect(await t.database.db.selectFrom('incidents').select('number').execute()).toHaveLength(2);
      // Stable for 10 minutes after the last change: the settle job (snoozed once) resolves #2.
      t.clock.advance(11 * MIN);
      await t.engine.runDue();
      await t.engine.runDue();
      const after = await t.database.db.selectFrom('incidents').select('status').where('number', '=', 2).executeTakeFirstOrThrow();
      expect(after.status).toBe('resolved');
      const stopped = await t.database.db.selectFrom('timeline_entries').select('message').where('incident_id', '=', second.id).where('kind', '=', 'flapping_stopped').execute();
      expect(stopped[0]?.message).toContain('the incident resolves');
      expect((await alerts('f')).every((a) => a.status === 'resolved')).toBe(true);
    });

    it('lists alerts with filters and cursor paging, and explains one: trail, repeats and page outcomes', async () => {
      const { t, holds, send, bump } = await setUp();
      holds.holds.push({ env: 'staging', hold: { kind: 'silenced', ref: 'sil_9', label: 'upgrade', until: null } });
      await bump();
      await send('web-events-key-001', alertEvent({ dedupKey: 'held-1', summary: 'Staging disk full', labels: { env: 'staging' } }));
      t.clock.advance(1_000);
      await send('web-events-key-001', alertEvent({ dedupKey: 'live-1', summary: 'Checkout down' }));
      t.clock.advance(1_000);
      await send('web-events-key-001', alertEvent({ dedupKey: 'live-2', summary: 'Checkout slow' }));
      await send('web-events-key-001', alertEvent({ dedupKey: 'live-1', summary: 'Checkout down' }), alertEvent({ dedupKey: 'live-1', summary: 'Checkout down' }));
      // The service has no escalation policy: the first step says nobody was paged.
      await t.engine.runDue();

      const suppressed = (await t.request({ method: 'GET', url: '/api/v1/alerts?status=suppressed' })).json();
      expect(suppressed.alerts).toHaveLength(1);
      expect(suppressed.alerts[0]).toMatchObject({ dedup_key: 'held-1', status: 'suppressed', incident: null, held_by: 'sil_9', decision: { kind: 'silenced' } });

      const first = (await t.request({ method: 'GET', url: '/api/v1/alerts?service=web&limit=2' })).json();
      expect(first.alerts.map((a: { dedup_key: string }) => a.dedup_key)).toEqual(['live-2', 'live-1']);
      const second = (await t.request({ method: 'GET', url: `/api/v1/alerts?service=web&limit=2&cursor=${first.next_cursor}` })).json();
      expect(second.alerts.map((a: { dedup_key: string }) => a.dedup_key)).toEqual(['held-1']);
      expect(second.next_cursor).toBeNull();
      const found = (await t.request({ method: 'GET', url: '/api/v1/alerts?q=SLOW' })).json();
      expect(found.alerts.map((a: { dedup_key: string }) => a.dedup_key)).toEqual(['live-2']);
      expect((await t.request({ method: 'GET', url: '/api/v1/alerts?cursor=nonsense' })).statusCode).toBe(400);
      expect((await t.request({ method: 'GET', url: '/api/v1/alerts?status=sleeping' })).statusCode).toBe(400);

      const live = first.alerts[1] as { id: string };
      const detail = (await t.request({ method: 'GET', url: `/api/v1/alerts/${live.id}` })).json();
      expect(detail.incident).toMatchObject({ number: 1 });
      // The repeats and the escalation step happened at the same moment.
      expect(detail.decisions.map((d: { kind: string }) => d.kind)).toEqual(['opened', 'deduplicated', 'not_paged']);
      expect(detail.decisions[0].reason).toBe('Opened incident #1');
      expect(detail.decisions[1].reason).toContain('×2');
      expect(detail.decisions[2].reason).toContain('nobody was paged');
      const missing = await t.request({ method: 'GET', url: '/api/v1/alerts/alt_nope' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('VIGIL_ALERT_NOT_FOUND');
    });

    it('counts alerts past the storm limit on one storm incident and opens normally again below 90 %', async () => {
      const { t, send, trailOf, holds, bump } = await setUp();
      // Held alerts never count towards the cap.
      holds.holds.push({ env: 'quiet', hold: { kind: 'silenced', ref: 'sil_q', label: 'q', until: null } });
      await bump();
      const quiet = Array.from({ length: 8 }, (_, i) => alertEvent({ dedupKey: `q${i}`, labels: { env: 'quiet' } }));
      expect(new Set(await send('web-events-key-001', ...quiet))).toEqual(new Set(['suppressed']));
      const many = Array.from({ length: 8 }, (_, i) => alertEvent({ dedupKey: `w${i}`, summary: `web ${i}` }));
      const outcomes = await send('web-events-key-001', ...many);
      expect(outcomes).toEqual(['opened #1', 'opened #2', 'opened #3', 'opened #4', 'opened #5', 'opened #6', 'attached #6', 'attached #6']);
      const storm = await t.database.db.selectFrom('incidents').selectAll().where('number', '=', 6).executeTakeFirstOrThrow();
      expect(storm.title).toBe('Alert storm on Web');
      expect(await trailOf('w5')).toEqual(['C O']);
      expect(await trailOf('w7')).toEqual(['C A']);
      const row = await t.database.db.selectFrom('alert_storms').selectAll().where('service_id', '=', 'web').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'active', capped_count: 3, incident_id: storm.id });
      const view = (await t.request({ method: 'GET', url: '/api/v1/incidents/6/alerts' })).json();
      expect(view.storm).toMatchObject({ state: 'active', counted: 3, first_alert: { summary: 'web 5' }, last_alert: { summary: 'web 7' } });
      expect((await t.request({ method: 'GET', url: '/api/v1/incidents/1/alerts' })).json().storm).toBeUndefined();
      // 8 open; resolving 3 leaves 5 (≥ 90 % of 5): still capped.
      await send('web-events-key-001', ...['w0', 'w1', 'w2'].map((k) => alertEvent({ action: 'resolve', dedupKey: k })));
      expect(await send('web-events-key-001', alertEvent({ dedupKey: 'w8' }))).toEqual(['attached #6']);
      // Down to 4 open (< 4.5): normal opening resumes and the storm ends.
      await send('web-events-key-001', ...['w3', 'w4'].map((k) => alertEvent({ action: 'resolve', dedupKey: k })));
      expect(await send('web-events-key-001', alertEvent({ dedupKey: 'w9' }))).toEqual(['opened #7']);
      const ended = await t.database.db.selectFrom('alert_storms').select(['state', 'capped_count']).where('service_id', '=', 'web').executeTakeFirstOrThrow();
      expect(ended).toEqual({ state: 'ended', capped_count: 4 });
    });
  });
}
