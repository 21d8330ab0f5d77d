import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookPeer, type WebhookPeer } from '../../test/peers/webhook-peer.js';
import { seedBootstrapToken } from '../access/api-tokens.js';
import { buildApp } from '../app/build-app.js';
import { createEngine } from '../app/engine.js';
import { createIncidentEvents } from '../app/incident-events.js';
import { systemClock } from '../core/clock.js';
import { silentLogger } from '../core/logger.js';
import { createRuntime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import { createWebhookProvider } from '../notify/providers/webhook.js';
import { TEST_ADMIN_TOKEN, TEST_OUTBOUND, testNotifyServices } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { waitUntil } from '../test-support/wait.js';
import type { FastifyInstance } from 'fastify';

/** A severity that wants an update every 5 seconds, and a commander whose contact method is a webhook. */
const CONFIG = `
severities:
  - { id: FAST, name: Fast, respond_within: 1h, update_every: 5s, urgency: high }
users:
  - { id: alice, name: Alice, email: alice@example.com }
services:
  - { id: checkout, name: Checkout }
`;

/**
 * The cadence with the real clock and the engine running on its own: a reminder reaches the
 * commander's webhook about five seconds after they take the incident, and a status update
 * starts the count again.
 */
describe('status-update reminders, end to end, with a 5-second cadence', () => {
  let database: TestDatabase;
  let hooks: WebhookPeer;
  let app: FastifyInstance;
  let engine: Engine;
  beforeEach(async () => {
    hooks = await startWebhookPeer();
    database = await createTestDatabase('sqlite');
    const applied = await applyYaml(database.db, 'sqlite', CONFIG);
    expect(applied.errors).toEqual([]);
    const now = Date.now();
    await database.db.insertInto('contact_methods').values({ id: 'alice-hook', user_id: 'alice', name: null, type: 'webhook', address: `${hooks.url}/alice`, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }).execute();
    const clock = systemClock;
    await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, clock);
    const runtime = createRuntime(database, { clock, logger: silentLogger, outbound: TEST_OUTBOUND });
    const notify = testNotifyServices([createWebhookProvider({ secret: 'hook-secret', outbound: TEST_OUTBOUND })], { webhook: 0 });
    app = await buildApp({ runtime, notify, events: createIncidentEvents(database.dialect, database.db) });
    await app.ready();
    engine = createEngine(runtime, notify, { pollMs: 200 });
    await engine.start();
  });
  afterEach(async () => {
    await engine.stop();
    await app.close();
    await database.destroy();
    await hooks.close();
  });

  const request = (method: 'POST' | 'PUT', url: string, payload: unknown) => app.inject({ method, url, payload: payload as Record<string, unknown>, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
  const reminders = () => hooks.requests.map((r) => JSON.parse(r.body) as { event: { type: string; text: string } | null }).filter((b) => b.event?.type === 'reminder');

  it('delivers the reminder to the webhook when the update falls due, and again one interval after an update', async () => {
    const declared = await request('POST', '/api/v1/incidents', { title: 'Checkout slow', service: 'checkout', severity: 'FAST' });
    expect(declared.statusCode, declared.body).toBe(201);
    const number = declared.json<{ number: number }>().number;
    const assigned = Date.now();
    expect((await request('PUT', `/api/v1/incidents/${number}/roles/commander`, { user: 'alice' })).statusCode).toBe(200);

    await waitUntil(() => reminders().length >= 1, { what: 'the first reminder', ms: 9_000 });
    const firstAt = Date.now();
    expect(firstAt - assigned).toBeGreaterThanOrEqual(5_000);
    expect(reminders()[0]!.event).toEqual({ type: 'reminder', text: 'a status update is due: post one in Vigil' });

    const postedAt = Date.now();
    const posted = await request('POST', `/api/v1/incidents/${number}/status-updates`, { status: 'monitoring', message: 'Cache warmed; watching', audience: 'internal' });
    expect(posted.statusCode, posted.body).toBe(201);
    await waitUntil(() => reminders().length >= 2, { what: 'the reminder of the next cycle', ms: 9_000 });
    expect(Date.now() - postedAt).toBeGreaterThanOrEqual(5_000);
  }, 30_000);
});
