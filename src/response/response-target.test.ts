import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { responseTargetBreaches } from '../core/metrics.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { decideBreach } from './response-target.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');

/** alice is level 1 of `platform` (checkout's policy); bob may be made commander. Both have a verified email. */
async function seed(t: TestApp): Promise<void> {
  const db = t.database.db;
  const now = t.clock.now();
  const user = (id: string) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), email: `${id}@example.com`, time_zone: 'UTC', role: 'responder' as const, created_at: now, updated_at: now });
  await db.insertInto('users').values([user('alice'), user('bob')]).execute();
  await db.insertInto('contact_methods').values(['alice', 'bob'].map((id) => ({ id: `cm_${id}`, user_id: id, name: null, type: 'email', address: `${id}@example.com`, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }))).execute();
  await db.insertInto('escalation_policies').values({ id: 'platform', name: 'Platform', description: null, team_id: null, repeat: 0, created_at: now, updated_at: now }).execute();
  await db.insertInto('escalation_levels').values({ policy_id: 'platform', position: 1, escalate_after_ms: 600 * MINUTE, targets: JSON.stringify(['user:alice']) }).execute();
  await db.insertInto('services').values({ id: 'checkout', name: 'Checkout', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'platform' }).execute();
  await db.insertInto('integrations').values({ id: 'int_1', service_id: 'checkout', type: 'events_v2', name: null, key: 'checkout-events-key', key_hash: hashSecret('checkout-events-key'), position: 0, created_at: now }).execute();
}

/** The counter's value for one severity (the registry is the process's: tests compare before and after). */
async function breachesCounted(severity: string): Promise<number> {
  const { values } = await responseTargetBreaches.get();
  return values.find((v) => v.labels.severity === severity)?.value ?? 0;
}

describe('decideBreach', () => {
  const incident = { status: 'triggered' as const, responded_at: null, respond_by: 1_000 };
  it('breaches an incident nobody has answered at its target', () => {
    expect(decideBreach(incident, 1_000)).toBe('breached');
  });
  it('leaves an incident answered once alone, even when it was un-acknowledged since', () => {
    expect(decideBreach({ ...incident, responded_at: 500 }, 1_000)).toBe('answered');
    expect(decideBreach({ ...incident, status: 'acknowledged', responded_at: 500 }, 1_000)).toBe('answered');
  });
  it('steps aside for the job of a moved target, and for an incident that is gone', () => {
    expect(decideBreach({ ...incident, respond_by: 2_000 }, 1_000)).toBe('moved');
    expect(decideBreach(undefined, 1_000)).toBe('gone');
  });
});

