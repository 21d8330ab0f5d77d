import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentSummaries } from '../notify/send-bundle.js';
import { incidentTitle } from '../notify/templates/wording.js';
import { createConfiguredTestApp, TEST_PUBLIC_URL, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { waitUntil } from '../test-support/wait.js';

const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
escalation_policies:
  - id: api-oncall
    levels:
      - { targets: ["user:alice"], escalate_after: 30m }
services:
  - id: api
    name: API
    escalation_policy: api-oncall
    grouping: { by: [details.cluster], wait: 30s, interval: 5m }
    integrations: [{ type: events_v2, key: api-events-0123456789abcdef }, { type: alertmanager, key: api-am-0123456789abcdef }]
  - id: plain
    name: Plain
    escalation_policy: api-oncall
    grouping: { by: [details.cluster] }
    integrations: [{ type: events_v2, key: plain-events-0123456789abcdef }]
`;

for (const dialect of DIALECTS) {
  describe(`grouping wait and interval on ${dialect}`, () => {
    let t: TestApp;
    const resolve = async (key: string, dedup: string) => {
      const response = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: key, event_action: 'resolve', dedup_key: dedup } });
      expect(response.statusCode, response.body).toBe(202);
    };
    // Events API v2 carries no labels: the cluster is a custom detail, which the rule reads.
    const trigger = (key: string, dedup: string, cluster: string) =>
      t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: key, event_action: 'trigger', dedup_key: dedup, payload: { summary: `${dedup} failing`, source: dedup, severity: 'critical', custom_details: { cluster } } } });
    const incidentOf = async (dedup: string) => {
      const alert = await t.database.db.selectFrom('alerts').select('incident_id').where('dedup_key', '=', dedup).orderBy('first_seen_at', 'desc').executeTakeFirstOrThrow();
      return t.database.db.selectFrom('incidents').selectAll().where('id', '=', alert.incident_id as string).executeTakeFirstOrThrow();
    };
    const firstStep = async (incidentId: string) =>
      t.database.db.selectFrom('jobs').select(['run_at', 'status']).where('key', '=', `escalate:${incidentId}:1:1`).executeTakeFirstOrThrow();
    const pagesOf = async (incidentId: string) => t.database.db.selectFrom('pages').select(['user_id', 'created_at']).where('incident_id', '=', incidentId).execute();
    const timelineKinds = async (incidentId: string) => (await t.database.db.selectFrom('timeline_entries').select(['kind', 'message']).where('incident_id', '=', incidentId).orderBy('seq').execute());

    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, ORG);
      const now = t.clock.now();
      await t.database.db.insertInto('contact_methods').values({ id: 'alice-hook', user_id: 'alice', name: null, type: 'webhook', address: 'https://hooks.example.com/alice', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }).execute();
      await t.database.db.insertInto('notification_rules').values({ id: 'alice-rule', user_id: 'alice', contact_method_id: 'alice-hook', delay_ms: 0, urgency: null, position: 0 }).execute();
    });
    afterAll(async () => t?.close());

    it('holds the first page for the wait, gathers the alerts that join meanwhile, and the page names how many', async () => {
      const opened = t.clock.now();
      expect((await trigger('api-events-0123456789abcdef', 'db-1', 'eu')).statusCode).toBe(202);
      const incident = await incidentOf('db-1');
      expect(await firstStep(incident.id)).toEqual({ run_at: opened + 30_000, status: 'pending' });
      await waitUntil(async () => (await timelineKinds(incident.id)).some((e) => e.kind === 'group_waiting'), { what: 'the group_waiting entry' });
      expect((await timelineKinds(incident.id)).find((e) => e.kind === 'group_waiting')?.message).toBe('First page waits 30s to gather related alerts');
      await t.engine.runDue();
      expect(await pagesOf(incident.id)).toEqual([]);
      t.clock.advance(10_000);
      await trigger('api-events-0123456789abcdef', 'db-2', 'eu');
      expect((await incidentOf('db-2')).id).toBe(incident.id);
      t.clock.advance(20_000);
      await t.engine.runDue();
      expect(await pagesOf(incident.id)).toEqual([{ user_id: 'alice', created_at: opened + 30_000 }]);
      const [summary] = await incidentSummaries(t.database.db, [incident.id], TEST_PUBLIC_URL);
      expect(summary?.openAlerts).toBe(2);
      expect(incidentTitle(summary!)).toBe('db-1 failing (2 alerts)');
    });

    it('tells the paged of alerts joining later at most once per interval, in one message per slot', async () => {
      const incident = await incidentOf('db-1');
      const firstPage = (await pagesOf(incident.id))[0]!.created_at;
      t.clock.advance(60_000);
      await trigger('api-events-0123456789abcdef', 'db-3', 'eu');
      t.clock.advance(60_000);
      await trigger('api-events-0123456789abcdef', 'db-4', 'eu');
      const key = `group.update:${incident.id}:1`;
      await waitUntil(async () => (await t.database.db.selectFrom('jobs').select('key').where('key', '=', key).executeTakeFirst()) !== undefined, { what: 'the slot 1 update job' });
      expect(await t.database.db.selectFrom('jobs').select(['run_at', 'status']).where('key', '=', key).executeTakeFirstOrThrow()).toEqual({ run_at: firstPage + 300_000, status: 'pending' });
      await t.engine.runDue();
      expect(await t.database.db.selectFrom('deliveries').select('id').where('incident_id', '=', incident.id).where('kind', '=', 'event').execute()).toEqual([]);
      t.clock.advance(firstPage + 300_000 - t.clock.now());
      const readNotices = () => t.database.db.selectFrom('deliveries').select(['user_id', 'event']).where('incident_id', '=', incident.id).where('kind', '=', 'event').execute();
      // Run until it has run: a follow-up still writing the same key holds its row, and PostgreSQL's claim skips locked rows (the engine's next pass takes it).
      await waitUntil(async () => {
        await t.engine.runDue();
        return (await readNotices()).length > 0;
      }, { what: 'the slot 1 update' });
      const notices = await readNotices();
      expect(notices).toHaveLength(1);
      expect(notices[0]?.user_id).toBe('alice');
      expect(JSON.parse(notices[0]!.event as string).text).toMatch(/^2 more alerts joined #\d+ db-1 failing \(4 open\): db-3 failing; db-4 failing$/);
      expect((await timelineKinds(incident.id)).filter((e) => e.kind === 'group_update').map((e) => e.message)).toEqual(['Told 1 paged responder: 2 alerts joined in 5m']);
      // The next joiner falls in slot 2.
      t.clock.advance(30_000);
      await trigger('api-events-0123456789abcdef', 'db-5', 'eu');
      await waitUntil(async () => (await t.database.db.selectFrom('jobs').select('key').where('key', '=', `group.update:${incident.id}:2`).executeTakeFirst()) !== undefined, { what: 'the slot 2 update job' });
    });

    it('pages nobody when every alert resolves within the wait', async () => {
      await trigger('api-events-0123456789abcdef', 'cache-1', 'us');
      const incident = await incidentOf('cache-1');
      t.clock.advance(10_000);
      await resolve('api-events-0123456789abcdef', 'cache-1');
      t.clock.advance(30_000);
      await t.engine.runDue();
      expect(await pagesOf(incident.id)).toEqual([]);
      expect((await firstStep(incident.id)).status).toBe('cancelled');
    });

    it('pages at once on a service without a wait, as before', async () => {
      const now = t.clock.now();
      await trigger('plain-events-0123456789abcdef', 'plain-1', 'eu');
      const incident = await incidentOf('plain-1');
      expect(await firstStep(incident.id)).toEqual({ run_at: now, status: 'pending' });
    });

    it('counts the wait from the sender\'s start, so an Alertmanager group is not held twice', async () => {
      const now = t.clock.now();
      const startsAt = new Date(now - 20_000).toISOString();
      const labels = { alertname: 'HighLatency', cluster: 'ap' };
      const response = await t.app.inject({
        method: 'POST', url: '/integrations/alertmanager/api-am-0123456789abcdef',
        payload: { version: '4', groupKey: '{}:{alertname="HighLatency"}', truncatedAlerts: 0, status: 'firing', receiver: 'vigil', groupLabels: labels, commonLabels: labels, commonAnnotations: {}, externalURL: 'http://am:9093', alerts: [{ status: 'firing', labels, annotations: { summary: 'latency' }, startsAt, endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'f1' }] },
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
      const alert = await t.database.db.selectFrom('alerts').select('incident_id').where('labels', 'like', '%HighLatency%').executeTakeFirstOrThrow();
      const id = alert.incident_id as string;
      await waitUntil(async () => (await timelineKinds(id)).some((e) => e.kind === 'group_waiting'), { what: 'the group_waiting entry' });
      expect(await firstStep(id)).toEqual({ run_at: now + 10_000, status: 'pending' });
      expect((await timelineKinds(id)).find((e) => e.kind === 'group_waiting')?.message).toBe('First page waits 10s to gather related alerts (the sender already held them 20s)');
    });
  });
}
