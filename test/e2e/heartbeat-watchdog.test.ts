import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBootstrapToken } from '../../src/access/api-tokens.js';
import { buildApp } from '../../src/app/build-app.js';
import { createEngine } from '../../src/app/engine.js';
import { createIncidentEvents } from '../../src/app/incident-events.js';
import { systemClock } from '../../src/core/clock.js';
import { createRuntime } from '../../src/core/runtime.js';
import type { Engine } from '../../src/engine/engine.js';
import { ClusterPulse } from '../../src/heartbeats/cluster-pulse.js';
import { ensureDefaultSeverities } from '../../src/incidents/severities.js';
import { TEST_ADMIN_TOKEN, TEST_OUTBOUND, TEST_PUBLIC_URL, testNotifyServices } from '../../src/test-support/app.js';
import { applyYaml } from '../../src/test-support/config.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/databases.js';
import { eventually, requireExecutable, startAlertmanager, type Peer } from './peers.js';

/*
 * Prometheus' Watchdog pattern against the real Alertmanager (Debian's prometheus-alertmanager):
 * an always-firing alert routed to a heartbeat's address keeps it armed; once the alert ends,
 * Alertmanager sends it resolved, which is no ping, and the heartbeat misses.
 */
describe('a heartbeat driven by a real Alertmanager Watchdog', () => {
  let database: TestDatabase;
  let engine: Engine;
  let pulse: ClusterPulse;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let alertmanager: Peer | undefined;
  const logs = () => `alertmanager:\n${alertmanager?.output() ?? '(not started)'}`;
  const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

  beforeAll(async () => {
    requireExecutable('prometheus-alertmanager', 'prometheus-alertmanager');
    database = await createTestDatabase('sqlite');
    await ensureDefaultSeverities(database.db);
    await seedBootstrapToken(database.db, TEST_ADMIN_TOKEN, systemClock);
    expect((await applyYaml(database.db, 'sqlite', 'services:\n  - { id: monitoring, name: Monitoring }\n')).errors).toEqual([]);
    const runtime = createRuntime(database, { clock: systemClock, outbound: TEST_OUTBOUND });
    const notify = testNotifyServices();
    const events = createIncidentEvents(database.dialect, database.db);
    app = await buildApp({ runtime, notify, publicUrl: TEST_PUBLIC_URL, oidc: null, events });
    await app.listen({ port: 0, host: '127.0.0.1' });
    pulse = new ClusterPulse(runtime);
    await pulse.start();
    engine = createEngine(runtime, notify, { pollMs: 200 }, events);
    await engine.start();
  }, 30_000);
  afterAll(async () => {
    await alertmanager?.stop();
    await engine?.stop();
    await pulse?.stop();
    await app?.close();
    await database?.destroy();
  }, 30_000);

  it('stays armed while the Watchdog fires, misses once it stops, and opens an incident on the service', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/heartbeats', headers: auth, payload: { service: 'monitoring', name: 'Prometheus Watchdog', interval: '3s', grace: '2s' } });
    expect(created.statusCode, created.body).toBe(201);
    const { id, url } = created.json<{ id: string; url: string }>();
    const { port } = app.server.address() as AddressInfo;
    const target = `http://127.0.0.1:${port}${new URL(url).pathname}`;
    alertmanager = await startAlertmanager(`
route:
  receiver: heartbeat
  group_by: [alertname]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1s
receivers:
  - name: heartbeat
    webhook_configs:
      - url: ${target}
        send_resolved: true
`);
    const watchdog = (endsAt?: string) => ({ labels: { alertname: 'Watchdog', severity: 'none' }, annotations: { summary: 'The alerting pipeline works' }, ...(endsAt ? { endsAt } : {}) });
    const post = async (body: object[]) => {
      const response = await fetch(`${alertmanager?.url}/api/v2/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status, await response.text()).toBe(200);
    };
    const heartbeat = async () => (await app.inject({ method: 'GET', url: `/api/v1/heartbeats/${id}`, headers: auth })).json<{ state: string; last_ping_at: string | null }>();
    const openIncidents = async () => database.db.selectFrom('incidents').select(['title', 'service_id']).where('status', '<>', 'resolved').execute();

    await post([watchdog()]);
    await eventually(async () => expect((await heartbeat()).state).toBe('armed'), 15_000, logs);
    // Three intervals with the Watchdog firing: no miss.
    await new Promise((resolve) => setTimeout(resolve, 9_000));
    expect((await heartbeat()).state).toBe('armed');
    expect(await openIncidents()).toEqual([]);

    // Prometheus "stops": the Watchdog ends, Alertmanager sends it resolved, which is no ping.
    await post([watchdog(new Date(Date.now() - 1_000).toISOString())]);
    await eventually(async () => expect((await heartbeat()).state).toBe('missing'), 20_000, logs);
    const open = await openIncidents();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ service_id: 'monitoring', title: expect.stringMatching(/^No heartbeat from Prometheus Watchdog since /) });

    // Firing again: the next ping resolves the miss.
    await post([watchdog()]);
    await eventually(async () => expect((await heartbeat()).state).toBe('armed'), 15_000, logs);
    expect(await openIncidents()).toEqual([]);
  }, 90_000);
});
