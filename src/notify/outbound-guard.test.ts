import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundPolicy } from '../core/outbound.js';
import { createTestApp, testNotifyServices, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';
import { startWebhookPeer, type WebhookPeer } from '../../test/peers/webhook-peer.js';
import { createWebhookProvider } from './providers/webhook.js';

/**
 * Outgoing webhooks and private networks: an address naming one is refused when it is added,
 * and a name that resolves to one is refused when sending. The test app allows 127.0.0.1 (where
 * the peers listen), so the API checks use other private ranges; the sending check uses a
 * provider that allows nothing, as a deployment without VIGIL_OUTBOUND_ALLOW has.
 */
const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
`;

for (const dialect of DIALECTS) {
  describe(`outgoing requests to private addresses on ${dialect}`, () => {
    let t: TestApp;
    let receiver: WebhookPeer;
    beforeAll(async () => {
      receiver = await startWebhookPeer();
      t = await createTestApp(dialect, { notify: testNotifyServices([createWebhookProvider({ secret: 'hook-secret', outbound: OutboundPolicy.strict() })]) });
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
    });
    afterAll(async () => {
      await t.close();
      await receiver.close();
    });
    const add = (body: object) => t.request({ method: 'POST', url: '/api/v1/users/alice/contact-methods', payload: body });

    it.each([
      ['webhook', 'http://169.254.169.254/latest/meta-data/', 'linkLocal', '169.254.169.254 is a link-local address'],
      ['webhook', 'https://10.20.30.40/hook', 'private', '10.20.30.40 is a private address'],
      ['teams', 'https://[::1]/workflows', 'loopback', '::1 is a loopback address'],
      ['ntfy', 'http://100.64.1.2/alice', 'carrierGradeNat', '100.64.1.2 is a carrier-grade NAT address'],
      ['webhook', 'http://[fd00::7]/x', 'uniqueLocal', 'fd00::7 is a unique-local IPv6 address'],
      ['webhook', 'http://[::ffff:10.0.0.1]/x', 'ipv4Mapped', '::ffff:a00:1 is an IPv4-mapped IPv6 address'],
    ])('refuses a %s contact method at %s with 400, naming the range and how to allow it', async (type, address, range, reason) => {
      const response = await add({ type, address });
      expect(response.statusCode, response.body).toBe(400);
      const body = response.json();
      expect(body).toMatchObject({ code: 'VIGIL_ADDRESS_NOT_ALLOWED', details: { range }, fields: [{ path: 'body.address' }] });
      expect(body.message).toContain(reason);
      expect(body.message).toContain('VIGIL_OUTBOUND_ALLOW');
      expect(await t.database.db.selectFrom('contact_methods').select('id').where('address', '=', address).execute()).toEqual([]);
    });

    it('accepts a public address, and the address the test setup allows', async () => {
      expect((await add({ type: 'webhook', address: 'https://hooks.example.com/vigil' })).statusCode).toBe(201);
      expect((await add({ type: 'webhook', address: `${receiver.url}/allowed` })).statusCode).toBe(201);
    });

    it('fails a delivery permanently when the name resolves to a refused address when sending', async () => {
      // Added while the name pointed elsewhere (or through the file with another allow-list):
      // what counts is where it resolves when sending.
      const now = t.clock.now();
      const address = `http://localhost:${new URL(receiver.url).port}/pages/alice`;
      await t.database.db
        .insertInto('contact_methods')
        .values({ id: 'alice-rebound', user_id: 'alice', name: null, type: 'webhook', address, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now })
        .execute();
      const sent = await t.request({ method: 'POST', url: '/api/v1/users/alice/test-page', payload: { contact_method: 'alice-rebound' } });
      expect(sent.statusCode, sent.body).toBe(202);
      const id = (sent.json() as { deliveries: { id: string }[] }).deliveries[0]!.id;
      await t.engine.runDue();

      const delivery = (await t.request({ method: 'GET', url: `/api/v1/deliveries/${id}` })).json();
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1 });
      expect(delivery.last_error).toBe(
        'not sent: localhost (127.0.0.1) is a loopback address (127.0.0.0/8, ::1); Vigil calls private and reserved addresses only when VIGIL_OUTBOUND_ALLOW lists them: add 127.0.0.1 or localhost, or its network',
      );
      expect(receiver.requests.filter((r) => r.path === '/pages/alice')).toEqual([]);
    });
  });
}
