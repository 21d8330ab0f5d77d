import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBootstrapToken } from '../access/api-tokens.js';
import { buildApp } from '../app/build-app.js';
import { createEngine } from '../app/engine.js';
import { createIncidentEvents } from '../app/incident-events.js';
import { systemClock } from '../core/clock.js';
import { createRuntime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import { TEST_ADMIN_TOKEN, TEST_OUTBOUND, TEST_PUBLIC_URL, testNotifyServices } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { waitUntil } from '../test-support/wait.js';

const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
escalation_policies:
  - id: oncall
    levels:
      - { targets: ["user:alice"], escalate_after: 30m }
services:
  - id: api
    name: API
    escalation_policy: oncall
    grouping: { by: [source], wait: 2s, interval: 2s }
    integrations: [{ type: events_v2, key: api-events-0123456789abcdef }]
`;

/** On the real clock, with a running engine: a 2 s wait gathers, a 2 s interval tells the paged once. */
describe('grouping wait and interval on real time', () => {
  let database: TestDatabase;
  let engine: Engine;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await ensureDefaultSeverities(database.db);
    await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, systemClock);
    expect((await applyYaml(database.db, 'sqlite', ORG)).errors).toEqual([]);
    const now = Date.now();
    await database.db.insertInto('contact_methods').values({ id: 'alice-hook', user_id: 'alice', name: null, type: 'webhook', address: 'https://hooks.example.com/alice', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }).execute();
    await database.db.insertInto('notification_rules').values({ id: 'alice-rule', user_id: 'alice', contact_method_id: 'alice-hook', delay_ms: 0, urgency: null, position: 0 }).execute();
    const runtime = createRuntime(database, { clock: systemClock, outbound: TEST_OUTBOUND });
    const notify = testNotifyServices();
    const events = createIncidentEvents(database.dialect, database.db);
    app = await buildApp({ runtime, notify, publicUrl: TEST_PUBLIC_URL, oidc: null, events });
    engine = createEngine(runtime, notify, { pollMs: 100 }, events);
    await engine.start();
  });
  afterAll(async () => {
    await engine?.stop();
    await app?.close();
    await database?.destroy();
  });

  it('pages once after the wait with every alert that joined, then sends one update for the later ones', async () => {
    const trigger = async (dedup: string) => {
      const response = await app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'api-events-0123456789abcdef', event_action: 'trigger', dedup_key: dedup, payload: { summary: `${dedup} down`, source: 'db', severity: 'critical' } } });
      expect(response.statusCode).toBe(202);
    };
    const opened = Date.now();
    await trigger('db-1');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await trigger('db-2');
    const incident = await database.db.selectFrom('incidents').select('id').executeTakeFirstOrThrow();
    const pages = () => database.db.selectFrom('pages').select('created_at').where('incident_id', '=', incident.id).execute();
    expect(await pages()).toEqual([]);
    await waitUntil(async () => (await pages()).length > 0, { what: 'the first page', ms: 6_000 });
    const [page] = await pages();
    expect(Number(page!.created_at) - opened).toBeGreaterThanOrEqual(1_900);
    expect(await database.db.selectFrom('alerts').select('id').where('incident_id', '=', incident.id).execute()).toHaveLength(2);

    await trigger('db-3');
    await trigger('db-4');
    const updates = () => database.db.selectFrom('deliveries').select('event').where('incident_id', '=', incident.id).where('kind', '=', 'event').execute();
    await waitUntil(async () => (await updates()).length > 0, { what: 'the interval update', ms: 6_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = await updates();
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.event as string).text).toMatch(/^2 more alerts joined #\d+ db-1 down \(4 open\): db-3 down; db-4 down$/);
  }, 20_000);
});
