import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createConfiguredTestApp, TEST_PUBLIC_URL, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const ORG = `users:
  - { id: rita, name: Rita, email: rita@example.com }
  - { id: otto, name: Otto, email: otto@example.com }
  - { id: vera, name: Vera, email: vera@example.com, role: viewer }
teams:
  - { id: data, name: Data, members: [{ user: rita, role: member }] }
  - { id: web, name: Web, members: [{ user: otto, role: manager }] }
services:
  - { id: orders-db, name: Orders DB, team: data, integrations: [{ type: alertmanager, key: am-orders-db-key }] }
  - { id: storefront, name: Storefront, team: web, integrations: [{ type: alertmanager, key: am-storefront-key }] }
`;

const TOKENS = { rita: 'runbook-rita-0123456789', otto: 'runbook-otto-0123456789', vera: 'runbook-vera-0123456789' } as const;

const BODY = `# Database connections

Check the pool:

\`\`\`sh
kubectl exec deploy/orders -- pg-pool-status
- [ ] not a step: inside code
\`\`\`

- [ ] Check the connection count
- [ ] Restart the pooler
`;

/** An Alertmanager message with one firing alert. */
function firing(labels: Record<string, string>, annotations: Record<string, string> = {}) {
  return {
    version: '4', groupKey: `{}:${JSON.stringify(labels)}`, truncatedAlerts: 0, status: 'firing', receiver: 'vigil',
    groupLabels: labels, commonLabels: labels, commonAnnotations: annotations, externalURL: 'http://am:9093',
    alerts: [{ status: 'firing', labels, annotations, startsAt: '2026-03-02T09:59:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: Object.values(labels).join('-') }],
  };
}

for (const dialect of DIALECTS) {
  describe(`runbooks API on ${dialect}`, () => {
    let t: TestApp;
    const as = (who: keyof typeof TOKENS | 'admin') => (who === 'admin' ? {} : { authorization: `Bearer ${TOKENS[who]}` });
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: keyof typeof TOKENS | 'admin' = 'admin', payload?: unknown) =>
      t.request({ method, url, headers: as(who), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
    const alert = async (key: string, labels: Record<string, string>, annotations: Record<string, string> = {}) => {
      const response = await t.app.inject({ method: 'POST', url: `/integrations/alertmanager/${key}`, payload: firing(labels, annotations) });
      expect(response.statusCode, response.body).toBeLessThan(300);
      const list = await call('GET', '/api/v1/incidents?limit=1');
      return list.json<{ incidents: { number: number }[] }>().incidents[0]!.number;
    };

    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, ORG);
      const now = t.clock.now();
      for (const [user, secret] of Object.entries(TOKENS)) {
        await t.database.db.insertInto('api_tokens').values({ id: `tok_${user}`, name: `${user}-cli`, token_hash: hashSecret(secret), role: user === 'vera' ? 'viewer' : 'responder', user_id: user, kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
      }
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lets a member of the service\'s team write a runbook, kept as version 1 and audited', async () => {
      const created = await call('POST', '/api/v1/runbooks', 'rita', { title: 'Database connections', body: BODY, services: ['orders-db'], match: [] });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.headers.location).toBe('/api/v1/runbooks/database-connections');
      expect(created.json()).toMatchObject({
        id: 'database-connections', title: 'Database connections', managed_by: 'api', services: ['orders-db'], version: 1,
        updated_by: 'user:rita', reviewed_at: null, stale: false, review_after: '90d', body: BODY,
      });
      const audit = await t.database.db.selectFrom('audit_log').select(['action', 'actor', 'after']).where('entity_type', '=', 'runbook').execute();
      expect(audit).toEqual([{ action: 'runbook.create', actor: 'user:rita', after: expect.stringContaining('"version":1') }]);
      expect(audit[0]!.after).not.toContain('kubectl');
    });

    it('keeps every version with its author and time, and only a changed body makes one', async () => {
      t.clock.advance(60_000);
      const changed = await call('PUT', '/api/v1/runbooks/database-connections', 'rita', { title: 'Database connections', body: `${BODY}\n- [ ] Tell the channel\n`, services: ['orders-db'], match: [] });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ version: 2 });
      const retitled = await call('PUT', '/api/v1/runbooks/database-connections', 'admin', { title: 'DB connections', body: `${BODY}\n- [ ] Tell the channel\n`, services: ['orders-db'], match: [] });
      expect(retitled.json()).toMatchObject({ version: 2, title: 'DB connections' });
      const versions = (await call('GET', '/api/v1/runbooks/database-connections/versions')).json<{ versions: { version: number; author: string; at: string }[] }>().versions;
      expect(versions.map((v) => [v.version, v.author, v.at])).toEqual([[2, 'user:rita', '2026-03-02T10:01:00.000Z'], [1, 'user:rita', '2026-03-02T10:00:00.000Z']]);
      const first = await call('GET', '/api/v1/runbooks/database-connections/versions/1');
      expect(first.json()).toMatchObject({ version: 1, body: BODY });
      const missing = await call('GET', '/api/v1/runbooks/database-connections/versions/9');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toBe('runbook "database-connections" has no version 9; GET /api/v1/runbooks/database-connections/versions lists them');
    });

    it('refuses writers outside the service\'s team, and leaves a runbook of no service to admins', async () => {
      const otto = await call('PUT', '/api/v1/runbooks/database-connections', 'otto', { title: 'x', body: 'x', services: ['orders-db'], match: [] });
      expect(otto.statusCode).toBe(403);
      expect(otto.json().message).toBe('this needs a member of team "data"');
      const viewer = await call('POST', '/api/v1/runbooks', 'vera', { title: 'x', body: 'x', services: ['orders-db'], match: [] });
      expect(viewer.statusCode).toBe(403);
      const unowned = await call('POST', '/api/v1/runbooks', 'rita', { title: 'Any 5xx', body: 'x', services: [], match: [{ field: 'labels.alertname', op: '=~', value: 'HTTP5.*' }] });
      expect(unowned.statusCode).toBe(403);
      expect(unowned.json().message).toBe('this belongs to no team, so only admins may change it');
      // Moving a runbook to another team's service needs that team too.
      const moving = await call('PUT', '/api/v1/runbooks/database-connections', 'rita', { title: 'x', body: 'x', services: ['storefront'], match: [] });
      expect(moving.statusCode).toBe(403);
      expect(moving.json().message).toBe('this needs a member of team "web"');
    });

    it('answers precise 4xx for bad matchers, unknown services, taken ids and oversize bodies', async () => {
      const regex = await call('POST', '/api/v1/runbooks', 'admin', { title: 'Bad', body: 'x', services: [], match: [{ field: 'labels.alertname', op: '=~', value: 'db-(1' }] });
      expect(regex.statusCode).toBe(400);
      expect(regex.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.match.0.value', message: 'the regular expression does not compile: missing closing )' }] });
      const field = await call('POST', '/api/v1/runbooks', 'admin', { title: 'Bad', body: 'x', services: [], match: [{ field: 'host', op: '=', value: 'x' }] });
      expect(field.json().fields).toEqual([{ path: 'body.match.0.field', message: expect.stringMatching(/^"host" is not an alert field; use summary, .*dedup_key$/) }]);
      const op = await call('POST', '/api/v1/runbooks', 'admin', { title: 'Bad', body: 'x', services: [], match: [{ field: 'source', op: '==', value: 'x' }] });
      expect(op.statusCode).toBe(400);
      const service = await call('POST', '/api/v1/runbooks', 'admin', { title: 'Bad', body: 'x', services: ['orders-db', 'nope'], match: [] });
      expect(service.statusCode).toBe(422);
      expect(service.json()).toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND', message: 'no service "nope"; GET /api/v1/services lists them', fields: [{ path: 'body.services.1' }] });
      const taken = await call('POST', '/api/v1/runbooks', 'admin', { id: 'database-connections', title: 'Again', body: 'x', services: ['orders-db'], match: [] });
      expect(taken.statusCode).toBe(409);
      const big = await call('POST', '/api/v1/runbooks', 'admin', { title: 'Big', body: 'x'.repeat(256 * 1024 + 1), services: ['orders-db'], match: [] });
      expect(big.statusCode).toBe(400);
      expect(big.json().message).toContain('a runbook may be at most 256 KiB');
      const age = await call('POST', '/api/v1/runbooks', 'admin', { title: 'Age', body: 'x', services: ['orders-db'], match: [], review_after: 'soon' });
      expect(age.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.review_after' }] });
      const unknown = await call('GET', '/api/v1/runbooks/nope');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('VIGIL_RUNBOOK_NOT_FOUND');
    });

    it('flags a runbook stale once neither reviewed nor changed for its review age, until someone reviews it', async () => {
      t.clock.advance(91 * 86_400_000);
      const listed = (await call('GET', '/api/v1/runbooks')).json<{ runbooks: { id: string; stale: boolean; reviewed_at: string | null }[] }>().runbooks;
      expect(listed.find((r) => r.id === 'database-connections')).toMatchObject({ stale: true, reviewed_at: null });
      const viewer = await call('POST', '/api/v1/runbooks/database-connections/review', 'vera');
      expect(viewer.statusCode).toBe(403);
      const reviewed = await call('POST', '/api/v1/runbooks/database-connections/review', 'rita');
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      expect(reviewed.json()).toMatchObject({ stale: false, reviewed_by: 'user:rita', reviewed_at: new Date(t.clock.now()).toISOString(), version: 2 });
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', 'database-connections').orderBy('at').execute();
      expect(audit.map((a) => a.action)).toEqual(['runbook.create', 'runbook.update', 'runbook.update', 'runbook.review']);
    });

    it('shows an incident its service\'s runbook and the ones whose matchers an alert meets, but not a runbook with neither', async () => {
      await call('POST', '/api/v1/runbooks', 'admin', { id: 'any-5xx', title: 'Any 5xx', body: '- [ ] Look at the load balancer', services: [], match: [{ field: 'labels.alertname', op: '=~', value: 'HTTP5.*' }] });
      await call('POST', '/api/v1/runbooks', 'admin', { id: 'catch-all', title: 'Catch all', body: 'nothing', services: [], match: [] });
      await call('POST', '/api/v1/runbooks', 'otto', { id: 'store-only-5xx', title: 'Storefront 5xx', body: 'x', services: ['storefront'], match: [{ field: 'labels.alertname', op: '=', value: 'HTTP500' }] });
      const db = await alert('am-orders-db-key', { alertname: 'PostgresTooManyConnections', instance: 'db-1' });
      const dbRunbooks = (await call('GET', `/api/v1/incidents/${db}/runbooks`, 'vera')).json<{ runbooks: { id: string; reason: string }[] }>();
      expect(dbRunbooks.runbooks.map((r) => [r.id, r.reason])).toEqual([['database-connections', 'service']]);
      const web = await alert('am-storefront-key', { alertname: 'HTTP500', instance: 'web-1' });
      const webRunbooks = (await call('GET', `/api/v1/incidents/${web}/runbooks`)).json<{ runbooks: { id: string; reason: string }[] }>();
      expect(webRunbooks.runbooks.map((r) => [r.id, r.reason])).toEqual([['any-5xx', 'alerts'], ['store-only-5xx', 'service_and_alerts']]);
    });

    it('puts the runbook an alert\'s runbook_url names first and returns other runbook_urls as links', async () => {
      const number = await alert('am-storefront-key', { alertname: 'HTTP503', instance: 'web-2' }, {
        runbook_url: `${TEST_PUBLIC_URL}/runbooks/database-connections`,
        summary: 'Storefront answers 503',
      });
      const other = await alert('am-storefront-key', { alertname: 'SlowPages', instance: 'web-3' }, { runbook_url: 'https://wiki.example.com/runbooks/slow-pages' });
      const named = (await call('GET', `/api/v1/incidents/${number}/runbooks`)).json<{ runbooks: { id: string; reason: string }[]; links: unknown[] }>();
      expect(named.runbooks.map((r) => [r.id, r.reason])).toEqual([['database-connections', 'runbook_url'], ['any-5xx', 'alerts']]);
      expect(named.links).toEqual([]);
      const linked = (await call('GET', `/api/v1/incidents/${other}/runbooks`)).json<{ runbooks: unknown[]; links: unknown[] }>();
      expect(linked).toMatchObject({ runbooks: [], links: [{ href: 'https://wiki.example.com/runbooks/slow-pages', text: 'Runbook' }] });
    });

    it('writes a tick to the timeline once, keeps it per incident, and refuses keys the current version lacks', async () => {
      const number = await alert('am-orders-db-key', { alertname: 'PostgresDown', instance: 'db-2' });
      const before = (await call('GET', `/api/v1/incidents/${number}/runbooks`)).json<{ runbooks: { id: string; checklist: { key: string; text: string; line: number; checked: boolean }[] }[] }>();
      const checklist = before.runbooks[0]!.checklist;
      expect(checklist.map((i) => [i.text, i.line])).toEqual([['Check the connection count', 10], ['Restart the pooler', 11], ['Tell the channel', 13]]);
      expect(checklist[0]!.key).toMatch(/^1-[0-9a-f]{12}$/);
      const url = `/api/v1/incidents/${number}/runbooks/database-connections/checklist/${checklist[1]!.key}`;
      const viewer = await call('PUT', url, 'vera', { checked: true });
      expect(viewer.statusCode).toBe(403);
      const ticked = await call('PUT', url, 'otto', { checked: true });
      expect(ticked.statusCode, ticked.body).toBe(200);
      expect(ticked.json().runbooks[0].checklist[1]).toMatchObject({ checked: true, checked_by: 'user:otto' });
      await call('PUT', url, 'otto', { checked: true });
      await call('PUT', url, 'rita', { checked: false });
      const timeline = (await call('GET', `/api/v1/incidents/${number}`)).json<{ timeline: { kind: string; actor: string; message: string; data: Record<string, unknown> }[] }>().timeline.filter((e) => e.kind === 'runbook_step');
      expect(timeline.map((e) => [e.actor, e.message])).toEqual([
        ['user:otto', 'Done: Restart the pooler (runbook "DB connections")'],
        ['user:rita', 'Not done: Restart the pooler (runbook "DB connections")'],
      ]);
      expect(timeline[0]!.data).toMatchObject({ runbook: 'database-connections', version: 2, item_key: checklist[1]!.key, checked: true });
      const stale = await call('PUT', `/api/v1/incidents/${number}/runbooks/database-connections/checklist/2-000000000000`, 'otto', { checked: true });
      expect(stale.statusCode).toBe(404);
      expect(stale.json()).toMatchObject({ code: 'VIGIL_CHECKLIST_ITEM_NOT_FOUND', message: expect.stringContaining('reload it and tick again') });
      const elsewhere = await call('PUT', `/api/v1/incidents/${number}/runbooks/any-5xx/checklist/1-000000000000`, 'otto', { checked: true });
      expect(elsewhere.json().message).toMatch(/^runbook "any-5xx" does not match incident #\d+/);
      const noBody = await call('PUT', url, 'otto', { done: true });
      expect(noBody.statusCode).toBe(400);
    });

    it('deletes a runbook for its team, with its versions, audited', async () => {
      const refused = await call('DELETE', '/api/v1/runbooks/store-only-5xx', 'rita');
      expect(refused.statusCode).toBe(403);
      const deleted = await call('DELETE', '/api/v1/runbooks/store-only-5xx', 'otto');
      expect(deleted.statusCode).toBe(204);
      expect((await call('GET', '/api/v1/runbooks/store-only-5xx')).statusCode).toBe(404);
      const versions = await t.database.db.selectFrom('runbook_versions').select('version').where('runbook_id', '=', 'store-only-5xx').execute();
      expect(versions).toEqual([]);
      const audit = await t.database.db.selectFrom('audit_log').select(['action', 'actor']).where('entity_id', '=', 'store-only-5xx').where('action', '=', 'runbook.delete').execute();
      expect(audit).toEqual([{ action: 'runbook.delete', actor: 'user:otto' }]);
    });
  });
}
