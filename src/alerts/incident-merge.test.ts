import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
escalation_policies:
  - id: web-oncall
    levels:
      - { targets: ["user:alice"], escalate_after: 10m }
services:
  - id: web
    name: Web
    escalation_policy: web-oncall
    integrations: [{ type: events_v2, key: web-events-0123456789abcdef }]
`;

for (const dialect of DIALECTS) {
  describe(`merge and split on ${dialect}`, () => {
    let t: TestApp;
    const trigger = async (dedup: string) => {
      const response = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'web-events-0123456789abcdef', event_action: 'trigger', dedup_key: dedup, payload: { summary: `${dedup} is down`, source: dedup, severity: 'critical' } } });
      expect(response.statusCode, response.body).toBe(202);
      const alert = await t.database.db.selectFrom('alerts').select(['id', 'incident_id']).where('dedup_key', '=', dedup).executeTakeFirstOrThrow();
      const incident = await t.database.db.selectFrom('incidents').select(['id', 'number']).where('id', '=', alert.incident_id as string).executeTakeFirstOrThrow();
      return { alert: alert.id, ...incident };
    };
    const incident = (id: string) => t.database.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const timeline = async (id: string) => t.database.db.selectFrom('timeline_entries').select(['seq', 'kind', 'message']).where('incident_id', '=', id).orderBy('seq').execute();

    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, ORG);
    });
    afterAll(async () => t?.close());

    it('moves alerts, timeline and pages into the target in one go; the merged one resolves with a link and stops escalating', async () => {
      // b pages; a has not yet, so b's page has a place on a.
      const b = await trigger('db-1');
      await t.engine.runDue();
      const a = await trigger('api-1');
      expect(await t.database.db.selectFrom('pages').select('incident_id').where('incident_id', 'in', [a.id, b.id]).execute()).toEqual([{ incident_id: b.id }]);
      t.clock.advance(60_000);
      const response = await t.request({ method: 'POST', url: `/api/v1/incidents/${b.number}/merge`, payload: { into: String(a.number) } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ merged: { id: b.id, number: b.number }, into: { id: a.id, number: a.number }, alerts: 1, pages: 1, timeline_entries: (await timeline(b.id)).length - 2 });

      const merged = await incident(b.id);
      expect(merged).toMatchObject({ status: 'resolved', merged_into: a.id });
      expect((await t.database.db.selectFrom('alerts').select(['incident_id', 'status', 'trail']).where('id', '=', b.alert).executeTakeFirstOrThrow())).toMatchObject({ incident_id: a.id, status: 'triggered' });
      const trail = (await t.database.db.selectFrom('alerts').select('trail').where('id', '=', b.alert).executeTakeFirstOrThrow()).trail;
      expect((trail ?? '').split(';').at(-1)).toBe(`60000 M ${a.id}`);
      expect(await t.database.db.selectFrom('pages').select('incident_id').where('incident_id', '=', b.id).execute()).toEqual([]);
      // Its escalation is gone: nothing pending for it.
      expect(await t.database.db.selectFrom('jobs').select('key').where('incident_id', '=', b.id).where('status', '=', 'pending').execute()).toEqual([]);

      const target = await timeline(a.id);
      expect(target.map((e) => e.seq)).toEqual(target.map((_, i) => i + 1));
      expect(target.some((e) => e.kind === 'triggered' && e.message.startsWith(`#${b.number}: `))).toBe(true);
      expect(target.at(-1)).toMatchObject({ kind: 'merged_from', message: `#${b.number} db-1 is down merged into this incident by token:bootstrap-admin: 1 alert, 1 page and its timeline` });
      expect((await timeline(b.id)).map((e) => e.kind)).toEqual(expect.arrayContaining(['merged_into', 'resolved']));
      // A resolve of the moved alert now counts on the target.
      expect((await t.request({ method: 'GET', url: `/api/v1/incidents/${a.number}` })).statusCode).toBe(200);
    });

    it('refuses merging into itself, into a resolved incident, or one already merged, saying why', async () => {
      const c = await trigger('cache-1');
      const self = await t.request({ method: 'POST', url: `/api/v1/incidents/${c.number}/merge`, payload: { into: String(c.number) } });
      expect(self.statusCode).toBe(400);
      expect(self.json<{ message: string }>().message).toBe(`cannot merge incident #${c.number} into itself: name another incident in "into"`);
      const merged = await t.database.db.selectFrom('incidents').select(['number', 'merged_into']).where('merged_into', 'is not', null).executeTakeFirstOrThrow();
      const again = await t.request({ method: 'POST', url: `/api/v1/incidents/${merged.number}/merge`, payload: { into: String(c.number) } });
      expect(again.statusCode).toBe(409);
      expect(again.json<{ message: string }>().message).toMatch(new RegExp(`^incident #${merged.number} was already merged into #\\d+$`));
      await t.request({ method: 'POST', url: `/api/v1/incidents/${c.number}/resolve`, payload: {} });
      const d = await trigger('queue-1');
      const resolved = await t.request({ method: 'POST', url: `/api/v1/incidents/${d.number}/merge`, payload: { into: String(c.number) } });
      expect(resolved.statusCode).toBe(409);
      expect(resolved.json<{ message: string }>().message).toBe(`incident #${c.number} is resolved: reopen it first, or merge into an open incident`);
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${d.number}/merge`, payload: { into: '99999' } })).statusCode).toBe(404);
    });

    it('splits an alert out into a new incident of its own that pages, and refuses the last open alert', async () => {
      const x = await trigger('search-1');
      const y = await trigger('search-2');
      await t.request({ method: 'POST', url: `/api/v1/incidents/${y.number}/merge`, payload: { into: String(x.number) } });
      t.clock.advance(5_000);
      const response = await t.request({ method: 'POST', url: `/api/v1/alerts/${y.alert}/split` });
      expect(response.statusCode, response.body).toBe(201);
      const body = response.json<{ incident: { id: string; number: number }; from: { number: number } }>();
      expect(body.from.number).toBe(x.number);
      const created = await incident(body.incident.id);
      expect(created).toMatchObject({ title: 'search-2 is down', service_id: 'web', severity_id: 'SEV-1', status: 'triggered', created_by: 'token:bootstrap-admin' });
      const alert = await t.database.db.selectFrom('alerts').select(['incident_id', 'trail']).where('id', '=', y.alert).executeTakeFirstOrThrow();
      expect(alert.incident_id).toBe(body.incident.id);
      expect((alert.trail ?? '').split(';').at(-1)).toBe(`5000 X ${body.incident.id}`);
      await t.engine.runDue();
      expect(await t.database.db.selectFrom('pages').select('user_id').where('incident_id', '=', body.incident.id).execute()).toEqual([{ user_id: 'alice' }]);
      expect((await timeline(x.id)).find((e) => e.kind === 'alert_split')).toMatchObject({ kind: 'alert_split', message: `Alert split out into #${body.incident.number} by token:bootstrap-admin: search-2 is down` });
      const last = await t.request({ method: 'POST', url: `/api/v1/alerts/${y.alert}/split` });
      expect(last.statusCode).toBe(409);
      expect(last.json<{ message: string }>().message).toBe(`alert ${y.alert} is the only open alert of #${body.incident.number}: there is nothing to split it from`);
      expect((await t.request({ method: 'POST', url: '/api/v1/alerts/alt_nope/split' })).statusCode).toBe(404);
    });
  });
}
