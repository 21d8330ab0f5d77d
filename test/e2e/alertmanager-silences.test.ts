import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentView } from '../../src/incidents/incident-view.js';
import { createTestApp, type TestApp } from '../../src/test-support/app.js';
import { applyYaml } from '../../src/test-support/config.js';
import { DIALECTS } from '../../src/test-support/databases.js';
import { eventually, requireExecutable, startAlertmanager, type Peer } from './peers.js';

/*
 * A silence made in Vigil against what the real Alertmanager (Debian's prometheus-alertmanager)
 * sends: the alert arrives, is recorded as suppressed and opens no incident; an alert the silence
 * does not match opens one as usual.
 */

const DELIVERY_MS = 15_000;
const hexKey = () => randomBytes(16).toString('hex');

function alertmanagerConfig(vigil: string, key: string): string {
  return `
route:
  receiver: vigil
  group_by: [alertname]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: vigil
    webhook_configs:
      - url: ${vigil}/integrations/alertmanager/${key}
        send_resolved: true
`;
}

for (const dialect of DIALECTS) {
  describe(`a Vigil silence holding what a real Alertmanager sends (${dialect})`, () => {
    const key = `am-checkout-${hexKey()}`;
    let t: TestApp | undefined;
    let alertmanager: Peer | undefined;
    const logs = () => `alertmanager:\n${alertmanager?.output() ?? '(not started)'}`;
    const vigil = (): TestApp => {
      if (!t) throw new Error('Vigil did not start');
      return t;
    };
    const call = async <T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
      const response = await vigil().request({ method, url, ...(payload ? { payload: payload as Record<string, unknown> } : {}) });
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json<T>();
    };

    beforeAll(async () => {
      requireExecutable('prometheus-alertmanager', 'prometheus-alertmanager');
      t = await createTestApp(dialect);
      // The engine and the clock run for real: the pipeline reads the time a silence binds at.
      const applied = await applyYaml(t.database.db, dialect, `services:\n  - id: checkout\n    name: Checkout API\n    integrations:\n      - { type: alertmanager, key: ${key} }\n`);
      expect(applied.errors).toEqual([]);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      alertmanager = await startAlertmanager(alertmanagerConfig(`http://127.0.0.1:${port}`, key));
    }, 30_000);

    afterAll(async () => {
      await alertmanager?.stop();
      await t?.close();
    }, 30_000);

    it('records a silenced alert as suppressed and opens no incident; an unsilenced one opens as usual', async () => {
      vigil().clock.set(Date.now());
      await call('POST', '/api/v1/silences', { matchers: [{ field: 'labels.alertname', op: '=', value: 'CheckoutDeploying' }], duration: '1h', comment: 'Deploy in progress' });
      const post = async (alertname: string) => {
        const response = await fetch(`${alertmanager?.url}/api/v2/alerts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify([{ labels: { alertname, instance: 'api-1:9090', job: 'checkout' }, annotations: { summary: `${alertname} fired` }, startsAt: new Date(Date.now() - 60_000).toISOString(), generatorURL: 'http://prometheus.example.test/graph' }]),
        });
        expect(response.status, await response.text()).toBe(200);
      };
      await post('CheckoutDeploying');
      const suppressed = await eventually(async () => {
        const { alerts } = await call<{ alerts: { summary: string; status: string }[] }>('GET', '/api/v1/alerts?status=suppressed');
        if (alerts.length === 0) throw new Error('no suppressed alert yet');
        return alerts;
      }, DELIVERY_MS, logs);
      expect(suppressed).toMatchObject([{ summary: 'CheckoutDeploying fired', status: 'suppressed' }]);
      expect((await call<{ incidents: IncidentView[] }>('GET', '/api/v1/incidents?service=checkout')).incidents).toEqual([]);

      await post('CheckoutErrors');
      const opened = await eventually(async () => {
        const { incidents } = await call<{ incidents: IncidentView[] }>('GET', '/api/v1/incidents?service=checkout');
        if (incidents.length === 0) throw new Error('no incident yet');
        return incidents;
      }, DELIVERY_MS, logs);
      expect(opened.map((i) => i.title)).toEqual([expect.stringContaining('CheckoutErrors')]);
    }, 60_000);
  });
}
