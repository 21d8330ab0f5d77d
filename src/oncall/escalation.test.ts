import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const MINUTE = 60_000;

/** alice and bob rotate weekly on `primary`; dana is level 2; `nights` has nobody by day. */
async function seed(t: TestApp, options: { repeat?: number } = {}): Promise<void> {
  const db = t.database.db;
  const now = t.clock.now();
  const user = (id: string) => ({ id, name: id, email: `${id}@example.com`, time_zone: 'UTC', role: 'responder' as const, created_at: now, updated_at: now });
  await db.insertInto('users').values(['alice', 'bob', 'dana', 'erin'].map(user)).execute();
  await db.insertInto('schedules').values([
    { id: 'primary', name: 'Primary', description: null, team_id: null, time_zone: 'UTC', created_at: now, updated_at: now },
    { id: 'nights', name: 'Nights', description: null, team_id: null, time_zone: 'UTC', created_at: now, updated_at: now },
  ]).execute();
  await db.insertInto('schedule_layers').values([
    { id: 'lay_primary', schedule_id: 'primary', position: 1, name: null, rotation_kind: 'weekly', rotation_every: null, start: '2026-01-05', handoff: '09:00', participants: JSON.stringify(['alice', 'bob']), restrictions: '[]', ends_at: null },
    { id: 'lay_nights', schedule_id: 'nights', position: 1, name: null, rotation_kind: 'daily', rotation_every: null, start: '2026-01-05', handoff: '22:00', participants: JSON.stringify(['erin']), restrictions: JSON.stringify([{ days: [], from: '22:00', to: '06:00' }]), ends_at: null },
  ]).execute();
  const policy = (id: string, levels: { targets: string[]; after: number }[], repeat = 0) => [
    () => db.insertInto('escalation_policies').values({ id, name: id, description: null, team_id: null, repeat, created_at: now, updated_at: now }).execute(),
    () => db.insertInto('escalation_levels').values(levels.map((l, i) => ({ policy_id: id, position: i + 1, escalate_after_ms: l.after, targets: JSON.stringify(l.targets) }))).execute(),
  ];
  for (const write of [
    ...policy('platform', [{ targets: ['schedule:primary'], after: 5 * MINUTE }, { targets: ['user:dana'], after: 10 * MINUTE }], options.repeat ?? 0),
    ...policy('with-gap', [{ targets: ['schedule:nights'], after: 5 * MINUTE }, { targets: ['user:dana'], after: 5 * MINUTE }]),
    ...policy('database', [{ targets: ['user:erin'], after: 5 * MINUTE }]),
  ]) {
    await write();
  }
  await db.insertInto('services').values([
    { id: 'checkout', name: 'Checkout', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'platform' },
    { id: 'reports', name: 'Reports', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'with-gap' },
    { id: 'wiki', name: 'Wiki', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: null },
  ]).execute();
}

