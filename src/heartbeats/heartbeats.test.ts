import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, TEST_PUBLIC_URL, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { observeCluster, PULSE_EVERY_MS } from './cluster-pulse.js';
import { PINGS_PER_MINUTE_PER_CLIENT } from './heartbeat-routes.js';

const ORG = `services:
  - { id: billing, name: Billing }
`;

interface HeartbeatView {
  id: string;
  state: string;
  url: string;
  last_ping_at: string | null;
  next_deadline: string | null;
  managed_by: string;
  interval: string;
  grace: string;
}

for (const dialect of DIALECTS) {
  describe(`heartbeats on ${dialect}`, () => {
    let t: TestApp;

    /** Moves the fake clock as a running cluster would live through it: a proof of life every 5 s. */
    const live = async (ms: number) => {
      let left = ms;
      while (left > 0) {
        const step = Math.min(PULSE_EVERY_MS, left);
        t.clock.advance(step);
        left -= step;
        await observeCluster(t.database.db, t.clock.now());
      }
      await t.engine.runDue();
    };
    const ping = async (hb: HeartbeatView, method: 'GET' | 'POST' = 'GET', payload?: unknown) => {
      const response = await t.app.inject({ method, url: new URL(hb.url).pathname, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ counted: boolean; state: string; reason: string }>();
    };
    const get = async (id: string) => (await t.request({ method: 'GET', url: `/api/v1/heartbeats/${id}` })).json<HeartbeatView>();
    const create = async (name: string, interval = '1m', grace = '30s') => {
      const response = await t.request({ method: 'POST', url: '/api/v1/heartbeats', payload: { service: 'billing', name, interval, grace } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<HeartbeatView>();
    };
    const incidents = async () => (await t.request({ method: 'GET', url: '/api/v1/incidents?limit=50' })).json<{ incidents: { number: number; title: string; status: string }[] }>().incidents;
    const openIncidents = async () => (await incidents()).filter((i) => i.status !== 'resolved');

    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, ORG);
      await observeCluster(t.database.db, t.clock.now());
    });
    afterAll(async () => t?.close());

    it('never misses before its first ping, arms on it, and a ping within the interval snoozes the deadline', async () => {
      const hb = await create('nightly-backup');
      expect(hb).toMatchObject({ state: 'inactive', managed_by: 'api', interval: '1m', grace: '30s', next_deadline: null });
      expect(hb.url.startsWith(`${TEST_PUBLIC_URL}/integrations/heartbeat/`)).toBe(true);
      await live(10 * 60_000);
      expect((await get(hb.id)).state).toBe('inactive');
      expect(await openIncidents()).toEqual([]);

      expect(await ping(hb)).toMatchObject({ counted: true, state: 'armed' });
      const armedAt = t.clock.now();
      expect((await get(hb.id)).next_deadline).toBe(new Date(armedAt + 90_000).toISOString());
      await live(60_000);
      expect(await ping(hb, 'POST')).toMatchObject({ counted: true, reason: 'deadline moved' });
      // The first deadline passes: its check finds the deadline moved and waits for the new one.
      await live(40_000);
      expect((await get(hb.id)).state).toBe('armed');
      expect(await openIncidents()).toEqual([]);
      const jobs = await t.database.db.selectFrom('jobs').select(['key', 'status']).where('kind', '=', 'hb.check').where('key', 'like', `hb:${hb.id}:%`).execute();
      expect(jobs).toContainEqual({ key: `hb:${hb.id}:${armedAt + 60_000 + 90_000}`, status: 'pending' });
      await t.request({ method: 'DELETE', url: `/api/v1/heartbeats/${hb.id}` });
    });

    it('opens an incident on its service when a ping is missed, and the next ping resolves it', async () => {
      const hb = await create('ledger-export');
      await ping(hb);
      const pingedAt = t.clock.now();
      await live(85_000);
      expect((await get(hb.id)).state).toBe('armed');
      await live(10_000);
      const missed = await get(hb.id);
      expect(missed.state).toBe('missing');
      const open = await openIncidents();
      expect(open).toHaveLength(1);
      expect(open[0]?.title).toBe(`No heartbeat from ledger-export since ${new Date(pingedAt).toISOString()}`);
      const alert = await t.database.db.selectFrom('alerts').selectAll().where('dedup_key', '=', `heartbeat:${hb.id}`).executeTakeFirstOrThrow();
      expect(alert).toMatchObject({ service_id: 'billing', status: 'triggered' });
      // Checks that run again (a lost lease) add nothing: one alert, one incident.
      await live(5 * 60_000);
      expect(await openIncidents()).toHaveLength(1);

      expect(await ping(hb)).toMatchObject({ counted: true, state: 'armed' });
      expect(await openIncidents()).toEqual([]);
      expect((await incidents()).find((i) => i.number === open[0]?.number)?.status).toBe('resolved');
      expect((await get(hb.id)).state).toBe('armed');
      await t.request({ method: 'PATCH', url: `/api/v1/heartbeats/${hb.id}`, payload: { paused: true } });
    });

    it('a paused heartbeat never misses; resuming gives it a full interval and grace from then', async () => {
      const hb = await create('report-mailer');
      await ping(hb);
      const paused = await t.request({ method: 'PATCH', url: `/api/v1/heartbeats/${hb.id}`, payload: { paused: true } });
      expect(paused.json()).toMatchObject({ state: 'paused', next_deadline: null });
      await live(30 * 60_000);
      expect((await get(hb.id)).state).toBe('paused');
      expect(await ping(hb)).toMatchObject({ counted: true, state: 'paused' });
      const resumed = await t.request({ method: 'PATCH', url: `/api/v1/heartbeats/${hb.id}`, payload: { paused: false } });
      expect(resumed.json()).toMatchObject({ state: 'armed', next_deadline: new Date(t.clock.now() + 90_000).toISOString() });
      expect(await openIncidents()).toEqual([]);
      await live(95_000);
      expect((await get(hb.id)).state).toBe('missing');
      await t.request({ method: 'PATCH', url: `/api/v1/heartbeats/${hb.id}`, payload: { paused: true } });
      expect(await openIncidents()).toEqual([]);
    });

    it('does not miss because Vigil itself was down: the deadline restarts from when the cluster came back', async () => {
      const hb = await create('queue-drain');
      await ping(hb);
      // Ten minutes with no node alive: no proof of life is written.
      t.clock.advance(10 * 60_000);
      const back = t.clock.now();
      await t.engine.runDue();
      expect((await get(hb.id))).toMatchObject({ state: 'armed', next_deadline: new Date(back + 90_000).toISOString() });
      expect(await openIncidents()).toEqual([]);
      await live(95_000);
      expect((await get(hb.id)).state).toBe('missing');
      await t.request({ method: 'PATCH', url: `/api/v1/heartbeats/${hb.id}`, payload: { paused: true } });
    });

    it('counts an Alertmanager message only when it holds a firing alert, and coalesces pings within a second', async () => {
      const hb = await create('prometheus-watchdog');
      const message = (status: 'firing' | 'resolved') => ({ version: '4', status, receiver: 'watchdog', groupKey: '{}:{alertname="Watchdog"}', alerts: [{ status, labels: { alertname: 'Watchdog' } }] });
      expect(await ping(hb, 'POST', message('resolved'))).toMatchObject({ counted: false, state: 'inactive' });
      expect(await ping(hb, 'POST', message('firing'))).toMatchObject({ counted: true, state: 'armed' });
      const first = (await get(hb.id)).last_ping_at;
      t.clock.advance(400);
      expect(await ping(hb)).toMatchObject({ counted: true, reason: 'within a second of the last ping' });
      expect((await get(hb.id)).last_ping_at).toBe(first);
      t.clock.advance(700);
      await ping(hb);
      expect((await get(hb.id)).last_ping_at).toBe(new Date(t.clock.now()).toISOString());
    });

    it('answers precise errors: unknown ping key, unknown service, bad durations', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/integrations/heartbeat/no-such-key' })).statusCode).toBe(404);
      const noService = await t.request({ method: 'POST', url: '/api/v1/heartbeats', payload: { service: 'nope', name: 'x', interval: '1m' } });
      expect(noService.statusCode).toBe(422);
      expect(noService.json<{ message: string }>().message).toContain('no service "nope"');
      const badInterval = await t.request({ method: 'POST', url: '/api/v1/heartbeats', payload: { service: 'billing', name: 'x', interval: 'soon' } });
      expect(badInterval.statusCode).toBe(400);
      expect(badInterval.json<{ message: string }>().message).toContain('body.interval');
      expect((await t.request({ method: 'PATCH', url: '/api/v1/heartbeats/hb_missing', payload: { paused: true } })).statusCode).toBe(404);
    });

    it('slows a client that floods ping addresses, whatever keys it tries', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < PINGS_PER_MINUTE_PER_CLIENT + 1; i += 1) {
        statuses.push((await t.app.inject({ method: 'GET', url: `/integrations/heartbeat/guess-${i}`, remoteAddress: '203.0.113.9' })).statusCode);
      }
      expect(statuses.slice(0, -1).every((s) => s === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    }, 60_000);
  });
}
