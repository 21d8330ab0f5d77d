import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

/** Two teams, each with a manager, a policy and a service, and a policy that belongs to no team. */
const TWO_TEAMS = `users:
  - { id: mona, name: Mona, email: mona@example.com }
  - { id: pete, name: Pete, email: pete@example.com }
  - { id: both, name: Both, email: both@example.com }
teams:
  - { id: payments, name: Payments, members: [{ user: mona, role: manager }, { user: both, role: manager }] }
  - { id: platform, name: Platform, members: [{ user: pete, role: manager }, { user: both, role: manager }] }
escalation_policies:
  - { id: payments-oncall, team: payments, levels: [{ targets: ["user:mona"], escalate_after: 5m }] }
  - { id: platform, team: platform, levels: [{ targets: ["user:pete"], escalate_after: 5m }] }
  - { id: company, levels: [{ targets: ["user:pete"], escalate_after: 5m }] }
services:
  - { id: payment-gateway, name: Payment Gateway, team: payments, escalation_policy: payments-oncall }
`;

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

for (const dialect of DIALECTS) {
  describe(`services pointing at another team's escalation policy on ${dialect}`, () => {
    let t: TestApp;
    const tokens = { mona: 'org-mona-token-0123456789', pete: 'org-pete-token-0123456789', both: 'org-both-token-0123456789' };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, TWO_TEAMS)).errors).toEqual([]);
      const now = t.clock.now();
      await t.database.db.insertInto('api_tokens').values(Object.entries(tokens).map(([user, secret]) => (
        { id: `tok_${user}`, name: `${user}-cli`, token_hash: hashSecret(secret), role: 'responder' as const, user_id: user, kind: 'personal' as const, created_at: now, expires_at: null, revoked_at: null, last_used_at: null }
      ))).execute();
    });
    afterAll(async () => {
      await t.close();
    });
    const patch = (as: keyof typeof tokens | 'admin', payload: object) =>
      as === 'admin'
        ? t.request({ method: 'PATCH', url: '/api/v1/services/payment-gateway', payload })
        : t.app.inject({ method: 'PATCH', url: '/api/v1/services/payment-gateway', headers: { authorization: `Bearer ${tokens[as]}` }, payload });
    const policyOf = async () => (await t.database.db.selectFrom('services').select('escalation_policy_id').where('id', '=', 'payment-gateway').executeTakeFirstOrThrow()).escalation_policy_id;

    it('refuses a team manager pointing their service at another team\'s policy, naming the team whose consent it needs', async () => {
      const refused = await patch('mona', { escalation_policy: 'platform' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({
        code: 'VIGIL_TEAM_CONSENT_REQUIRED',
        message: expect.stringContaining('team "platform"'),
        fields: [{ path: 'body.escalation_policy' }],
        details: { team: 'platform' },
      });
      expect(await policyOf()).toBe('payments-oncall');
    });

    it('refuses a team manager pointing their service at a policy that belongs to no team', async () => {
      const refused = await patch('mona', { escalation_policy: 'company' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_TEAM_CONSENT_REQUIRED', message: expect.stringContaining('belongs to no team') });
      expect(await policyOf()).toBe('payments-oncall');
    });

    it('lets a team manager point their service at their own team\'s policy, and clear it', async () => {
      expect((await patch('mona', { escalation_policy: null })).statusCode).toBe(200);
      const pointed = await patch('mona', { escalation_policy: 'payments-oncall' });
      expect(pointed.statusCode, pointed.body).toBe(200);
      expect(pointed.json()).toMatchObject({ escalation_policy: 'payments-oncall' });
    });

    it('lets a manager of both teams, and an admin, point the service at the other team\'s policy', async () => {
      const byBoth = await patch('both', { escalation_policy: 'platform' });
      expect(byBoth.statusCode, byBoth.body).toBe(200);
      expect((await patch('admin', { escalation_policy: 'payments-oncall' })).statusCode).toBe(200);
      const byAdmin = await patch('admin', { escalation_policy: 'company' });
      expect(byAdmin.statusCode, byAdmin.body).toBe(200);
      expect(await policyOf()).toBe('company');
    });

    it('lets a team manager change other fields while the service keeps a policy another team agreed to', async () => {
      expect((await patch('admin', { escalation_policy: 'platform' })).statusCode).toBe(200);
      const renamed = await patch('mona', { name: 'Payments Gateway', escalation_policy: 'platform' });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({ name: 'Payments Gateway', escalation_policy: 'platform' });
    });

    it('still answers an unknown policy with 422, not 403', async () => {
      const unknown = await patch('mona', { escalation_policy: 'nope' });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND' });
    });
  });
}
