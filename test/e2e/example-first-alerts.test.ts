import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentView } from '../../src/incidents/incident-view.js';
import { createConfiguredTestApp, testNotifyServices, TEST_OUTBOUND, type TestApp } from '../../src/test-support/app.js';
import { EXAMPLE_CONFIG_FILE } from '../../src/test-support/config.js';
import { createWebhookProvider } from '../../src/notify/providers/webhook.js';
import { startWebhookPeer, type WebhookPeer } from '../peers/webhook-peer.js';
import { requireExecutable, startAlertmanager, type Peer } from './peers.js';
import { eventually } from './vigil-process.js';

/**
 * The first hour on the shipped example: the README's `curl`, an Events API v1 event and an
 * alert through a real Alertmanager (configured as docs/migrating-from-pagerduty.md says) each
 * open an incident of their own on `checkout`, and each pages someone whose delivery can be
 * seen. The example is used as shipped except for its placeholder receivers, which point at a
 * receiver this test runs.
 */

const EXAMPLE = readFileSync(new URL('../../deploy/example/vigil.yaml', import.meta.url), 'utf8');
const CHECKOUT_EVENTS_KEY = '3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85';
const CHECKOUT_ALERTMANAGER_KEY = 'am-checkout-5d1e9b7c2a4f';

/** The README's quick-start `curl` body, as written there. */
function readmeCurlBody(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const body = /v2\/enqueue -H 'Content-Type: application\/json' -d '([\s\S]+?)'\n/.exec(readme)?.[1];
  if (!body) throw new Error('the README no longer has its /v2/enqueue curl example');
  return body;
}

describe('the first alerts on the example configuration', () => {
  let t: TestApp;
  let receiver: WebhookPeer;
  let alertmanager: Peer | undefined;
  let base = '';

  beforeAll(async () => {
    requireExecutable('prometheus-alertmanager', 'prometheus-alertmanager');
    receiver = await startWebhookPeer();
    const yaml = EXAMPLE.replace(/http:\/\/127\.0\.0\.1:\d+\//g, `${receiver.url}/`);
    t = await createConfiguredTestApp('sqlite', yaml, { configFile: EXAMPLE_CONFIG_FILE, notify: testNotifyServices([createWebhookProvider({ secret: 'example-secret', outbound: TEST_OUTBOUND })]) });
    // Real time from here: the engine runs as in production.
    t.clock.set(Date.now());
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    alertmanager = await startAlertmanager(`
route:
  receiver: vigil
  group_by: [alertname]
  group_wait: 0s
  group_interval: 1s
receivers:
  - name: vigil
    webhook_configs:
      - url: ${base}/integrations/alertmanager/${CHECKOUT_ALERTMANAGER_KEY}
        send_resolved: true
`);
  }, 30_000);

  afterAll(async () => {
    await alertmanager?.stop();
    await t?.close();
    await receiver?.close();
  });

  it('opens an incident for each sender and pages the on-call for each, with the deliveries visible', async () => {
    const curl = await fetch(`${base}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: readmeCurlBody() });
    expect(curl.status, await curl.text()).toBe(202);
    const v1 = await fetch(`${base}/generic/2010-04-15/create_event.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ service_key: CHECKOUT_EVENTS_KEY, event_type: 'trigger', incident_key: 'legacy-cron-1', description: 'Nightly export failed' }),
    });
    expect(v1.status, await v1.text()).toBe(200);
    const posted = await fetch(`${alertmanager!.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ labels: { alertname: 'CheckoutLatency', severity: 'critical', instance: 'api-1' }, annotations: { summary: 'Checkout p99 above 2 s' } }]),
    });
    expect(posted.status).toBe(200);

    const incidents = await eventually(async () => {
      const response = await t.request({ method: 'GET', url: '/api/v1/incidents?service=checkout' });
      expect(response.statusCode, response.body).toBe(200);
      const list = response.json<{ incidents: IncidentView[] }>().incidents;
      return list.length >= 3 ? list : undefined;
    }, 20_000);
    expect(incidents.map((i) => i.title).sort()).toEqual(['Checkout p99 above 2 s', 'Disk 95% full on db-1', 'Nightly export failed']);

    for (const incident of incidents) {
      await t.engine.runDue();
      const deliveries = await eventually(async () => {
        await t.engine.runDue();
        const list = (await t.request({ method: 'GET', url: `/api/v1/incidents/${incident.number}/deliveries` })).json<{ deliveries: { user: string | null; status: string }[] }>().deliveries;
        return list.some((d) => d.user !== null && d.status === 'sent') ? list : undefined;
      }, 20_000, () => `for incident #${incident.number}`);
      expect(deliveries.filter((d) => d.status === 'sent').length).toBeGreaterThan(0);
    }
    // Each page reached the receiver the example's people have.
    for (const title of ['Checkout p99 above 2 s', 'Disk 95% full on db-1', 'Nightly export failed']) {
      expect(receiver.requests.some((r) => r.body.includes(title)), title).toBe(true);
    }
  }, 60_000);
});
