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
import { ClusterPulse } from './cluster-pulse.js';

/** On the real clock with a running engine and pulse: a one-second heartbeat misses and recovers. */
describe('a heartbeat on real time', () => {
  let database: TestDatabase;
  let engine: Engine;
  let pulse: ClusterPulse;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await ensureDefaultSeverities(database.db);
    await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, systemClock);
    expect((await applyYaml(database.db, 'sqlite', 'services:\n  - { id: jobs, name: Jobs }\n')).errors).toEqual([]);
    const runtime = createRuntime(database, { clock: systemClock, outbound: TEST_OUTBOUND });
    const notify = testNotifyServices();
    const events = createIncidentEvents(database.dialect, database.db);
    app = await buildApp({ runtime, notify, publicUrl: TEST_PUBLIC_URL, oidc: null, events });
    pulse = new ClusterPulse(runtime);
    await pulse.start();
    engine = createEngine(runtime, notify, { pollMs: 100 }, events);
    await engine.start();
  });
  afterAll(async () => {
    await engine?.stop();
    await pulse?.stop();
    await app?.close();
    await database?.destroy();
  });

  it('misses once interval + grace pass without a ping, opens an incident, and the next ping resolves it', async () => {
    const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const created = await app.inject({ method: 'POST', url: '/api/v1/heartbeats', headers: auth, payload: { service: 'jobs', name: 'minutely', interval: '1s', grace: '1s' } });
    expect(created.statusCode, created.body).toBe(201);
    const { id, url } = created.json<{ id: string; url: string }>();
    const path = new URL(url).pathname;
    const state = async () => (await app.inject({ method: 'GET', url: `/api/v1/heartbeats/${id}`, headers: auth })).json<{ state: string }>().state;
    const openIncidents = async () => (await database.db.selectFrom('incidents').select('id').where('status', '<>', 'resolved').execute()).length;

    // Pinged every 1.2 s for 4.8 s (pings under a second apart would count once): never misses.
    for (let i = 0; i < 4; i += 1) {
      expect((await app.inject({ method: 'POST', url: path })).json<{ counted: boolean }>().counted).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    }
    expect(await state()).toBe('armed');
    expect(await openIncidents()).toBe(0);

    const stopped = Date.now();
    await waitUntil(async () => (await state()) === 'missing', { what: 'the miss', ms: 6_000 });
    // The last ping was 1.2 s before `stopped`; interval + grace is 2 s.
    expect(Date.now() - stopped).toBeGreaterThanOrEqual(700);
    expect(await openIncidents()).toBe(1);

    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect(await state()).toBe('armed');
    expect(await openIncidents()).toBe(0);
  }, 20_000);
});
