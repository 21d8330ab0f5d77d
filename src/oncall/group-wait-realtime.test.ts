import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../test-support/databases.js';
import { startRealTimeApp, type RealTimeApp } from '../test-support/real-time-app.js';
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
  let app: RealTimeApp['app'];
  let vigil: RealTimeApp;

  beforeAll(async () => {
    vigil = await startRealTimeApp(ORG, async ({ db }) => {
      const now = Date.now();
      await db.insertInto('contact_methods').values({ id: 'alice-hook', user_id: 'alice', name: null, type: 'webhook', address: 'https://hooks.example.com/alice', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }).execute();
      await db.insertInto('notification_rules').values({ id: 'alice-rule', user_id: 'alice', contact_method_id: 'alice-hook', delay_ms: 0, urgency: null, position: 0 }).execute();
    });
    ({ database, app } = vigil);
  });
  afterAll(async () => {
    await vigil?.close();
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
