import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { planActionReminders } from './action-reminders.js';

const CONFIG = `
users:
  - { id: olga, name: Olga Ode, email: olga@example.com, time_zone: Europe/Berlin }
  - { id: pat, name: Pat Poe, email: pat@example.com }
  - { id: quinn, name: Quinn Quay, email: quinn@example.com }
teams:
  - { id: payments, name: Payments, members: [{ user: olga, role: member }, { user: pat, role: member }] }
  - { id: search, name: Search, members: [{ user: quinn, role: member }] }
`;

const TOKENS = { olga: 'ai-olga-token-0123456789', quinn: 'ai-quinn-token-0123456789' } as const;

describe('action item reminder plan', () => {
  it('reminds 2 days before, on the day and weekly 4 times after, at 09:00 on the owner\'s clock, across a DST change', () => {
    const plan = planActionReminders('act_1', '2026-03-27', 'Europe/Berlin', Date.parse('2026-03-01T00:00:00Z'));
    expect(plan.map((r) => [r.stage, new Date(r.runAt).toISOString(), r.key])).toEqual([
      ['before', '2026-03-25T08:00:00.000Z', 'action:act_1:2026-03-27:before'],
      ['due', '2026-03-27T08:00:00.000Z', 'action:act_1:2026-03-27:due'],
      // Berlin moves to summer time on 29 March: 09:00 is then 07:00 UTC.
      ['after1', '2026-04-03T07:00:00.000Z', 'action:act_1:2026-03-27:after1'],
      ['after2', '2026-04-10T07:00:00.000Z', 'action:act_1:2026-03-27:after2'],
      ['after3', '2026-04-17T07:00:00.000Z', 'action:act_1:2026-03-27:after3'],
      ['after4', '2026-04-24T07:00:00.000Z', 'action:act_1:2026-03-27:after4'],
    ]);
  });
  it('leaves out reminders already past', () => {
    expect(planActionReminders('act_1', '2026-03-27', 'UTC', Date.parse('2026-04-05T00:00:00Z')).map((r) => r.stage)).toEqual(['after2', 'after3', 'after4']);
  });
});

