import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentView } from '../../src/incidents/incident-view.js';
import { alertFingerprint, groupKeyHash } from '../../src/ingest/adapters/alertmanager-fingerprint.js';
import { createTestApp, type TestApp } from '../../src/test-support/app.js';
import { applyYaml } from '../../src/test-support/config.js';
import { DIALECTS } from '../../src/test-support/databases.js';
import { eventually, requireExecutable, startAlertmanager, startPrometheus, type Peer } from './peers.js';

/*
 * Vigil against the real upstream programs (Debian's prometheus-alertmanager 0.25 and
 * prometheus 2.42) over loopback HTTP: what Alertmanager actually sends, with its grouping,
 * timers and retries, must open, group, update and resolve incidents.
 */

/** How long to wait for something Alertmanager sends: group_wait 0s, group_interval 1s. */
const DELIVERY_MS = 15_000;
/** Prometheus needs about 5 s to discover its Alertmanager before it sends anything. */
const CHAIN_MS = 30_000;

interface AlertView {
  readonly dedup_key: string;
  readonly status: string;
  readonly summary: string;
  readonly severity: string;
  readonly event_count: number;
  readonly labels: Record<string, string>;
  readonly links: { href: string; text?: string }[];
  readonly client: string | null;
  readonly client_url: string | null;
}

const hexKey = () => randomBytes(16).toString('hex');

/** A webhook alert's stored dedup key: Alertmanager's fingerprint of its labels, qualified by its group. */
const scopedFingerprint = (labels: Record<string, string>) => expect.stringMatching(new RegExp(`^${alertFingerprint(labels)}@[0-9a-f]{16}$`));

function vigilConfig(keys: { checkoutWebhook: string; checkoutEvents: string; platformWebhook: string; platformEvents: string }): string {
  return `
services:
  - id: checkout
    name: Checkout API
    integrations:
      - { type: alertmanager, key: ${keys.checkoutWebhook} }
      - { type: events_v2, key: ${keys.checkoutEvents} }
  - id: platform
    name: Platform
    integrations:
      - { type: alertmanager, key: ${keys.platformWebhook} }
      - { type: events_v2, key: ${keys.platformEvents} }
`;
}

/**
 * Every group goes to Vigil twice: through the webhook notifier and through the PagerDuty
 * notifier pointed at /v2/enqueue. `service="platform"` alerts go to the platform service, whose
 * webhook presents its key as a bearer token instead of in the path.
 */
function alertmanagerConfig(vigil: string, keys: Parameters<typeof vigilConfig>[0]): string {
  return `
route:
  receiver: checkout
  group_by: [alertname]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
  routes:
    - matchers: ['service="platform"']
      receiver: platform
receivers:
  - name: checkout
    webhook_configs:
      - url: ${vigil}/integrations/alertmanager/${keys.checkoutWebhook}
        send_resolved: true
    pagerduty_configs:
      - routing_key: ${keys.checkoutEvents}
        url: ${vigil}/v2/enqueue
        send_resolved: true
  - name: platform
    webhook_configs:
      - url: ${vigil}/integrations/alertmanager
        send_resolved: true
        http_config:
          authorization: { credentials: ${keys.platformWebhook} }
    pagerduty_configs:
      - routing_key: ${keys.platformEvents}
        url: ${vigil}/v2/enqueue
        send_resolved: true
`;
}

function prometheusConfig(alertmanager: Peer): string {
  return `
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: [rules.yml]
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:${alertmanager.port}']
`;
}

const WATCHDOG_RULES = `
groups:
  - name: watchdog
    rules:
      - alert: Watchdog
        expr: vector(1)
        for: 0s
        labels: { severity: critical, service: platform }
        annotations: { summary: The alerting pipeline works }
`;

