import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readNoiseRevision } from '../alerts/holds.js';
import { hashSecret } from '../core/ids.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { alertEvent } from '../test-support/alert-events.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { maintenanceHoldSource } from './maintenance.js';
import { silenceHoldSource } from './silences.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.parse('2026-03-02T10:00:00Z');

async function seed(t: TestApp): Promise<void> {
  const db = t.database.db;
  const now = t.clock.now();
  await db.insertInto('users').values([{ id: 'alice', name: 'Alice', email: 'alice@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }]).execute();
  await db.insertInto('teams').values({ id: 'data', name: 'Data', description: null, created_at: now, updated_at: now }).execute();
  await db.insertInto('team_members').values({ team_id: 'data', user_id: 'alice', role: 'member', position: 0 }).execute();
  await db.insertInto('contact_methods').values({ id: 'cm_alice', user_id: 'alice', name: null, type: 'email', address: 'alice@example.com', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }).execute();
  await db.insertInto('escalation_policies').values({ id: 'platform', name: 'Platform', description: null, team_id: null, repeat: 0, created_at: now, updated_at: now }).execute();
  await db.insertInto('escalation_levels').values([
    { policy_id: 'platform', position: 1, escalate_after_ms: 30 * MINUTE, targets: JSON.stringify(['user:alice']) },
    { policy_id: 'platform', position: 2, escalate_after_ms: 30 * MINUTE, targets: JSON.stringify(['user:alice']) },
  ]).execute();
  await db.insertInto('services').values([
    { id: 'orders-db', name: 'Orders DB', description: null, team_id: 'data', created_at: now, updated_at: now, escalation_policy_id: 'platform' },
    { id: 'storefront', name: 'Storefront', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'platform' },
  ]).execute();
  await db.insertInto('integrations').values({ id: 'int_orders', service_id: 'orders-db', type: 'alertmanager', name: 'am', key: 'am-orders-key', key_hash: hashSecret('am-orders-key'), position: 0, created_at: now, rate_limit_per_minute: null, mapping: null }).execute();
  await db.insertInto('api_tokens').values({ id: 'tok_alice', name: 'alice', token_hash: hashSecret('token-of-alice-0123456789'), role: 'responder', user_id: 'alice', kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
}

for (const dialect of DIALECTS) {
  describe(`silences and maintenance windows on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      t.clock.set(T0);
      await seed(t);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
    });
    beforeEach(() => t.clock.set(T0));

    const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
      t.request({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
    const jobs = (kind: string) => t.database.db.selectFrom('jobs').select(['key', 'run_at', 'status']).where('kind', '=', kind).orderBy('key').execute();
    const declare = async (service: string) => {
      const response = await call('POST', '/api/v1/incidents', { title: `${service} broken`, service });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<IncidentView>();
    };

    it('makes a silence: audited, bumps the noise revision, and writes the release job for its end', async () => {
      const before = await readNoiseRevision(t.database.db);
      const response = await call('POST', '/api/v1/silences', { matchers: [{ field: 'labels.alertname', op: '=', value: 'HighLatency' }], duration: '2h', comment: 'Fixing the pool', services: ['orders-db'] });
      expect(response.statusCode, response.body).toBe(201);
      const silence = response.json<{ id: string; state: string; starts_at: string; ends_at: string }>();
      expect(silence).toMatchObject({ state: 'active', starts_at: new Date(T0).toISOString(), ends_at: new Date(T0 + 2 * HOUR).toISOString(), created_by: 'token:bootstrap-admin' });
      expect(response.headers.location).toBe(`/api/v1/silences/${silence.id}`);
      expect(await readNoiseRevision(t.database.db)).toBe(before + 1);
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${silence.id}:`))).toEqual([{ key: `release:${silence.id}:${T0 + 2 * HOUR}`, run_at: T0 + 2 * HOUR, status: 'pending' }]);
      const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity_type', '=', 'silence').execute();
      expect(audit).toEqual([{ action: 'silence.create', entity_id: silence.id }]);
      // What the pipeline sees, loaded from the stored row.
      const rules = await silenceHoldSource.load(t.database.db, T0);
      expect(rules.holdFor('orders-db', alertEvent({ labels: { alertname: 'HighLatency' } }), T0 + HOUR)).toEqual({ kind: 'silenced', ref: silence.id, label: 'Fixing the pool', until: T0 + 2 * HOUR });
      expect(rules.holdFor('storefront', alertEvent({ labels: { alertname: 'HighLatency' } }), T0 + HOUR)).toBeNull();
    });

    it('refuses a silence that would hold every alert (422), bad matchers, unknown services and bad times, saying what to change', async () => {
      const everything = await call('POST', '/api/v1/silences', { matchers: [{ field: 'labels.alertname', op: '=~', value: '.*' }], duration: '1h', comment: 'x' });
      expect(everything.statusCode).toBe(422);
      expect(everything.json()).toMatchObject({ code: 'VIGIL_UNPROCESSABLE', message: expect.stringMatching(/would hold every alert/) });
      const none = await call('POST', '/api/v1/silences', { matchers: [], duration: '1h', comment: 'x' });
      expect(none.statusCode).toBe(422);
      const field = await call('POST', '/api/v1/silences', { matchers: [{ field: 'hostname', op: '=', value: 'x' }], duration: '1h', comment: 'x' });
      expect(field.statusCode).toBe(422);
      expect(field.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe('body.matchers.0.field');
      const service = await call('POST', '/api/v1/silences', { matchers: [{ field: 'summary', op: '=', value: 'x' }], duration: '1h', comment: 'x', services: ['nope'] });
      expect(service.statusCode).toBe(422);
      expect(service.json()).toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND' });
      const backwards = await call('POST', '/api/v1/silences', { matchers: [{ field: 'summary', op: '=', value: 'x' }], starts_at: '2026-03-02T12:00:00Z', ends_at: '2026-03-02T11:00:00Z', comment: 'x' });
      expect(backwards.statusCode).toBe(422);
      expect(backwards.json<{ message: string }>().message).toMatch(/body.ends_at must be after starts_at/);
      const noEnd = await call('POST', '/api/v1/silences', { matchers: [{ field: 'summary', op: '=', value: 'x' }], comment: 'x' });
      expect(noEnd.statusCode).toBe(400);
      const long = await call('POST', '/api/v1/silences', { matchers: [{ field: 'summary', op: '=', value: 'x' }], duration: '400d', comment: 'x' });
      expect(long.statusCode).toBe(400);
    });

    it('lists silences by state with a cursor, and expires one early: ends now, releases now, audited', async () => {
      const make = async (startOffset: number, comment: string) => (await call('POST', '/api/v1/silences', { matchers: [{ field: 'labels.job', op: '=', value: comment }], starts_at: new Date(T0 + startOffset).toISOString(), duration: '3h', comment })).json<{ id: string }>();
      const pending = await make(HOUR, 'later');
      const a = await make(0, 'a');
      const b = await make(0, 'b');
      const listed = async (query: string) => (await call('GET', `/api/v1/silences?${query}`)).json<{ silences: { id: string; state: string }[]; next_cursor: string | null }>();
      expect((await listed('state=pending')).silences.map((s) => s.id)).toEqual([pending.id]);
      const active = (await listed('state=active')).silences;
      expect(active.length).toBe(3);
      const first = await listed('state=active&limit=2');
      expect(first.next_cursor).not.toBeNull();
      const second = await listed(`state=active&limit=2&cursor=${first.next_cursor}`);
      expect([...first.silences, ...second.silences].map((s) => s.id)).toEqual(active.map((s) => s.id));
      expect((await call('GET', `/api/v1/silences?state=expired&cursor=${first.next_cursor}`)).statusCode).toBe(400);

      t.clock.set(T0 + 30 * MINUTE);
      const expired = await call('DELETE', `/api/v1/silences/${a.id}`);
      expect(expired.statusCode, expired.body).toBe(200);
      expect(expired.json()).toMatchObject({ state: 'expired', ends_at: new Date(T0 + 30 * MINUTE).toISOString(), expired_by: 'token:bootstrap-admin' });
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${a.id}:`))).toEqual([
        { key: `release:${a.id}:${T0 + 30 * MINUTE}`, run_at: T0 + 30 * MINUTE, status: 'pending' },
        { key: `release:${a.id}:${T0 + 3 * HOUR}`, run_at: T0 + 3 * HOUR, status: 'cancelled' },
      ]);
      expect((await listed('state=expired')).silences.map((s) => s.id)).toEqual([a.id]);
      expect((await call('GET', `/api/v1/silences/${b.id}`)).json()).toMatchObject({ state: 'active' });
      expect((await call('GET', '/api/v1/silences/sil_00000000000000000000000000000000')).statusCode).toBe(404);
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', a.id).orderBy('at').execute();
      expect(audit.map((e) => e.action)).toEqual(['silence.create', 'silence.expire']);
      t.clock.set(T0);
    });

    it('extends a silence: the alerts it holds stay held past the old end and are let go at the new one; audited', async () => {
      const made = await call('POST', '/api/v1/silences', { matchers: [{ field: 'labels.alertname', op: '=', value: 'ReplicaLag' }], duration: '1h', comment: 'Rebuilding the replica', services: ['orders-db'] });
      const silence = made.json<{ id: string }>();
      const fire = await t.app.inject({
        method: 'POST', url: '/integrations/alertmanager/am-orders-key',
        payload: { version: '4', groupKey: '{}:{alertname="ReplicaLag"}', status: 'firing', receiver: 'vigil', groupLabels: { alertname: 'ReplicaLag' }, commonLabels: {}, commonAnnotations: {}, externalURL: 'http://am', truncatedAlerts: 0,
          alerts: [{ status: 'firing', labels: { alertname: 'ReplicaLag', instance: 'db-2' }, annotations: { summary: 'Replica lags' }, startsAt: '2026-03-02T09:59:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'lag-db-2' }] },
      });
      expect(fire.statusCode, fire.body).toBeLessThan(300);
      const alert = () => t.database.db.selectFrom('alerts').select(['status', 'held_by', 'incident_id']).where('labels', 'like', '%ReplicaLag%').executeTakeFirstOrThrow();
      expect(await alert()).toMatchObject({ status: 'suppressed', held_by: silence.id, incident_id: null });

      t.clock.set(T0 + 40 * MINUTE);
      const before = await readNoiseRevision(t.database.db);
      const extended = await call('PATCH', `/api/v1/silences/${silence.id}`, { duration: '3h', comment: 'Rebuilding the replica: slower than planned' });
      expect(extended.statusCode, extended.body).toBe(200);
      expect(extended.json()).toMatchObject({ state: 'active', starts_at: new Date(T0).toISOString(), ends_at: new Date(T0 + 3 * HOUR).toISOString(), comment: 'Rebuilding the replica: slower than planned' });
      expect(await readNoiseRevision(t.database.db)).toBe(before + 1);
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${silence.id}:`))).toEqual([
        { key: `release:${silence.id}:${T0 + HOUR}`, run_at: T0 + HOUR, status: 'cancelled' },
        { key: `release:${silence.id}:${T0 + 3 * HOUR}`, run_at: T0 + 3 * HOUR, status: 'pending' },
      ]);
      // Past the old end the alert is still held, and a new firing of the same kind is held too.
      t.clock.set(T0 + 2 * HOUR);
      await t.engine.runDue();
      expect(await alert()).toMatchObject({ status: 'suppressed', held_by: silence.id });
      // The same end again changes nothing and writes nothing.
      expect((await call('PATCH', `/api/v1/silences/${silence.id}`, { ends_at: new Date(T0 + 3 * HOUR).toISOString() })).statusCode).toBe(200);
      expect(await readNoiseRevision(t.database.db)).toBe(before + 1);
      // Sooner, but not now: the release moves with it.
      const sooner = await call('PATCH', `/api/v1/silences/${silence.id}`, { ends_at: new Date(T0 + 150 * MINUTE).toISOString() });
      expect(sooner.json()).toMatchObject({ ends_at: new Date(T0 + 150 * MINUTE).toISOString() });
      t.clock.set(T0 + 150 * MINUTE);
      await t.engine.runDue();
      expect(await alert()).toMatchObject({ status: 'triggered', held_by: null, incident_id: expect.any(String) });
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', silence.id).orderBy('at').execute();
      expect(audit.map((e) => e.action)).toEqual(['silence.create', 'silence.update', 'silence.update']);
      // An ended silence is not changed: a new one is made instead.
      const ended = await call('PATCH', `/api/v1/silences/${silence.id}`, { duration: '5h' });
      expect(ended.statusCode).toBe(409);
      expect(ended.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: expect.stringMatching(/ended at .*make a new one/) });
      t.clock.set(T0);
    });

    it('refuses a silence change that ends it now or too late, names no field, or asks for what it matches', async () => {
      const silence = (await call('POST', '/api/v1/silences', { matchers: [{ field: 'labels.alertname', op: '=', value: 'Refusals' }], duration: '1h', comment: 'x' })).json<{ id: string }>();
      const past = await call('PATCH', `/api/v1/silences/${silence.id}`, { ends_at: new Date(T0 - MINUTE).toISOString() });
      expect(past.statusCode).toBe(422);
      expect(past.json()).toMatchObject({ code: 'VIGIL_UNPROCESSABLE', message: expect.stringContaining('to end the silence now, expire it'), fields: [{ path: 'body.ends_at' }] });
      const tooLong = await call('PATCH', `/api/v1/silences/${silence.id}`, { ends_at: new Date(T0 + 400 * 24 * HOUR).toISOString() });
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.json().message).toContain('at most 366 days');
      const both = await call('PATCH', `/api/v1/silences/${silence.id}`, { ends_at: new Date(T0 + 2 * HOUR).toISOString(), duration: '2h' });
      expect(both.statusCode).toBe(400);
      expect((await call('PATCH', `/api/v1/silences/${silence.id}`, {})).statusCode).toBe(400);
      const matchers = await call('PATCH', `/api/v1/silences/${silence.id}`, { matchers: [{ field: 'labels.alertname', op: '=', value: 'Other' }] });
      expect(matchers.statusCode).toBe(400);
      expect((await call('PATCH', '/api/v1/silences/sil_00000000000000000000000000000000', { duration: '2h' })).statusCode).toBe(404);
      expect((await call('GET', `/api/v1/silences/${silence.id}`)).json()).toMatchObject({ ends_at: new Date(T0 + HOUR).toISOString(), comment: 'x' });
    });

    it('silences alerts like an incident\'s: = on the labels all its alerts share, on its service, with a preview', async () => {
      const send = async (labels: Record<string, string>) => {
        const response = await t.app.inject({
          method: 'POST', url: '/integrations/alertmanager/am-orders-key',
          payload: { version: '4', groupKey: '{}:{alertname="DiskFull"}', status: 'firing', receiver: 'vigil', groupLabels: { alertname: 'DiskFull' }, commonLabels: {}, commonAnnotations: {}, externalURL: 'http://am', truncatedAlerts: 0,
            alerts: [{ status: 'firing', labels, annotations: { summary: 'Disk full' }, startsAt: '2026-03-02T09:59:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: labels.instance }] },
        });
        expect(response.statusCode, response.body).toBeLessThan(300);
      };
      await send({ alertname: 'DiskFull', cluster: 'eu-1', instance: 'db-1' });
      await send({ alertname: 'DiskFull', cluster: 'eu-1', instance: 'db-2' });
      const incident = (await t.database.db.selectFrom('alerts').select('incident_id').where('dedup_key', 'like', '%').where('summary', '=', 'Disk full').executeTakeFirstOrThrow()).incident_id;
      const number = (await t.database.db.selectFrom('incidents').select('number').where('id', '=', incident).executeTakeFirstOrThrow()).number;
      const dry = await call('POST', `/api/v1/incidents/${number}/silence`, { duration: '2h', dry_run: true });
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({
        silence: { matchers: [{ field: 'labels.alertname', op: '=', value: 'DiskFull' }, { field: 'labels.cluster', op: '=', value: 'eu-1' }], services: ['orders-db'], ends_at: new Date(T0 + 2 * HOUR).toISOString(), comment: expect.stringMatching(/^Silenced from incident #\d+/) },
        preview: { matching: 2 },
      });
      expect((await t.database.db.selectFrom('silences').select('id').where('comment', 'like', 'Silenced from%').execute()).length).toBe(0);
      const made = await call('POST', `/api/v1/incidents/${number}/silence`, { duration: '2h', comment: 'disk being grown' });
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json()).toMatchObject({ comment: 'disk being grown', services: ['orders-db'] });
      const preview = await call('POST', '/api/v1/silences/preview', { matchers: [{ field: 'labels.instance', op: '=~', value: 'db-(1|3)' }] });
      expect(preview.json()).toMatchObject({ matching: 1, examples: [{ service: 'orders-db', summary: 'Disk full' }] });
      const declared = await declare('storefront');
      const noLabels = await call('POST', `/api/v1/incidents/${declared.number}/silence`, { duration: '1h' });
      expect(noLabels.statusCode).toBe(422);
      expect(noLabels.json<{ message: string }>().message).toMatch(/share no label/);
    });

    it('puts services in maintenance now: held by the occurrence, shown on the service and its incidents, jobs for both edges and the release', async () => {
      const open = await declare('orders-db');
      const response = await call('POST', '/api/v1/maintenance-windows', { services: ['orders-db'], duration: '1h', reason: 'Postgres upgrade' });
      expect(response.statusCode, response.body).toBe(201);
      const window = response.json<{ id: string; state: string; current_occurrence: { ref: string } }>();
      expect(window).toMatchObject({ state: 'active', pause_open: false, managed_by: 'api', current_occurrence: { ref: `${window.id}:${T0}` } });
      expect((await jobs('maint.boundary')).filter((j) => j.key.startsWith(`maint:${window.id}:`)).map((j) => [j.key, j.run_at])).toEqual([
        [`maint:${window.id}:${T0}:end`, T0 + HOUR],
        [`maint:${window.id}:${T0}:start`, T0],
      ]);
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${window.id}:`)).map((j) => j.key)).toEqual([`release:${window.id}:${T0}:${T0 + HOUR}`]);
      const rules = await maintenanceHoldSource.load(t.database.db, T0);
      expect(rules.holdFor('orders-db', alertEvent(), T0 + MINUTE)).toEqual({ kind: 'maintenance', ref: `${window.id}:${T0}`, label: 'Postgres upgrade', until: T0 + HOUR });
      const service = await call('GET', '/api/v1/services/orders-db/maintenance');
      expect(service.json()).toMatchObject({ in_maintenance: true, active: [window.id] });
      expect((await call('GET', '/api/v1/services/storefront/maintenance')).json()).toMatchObject({ in_maintenance: false, windows: [] });
      expect((await call('GET', `/api/v1/incidents/${open.number}`)).json()).toMatchObject({ maintenance: { window: window.id, reason: 'Postgres upgrade', ends_at: new Date(T0 + HOUR).toISOString() } });

      // Extending it moves the release; ending it (DELETE) releases now and removes it.
      const patched = await call('PATCH', `/api/v1/maintenance-windows/${window.id}`, { ends_at: new Date(T0 + 2 * HOUR).toISOString() });
      expect(patched.statusCode, patched.body).toBe(200);
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${window.id}:`)).map((j) => [j.key, j.status])).toEqual([
        [`release:${window.id}:${T0}:${T0 + HOUR}`, 'cancelled'],
        [`release:${window.id}:${T0}:${T0 + 2 * HOUR}`, 'pending'],
      ]);
      t.clock.set(T0 + 10 * MINUTE);
      expect((await call('DELETE', `/api/v1/maintenance-windows/${window.id}`)).statusCode).toBe(204);
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${window.id}:`) && j.status === 'pending').map((j) => j.run_at)).toEqual([T0 + 10 * MINUTE]);
      expect((await jobs('maint.boundary')).filter((j) => j.key.startsWith(`maint:${window.id}:`) && j.status === 'pending')).toEqual([]);
      expect((await call('GET', `/api/v1/maintenance-windows/${window.id}`)).statusCode).toBe(404);
      expect((await call('GET', `/api/v1/incidents/${open.number}`)).json()).toMatchObject({ maintenance: null });
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', window.id).orderBy('at').execute();
      expect(audit.map((e) => e.action)).toEqual(['maintenance_window.create', 'maintenance_window.update', 'maintenance_window.delete']);
      t.clock.set(T0);
    });

    it('answers 409 to edits of a window from vigil.yaml, and checks services, zones and lengths', async () => {
      const now = t.clock.now();
      await t.database.db.insertInto('maintenance_windows').values({ id: 'mw_cfg', services: '["orders-db"]', starts_at: now + HOUR, ends_at: now + 2 * HOUR, reason: 'r', repeat: null, time_zone: 'UTC', pause_open: 0, source: 'config', created_by: 'config', created_at: now, updated_at: now }).execute();
      const patch = await call('PATCH', '/api/v1/maintenance-windows/mw_cfg', { reason: 'other' });
      expect(patch.statusCode).toBe(409);
      expect(patch.json()).toMatchObject({ code: 'VIGIL_MANAGED_BY_CONFIG' });
      expect((await call('DELETE', '/api/v1/maintenance-windows/mw_cfg')).statusCode).toBe(409);
      expect((await call('POST', '/api/v1/maintenance-windows', { services: ['nope'], duration: '1h', reason: 'x' })).statusCode).toBe(422);
      const zone = await call('POST', '/api/v1/maintenance-windows', { services: ['orders-db'], duration: '1h', reason: 'x', repeat: 'weekly', time_zone: 'Mars/Base' });
      expect(zone.statusCode).toBe(400);
      expect(zone.json<{ message: string }>().message).toMatch(/body.time_zone "Mars\/Base" is not a time zone/);
      expect((await call('POST', '/api/v1/maintenance-windows', { services: ['orders-db'], duration: '8d', reason: 'x', repeat: 'weekly' })).statusCode).toBe(400);
      await t.database.db.deleteFrom('maintenance_windows').where('id', '=', 'mw_cfg').execute();
    });

    it('pause_open: an occurrence pauses the escalation open incidents wait for and resumes that step, with its time left, at the end', async () => {
      t.clock.set(T0 + 5 * HOUR);
      const start = t.clock.now();
      const incident = await declare('storefront');
      await t.engine.runDue();
      // Level 1 paged; level 2 is due 30 minutes later.
      const pending = async () => t.database.db.selectFrom('jobs').select(['key', 'run_at']).where('incident_id', '=', incident.id).where('kind', '=', 'escalation.step').where('status', '=', 'pending').execute();
      expect(await pending()).toEqual([{ key: `escalate:${incident.id}:1:2`, run_at: start + 30 * MINUTE }]);
      t.clock.advance(10 * MINUTE);
      const made = await call('POST', '/api/v1/maintenance-windows', { services: ['storefront'], starts_at: new Date(start + 20 * MINUTE).toISOString(), duration: '1h', reason: 'CDN swap', pause_open: true });
      expect(made.statusCode, made.body).toBe(201);
      await t.engine.runDue();
      // Not started yet: escalation untouched.
      expect(await pending()).toEqual([{ key: `escalate:${incident.id}:1:2`, run_at: start + 30 * MINUTE }]);
      t.clock.set(start + 20 * MINUTE);
      await t.engine.runDue();
      expect(await pending()).toEqual([]);
      const timeline = async () => ((await call('GET', `/api/v1/incidents/${incident.number}`)).json<IncidentView>().timeline ?? []).filter((e) => e.kind.startsWith('maintenance_')).map((e) => `${e.kind}: ${e.message}`);
      expect(await timeline()).toEqual([`maintenance_started: Maintenance started: CDN swap; escalation paused until ${new Date(start + 80 * MINUTE).toISOString()}`]);
      t.clock.set(start + 80 * MINUTE);
      await t.engine.runDue();
      // Resumed with the 10 minutes it had left.
      expect(await pending()).toEqual([{ key: `escalate:${incident.id}:1:2`, run_at: start + 90 * MINUTE }]);
      expect((await timeline())[1]).toBe(`maintenance_ended: Maintenance ended: CDN swap; escalation resumed (level 2 at ${new Date(start + 90 * MINUTE).toISOString()})`);
      t.clock.set(T0);
    });

    it('pause_open starting now pauses at once; ending the window early resumes at once', async () => {
      t.clock.set(T0 + 20 * HOUR);
      const start = t.clock.now();
      const incident = await declare('storefront');
      await t.engine.runDue();
      const pending = async () => t.database.db.selectFrom('jobs').select(['key', 'run_at']).where('incident_id', '=', incident.id).where('kind', '=', 'escalation.step').where('status', '=', 'pending').execute();
      const made = await call('POST', '/api/v1/maintenance-windows', { services: ['storefront'], duration: '4h', reason: 'Failover drill', pause_open: true });
      await t.engine.runDue();
      expect(await pending()).toEqual([]);
      t.clock.set(start + 50 * MINUTE);
      expect((await call('DELETE', `/api/v1/maintenance-windows/${made.json<{ id: string }>().id}`)).statusCode).toBe(204);
      // Level 2 was 30 minutes away when paused: it is 30 minutes away again.
      expect(await pending()).toEqual([{ key: `escalate:${incident.id}:1:2`, run_at: start + 80 * MINUTE }]);
      expect(await t.database.db.selectFrom('maintenance_paused').selectAll().execute()).toEqual([]);
    });

    it('without pause_open an open incident keeps its escalation', async () => {
      t.clock.set(T0 + 10 * HOUR);
      const incident = await declare('storefront');
      await t.engine.runDue();
      await call('POST', '/api/v1/maintenance-windows', { services: ['storefront'], duration: '1h', reason: 'quiet' });
      await t.engine.runDue();
      const pending = await t.database.db.selectFrom('jobs').select('key').where('incident_id', '=', incident.id).where('kind', '=', 'escalation.step').where('status', '=', 'pending').execute();
      expect(pending).toEqual([{ key: `escalate:${incident.id}:1:2` }]);
      t.clock.set(T0);
    });

    it('a weekly window writes each next occurrence at its end, at the same wall-clock time across a DST change', async () => {
      // Saturdays 02:00–03:00 in New York; clocks spring forward on Sunday 8 March 2026.
      t.clock.set(Date.parse('2026-03-06T12:00:00Z'));
      const made = await call('POST', '/api/v1/maintenance-windows', { services: ['orders-db'], starts_at: '2026-03-07T07:00:00Z', duration: '1h', reason: 'Patching', repeat: 'weekly', time_zone: 'America/New_York' });
      expect(made.statusCode, made.body).toBe(201);
      const id = made.json<{ id: string }>().id;
      const pendingEdges = async () => (await jobs('maint.boundary')).filter((j) => j.key.startsWith(`maint:${id}:`) && j.status === 'pending').map((j) => [j.key.split(':').slice(2).join(':'), new Date(Number(j.run_at)).toISOString()]);
      expect(await pendingEdges()).toEqual([[`${Date.parse('2026-03-07T07:00:00Z')}:end`, '2026-03-07T08:00:00.000Z'], [`${Date.parse('2026-03-07T07:00:00Z')}:start`, '2026-03-07T07:00:00.000Z']]);
      t.clock.set(Date.parse('2026-03-07T08:00:00Z'));
      await t.engine.runDue();
      const next = Date.parse('2026-03-14T06:00:00Z');
      expect(await pendingEdges()).toEqual([[`${next}:end`, '2026-03-14T07:00:00.000Z'], [`${next}:start`, '2026-03-14T06:00:00.000Z']]);
      expect((await jobs('hold.release')).filter((j) => j.key.startsWith(`release:${id}:${next}`)).map((j) => j.run_at)).toEqual([next + HOUR]);
      expect((await call('GET', `/api/v1/maintenance-windows/${id}`)).json()).toMatchObject({ state: 'scheduled', next_occurrence: { starts_at: '2026-03-14T06:00:00.000Z', ends_at: '2026-03-14T07:00:00.000Z' } });
      t.clock.set(T0);
    });
  });
}
