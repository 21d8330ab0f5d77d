import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

for (const dialect of DIALECTS) {
  describe(`services API on ${dialect}`, () => {
    let t: TestApp;
    const MONA = 'org-mona-token-0123456789';
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const now = t.clock.now();
      await db.insertInto('users').values({ id: 'mona', name: 'Mona', email: 'mona@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }).execute();
      await db.insertInto('teams').values({ id: 'payments', name: 'Payments', description: null, created_at: now, updated_at: now }).execute();
      await db.insertInto('team_members').values({ team_id: 'payments', user_id: 'mona', role: 'manager', position: 0 }).execute();
      await db.insertInto('api_tokens').values({ id: 'tok_mona', name: 'mona-cli', token_hash: hashSecret(MONA), role: 'responder', user_id: 'mona', kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
      await db.insertInto('escalation_policies').values({ id: 'payments-oncall', name: 'Payments', description: null, team_id: 'payments', repeat: 0, created_at: now, updated_at: now }).execute();
      await db.insertInto('services').values({ id: 'checkout', name: 'Checkout', description: null, team_id: 'payments', severity_map: null, escalation_policy_id: null, created_at: now, updated_at: now }).execute();
    });
    afterAll(async () => {
      await t.close();
    });

    it('lets a team manager change the team\'s service, audited with before and after', async () => {
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/services/checkout',
        headers: { authorization: `Bearer ${MONA}` },
        payload: { name: 'Checkout API', escalation_policy: 'payments-oncall', auto_resolve: false },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ id: 'checkout', name: 'Checkout API', escalation_policy: 'payments-oncall', auto_resolve: false, team: 'payments' });
      const audit = await t.request({ method: 'GET', url: '/api/v1/audit?entity=service:checkout' });
      expect(audit.json()).toMatchObject({ entries: [{ actor: 'user:mona', action: 'service.update', before: { name: 'Checkout', escalation_policy: null }, after: { name: 'Checkout API', escalation_policy: 'payments-oncall' } }] });
    });

    it('sets and clears a service\'s alert grouping, refusing fields that name nothing', async () => {
      const set = await t.request({ method: 'PATCH', url: '/api/v1/services/checkout', payload: { grouping: { by: ['component', 'labels.cluster'] } } });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ grouping: { by: ['component', 'labels.cluster'] } });
      const wrong = await t.request({ method: 'PATCH', url: '/api/v1/services/checkout', payload: { grouping: { by: ['component', 'hostname'] } } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.grouping.by.1', message: expect.stringContaining('"hostname" is not an alert field; use summary') }] });
      const cleared = await t.request({ method: 'PATCH', url: '/api/v1/services/checkout', payload: { grouping: null } });
      expect(cleared.json()).toMatchObject({ grouping: null });
      expect((await t.request({ method: 'GET', url: '/api/v1/services/checkout' })).json()).toMatchObject({ grouping: null });
    });

    it('refuses an unknown escalation policy and unknown fields', async () => {
      const unknown = await t.request({ method: 'PATCH', url: '/api/v1/services/checkout', payload: { escalation_policy: 'nope' } });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND', fields: [{ path: 'body.escalation_policy' }] });
      const extra = await t.request({ method: 'PATCH', url: '/api/v1/services/checkout', payload: { team: 'other' } });
      expect(extra.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.team', message: 'is not a known field' }] });
      expect((await t.request({ method: 'PATCH', url: '/api/v1/services/missing', payload: {} })).statusCode).toBe(404);
    });
  });
}