for (const dialect of DIALECTS) {
  describe(`action items API on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      const now = t.clock.now();
      for (const [user, token] of Object.entries(TOKENS)) {
        await t.database.db.insertInto('api_tokens').values({ id: `tok_${user}`, name: `${user}-cli`, token_hash: hashSecret(token), role: 'responder', user_id: user, kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
      }
      const method = (id: string, type: string, address: string) => ({ id, user_id: 'olga', name: null, type, address, verified_at: now, verification_hash: null, verification_expires_at: null, disabled_at: null, disabled_reason: null, created_at: now, updated_at: now });
      await t.database.db.insertInto('contact_methods').values([method('cm_mail', 'email', 'olga@example.com'), method('cm_chat', 'slack', 'U0OLGA'), method('cm_sms', 'sms', '+4915100000000')]).execute();
    });
    afterAll(async () => {
      await t.close();
    });

    const as = (person: keyof typeof TOKENS, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: { authorization: `Bearer ${TOKENS[person]}` } });
    const pendingKeys = async (id: string) =>
      (await t.database.db.selectFrom('jobs').select('key').where('kind', '=', 'action.remind').where('status', '=', 'pending').where('key', 'like', `action:${id}:%`).orderBy('run_at').execute()).map((j) => j.key);

    it('creates an item in its owner\'s team with its reminders, and moves them when the due date moves', async () => {
      const created = await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Add a canary for card payments', owner: 'olga', due: '2026-03-10', priority: 'high', category: 'Prevent recurrence', external_url: 'https://tracker.example.com/PAY-12' } });
      expect(created.statusCode, created.body).toBe(201);
      const item = created.json();
      expect(item).toMatchObject({ owner: { id: 'olga', name: 'Olga Ode' }, team: { id: 'payments' }, category: 'prevent_recurrence', status: 'open', overdue: false, version: 1 });
      expect(await pendingKeys(item.id)).toEqual(['before', 'due', 'after1', 'after2', 'after3', 'after4'].map((s) => `action:${item.id}:2026-03-10:${s}`));
      const moved = await as('olga', 'PATCH', `/api/v1/action-items/${item.id}`, { version: 1, due: '2026-03-12' });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(await pendingKeys(item.id)).toEqual(['before', 'due', 'after1', 'after2', 'after3', 'after4'].map((s) => `action:${item.id}:2026-03-12:${s}`));
      const cancelled = await t.database.db.selectFrom('jobs').select('key').where('status', '=', 'cancelled').where('key', 'like', `action:${item.id}:2026-03-10:%`).execute();
      expect(cancelled).toHaveLength(6);
    });

    it('reminds the owner by mail and chat only, at 09:00 their time, and stops once the item is done', async () => {
      const item = (await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Rotate the TLS certificate', owner: 'olga', due: '2026-03-06', priority: 'medium', category: 'follow_up' } })).json();
      t.clock.set(Date.parse('2026-03-04T07:59:00Z'));
      await t.engine.runDue();
      const none = await t.database.db.selectFrom('deliveries').select('id').where('user_id', '=', 'olga').execute();
      expect(none).toHaveLength(0);
      t.clock.set(Date.parse('2026-03-04T08:00:00Z'));
      await t.engine.runDue();
      const sent = await t.database.db.selectFrom('deliveries').select(['channel', 'kind', 'event']).where('user_id', '=', 'olga').orderBy('channel').execute();
      expect(sent.map((d) => d.channel)).toEqual(['email', 'slack']);
      expect(JSON.parse(sent[0]!.event!)).toEqual({ type: 'reminder', text: 'Action item due in 2 days (2026-03-06): Rotate the TLS certificate — http://vigil.test/action-items' });
      const done = await as('olga', 'PATCH', `/api/v1/action-items/${item.id}`, { version: 1, status: 'done' });
      expect(done.json()).toMatchObject({ status: 'done', version: 2 });
      expect(await pendingKeys(item.id)).toEqual([]);
    });

    it('lists open and overdue items by team and owner, overdue on the owner\'s calendar', async () => {
      // 2026-03-09 23:30 UTC is already 10 March in Berlin.
      t.clock.set(Date.parse('2026-03-09T23:30:00Z'));
      await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Search runbook', owner: 'quinn', due: '2026-03-09', priority: 'low', category: 'improve response' } });
      await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Pager drill', owner: 'olga', due: '2026-03-09', priority: 'low', category: 'improve_response' } });
      const overdue = (await t.request({ method: 'GET', url: '/api/v1/action-items?overdue=true' })).json<{ action_items: { title: string }[] }>().action_items;
      expect(overdue.map((i) => i.title)).toEqual(['Pager drill']);
      const search = (await t.request({ method: 'GET', url: '/api/v1/action-items?team=search&status=open' })).json<{ action_items: { title: string }[] }>().action_items;
      expect(search.map((i) => i.title)).toEqual(['Search runbook']);
      const olgas = (await t.request({ method: 'GET', url: '/api/v1/action-items?owner=olga&status=open,in_progress' })).json<{ action_items: { title: string }[] }>().action_items;
      expect(olgas.map((i) => i.title)).toEqual(['Pager drill', 'Add a canary for card payments']);
    });

    it('lets the owner, the creator, the team and admins change an item, refusing others and stale versions', async () => {
      const item = (await t.request({ method: 'POST', url: '/api/v1/action-items', payload: { title: 'Payments dashboards', owner: 'pat', due: '2026-04-01', priority: 'low', category: 'improve_detection' } })).json();
      const outsider = await as('quinn', 'PATCH', `/api/v1/action-items/${item.id}`, { version: 1, status: 'wont_do' });
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json().message).toContain('only the owner (pat)');
      const teammate = await as('olga', 'PATCH', `/api/v1/action-items/${item.id}`, { version: 1, status: 'in_progress' });
      expect(teammate.statusCode).toBe(200);
      const stale = await as('olga', 'PATCH', `/api/v1/action-items/${item.id}`, { version: 1, status: 'done' });
      expect(stale.json()).toMatchObject({ code: 'VIGIL_CONFLICT', details: { version: 2 } });
      const audit = (await t.request({ method: 'GET', url: `/api/v1/audit?entity=action_item:${item.id}` })).json<{ entries: { action: string; before: { status: string } | null; after: { status: string } }[] }>();
      expect(audit.entries.map((e) => e.action).sort()).toEqual(['action_item.create', 'action_item.update']);
    });

    it('refuses what cannot be right, naming the field', async () => {
      const base = { title: 'x', owner: 'olga', due: '2026-04-01', priority: 'low', category: 'follow_up' };
      const cases: [Record<string, unknown>, number, string][] = [
        [{ ...base, due: '2026-02-30' }, 400, 'body.due'],
        [{ ...base, category: 'blame' }, 400, 'body.category'],
        [{ ...base, external_url: 'javascript:alert(1)' }, 400, 'body.external_url'],
        [{ ...base, owner: 'nobody' }, 422, 'body.owner'],
        [{ ...base, priority: 'urgent' }, 400, 'body.priority'],
      ];
      for (const [payload, status, path] of cases) {
        const response = await t.request({ method: 'POST', url: '/api/v1/action-items', payload });
        expect(response.statusCode, response.body).toBe(status);
        expect(response.json().fields?.[0]?.path, response.body).toBe(path);
      }
      expect((await t.request({ method: 'GET', url: '/api/v1/action-items/act_nope' })).statusCode).toBe(404);
    });
  });
}
