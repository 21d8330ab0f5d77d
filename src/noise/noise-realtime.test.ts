import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_TOKEN } from '../test-support/app.js';
import type { TestDatabase } from '../test-support/databases.js';
import { startRealTimeApp, type RealTimeApp } from '../test-support/real-time-app.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'api-events-0123456789abcdef';
const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
teams:
  - { id: platform, name: Platform, members: [{ user: alice, role: manager }] }
escalation_policies:
  - id: oncall
    levels:
      - { targets: ["user:alice"], escalate_after: 30m }
services:
  - id: api
    name: API
    team: platform
    escalation_policy: oncall
    flapping: { threshold: 2, window: 2s }
    integrations: [{ type: events_v2, key: ${KEY} }]
`;

/**
 * On the real clock, with a running engine and second-scale settings: a silence and a maintenance
 * window that end release what they held, and a flapping alert settles. (The same rules run on a
 * fake clock in the slices' own tests.)
 */
describe('noise control on real time', () => {
  let database: TestDatabase;
  let app: RealTimeApp['app'];
  let vigil: RealTimeApp;

  beforeAll(async () => {
    vigil = await startRealTimeApp(ORG);
    ({ database, app } = vigil);
  });
  afterAll(async () => {
    await vigil?.close();
  });

  const send = async (action: 'trigger' | 'resolve', dedup: string, source = 'db') => {
    const response = await app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: KEY, event_action: action, dedup_key: dedup, payload: { summary: `${dedup} down`, source, severity: 'critical' } } });
    expect(response.statusCode).toBe(202);
  };
  const api = async (method: 'POST' | 'GET', url: string, payload?: unknown) => {
    const response = await app.inject({ method, url, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }, ...(payload === undefined ? {} : { payload: payload as object }) });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json();
  };
  const alertOf = (dedup: string) => database.db.selectFrom('alerts').selectAll().where('dedup_key', '=', dedup).orderBy('first_seen_at', 'desc').executeTakeFirstOrThrow();

  it('opens a silenced alert that still fires when its silence ends', async () => {
    const now = Date.now();
    await api('POST', '/api/v1/silences', { matchers: [{ field: 'source', op: '=', value: 'db' }], starts_at: new Date(now).toISOString(), ends_at: new Date(now + 2_000).toISOString(), comment: 'Failing over the primary' });
    await send('trigger', 'db-primary');
    const held = await alertOf('db-primary');
    expect(held.status).toBe('suppressed');
    expect(held.incident_id).toBeNull();
    await waitUntil(async () => (await alertOf('db-primary')).incident_id !== null, { what: 'the release at the silence end', ms: 8_000 });
    const released = await alertOf('db-primary');
    expect(Date.now() - now).toBeGreaterThanOrEqual(1_900);
    expect(released.status).toBe('triggered');
    expect(released.trail).toMatch(/ S sil_.*; *\d+ L sil_.*\d+ O inc_/);
  });

  it('opens an alert held by maintenance when the window ends', async () => {
    const now = Date.now();
    await api('POST', '/api/v1/maintenance-windows', { services: ['api'], starts_at: new Date(now).toISOString(), ends_at: new Date(now + 2_000).toISOString(), reason: 'Kernel upgrade' });
    await send('trigger', 'web-latency', 'web');
    expect((await alertOf('web-latency')).status).toBe('suppressed');
    await waitUntil(async () => (await alertOf('web-latency')).incident_id !== null, { what: 'the release at the window end', ms: 8_000 });
    expect((await alertOf('web-latency')).trail).toMatch(/ W mw_.* L mw_.* O inc_/);
  });

  it('holds a flapping alert on one incident, then resolves it once the alert has been stable for the window', async () => {
    for (let i = 0; i < 3; i += 1) {
      await send('trigger', 'queue-depth', 'queue');
      await send('resolve', 'queue-depth', 'queue');
    }
    // Threshold 2: the first cycle resolves its incident; the second opens one and, at its resolve
    // (four changes within the window), is flapping: that incident is held open and the third
    // cycle joins it instead of opening a third.
    const incidents = await database.db.selectFrom('alerts').select('incident_id').distinct().where('dedup_key', '=', 'queue-depth').orderBy('incident_id').execute();
    expect(incidents).toHaveLength(2);
    const incidentId = incidents[1]!.incident_id as string;
    const kinds = async () => (await database.db.selectFrom('timeline_entries').select('kind').where('incident_id', '=', incidentId).orderBy('seq').execute()).map((e) => e.kind);
    expect(await kinds()).toContain('flapping_started');
    expect((await database.db.selectFrom('incidents').select('status').where('id', '=', incidentId).executeTakeFirstOrThrow()).status).not.toBe('resolved');
    await waitUntil(async () => (await kinds()).includes('flapping_stopped'), { what: 'flapping to settle', ms: 8_000 });
    expect((await database.db.selectFrom('incidents').select('status').where('id', '=', incidentId).executeTakeFirstOrThrow()).status).toBe('resolved');
  });
});
