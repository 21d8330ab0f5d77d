import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { SCRAPE_CACHE_MS } from '../core/metrics-scrape.js';
import { ProviderError, type Provider, type SendRequest } from '../notify/channels.js';
import { createTestApp, testNotifyServices, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { parsePrometheusText, sampleSum, sampleValue, type MetricFamily } from '../test-support/prometheus-text.js';

const MINUTE = 60_000;
const PROMTOOL = '/usr/bin/promtool';

type Families = Map<string, MetricFamily>;

/** Email goes through; SMS fails for a while (a transient provider error) so the provider errors move. */
function providers(): { list: Provider[]; sent: SendRequest[] } {
  const sent: SendRequest[] = [];
  const email: Provider = { id: 'test-email', channels: ['email'], send: async (request) => (sent.push(request), { externalId: `m${sent.length}` }) };
  const sms: Provider = {
    id: 'test-sms',
    channels: ['sms'],
    send: async () => {
      throw new ProviderError('the SMS gateway answered 503', false, '503');
    },
  };
  return { list: [email, sms], sent };
}

async function seed(t: TestApp): Promise<void> {
  const db = t.database.db;
  const now = t.clock.now();
  await db.insertInto('users').values({ id: 'alice', name: 'Alice', email: 'alice@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }).execute();
  await db.insertInto('contact_methods').values([
    { id: 'cm_mail', user_id: 'alice', name: null, type: 'email', address: 'alice@example.com', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
    { id: 'cm_sms', user_id: 'alice', name: null, type: 'sms', address: '+15555550100', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
  ]).execute();
  await db.insertInto('escalation_policies').values({ id: 'platform', name: 'Platform', description: null, team_id: null, repeat: 0, created_at: now, updated_at: now }).execute();
  await db.insertInto('escalation_levels').values({ policy_id: 'platform', position: 1, escalate_after_ms: 600 * MINUTE, targets: JSON.stringify(['user:alice']) }).execute();
  await db.insertInto('services').values({ id: 'checkout', name: 'Checkout', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'platform' }).execute();
  await db.insertInto('integrations').values([
    { id: 'int_pd', service_id: 'checkout', type: 'events_v2', name: null, key: 'checkout-events-key', key_hash: hashSecret('checkout-events-key'), position: 0, created_at: now },
    { id: 'int_am', service_id: 'checkout', type: 'alertmanager', name: null, key: 'checkout-am-key-0001', key_hash: hashSecret('checkout-am-key-0001'), position: 1, created_at: now },
  ]).execute();
}

for (const dialect of DIALECTS) {
  describe(`GET /metrics on ${dialect}`, () => {
    let t: TestApp;
    let sent: SendRequest[];
    beforeEach(async () => {
      const made = providers();
      sent = made.sent;
      t = await createTestApp(dialect, { notify: testNotifyServices(made.list, { email: 0, sms: 0 }) });
      await seed(t);
    }, 60_000);
    afterEach(async () => {
      await t.close();
    });

    /** Scrapes as Prometheus would (past the scrape cache) and parses strictly. */
    const scrape = async (): Promise<Families> => {
      t.clock.advance(SCRAPE_CACHE_MS);
      const response = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      return parsePrometheusText(response.body);
    };
    const trigger = (dedupKey: string, severity = 'critical') =>
      t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-events-key', event_action: 'trigger', dedup_key: dedupKey, payload: { summary: `${dedupKey} failing`, source: 'web-1', severity } } });

    it('counts what ingest, escalation, notification and the engine did, and reads open incidents and pending jobs at scrape', async () => {
      const before = await scrape();
      const delta = (after: Families, name: string, labels: Record<string, string> = {}) => sampleSum(after, name, labels) - sampleSum(before, name, labels);

      expect((await trigger('db-down')).statusCode).toBe(202);
      expect((await trigger('db-down')).statusCode).toBe(202);
      expect((await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'checkout-events-key', event_action: 'acknowledge', dedup_key: 'never-seen' } })).statusCode).toBe(202);
      // Refusals: an unknown key (400 on PagerDuty's endpoint), a body that is no JSON, an unknown path key.
      expect((await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'no-such-key-000000000000000000', event_action: 'trigger', payload: { summary: 'x', source: 'y', severity: 'info' } } })).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'POST', url: '/v2/enqueue', headers: { 'content-type': 'application/json' }, payload: '{"routing_key":' })).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'POST', url: '/integrations/alertmanager/not-a-key', payload: { alerts: [] } })).statusCode).toBe(404);
      await t.engine.runDue();
      await t.engine.runDue();

      const after = await scrape();
      expect(delta(after, 'vigil_ingest_events_total', { integration_type: 'events_v2', outcome: 'opened' })).toBe(1);
      expect(delta(after, 'vigil_ingest_events_total', { integration_type: 'events_v2', outcome: 'updated' })).toBe(1);
      expect(delta(after, 'vigil_ingest_events_total', { integration_type: 'events_v2', outcome: 'ignored' })).toBe(1);
      expect(delta(after, 'vigil_ingest_events_total', { integration_type: 'events_v2', outcome: 'invalid' })).toBe(2);
      expect(delta(after, 'vigil_ingest_events_total', { integration_type: 'alertmanager', outcome: 'refused' })).toBe(1);
      // One latency observation per request that stored events; none for refusals.
      expect(delta(after, 'vigil_ingest_duration_seconds_count', { integration_type: 'events_v2' })).toBe(3);
      expect(sampleValue(after, 'vigil_ingest_duration_seconds_bucket', { integration_type: 'events_v2', le: '+Inf' })).toBe(sampleValue(after, 'vigil_ingest_duration_seconds_count', { integration_type: 'events_v2' }));
      expect(delta(after, 'vigil_alert_decisions_total', { kind: 'opened' })).toBe(1);
      // HTTP by route template: the unknown key's path never becomes a label.
      expect(delta(after, 'vigil_http_requests_total', { method: 'POST', route: '/v2/enqueue', status: '2xx' })).toBe(3);
      expect(delta(after, 'vigil_http_requests_total', { method: 'POST', route: '/v2/enqueue', status: '4xx' })).toBe(2);
      expect(delta(after, 'vigil_http_requests_total', { route: '/integrations/alertmanager/:key', status: '4xx' })).toBe(1);
      expect([...(after.get('vigil_http_requests_total')?.samples ?? [])].filter((s) => (s.labels.route ?? '').includes('not-a-key'))).toEqual([]);
      expect(delta(after, 'vigil_http_request_duration_seconds_count', { method: 'POST', route: '/v2/enqueue' })).toBe(5);

      expect(sampleValue(after, 'vigil_open_incidents', { severity: 'SEV-1', status: 'triggered' })).toBe(1);
      expect(sampleValue(after, 'vigil_jobs_pending', { kind: 'target.breach' })).toBe(1);
      expect(delta(after, 'vigil_pages_total', { urgency: 'high' })).toBe(1);
      expect(sent).toHaveLength(1);
      expect(delta(after, 'vigil_deliveries_total', { channel: 'email', kind: 'page', outcome: 'sent' })).toBe(1);
      expect(delta(after, 'vigil_deliveries_total', { channel: 'sms', kind: 'page', outcome: 'retrying' })).toBe(1);
      expect(delta(after, 'vigil_provider_errors_total', { channel: 'sms', provider: 'test-sms' })).toBe(1);
      expect(delta(after, 'vigil_job_failures_total', { kind: 'notify.send', outcome: 'retry' })).toBe(1);
      expect(sampleValue(after, 'vigil_ready')).toBe(1);
      expect(sampleValue(after, 'vigil_db_write_queue')).toBe(0);
      expect(after.get('vigil_job_lateness_seconds')?.type).toBe('histogram');
      if (dialect === 'postgres') {
        expect(sampleValue(after, 'vigil_db_pool_max_connections')).toBe(5);
        expect(sampleValue(after, 'vigil_db_pool_waiting_clients')).toBe(0);
        expect(sampleValue(after, 'vigil_db_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
      }

      // Acknowledged: the open incident moves from triggered to acknowledged, the breach job is cancelled.
      const [incident] = (await t.request({ method: 'GET', url: '/api/v1/incidents' })).json<{ incidents: { number: number }[] }>().incidents;
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${incident!.number}/acknowledge` })).statusCode).toBe(200);
      const acknowledged = await scrape();
      expect(sampleValue(acknowledged, 'vigil_open_incidents', { severity: 'SEV-1', status: 'triggered' })).toBe(0);
      expect(sampleValue(acknowledged, 'vigil_open_incidents', { severity: 'SEV-1', status: 'acknowledged' })).toBe(1);
      expect(sampleValue(acknowledged, 'vigil_jobs_pending', { kind: 'target.breach' })).toBe(0);
    });

    it('answers scrapes within the cache from one read of the database', async () => {
      await scrape();
      expect((await trigger('cache-check')).statusCode).toBe(202);
      // Within the cache: the same counts; past it, the new incident.
      const cached = parsePrometheusText((await t.app.inject({ method: 'GET', url: '/metrics' })).body);
      expect(sampleSum(cached, 'vigil_open_incidents', { severity: 'SEV-1', status: 'triggered' })).toBe(0);
      expect(sampleSum(await scrape(), 'vigil_open_incidents', { severity: 'SEV-1', status: 'triggered' })).toBe(1);
    });

    it.skipIf(!existsSync(PROMTOOL))('writes an exposition that promtool check metrics accepts', async () => {
      expect((await trigger('lint')).statusCode).toBe(202);
      await t.engine.runDue();
      const body = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
      // promtool exits 1 on a format error and 3 on lint problems (names, suffixes, units), which it
      // prints one a line. prom-client's own nodejs_*_total gauges draw lint; Vigil's must draw none.
      const run = spawnSync(PROMTOOL, ['check', 'metrics'], { input: body, encoding: 'utf8' });
      const output = `${run.stdout}${run.stderr}`;
      expect([0, 3], output).toContain(run.status);
      expect(output.split('\n').filter((l) => /^vigil_|error/i.test(l))).toEqual([]);
    });
  });
}