for (const dialect of DIALECTS) {
  describe(`escalation on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
      // Monday 2026-03-02 10:00 UTC: alice's week on `primary`, daytime for `nights`.
      t.clock.set(Date.parse('2026-03-02T10:00:00Z'));
    });
    afterEach(async () => {
      await t.close();
    });

    const declare = async (service: string) => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: `trouble in ${service}`, service, severity: 'SEV-1' } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<IncidentView>().number;
    };
    const pages = async (number: number) =>
      (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/pages` })).json<{ pages: { user: string; round: number; level: number; reason: string }[] }>().pages.map((p) => `r${p.round}l${p.level}:${p.user}`);
    const timeline = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>().timeline ?? [];
    const after = async (ms: number) => {
      t.clock.advance(ms);
      await t.engine.runDue();
    };
    const reachedLevel2 = async (number: number) =>
      Number((await t.database.db.selectFrom('incidents').select('reached_level_2').where('number', '=', number).executeTakeFirstOrThrow()).reached_level_2);

    it('pages the level-1 on-call at once and records who, when and why', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l1:alice']);
      const paged = (await timeline(number)).find((e) => e.kind === 'paged');
      expect(paged?.message).toBe('Paged alice (level 1, round 1 of platform): on call for primary');
      const incident = (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>();
      // The policy in effect, and where it comes from: the service's, none was set on the incident.
      expect(incident.escalation).toEqual({ policy: 'platform', source: 'service', round: 1, level: 1, next: { at: '2026-03-02T10:05:00.000Z', round: 1, level: 2 } });
    });

    it('says when the next level will be paged, in the incident and in the list, and nothing once acknowledged', async () => {
      await seed(t, { repeat: 1 });
      const number = await declare('checkout');
      await t.engine.runDue();
      await after(5 * MINUTE);
      const read = async () => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>().escalation;
      expect(await read()).toMatchObject({ level: 2, next: { at: '2026-03-02T10:15:00.000Z', round: 2, level: 1 } });
      const listed = (await t.request({ method: 'GET', url: '/api/v1/incidents' })).json<{ incidents: IncidentView[] }>().incidents.find((i) => i.number === number);
      expect(listed?.escalation.next).toEqual({ at: '2026-03-02T10:15:00.000Z', round: 2, level: 1 });
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` });
      expect((await read()).next).toBeNull();
    });

    it('pages level 2 when level 1 has not acknowledged after 5 minutes', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      await after(5 * MINUTE - 1_000);
      expect(await pages(number)).toEqual(['r1l1:alice']);
      expect(await reachedLevel2(number)).toBe(0);
      await after(1_000);
      expect(await pages(number)).toEqual(['r1l1:alice', 'r1l2:dana']);
      // Analytics' escalation rate reads this fact, written with the level.
      expect(await reachedLevel2(number)).toBe(1);
    });

    it('stops escalating when level 1 acknowledges', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      await after(2 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` });
      await after(60 * MINUTE);
      expect(await pages(number)).toEqual(['r1l1:alice']);
      expect(await reachedLevel2(number)).toBe(0);
    });

    it('stops escalating when level 2 acknowledges', async () => {
      await seed(t, { repeat: 3 });
      const number = await declare('checkout');
      await t.engine.runDue();
      await after(5 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` });
      await after(120 * MINUTE);
      expect(await pages(number)).toEqual(['r1l1:alice', 'r1l2:dana']);
    });

    it('stops everything on resolve', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      await after(60 * MINUTE);
      expect(await pages(number)).toEqual(['r1l1:alice']);
      const pending = await t.database.db.selectFrom('jobs').select('status').where('status', '=', 'pending').execute();
      expect(pending).toEqual([]);
    });

    it('restarts from level 1 in a new round when un-acknowledged', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` });
      await after(20 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/unacknowledge` });
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l1:alice', 'r2l1:alice']);
      await after(5 * MINUTE);
      expect(await pages(number)).toEqual(['r1l1:alice', 'r2l1:alice', 'r2l2:dana']);
    });

    it('repeats the whole policy, then stops and says so', async () => {
      await seed(t, { repeat: 1 });
      const number = await declare('checkout');
      await t.engine.runDue();
      for (let i = 0; i < 6; i += 1) await after(10 * MINUTE);
      expect(await pages(number)).toEqual(['r1l1:alice', 'r1l2:dana', 'r2l1:alice', 'r2l2:dana']);
      const last = (await timeline(number)).at(-1);
      expect(last).toMatchObject({ kind: 'escalation_exhausted' });
      expect(last?.message).toContain('after 2 round(s)');
    });

    it('warns and escalates at once when a level reaches nobody', async () => {
      await seed(t);
      const number = await declare('reports');
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l2:dana']);
      const warning = (await timeline(number)).find((e) => e.kind === 'escalation_warning');
      expect(warning?.message).toBe('Level 1 of with-gap reaches nobody (nobody is on call for schedule nights); escalating to the next level now');
    });

    it('pages the night shift when the level has someone on call', async () => {
      await seed(t);
      t.clock.set(Date.parse('2026-03-02T23:00:00Z'));
      const number = await declare('reports');
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l1:erin']);
    });

    it('escalates by hand to the next level now, with the reason in the timeline', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` });
      const response = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/escalate`, payload: { reason: 'need the database expert' } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().status).toBe('triggered');
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l1:alice', 'r1l2:dana']);
      expect((await timeline(number)).find((e) => e.kind === 'escalated')?.message).toBe('Escalated by hand to level 2 of platform: need the database expert');
      const audit = await t.request({ method: 'GET', url: `/api/v1/audit?action=incident.escalate` });
      expect(audit.json().entries).toEqual([
        expect.objectContaining({ before: { number, escalation_policy: 'platform', round: 1, level: 1 }, after: { number, escalation_policy: 'platform', round: 1, level: 2, reason: 'need the database expert' } }),
      ]);
    });

    it("hands an incident to another team's policy", async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      const response = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/escalate`, payload: { policy: 'database', reason: 'replication lag' } });
      expect(response.json().escalation).toMatchObject({ policy: 'database', source: 'incident' });
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l1:alice', 'r2l1:erin']);
      await after(5 * MINUTE);
      expect((await timeline(number)).at(-1)).toMatchObject({ kind: 'escalation_exhausted' });
      const unknown = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/escalate`, payload: { policy: 'nope', reason: 'x' } });
      expect(unknown.statusCode).toBe(422);
      const resolved = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      expect(resolved.statusCode).toBe(200);
      const late = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/escalate`, payload: { reason: 'x' } });
      expect(late.statusCode).toBe(409);
    });

    it('follows a policy edited mid-incident', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      await t.database.db.insertInto('escalation_levels').values({ policy_id: 'platform', position: 3, escalate_after_ms: 5 * MINUTE, targets: JSON.stringify(['user:erin']) }).execute();
      await after(5 * MINUTE);
      await after(10 * MINUTE);
      expect(await pages(number)).toEqual(['r1l1:alice', 'r1l2:dana', 'r1l3:erin']);
    });

    it('pages each person once per step however often the step runs', async () => {
      await seed(t);
      const number = await declare('checkout');
      await t.engine.runDue();
      // A second copy of the first step (as a retried or duplicated job would be) changes nothing.
      const incident = await t.database.db.selectFrom('incidents').select('id').where('number', '=', number).executeTakeFirstOrThrow();
      await t.database.db.updateTable('jobs').set({ status: 'pending', run_at: t.clock.now() }).where('key', '=', `escalate:${incident.id}:1:1`).execute();
      await t.engine.runDue();
      expect(await pages(number)).toEqual(['r1l1:alice']);
    });

    it('notes once that a service without a policy pages nobody', async () => {
      await seed(t);
      const number = await declare('wiki');
      await t.engine.runDue();
      await after(30 * MINUTE);
      expect(await pages(number)).toEqual([]);
      expect((await timeline(number)).filter((e) => e.kind === 'escalation_warning').map((e) => e.message)).toEqual(['The service has no escalation policy; nobody was paged']);
    });

    it('escalates incidents that alerts open', async () => {
      await seed(t);
      await t.database.db.insertInto('integrations').values({ id: 'int_1', service_id: 'checkout', type: 'events_v2', name: null, key: 'checkout-events-key', key_hash: hashSecret('checkout-events-key'), position: 0, created_at: t.clock.now() }).execute();
      const response = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-events-key', event_action: 'trigger', dedup_key: 'x', payload: { summary: 'down', source: 'a', severity: 'critical' } } });
      expect(response.statusCode).toBe(202);
      await t.engine.runDue();
      const [incident] = (await t.request({ method: 'GET', url: '/api/v1/incidents' })).json<{ incidents: IncidentView[] }>().incidents;
      expect(await pages(incident!.number)).toEqual(['r1l1:alice']);
      await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-events-key', event_action: 'acknowledge', dedup_key: 'x' } });
      await after(30 * MINUTE);
      expect(await pages(incident!.number)).toEqual(['r1l1:alice']);
    });
  });
}