/** Alertmanager's notification counters by integration, from its /metrics. */
async function notificationCounts(alertmanager: Peer): Promise<Record<string, { sent: number; failed: number }>> {
  const text = await (await fetch(`${alertmanager.url}/metrics`)).text();
  const counts: Record<string, { sent: number; failed: number }> = {};
  for (const match of text.matchAll(/^alertmanager_notifications(_failed)?_total\{[^}]*integration="([^"]+)"[^}]*\} (\S+)$/gm)) {
    const entry = (counts[match[2] ?? ''] ??= { sent: 0, failed: 0 });
    entry[match[1] ? 'failed' : 'sent'] += Number(match[3]);
  }
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`Vigil receiving from a real Alertmanager 0.25 (${dialect})`, () => {
    const keys = { checkoutWebhook: `am-checkout-${hexKey()}`, checkoutEvents: hexKey(), platformWebhook: `am-platform-${hexKey()}`, platformEvents: hexKey() };
    let t: TestApp | undefined;
    let alertmanager: Peer | undefined;
    let prometheus: Peer | undefined;

    const logs = () => [`alertmanager:\n${alertmanager?.output() ?? '(not started)'}`, prometheus ? `prometheus:\n${prometheus.output()}` : ''].join('\n');

    const vigil = (): TestApp => {
      if (!t) throw new Error('Vigil did not start');
      return t;
    };
    const get = async <T>(url: string): Promise<T> => {
      const response = await vigil().request({ method: 'GET', url });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<T>();
    };
    const incidentsOf = async (service: string) => (await get<{ incidents: IncidentView[] }>(`/api/v1/incidents?service=${service}&limit=100`)).incidents;
    const alertsOf = async (incident: IncidentView) => (await get<{ alerts: AlertView[] }>(`/api/v1/incidents/${incident.number}/alerts`)).alerts;
    const incident = (number: number) => get<IncidentView>(`/api/v1/incidents/${number}`);

    /** The incident each integration of the service opened: webhook and PagerDuty notifier. */
    const byIntegration = (incidents: readonly IncidentView[], service: string) => {
      const webhook = incidents.filter((i) => i.created_by === `integration:${service}/alertmanager`);
      const pagerduty = incidents.filter((i) => i.created_by === `integration:${service}/events_v2`);
      expect(webhook, 'incidents opened by the webhook notifier').toHaveLength(1);
      expect(pagerduty, 'incidents opened by the PagerDuty notifier').toHaveLength(1);
      expect(incidents).toHaveLength(2);
      return { webhook: webhook[0] as IncidentView, pagerduty: pagerduty[0] as IncidentView };
    };

    const postAlerts = async (alerts: readonly object[]) => {
      const response = await fetch(`${alertmanager?.url}/api/v2/alerts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(alerts),
      });
      expect(response.status, await response.text()).toBe(200);
    };

    beforeAll(async () => {
      requireExecutable('prometheus-alertmanager', 'prometheus-alertmanager');
      requireExecutable('prometheus', 'prometheus');
      t = await createTestApp(dialect);
      const applied = await applyYaml(t.database.db, dialect, vigilConfig(keys));
      expect(applied.errors).toEqual([]);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      alertmanager = await startAlertmanager(alertmanagerConfig(`http://127.0.0.1:${port}`, keys));
    }, 30_000);

    afterAll(async () => {
      await prometheus?.stop();
      await alertmanager?.stop();
      await t?.close();
    }, 30_000);

    it('opens an incident per notifier, groups a second alert, updates the PagerDuty alert and resolves both', async () => {
      const labels = (instance: string) => ({ alertname: 'CheckoutErrors', instance, job: 'checkout', severity: 'critical' });
      const startsAt = new Date(Date.now() - 60_000).toISOString();
      const alert = (instance: string, endsAt?: string) => ({
        labels: labels(instance),
        annotations: { summary: 'Checkout error rate above 5%', runbook_url: 'https://runbooks.example.test/checkout-errors' },
        startsAt,
        ...(endsAt ? { endsAt } : {}),
        generatorURL: 'http://prometheus.example.test/graph?g0.expr=checkout_errors%3E0.05',
      });
      const groupDedupKey = groupKeyHash('{}:{alertname="CheckoutErrors"}');

      // OPEN: one alert; the webhook and the PagerDuty notifier each open an incident.
      await postAlerts([alert('api-1:9090')]);
      const opened = await eventually(async () => byIntegration(await incidentsOf('checkout'), 'checkout'), DELIVERY_MS, logs);
      expect(opened.webhook).toMatchObject({ status: 'triggered', title: 'Checkout error rate above 5%', severity: { id: 'SEV-1' } });
      // The PagerDuty notifier's default severity is "error" whatever the labels say.
      expect(opened.pagerduty).toMatchObject({ status: 'triggered', title: '[FIRING:1] CheckoutErrors (api-1:9090 checkout critical)', severity: { id: 'SEV-2' } });
      expect(opened.webhook.number).not.toBe(opened.pagerduty.number);
      const [first] = await alertsOf(opened.webhook);
      expect(first).toMatchObject({ dedup_key: scopedFingerprint(labels('api-1:9090')), status: 'triggered', severity: 'SEV-1', labels: labels('api-1:9090') });
      expect(first?.links).toContainEqual({ href: 'https://runbooks.example.test/checkout-errors', text: 'Runbook' });
      expect(await alertsOf(opened.pagerduty)).toMatchObject([
        {
          dedup_key: groupDedupKey,
          status: 'triggered',
          event_count: 1,
          summary: '[FIRING:1] CheckoutErrors (api-1:9090 checkout critical)',
          client: 'Alertmanager',
          client_url: `${alertmanager?.url}/#/alerts?receiver=checkout`,
        },
      ]);

      // GROUP and UPDATE: a second instance joins the group at the next group_interval.
      await postAlerts([alert('api-2:9090')]);
      await eventually(async () => {
        // Both arrive at the same (test clock) instant, so the API's order between them is arbitrary.
        const webhookAlerts = (await alertsOf(opened.webhook)).sort((x, y) => (x.labels.instance ?? '').localeCompare(y.labels.instance ?? ''));
        expect(webhookAlerts.map((a) => [a.dedup_key, a.status])).toEqual([
          [scopedFingerprint(labels('api-1:9090')), 'triggered'],
          [scopedFingerprint(labels('api-2:9090')), 'triggered'],
        ]);
        expect(await alertsOf(opened.pagerduty)).toMatchObject([
          { dedup_key: groupDedupKey, status: 'triggered', event_count: 2, summary: '[FIRING:2] CheckoutErrors (checkout critical)' },
        ]);
      }, DELIVERY_MS, logs);
      const grouped = byIntegration(await incidentsOf('checkout'), 'checkout');
      expect(grouped.webhook).toMatchObject({ number: opened.webhook.number, status: 'triggered' });
      expect(grouped.pagerduty).toMatchObject({ number: opened.pagerduty.number, status: 'triggered' });
      expect((await incident(opened.webhook.number)).timeline?.map((e) => e.kind)).toEqual(['triggered', 'alert_added']);

      // RESOLVE: both alerts end; Alertmanager sends the resolved group to both notifiers.
      const endsAt = new Date(Date.now() - 1_000).toISOString();
      await postAlerts([alert('api-1:9090', endsAt), alert('api-2:9090', endsAt)]);
      await eventually(async () => {
        const { webhook, pagerduty } = byIntegration(await incidentsOf('checkout'), 'checkout');
        expect(webhook.status).toBe('resolved');
        expect(pagerduty.status).toBe('resolved');
      }, DELIVERY_MS, logs);
      expect((await alertsOf(opened.webhook)).map((a) => a.status)).toEqual(['resolved', 'resolved']);
      expect((await alertsOf(opened.pagerduty)).map((a) => [a.status, a.event_count])).toEqual([['resolved', 3]]);
      expect((await incident(opened.webhook.number)).timeline?.map((e) => e.kind)).toEqual(['triggered', 'alert_added', 'alert_resolved', 'resolved']);

      // REOPEN: the same alert firing again, with the same fingerprint and PagerDuty dedup key,
      // opens new incidents rather than reviving the resolved ones.
      await postAlerts([{ ...alert('api-1:9090'), startsAt: new Date().toISOString() }]);
      const reopened = await eventually(async () => {
        const all = await incidentsOf('checkout');
        expect(all).toHaveLength(4);
        return byIntegration(all.filter((i) => i.status === 'triggered'), 'checkout');
      }, DELIVERY_MS, logs);
      expect(reopened.webhook.number).toBeGreaterThan(Math.max(opened.webhook.number, opened.pagerduty.number));
      expect(reopened.pagerduty.number).toBeGreaterThan(Math.max(opened.webhook.number, opened.pagerduty.number));
      expect(await alertsOf(reopened.webhook)).toMatchObject([{ dedup_key: scopedFingerprint(labels('api-1:9090')), status: 'triggered', event_count: 1 }]);
      expect(await alertsOf(reopened.pagerduty)).toMatchObject([{ dedup_key: groupDedupKey, status: 'triggered', event_count: 1 }]);

      // Alertmanager saw every delivery succeed: 4 notifications per notifier, no failures.
      const counts = await notificationCounts(alertmanager as Peer);
      expect(counts.webhook).toEqual({ sent: 4, failed: 0 });
      expect(counts.pagerduty).toEqual({ sent: 4, failed: 0 });
    }, 60_000);

    it('carries a Prometheus alerting rule through Alertmanager to a SEV-1 incident', async () => {
      prometheus = await startPrometheus(prometheusConfig(alertmanager as Peer), { 'rules.yml': WATCHDOG_RULES });
      const labels = { alertname: 'Watchdog', service: 'platform', severity: 'critical' };
      const opened = await eventually(async () => byIntegration(await incidentsOf('platform'), 'platform'), CHAIN_MS, logs);
      expect(opened.webhook).toMatchObject({ status: 'triggered', title: 'The alerting pipeline works', severity: { id: 'SEV-1' }, service: { id: 'platform' } });
      expect(opened.pagerduty).toMatchObject({ status: 'triggered', title: '[FIRING:1] Watchdog (platform critical)' });

      const [alert] = await alertsOf(opened.webhook);
      expect(alert).toMatchObject({ dedup_key: scopedFingerprint(labels), status: 'triggered', severity: 'SEV-1', labels });
      expect(alert?.links).toContainEqual({ href: `${prometheus.url}/graph?g0.expr=vector%281%29&g0.tab=1`, text: 'Source' });
      expect(await alertsOf(opened.pagerduty)).toMatchObject([{ dedup_key: groupKeyHash('{}/{service="platform"}:{alertname="Watchdog"}'), status: 'triggered' }]);
    }, 60_000);
  });
}
