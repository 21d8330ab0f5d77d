import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentView } from '../incidents/incident-view.js';
import { createConfiguredTestApp, createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';
import { capturedBody } from '../test-support/fixtures.js';

const CONFIG = `
services:
  - id: checkout
    name: Checkout API
    integrations:
      - { type: events_v2, key: 0123456789abcdef0123456789abcdef, name: Alertmanager }
      - { type: alertmanager, key: am-checkout-key }
  - id: payments
    name: Payments
    integrations:
      - { type: alertmanager, key: am-payments-key }
      - { type: alertmanager, key: am-max1-key-0001, name: truncated }
      - { type: grafana, key: grafana-key-0001 }
      - { type: events_v2, key: limited-key-0001, rate_limit_per_minute: 3 }
      - { type: events_v1, key: limited-v1-key-01, rate_limit_per_minute: 1 }
  - id: legacy
    name: Legacy batch jobs
    auto_resolve: false
    severity_map: { warning: SEV-2 }
    integrations:
      - { type: events_v2, key: legacy-key-0001 }
      - type: webhook
        key: hook-key-0001
        mapping: { summary: alert.title, dedup_key: alert.id, status: alert.state, severity: alert.level, resolve_when: [ok] }
`;

const PD_KEY = '0123456789abcdef0123456789abcdef';

for (const dialect of DIALECTS) {
  describe(`alert ingestion on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
    });
    afterAll(async () => {
      await t.close();
    });

    const send = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload: payload as object, headers: { 'content-type': 'application/json', ...headers } });
    const trigger = (dedupKey: string | undefined, extra: Record<string, unknown> = {}, key = PD_KEY) =>
      send('/v2/enqueue', {
        routing_key: key,
        event_action: 'trigger',
        ...(dedupKey === undefined ? {} : { dedup_key: dedupKey }),
        payload: { summary: `Problem ${dedupKey ?? 'keyless'}`, source: 'host-1', severity: 'critical', ...extra },
      });
    const act = (action: 'acknowledge' | 'resolve', dedupKey: string, key = PD_KEY) => send('/v2/enqueue', { routing_key: key, event_action: action, dedup_key: dedupKey });
    const incidents = async (query = '') =>
      (await t.request({ method: 'GET', url: `/api/v1/incidents?limit=100${query}` })).json<{ incidents: IncidentView[] }>().incidents;
    const incident = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>();
    const alertsOf = async (number: number) =>
      (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/alerts` })).json<{ alerts: { dedup_key: string; status: string; event_count: number; severity: string; summary: string }[] }>().alerts;
    const webhookIncidents = (response: { json: () => unknown }) => (response.json() as { incidents: number[] }).incidents;

    describe('PagerDuty Events API v2', () => {
      it('opens a SEV-1 from the captured Alertmanager event whose details say critical, answering exactly as PagerDuty', async () => {
        const body = capturedBody('pagerduty-trigger-after-partial-resolve.json');
        const response = await send('/v2/enqueue', body);
        expect(response.statusCode).toBe(202);
        expect(response.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: body.dedup_key });
        const [opened] = await incidents('&service=checkout');
        expect(opened).toMatchObject({ status: 'triggered', severity: { id: 'SEV-1' }, service: { id: 'checkout' }, created_by: 'integration:checkout/Alertmanager' });
        expect((await incident(opened!.number)).timeline?.[0]).toMatchObject({ kind: 'triggered' });
      });

      it('accepts Alertmanager\'s default "error" for a critical alert as PagerDuty would, and says on the timeline how to map the label', async () => {
        // Alertmanager's PagerDuty notifier without a severity: template (PROTOCOLS §3.4).
        const captured = capturedBody('lab/am-0.25.0-lab1-001.json');
        const body = { ...captured, payload: { ...(captured.payload as object), severity: 'error' } };
        const response = await send('/v2/enqueue', body);
        expect(response.statusCode).toBe(202);
        expect(response.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: captured.dedup_key });
        expect((await send('/v2/enqueue', body)).statusCode).toBe(202);
        const opened = (await incidents('&service=checkout')).find((i) => i.title.startsWith('[FIRING:1] HighErrorRate'));
        expect(opened?.severity.id).toBe('SEV-2');
        const warnings = (await incident(opened!.number)).timeline?.filter((e) => e.kind === 'alert_warning') ?? [];
        // Once, though the trigger came twice.
        expect(warnings).toHaveLength(1);
        expect(warnings[0]?.message).toContain('labelled severity "critical"');
        expect(warnings[0]?.message).toContain("set severity: '{{ .CommonLabels.severity }}' in the pagerduty_configs entry");
        await send('/v2/enqueue', { routing_key: PD_KEY, event_action: 'resolve', dedup_key: captured.dedup_key });
      });

      it('opens a lower severity for the captured warning group', async () => {
        const body = { ...capturedBody('pagerduty-trigger-warning-group.json'), event_action: 'trigger' };
        const response = await send('/v2/enqueue', body);
        expect(response.statusCode).toBe(202);
        const opened = (await incidents()).find((i) => i.title.includes('HighLatency'));
        expect(opened?.severity.id).toBe('SEV-3');
      });

      it('deduplicates repeated triggers into one alert and one incident', async () => {
        const first = await trigger('disk-full');
        const before = (await incidents()).length;
        await trigger('disk-full', { summary: 'Disk 99% full' });
        await trigger('disk-full', { summary: 'Disk 100% full' });
        expect(first.json().dedup_key).toBe('disk-full');
        expect((await incidents()).length).toBe(before);
        const opened = (await incidents()).find((i) => i.title === 'Problem disk-full');
        const alerts = await alertsOf(opened!.number);
        expect(alerts).toHaveLength(1);
        expect(alerts[0]).toMatchObject({ event_count: 3, summary: 'Disk 100% full', status: 'triggered' });
      });

      it('acknowledges and resolves through events, then opens a new incident on the next trigger', async () => {
        await trigger('cpu-hot');
        const opened = (await incidents()).find((i) => i.title === 'Problem cpu-hot')!;
        expect((await act('acknowledge', 'cpu-hot')).statusCode).toBe(202);
        expect(await incident(opened.number)).toMatchObject({ status: 'acknowledged' });
        const resolved = await act('resolve', 'cpu-hot');
        expect(resolved.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'cpu-hot' });
        const after = await incident(opened.number);
        expect(after.status).toBe('resolved');
        expect(after.timeline?.map((e) => e.kind)).toEqual(['triggered', 'acknowledged', 'resolved']);
        await trigger('cpu-hot');
        const reopened = (await incidents()).filter((i) => i.title === 'Problem cpu-hot');
        expect(reopened.map((i) => i.status)).toEqual(['triggered', 'resolved']);
        expect(reopened[0]!.number).toBeGreaterThan(opened.number);
      });

      it('accepts and drops acknowledge and resolve for keys with no open alert', async () => {
        const before = await incidents();
        for (const action of ['acknowledge', 'resolve'] as const) {
          const response = await act(action, 'never-seen');
          expect(response.statusCode).toBe(202);
          expect(response.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'never-seen' });
        }
        expect(await incidents()).toEqual(before);
      });

      it('generates a dedup key for a keyless trigger and opens a new incident each time', async () => {
        const a = (await trigger(undefined)).json<{ dedup_key: string }>().dedup_key;
        const b = (await trigger(undefined)).json<{ dedup_key: string }>().dedup_key;
        expect(a).toMatch(/^[0-9a-f-]{36}$/);
        expect(b).not.toBe(a);
        expect((await incidents()).filter((i) => i.title === 'Problem keyless')).toHaveLength(2);
      });

      it('rejects an unknown routing key in PagerDuty’s shape without saying which keys exist', async () => {
        const response = await trigger('x', {}, 'ffffffffffffffffffffffffffffffff');
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ status: 'invalid event', message: 'Event object is invalid', errors: ["'routing_key' is not a valid integration key"] });
      });

      it('names each invalid field and stores nothing', async () => {
        const before = await incidents();
        const response = await send('/v2/enqueue', { routing_key: PD_KEY, event_action: 'trigger', payload: { source: 'x' } });
        expect(response.statusCode).toBe(400);
        const body = response.json<{ status: string; errors: string[] }>();
        expect(body.status).toBe('invalid event');
        expect(body.errors.join(' ')).toContain('payload.summary');
        expect(body.errors.join(' ')).toContain('payload.severity');
        expect(await incidents()).toEqual(before);
      });

      it('answers malformed JSON, an empty body and an oversize body with 400', async () => {
        const malformed = await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: '{"routing_key":', headers: { 'content-type': 'application/json' } });
        expect(malformed.statusCode).toBe(400);
        expect(malformed.json()).toMatchObject({ status: 'Unrecognized object', message: 'Event object format is unrecognized' });
        const empty = await t.app.inject({ method: 'POST', url: '/v2/enqueue', headers: { 'content-type': 'application/json' } });
        expect(empty.statusCode).toBe(400);
        const huge = await trigger('huge', { custom_details: { blob: 'x'.repeat(600 * 1024) } });
        expect(huge.statusCode).toBe(400);
        expect(huge.json().errors[0]).toContain('512 KB');
      });

      it('reads the body as JSON whatever Content-Type curl sends', async () => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/v2/enqueue',
          payload: JSON.stringify({ routing_key: PD_KEY, event_action: 'trigger', payload: { summary: 'curl test', source: 'laptop', severity: 'info' } }),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(response.statusCode).toBe(202);
      });

      it('points a key of another integration type at the right endpoint', async () => {
        const response = await trigger('x', {}, 'am-checkout-key');
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual(['this key belongs to an alertmanager integration; send its events to /integrations/alertmanager/{key}']);
        const grafana = await trigger('x', {}, 'grafana-key-0001');
        expect(grafana.json().errors).toEqual(['this key belongs to a grafana integration; send its events to /integrations/grafana/{key}']);
      });

      it('records change events and shows them as recent changes on the service’s incidents', async () => {
        const response = await send('/v2/change/enqueue', {
          routing_key: PD_KEY,
          payload: { summary: 'Deployed checkout v2.4.1', source: 'ci', timestamp: new Date(t.clock.now() - 60_000).toISOString(), custom_details: null },
          links: null,
        });
        expect(response.statusCode).toBe(202);
        expect(response.json()).toEqual({ status: 'success', message: 'Change event processed' });
        expect(await incidents()).not.toContainEqual(expect.objectContaining({ title: 'Deployed checkout v2.4.1' }));
        await trigger('after-deploy');
        const opened = (await incidents()).find((i) => i.title === 'Problem after-deploy')!;
        const changes = (await t.request({ method: 'GET', url: `/api/v1/incidents/${opened.number}/changes` })).json<{ changes: { summary: string }[] }>().changes;
        expect(changes.map((c) => c.summary)).toContain('Deployed checkout v2.4.1');
      });

      it('never opens two incidents for concurrent triggers on one dedup key', async () => {
        const responses = await Promise.all(Array.from({ length: 20 }, () => trigger('race')));
        expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(202));
        const raced = (await incidents()).filter((i) => i.title === 'Problem race');
        expect(raced).toHaveLength(1);
        expect((await alertsOf(raced[0]!.number))[0]?.event_count).toBe(20);
      });

      it('resolves the alerts with the incident when a person resolves it, so the next trigger opens a new one', async () => {
        await trigger('human-fix');
        const opened = (await incidents()).find((i) => i.title === 'Problem human-fix')!;
        await t.request({ method: 'POST', url: `/api/v1/incidents/${opened.number}/resolve` });
        expect((await alertsOf(opened.number))[0]?.status).toBe('resolved');
        await trigger('human-fix');
        expect((await incidents()).filter((i) => i.title === 'Problem human-fix')).toHaveLength(2);
      });

      it('leaves the incident open when the service resolves by hand, and uses the service’s severity map', async () => {
        await trigger('batch-late', { severity: 'warning' }, 'legacy-key-0001');
        const opened = (await incidents('&service=legacy')).find((i) => i.title === 'Problem batch-late')!;
        expect(opened.severity.id).toBe('SEV-2');
        await act('resolve', 'batch-late', 'legacy-key-0001');
        const after = await incident(opened.number);
        expect(after.status).toBe('triggered');
        expect(after.timeline?.at(-1)).toMatchObject({ kind: 'alert_resolved' });
        expect(after.timeline?.at(-1)?.message).toContain('leaves resolving to a person');
      });

      it('answers 429 with Retry-After past the integration’s rate limit', async () => {
        const codes: number[] = [];
        for (let i = 0; i < 4; i += 1) codes.push((await trigger(`limited-${i}`, {}, 'limited-key-0001')).statusCode);
        expect(codes).toEqual([202, 202, 202, 429]);
        const limited = await trigger('limited-x', {}, 'limited-key-0001');
        expect(limited.headers['retry-after']).toMatch(/^\d+$/);
        expect(limited.json()).toMatchObject({ status: 'throttle event' });
      });
    });

    describe('PagerDuty Events API v1', () => {
      it('accepts Alertmanager’s v1 body with its empty event_action and null payload, answering 200', async () => {
        const response = await send('/generic/2010-04-15/create_event.json', {
          service_key: 'limited-v1-key-01',
          incident_key: 'v1-key',
          event_type: 'trigger',
          description: '[FIRING:1] OldTool',
          event_action: '',
          payload: null,
          client: 'Alertmanager',
          details: { severity: 'critical' },
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({ status: 'success', message: 'Event processed', incident_key: 'v1-key' });
        expect((await incidents()).find((i) => i.title === '[FIRING:1] OldTool')?.severity.id).toBe('SEV-1');
      });
      it('answers 403 when rate-limited, as PagerDuty’s v1 does', async () => {
        const response = await send('/generic/2010-04-15/create_event.json', { service_key: 'limited-v1-key-01', event_type: 'trigger', description: 'again' });
        expect(response.statusCode).toBe(403);
      });
    });

    describe('Alertmanager webhook', () => {
      it('keeps one incident per group as alerts fire and resolves it when all have resolved', async () => {
        const key = '/integrations/alertmanager/am-payments-key';
        const first = await send(key, capturedBody('lab/am-0.25.0-lab1-002.json'));
        expect(first.statusCode).toBe(202);
        const [number] = webhookIncidents(first);
        expect(webhookIncidents(await send(key, capturedBody('lab/am-0.25.0-lab1-004.json')))).toEqual([number]);
        expect(await alertsOf(number!)).toHaveLength(2);
        expect((await incident(number!)).status).toBe('triggered');
        expect(webhookIncidents(await send(key, capturedBody('lab/am-0.25.0-lab1-005.json')))).toEqual([number]);
        const resolved = await incident(number!);
        expect(resolved.status).toBe('resolved');
        expect(resolved.timeline?.map((e) => e.kind)).toEqual(['triggered', 'alert_added', 'alert_resolved', 'resolved']);
      });

      it('resolves only the alerts a partial resolution names', async () => {
        const key = '/integrations/alertmanager/am-payments-key';
        const [number] = webhookIncidents(await send(key, capturedBody('lab/am-0.25.0-lab2-002.json')));
        await send(key, capturedBody('lab/am-0.25.0-lab2-010.json'));
        const alerts = await alertsOf(number!);
        expect(alerts.map((a) => a.status).sort()).toEqual(['resolved', 'triggered']);
        expect((await incident(number!)).status).toBe('triggered');
      });

      it('never auto-resolves from a truncated message', async () => {
        const key = '/integrations/alertmanager/am-max1-key-0001';
        const [number] = webhookIncidents(await send(key, capturedBody('lab/am-0.25.0-lab2-003.json')));
        await send(key, capturedBody('lab/am-0.25.0-lab2-011.json'));
        const after = await incident(number!);
        expect(after.status).toBe('triggered');
        expect(after.timeline?.at(-1)?.message).toContain('truncated');
      });

      it('accepts the key as a bearer token, and refuses unknown or missing keys', async () => {
        const body = capturedBody('webhook-partial-resolve.json');
        const bearer = await send('/integrations/alertmanager', body, { authorization: 'Bearer am-checkout-key' });
        expect(bearer.statusCode).toBe(202);
        expect((await send('/integrations/alertmanager/no-such-key-000', body)).statusCode).toBe(404);
        expect((await send('/integrations/alertmanager', body)).statusCode).toBe(401);
        expect((await send('/integrations/alertmanager', body, { authorization: 'Bearer wrong-key-0000' })).statusCode).toBe(401);
      });

      it('rejects a body that is not an Alertmanager message with the reason', async () => {
        const response = await send('/integrations/alertmanager/am-checkout-key', { hello: 'world' });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ status: 'invalid event', message: 'Event object is invalid' });
        expect(response.json().errors.length).toBeGreaterThan(0);
      });
    });

    describe('Grafana webhook and generic webhook', () => {
      it('opens an incident from a Grafana alert group', async () => {
        const alert = {
          status: 'firing', labels: { alertname: 'HighCPU', grafana_folder: 'Infra', severity: 'critical' }, annotations: { summary: 'CPU above 90%' },
          startsAt: '2026-03-02T09:58:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: 'https://grafana.test/alerting/grafana/abc/view', fingerprint: 'a1b2c3d4e5f60718',
          silenceURL: '', dashboardURL: '', panelURL: '', values: null, valueString: '',
        };
        const response = await send('/integrations/grafana/grafana-key-0001', {
          receiver: 'vigil', status: 'firing', orgId: 1, alerts: [alert], groupLabels: { alertname: 'HighCPU' }, commonLabels: alert.labels, commonAnnotations: alert.annotations,
          externalURL: 'https://grafana.test/', version: '1', groupKey: '{}:{alertname="HighCPU"}', truncatedAlerts: 0, title: '[FIRING:1] HighCPU Infra', state: 'alerting', message: 'CPU above 90%',
        });
        expect(response.statusCode).toBe(202);
        const opened = await incident(webhookIncidents(response)[0]!);
        expect(opened).toMatchObject({ severity: { id: 'SEV-1' }, service: { id: 'payments' } });
      });

      it('maps a generic JSON body with the integration’s field mapping', async () => {
        const url = '/integrations/webhook/hook-key-0001';
        const fired = await send(url, { alert: { id: 'job-17', title: 'Nightly export failed', state: 'alerting', level: 'critical' } });
        expect(fired.statusCode).toBe(202);
        const [number] = webhookIncidents(fired);
        expect(await incident(number!)).toMatchObject({ title: 'Nightly export failed', severity: { id: 'SEV-1' } });
        await send(url, { alert: { id: 'job-17', title: 'Nightly export failed', state: 'ok' } });
        expect((await alertsOf(number!))[0]?.status).toBe('resolved');
        const missing = await send(url, { alert: { state: 'alerting' } });
        expect(missing.statusCode).toBe(400);
        expect(missing.json().errors.join(' ')).toContain('alert.title');
      });
    });
  });
}

describe('alert ingestion with the database down', () => {
  it('answers 503 so the sender retries, never 202', async () => {
    const t = await createTestApp('postgres');
    await applyYaml(t.database.db, 'postgres', CONFIG);
    // Warm the key cache, then take the database away.
    expect((await t.app.inject({ method: 'POST', url: '/v2/enqueue', payload: { routing_key: PD_KEY, event_action: 'resolve', dedup_key: 'warm' } })).statusCode).toBe(202);
    await t.database.destroy();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v2/enqueue',
      payload: { routing_key: PD_KEY, event_action: 'trigger', payload: { summary: 'lost?', source: 'x', severity: 'critical' } },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    await t.app.close();
  });
});
