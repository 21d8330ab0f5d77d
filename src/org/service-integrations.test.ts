import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

/** One team's service with two integrations, a member and a manager of that team, and an outsider. */
const ORG = `users:
  - { id: mona, name: Mona, email: mona@example.com }
  - { id: mike, name: Mike, email: mike@example.com }
  - { id: olga, name: Olga, email: olga@example.com }
  - { id: vera, name: Vera, email: vera@example.com, role: viewer }
teams:
  - { id: payments, name: Payments, members: [{ user: mona, role: manager }, mike] }
  - { id: platform, name: Platform, members: [olga] }
escalation_policies:
  - { id: payments, team: payments, levels: [{ targets: ["user:mona"], escalate_after: 5m }] }
services:
  - id: payment-gateway
    name: Payment gateway
    team: payments
    escalation_policy: payments
    integrations:
      - { type: events_v2, key: 9b1e4d7a2c6f0e8b3a5d1c9f7e2b4a60, name: Grafana Cloud }
      - { type: webhook, key: hook-payments-1, mapping: { summary: title } }
  - { id: quiet, name: Quiet, team: platform }
`;

const TOKENS = { mona: 'svc-mona-token-0123456789', mike: 'svc-mike-token-0123456789', olga: 'svc-olga-token-0123456789', vera: 'svc-vera-token-0123456789' } as const;

for (const dialect of DIALECTS) {
  describe(`service integrations and open incident counts on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
      const now = t.clock.now();
      await t.database.db.insertInto('api_tokens').values(Object.entries(TOKENS).map(([user, secret]) => (
        { id: `tok_${user}`, name: `${user}-cli`, token_hash: hashSecret(secret), role: user === 'vera' ? 'viewer' as const : 'responder' as const, user_id: user, kind: 'personal' as const, created_at: now, expires_at: null, revoked_at: null, last_used_at: null }
      ))).execute();
    });
    afterAll(async () => {
      await t.close();
    });
    const integrationsAs = (who: keyof typeof TOKENS | 'admin', service = 'payment-gateway') =>
      who === 'admin'
        ? t.request({ method: 'GET', url: `/api/v1/services/${service}/integrations` })
        : t.app.inject({ method: 'GET', url: `/api/v1/services/${service}/integrations`, headers: { authorization: `Bearer ${TOKENS[who]}` } });

    it('answers an admin the routing keys in the configured order, with the public address senders use, never cached', async () => {
      const response = await integrationsAs('admin');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toEqual({
        public_url: TEST_PUBLIC_URL,
        integrations: [
          { id: expect.any(String), type: 'events_v2', name: 'Grafana Cloud', key: '9b1e4d7a2c6f0e8b3a5d1c9f7e2b4a60', custom_mapping: false },
          { id: expect.any(String), type: 'webhook', name: null, key: 'hook-payments-1', custom_mapping: true },
        ],
      });
    });

    it('answers the keys to a plain member of the service\'s team as well as its manager', async () => {
      for (const who of ['mike', 'mona'] as const) {
        const response = await integrationsAs(who);
        expect(response.statusCode, `${who}: ${response.body}`).toBe(200);
        expect(response.json().integrations).toHaveLength(2);
      }
    });

    it('refuses the keys to a responder of another team and to a viewer, saying why', async () => {
      const outsider = await integrationsAs('olga');
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json()).toMatchObject({ code: 'VIGIL_FORBIDDEN', message: expect.stringContaining('team "payments"') });
      expect(outsider.body).not.toContain('9b1e4d7a');
      const viewer = await integrationsAs('vera');
      expect(viewer.statusCode).toBe(403);
      expect(viewer.body).not.toContain('9b1e4d7a');
    });

    it('answers 404 for a service that does not exist, and an empty list for one without integrations', async () => {
      const missing = await integrationsAs('admin', 'nope');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'VIGIL_SERVICE_NOT_FOUND' });
      expect((await integrationsAs('admin', 'quiet')).json()).toEqual({ public_url: TEST_PUBLIC_URL, integrations: [] });
    });

    it('keeps routing keys out of the service list and the service itself', async () => {
      for (const url of ['/api/v1/services', '/api/v1/services/payment-gateway']) {
        const response = await t.request({ method: 'GET', url });
        expect(response.statusCode).toBe(200);
        expect(response.body).not.toContain('9b1e4d7a2c6f0e8b3a5d1c9f7e2b4a60');
        expect(response.body).not.toContain('hook-payments-1');
      }
    });

    it('counts each service\'s open incidents, leaving resolved ones out', async () => {
      const declare = async (title: string) => {
        const created = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title, service: 'payment-gateway' } });
        expect(created.statusCode, created.body).toBe(201);
        return created.json().number as number;
      };
      await declare('Card declines spike');
      await declare('Payouts delayed');
      const resolved = await declare('Gone already');
      const resolving = await t.request({ method: 'POST', url: `/api/v1/incidents/${resolved}/resolve`, payload: {} });
      expect(resolving.statusCode, resolving.body).toBe(200);

      const list = (await t.request({ method: 'GET', url: '/api/v1/services' })).json() as { services: { id: string; open_incidents: number }[] };
      expect(list.services.map((s) => [s.id, s.open_incidents])).toEqual([['payment-gateway', 2], ['quiet', 0]]);
      expect((await t.request({ method: 'GET', url: '/api/v1/services/payment-gateway' })).json()).toMatchObject({ open_incidents: 2 });
    });
  });
}