for (const dialect of DIALECTS) {
  describe(`response target breaches on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
      t.clock.set(T0);
      await seed(t);
    }, 60_000);
    afterEach(async () => {
      await t.close();
    });

    const declare = async (severity: string, extra: Record<string, unknown> = {}) => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout failing', service: 'checkout', severity, ...extra } });
      expect(response.statusCode, response.body).toBe(201);
      await t.engine.runDue();
      return response.json<IncidentView>().number;
    };
    const after = async (ms: number) => {
      t.clock.advance(ms);
      await t.engine.runDue();
    };
    const timeline = async (number: number) => ((await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>().timeline ?? []);
    const breaches = async (number: number) => (await timeline(number)).filter((e) => e.kind === 'response_target_breached');
    const breachNotices = async (userId: string) => {
      const rows = await t.database.db.selectFrom('deliveries').select(['event', 'status']).where('user_id', '=', userId).where('kind', '=', 'event').execute();
      return rows.map((r) => JSON.parse(r.event ?? '{}') as { type: string; text: string }).filter((e) => e.type === 'target_breached');
    };
    const breachJobs = () => t.database.db.selectFrom('jobs').select(['key', 'status', 'run_at']).where('kind', '=', 'target.breach').orderBy('run_at').execute();

    it('writes the breach when a SEV-1 is still unanswered at 15 minutes, tells whoever was paged and counts it once', async () => {
      const counted = await breachesCounted('SEV-1');
      const number = await declare('SEV-1');
      const [job] = await breachJobs();
      expect(job).toMatchObject({ status: 'pending', run_at: T0 + 15 * MINUTE });
      expect(job?.key).toMatch(/^breach:inc_[^:]+:\d+$/);

      await after(15 * MINUTE - 1);
      expect(await breaches(number)).toEqual([]);
      await after(1);
      const [entry, ...more] = await breaches(number);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ actor: 'system', at: '2026-03-02T10:15:00.000Z', message: 'SEV-1 response target of 15 min breached; notified alice (paged) (1 delivery)' });
      expect(await breachNotices('alice')).toEqual([{ type: 'target_breached', text: 'SEV-1 response target of 15 min breached: nobody has acknowledged the incident yet' }]);
      expect(await breachesCounted('SEV-1')).toBe(counted + 1);

      // The node died after the commit, before the job was marked done: it runs again, harmlessly.
      await t.database.db.updateTable('jobs').set({ status: 'pending', attempts: 0 }).where('kind', '=', 'target.breach').execute();
      await after(1_000);
      expect(await breaches(number)).toHaveLength(1);
      expect(await breachNotices('alice')).toHaveLength(1);
      expect(await breachesCounted('SEV-1')).toBe(counted + 1);
    });

    it('is cancelled by an acknowledgement in time, and un-acknowledging later does not breach a met target', async () => {
      const counted = await breachesCounted('SEV-1');
      const number = await declare('SEV-1');
      await after(5 * MINUTE);
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` })).statusCode).toBe(200);
      expect((await breachJobs()).map((j) => j.status)).toEqual(['cancelled']);
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/unacknowledge` })).statusCode).toBe(200);
      await after(30 * MINUTE);
      expect(await breaches(number)).toEqual([]);
      expect(await breachNotices('alice')).toEqual([]);
      expect(await breachesCounted('SEV-1')).toBe(counted);
    });

    it('tells the commander rather than the people paged', async () => {
      const number = await declare('SEV-1', { commander: 'bob' });
      await after(15 * MINUTE);
      expect((await breaches(number)).map((e) => e.message)).toEqual(['SEV-1 response target of 15 min breached; notified bob (commander) (1 delivery)']);
      expect(await breachNotices('bob')).toHaveLength(1);
      expect(await breachNotices('alice')).toEqual([]);
    });

    it('follows a severity change: a SEV-3 raised to SEV-1 after 20 minutes is breached at once, and changed back, the SEV-3 target is watched again', async () => {
      const sev1 = await breachesCounted('SEV-1');
      const sev3 = await breachesCounted('SEV-3');
      const number = await declare('SEV-3');
      await after(20 * MINUTE);
      expect((await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/severity`, payload: { severity: 'SEV-1' } })).statusCode).toBe(200);
      await t.engine.runDue();
      expect((await breaches(number)).map((e) => e.message)).toEqual(['SEV-1 response target of 15 min breached; notified alice (paged) (1 delivery)']);
      // The SEV-3 job was moved to SEV-1's target (its key with it), not left behind.
      expect((await breachJobs()).map((j) => [j.run_at - T0, j.status])).toEqual([[15 * MINUTE, 'done']]);
      // Changed back: SEV-3's key is written again, and SEV-3's target (24 h) is not met either.
      expect((await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/severity`, payload: { severity: 'SEV-3' } })).statusCode).toBe(200);
      expect((await breachJobs()).map((j) => [j.run_at - T0, j.status])).toEqual([[15 * MINUTE, 'done'], [24 * 60 * MINUTE, 'pending']]);
      await after(24 * 60 * MINUTE);
      expect((await breaches(number)).map((e) => e.message)).toEqual([
        'SEV-1 response target of 15 min breached; notified alice (paged) (1 delivery)',
        'SEV-3 response target of 1 d breached; notified alice (paged) (1 delivery)',
      ]);
      expect(await breachesCounted('SEV-1')).toBe(sev1 + 1);
      expect(await breachesCounted('SEV-3')).toBe(sev3 + 1);
    });

    it('follows a severity raised by a more severe alert', async () => {
      const send = (severity: string) =>
        t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-events-key', event_action: 'trigger', dedup_key: `disk-${severity}`, payload: { summary: 'disk full', source: 'db-1', severity }} });
      expect((await send('warning')).statusCode).toBe(202);
      await t.engine.runDue();
      const [incident] = (await t.request({ method: 'GET', url: '/api/v1/incidents' })).json<{ incidents: IncidentView[] }>().incidents;
      expect(incident?.severity.id).toBe('SEV-3');
      expect((await breachJobs()).map((j) => [j.run_at - T0, j.status])).toEqual([[24 * 60 * MINUTE, 'pending']]);
      // Grouped onto the same incident by the service's dedup: the same dedup key, now critical.
      await after(MINUTE);
      const raised = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-events-key', event_action: 'trigger', dedup_key: 'disk-warning', payload: { summary: 'disk full', source: 'db-1', severity: 'critical' } } });
      expect(raised.statusCode).toBe(202);
      const again = (await t.request({ method: 'GET', url: `/api/v1/incidents/${incident!.number}` })).json<IncidentView>();
      expect(again.severity.id).toBe('SEV-1');
      expect((await breachJobs()).map((j) => [j.key.endsWith(`:${T0 + 15 * MINUTE}`), j.run_at - T0, j.status])).toEqual([[true, 15 * MINUTE, 'pending']]);
      await after(14 * MINUTE);
      expect((await breaches(incident!.number)).map((e) => e.message)).toEqual(['SEV-1 response target of 15 min breached; notified alice (paged) (1 delivery)']);
    });

    it('is cancelled when the incident is resolved', async () => {
      const number = await declare('SEV-2');
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` })).statusCode).toBe(200);
      expect((await breachJobs()).map((j) => j.status)).toEqual(['cancelled']);
      await after(2 * 60 * MINUTE);
      expect(await breaches(number)).toEqual([]);
    });
  });
}
