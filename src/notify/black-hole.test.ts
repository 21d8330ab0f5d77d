import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBootstrapToken } from '../access/api-tokens.js';
import { systemClock } from '../core/clock.js';
import { createRuntime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import { createEngine } from '../app/engine.js';
import { buildApp } from '../app/build-app.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { TEST_ADMIN_TOKEN, TEST_OUTBOUND, TEST_PUBLIC_URL, testNotifyServices } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { waitUntil } from '../test-support/wait.js';
import { startWebhookPeer, type WebhookPeer } from '../../test/peers/webhook-peer.js';
import { createWebhookProvider } from './providers/webhook.js';

/** Accepts every connection and never answers: the receiver that used to hold every page. */
async function startBlackHole(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: Server = createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    connections: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`a receiver that never answers, on ${dialect}`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let hole: Awaited<ReturnType<typeof startBlackHole>>;
    let grace: WebhookPeer;
    let app: Awaited<ReturnType<typeof buildApp>>;

    beforeEach(async () => {
      [hole, grace] = await Promise.all([startBlackHole(), startWebhookPeer()]);
      database = await createTestDatabase(dialect);
      await ensureDefaultSeverities(database.db);
      await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, systemClock);
      const frankHooks = [1, 2, 3, 4, 5, 6].map((i) => `      - { id: frank-hook-${i}, type: webhook, address: "http://127.0.0.1:${hole.port}/t${i}" }`);
      const frankRules = [1, 2, 3, 4, 5, 6].map((i) => `      - { contact_method: frank-hook-${i}, after: 0m }`);
      const applied = await applyYaml(
        database.db,
        dialect,
        [
          'users:',
          '  - { id: frank, name: Frank, email: frank@example.com }',
          '  - { id: grace, name: Grace, email: grace@example.com }',
          'escalation_policies:',
          '  - id: both',
          '    levels:',
          '      - { targets: ["user:frank", "user:grace"], escalate_after: 30m }',
          'services:',
          '  - { id: checkout, name: Checkout, escalation_policy: both }',
          '',
        ].join('\n'),
      );
      expect(applied.errors).toEqual([]);
      // Contact methods as their owners add them through the API, after the file.
      const now = Date.now();
      const methods = [...frankHooks.keys()].map((i) => ({ id: `frank-hook-${i + 1}`, user_id: 'frank', address: `http://127.0.0.1:${hole.port}/t${i + 1}` }));
      methods.push({ id: 'grace-hook', user_id: 'grace', address: `${grace.url}/grace` });
      await database.db
        .insertInto('contact_methods')
        .values(methods.map((m) => ({ ...m, name: null, type: 'webhook', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now })))
        .execute();
      await database.db
        .insertInto('notification_rules')
        .values(methods.map((m, position) => ({ id: `rule-${m.id}`, user_id: m.user_id, contact_method_id: m.id, delay_ms: 0, urgency: null, position })))
        .execute();
      const runtime = createRuntime(database, { clock: systemClock, outbound: TEST_OUTBOUND });
      // A short first-byte budget keeps the test quick; the limits and back-off are the real ones.
      const notify = testNotifyServices([createWebhookProvider({ secret: 'hook-secret', outbound: TEST_OUTBOUND, timeoutMs: 1_500 })]);
      app = await buildApp({ runtime, notify, publicUrl: TEST_PUBLIC_URL, oidc: null });
      engine = createEngine(runtime, notify, { pollMs: 200 });
      await engine.start();
      expect(frankRules).toHaveLength(6);
    });

    afterEach(async () => {
      await engine.stop();
      await app.close();
      await database.destroy();
      await Promise.all([hole.close(), grace.close()]);
    });

    const declare = async (title: string) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
        payload: { title, severity: 'SEV-1', service: 'checkout' },
      });
      expect(response.statusCode, response.body).toBe(201);
      return (response.json<{ number: number }>()).number;
    };

    it("pages another responder at once while six of one person's destinations never answer, and backs the silent host off", async () => {
      const delays: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const title = `Checkout down ${i}`;
        await declare(title);
        const declaredAt = Date.now();
        await waitUntil(() => grace.requests.some((r) => r.body.includes(title)), { what: `grace's page for ${title}`, ms: 10_000 });
        delays.push((grace.requests.find((r) => r.body.includes(title))?.receivedAt ?? Infinity) - declaredAt);
      }
      expect(hole.connections()).toBeGreaterThan(0);
      // Behind the silent host these took 9 s and more each; beside it they take milliseconds.
      for (const delay of delays) expect(delay).toBeLessThan(1_000);

      // The silent host: its sends time out on the first byte, then it is backed off, and the
      // delivery log says so without a connection being tried.
      type Delivery = { user: string | null; status: string; history: { status: string; detail: string | null }[] };
      const frankDeliveries = async () => {
        const response = await app.inject({ method: 'GET', url: '/api/v1/incidents/1/deliveries', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
        return response.json<{ deliveries: Delivery[] }>().deliveries.filter((d) => d.user === 'frank');
      };
      await waitUntil(async () => (await frankDeliveries()).some((d) => d.history.some((h) => /backed off until/.test(h.detail ?? ''))), { what: 'a delivery backed off', ms: 15_000 });
      const details = (await frankDeliveries()).flatMap((d) => d.history.map((h) => h.detail ?? ''));
      expect(details.some((d) => /did not (start answering|answer) within 1500 ms/.test(d))).toBe(true);
      expect(details.find((d) => /backed off until/.test(d))).toMatch(/not tried: webhook at 127\.0\.0\.1:\d+ failed to answer \d+ times in a row/);
      // Four at a time at most, however many contact methods point there.
      expect(hole.connections()).toBeLessThanOrEqual(4 * 2);
    }, 40_000);
  });
}
