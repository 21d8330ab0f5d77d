import { describe, expect, it } from 'vitest';
import { parseAlertmanagerWebhook } from './alertmanager-webhook.js';
import { parseGrafanaWebhook } from './grafana-webhook.js';
import { parsePagerDutyChange } from './pagerduty-change.js';
import { parsePagerDutyV1 } from './pagerduty-v1.js';
import { parsePagerDutyV2 } from './pagerduty-v2.js';

// Wire-level conformance: each row is one body drawn from PROTOCOLS.md (§1 PD v2 and change
// events, §2 PD v1, §3 Alertmanager, §4 Grafana) and what the adapter must make of it.
type Adapter = 'v2' | 'change' | 'v1' | 'alertmanager' | 'grafana';
type Expected =
  | { readonly ok: true; readonly match: object; readonly warns?: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly status?: string };
interface Row {
  readonly name: string;
  readonly adapter: Adapter;
  readonly body: unknown;
  readonly expect: Expected;
}

const newKey = () => 'generated-key';
function run(adapter: Adapter, body: unknown): { ok: true; result: object; warnings: readonly string[] } | { ok: false; errors: readonly string[]; status?: string } {
  const result =
    adapter === 'v2' ? parsePagerDutyV2(body, { newKey })
    : adapter === 'v1' ? parsePagerDutyV1(body, { newKey })
    : adapter === 'change' ? parsePagerDutyChange(body)
    : adapter === 'alertmanager' ? parseAlertmanagerWebhook(body)
    : parseGrafanaWebhook(body);
  if (result.ok) return { ok: true, result, warnings: result.warnings };
  return 'error' in result ? { ok: false, errors: result.error.errors, status: result.error.status } : { ok: false, errors: result.errors };
}

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const v2Trigger = {
  routing_key: KEY, event_action: 'trigger', dedup_key: 'checkout/api-5xx',
  payload: {
    summary: 'Checkout API 5xx ratio 7.2% (>5%)', source: 'checkout-api.prod.internal', severity: 'critical',
    timestamp: '2024-03-01T10:15:00.000+0000', component: 'nginx', group: 'checkout', class: 'http-errors',
    custom_details: { ratio: 0.072, window: '5m', pods: ['a', 'b'] },
  },
  client: 'ExampleMonitor', client_url: 'https://monitor.example.test/checks/42',
  links: [{ href: 'https://runbooks.example.test/checkout-5xx', text: 'Runbook' }],
  images: [{ src: 'https://graphs.example.test/p/42.png', alt: '5xx ratio' }],
};
const trigger = (payload: object, extra: object = {}) => ({ routing_key: KEY, event_action: 'trigger', payload: { summary: 's', source: 'h', severity: 'error', ...payload }, ...extra });
const v1Trigger = { service_key: KEY, event_type: 'trigger', incident_key: 'db/disk', description: 'Disk 95% on db-1', details: { severity: 'warning', used: 95 } };
const amAlert = {
  status: 'firing', labels: { alertname: 'InstanceDown', instance: 'web-3:9100', job: 'node', severity: 'page' },
  annotations: { summary: 'web-3 down', runbook_url: 'https://runbooks.example.test/InstanceDown' },
  startsAt: '2024-03-01T10:00:05.123Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: 'http://prometheus:9090/graph?g0.expr=up+%3D%3D+0', fingerprint: '3b6c4a5d2e1f0a9b',
};
const am = (extra: object = {}, alerts: readonly object[] = [amAlert]) => ({
  receiver: 'oncall', status: 'firing', alerts, groupLabels: { alertname: 'InstanceDown' }, commonLabels: amAlert.labels,
  commonAnnotations: {}, externalURL: 'http://alertmanager:9093', version: '4', groupKey: '{}:{alertname="InstanceDown"}', truncatedAlerts: 0, ...extra,
});
const gfAlert = {
  status: 'firing', labels: { alertname: 'High memory', grafana_folder: 'Infra', team: 'blue' },
  annotations: { summary: 'Memory > 90% on node-7', runbook_url: 'https://runbooks.example.test/mem' },
  startsAt: '2024-03-01T10:00:00+01:00', endsAt: '0001-01-01T00:00:00Z', generatorURL: 'https://grafana.example.test/alerting/grafana/abc123/view?orgId=1',
  fingerprint: '9e1c0f5a7b3d2c11', silenceURL: 'https://grafana.example.test/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DHigh+memory',
  dashboardURL: '', panelURL: '', values: { B: 91.4, C: 1 }, valueString: "[ var='B' labels={} value=91.4 ]",
};
const grafana = (extra: object = {}, alerts: readonly object[] = [gfAlert]) => ({
  receiver: 'incident-platform', status: 'firing', orgId: 1, alerts, groupLabels: { alertname: 'High memory' }, commonLabels: gfAlert.labels,
  commonAnnotations: {}, externalURL: 'https://grafana.example.test/', version: '1', groupKey: '{}:{alertname="High memory"}', truncatedAlerts: 0,
  title: '[FIRING:1] High memory (Infra blue)', state: 'alerting', message: '**Firing**\n\nValue: B=91.4, C=1\n', ...extra,
});
const event = (match: object) => ({ batch: { events: [match] } });
const build = { href: 'https://ci.example.test/builds/1042', text: 'Build 1042' };

const ROWS: readonly Row[] = [
  // §1.2 / §1.7 / §1.8 — PD Events v2 alert events
  { name: 'v2: the composed trigger keeps every PD-CEF field', adapter: 'v2',
    body: v2Trigger,
    expect: { ok: true, match: { routingKey: KEY, batch: { complete: true, title: v2Trigger.payload.summary, events: [{
    action: 'trigger', dedupKey: 'checkout/api-5xx', dedupKeyGenerated: false, incidentKey: null, summary: v2Trigger.payload.summary, severityHints: ['critical'],
    source: 'checkout-api.prod.internal', component: 'nginx', group: 'checkout', class: 'http-errors', labels: {}, details: v2Trigger.payload.custom_details,
    links: v2Trigger.links, images: v2Trigger.images, occurredAt: Date.UTC(2024, 2, 1, 10, 15), client: 'ExampleMonitor', clientUrl: 'https://monitor.example.test/checks/42' }] } } } },
  { name: 'v2: a resolve needs no payload', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'resolve', dedup_key: 'checkout/api-5xx' },
    expect: { ok: true, match: event({ action: 'resolve', dedupKey: 'checkout/api-5xx', summary: null, severityHints: [] }) } },
  { name: 'v2: an acknowledge needs no payload', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'acknowledge', dedup_key: 'k' },
    expect: { ok: true, match: event({ action: 'acknowledge', dedupKey: 'k' }) } },
  { name: 'v2: a keyless trigger gets a generated dedup key', adapter: 'v2',
    body: trigger({}),
    expect: { ok: true, match: event({ dedupKey: 'generated-key', dedupKeyGenerated: true }) } },
  { name: 'v2: an empty dedup_key on a trigger counts as absent', adapter: 'v2',
    body: trigger({}, { dedup_key: '' }),
    expect: { ok: true, match: event({ dedupKey: 'generated-key', dedupKeyGenerated: true }) } },
  { name: 'v2: a missing routing_key is rejected', adapter: 'v2',
    body: { event_action: 'resolve', dedup_key: 'k' },
    expect: { ok: false, status: 'invalid event', errors: ["'routing_key' is missing"] } },
  { name: 'v2: a blank routing_key is rejected', adapter: 'v2',
    body: { routing_key: '  ', event_action: 'resolve', dedup_key: 'k' },
    expect: { ok: false, errors: ["'routing_key' is missing or blank"] } },
  { name: 'v2: a routing key of any length is accepted for lookup later', adapter: 'v2',
    body: { routing_key: 'short', event_action: 'resolve', dedup_key: 'k' },
    expect: { ok: true, match: { routingKey: 'short' } } },
  { name: 'v2: a missing event_action is rejected', adapter: 'v2',
    body: { routing_key: KEY, dedup_key: 'k' },
    expect: { ok: false, errors: ["'event_action' is missing"] } },
  { name: 'v2: an event_action outside the enum is rejected', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'escalate', dedup_key: 'k' },
    expect: { ok: false, errors: ["'event_action' is invalid (must be one of: trigger acknowledge resolve)"] } },
  { name: 'v2: a resolve without dedup_key is rejected', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'resolve' },
    expect: { ok: false, errors: ["'dedup_key' is missing or blank (required to resolve)"] } },
  { name: 'v2: an acknowledge without dedup_key is rejected', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'acknowledge' },
    expect: { ok: false, errors: ["'dedup_key' is missing or blank (required to acknowledge)"] } },
  { name: 'v2: a dedup_key of 256 characters is rejected', adapter: 'v2',
    body: trigger({}, { dedup_key: 'k'.repeat(256) }),
    expect: { ok: false, errors: ["'dedup_key' is too long (256 characters; the limit is 255)"] } },
  { name: 'v2: a dedup_key of exactly 255 characters is accepted', adapter: 'v2',
    body: trigger({}, { dedup_key: 'k'.repeat(255) }),
    expect: { ok: true, match: event({ dedupKey: 'k'.repeat(255) }) } },
  { name: 'v2: a non-string dedup_key is rejected', adapter: 'v2',
    body: trigger({}, { dedup_key: 42 }),
    expect: { ok: false, errors: ["'dedup_key' must be a string"] } },
  { name: 'v2: a trigger without payload is rejected', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'trigger' },
    expect: { ok: false, errors: ["'payload' is missing"] } },
  { name: 'v2: a trigger missing summary, source and severity lists all three', adapter: 'v2',
    body: { routing_key: KEY, event_action: 'trigger', payload: {} },
    expect: { ok: false, errors: ["'payload.summary' is missing", "'payload.source' is missing", "'payload.severity' is missing"] } },
  { name: 'v2: errors in several fields are reported together', adapter: 'v2',
    body: { event_action: 'trigger', dedup_key: 'x'.repeat(300), payload: { source: 'h', severity: 'info' } },
    expect: { ok: false, errors: ["'routing_key' is missing", "'dedup_key' is too long (300 characters", "'payload.summary' is missing"] } },
  { name: 'v2: a 1025-character summary is truncated to 1024', adapter: 'v2',
    body: trigger({ summary: 'x'.repeat(1025) }),
    expect: { ok: true, match: event({ summary: 'x'.repeat(1023) + '…' }), warns: ["truncated 'payload.summary' from 1025 to 1024"] } },
  { name: 'v2: a severity outside the PD enum is kept as a hint', adapter: 'v2',
    body: trigger({ severity: 'page' }),
    expect: { ok: true, match: event({ severityHints: ['page'] }) } },
  { name: 'v2: an empty severity is accepted with no hint', adapter: 'v2',
    body: trigger({ severity: '' }),
    expect: { ok: true, match: event({ severityHints: [] }) } },
  { name: 'v2: a non-string severity on a trigger is rejected', adapter: 'v2',
    body: trigger({ severity: 3 }),
    expect: { ok: false, errors: ["'payload.severity' must be a string"] } },
  { name: 'v2: custom_details.severity is hinted before payload.severity', adapter: 'v2',
    body: trigger({ severity: 'error', custom_details: { severity: 'critical' } }),
    expect: { ok: true, match: event({ severityHints: ['critical', 'error'] }) } },
  { name: "v2: PD's +0000 timestamp form is parsed", adapter: 'v2',
    body: trigger({ timestamp: '2015-07-17T08:42:58.315+0000' }),
    expect: { ok: true, match: event({ occurredAt: Date.UTC(2015, 6, 17, 8, 42, 58, 315) }) } },
  { name: 'v2: an unparsable timestamp is ignored with a warning', adapter: 'v2',
    body: trigger({ timestamp: 'yesterday' }),
    expect: { ok: true, match: event({ occurredAt: null }), warns: ["ignored 'payload.timestamp'"] } },
  { name: 'v2: malformed links and images are dropped, not rejected', adapter: 'v2',
    body: trigger({}, { links: [{ text: 'no href' }, { href: 'javascript:alert(1)' }, { href: 'https://ok.test/' }], images: [{ alt: 'x' }] }),
    expect: { ok: true, match: event({ links: [{ href: 'https://ok.test/' }], images: [] }), warns: ["ignored 'links[0]'", "ignored 'links[1]'", "ignored 'images[0]'"] } },
  { name: 'v2: unknown top-level fields are ignored', adapter: 'v2',
    body: trigger({}, { event_type: 'x', sender: { v: 1 } }),
    expect: { ok: true, match: event({ action: 'trigger' }) } },
  { name: 'v2: custom_details null is tolerated', adapter: 'v2',
    body: trigger({ custom_details: null }),
    expect: { ok: true, match: event({ details: {} }) } },
  { name: 'v2: a body that is not an object is unrecognized', adapter: 'v2',
    body: [1, 2],
    expect: { ok: false, status: 'Unrecognized object', errors: ['JSON object'] } },
  // §1.3 — change events
  { name: 'change: the composed change event is accepted', adapter: 'change',
    body: { routing_key: KEY, payload: { summary: 'Deployed checkout v1.42.0', source: 'ci-runner-7', timestamp: '2024-03-01T10:00:00Z', custom_details: { sha: 'abc123' } }, links: [build] },
    expect: { ok: true, match: { routingKey: KEY, change: { summary: 'Deployed checkout v1.42.0', source: 'ci-runner-7', occurredAt: Date.UTC(2024, 2, 1, 10), details: { sha: 'abc123' }, links: [build] } } } },
  { name: "change: go-pagerduty's empty timestamp and null details and links are accepted", adapter: 'change',
    body: { routing_key: KEY, payload: { summary: 'deploy', source: '', timestamp: '', custom_details: null }, links: null },
    expect: { ok: true, match: { change: { summary: 'deploy', source: null, occurredAt: null, details: {}, links: [] } }, warns: [] } },
  { name: 'change: a change event without payload.summary is rejected', adapter: 'change',
    body: { routing_key: KEY, payload: { source: 'ci' } },
    expect: { ok: false, status: 'invalid event', errors: ["'payload.summary' is missing"] } },
  { name: 'change: a change event without routing_key is rejected', adapter: 'change',
    body: { payload: { summary: 'x' } },
    expect: { ok: false, errors: ["'routing_key' is missing"] } },
  // §2 — PD Events v1
  { name: 'v1: a trigger maps incident_key, description, details and contexts', adapter: 'v1',
    body: { ...v1Trigger, client: 'Nagios', contexts: [{ type: 'link', href: 'https://wiki.test/disk', text: 'Wiki' }, { type: 'image', src: 'https://graphs.test/d.png' }] },
    expect: { ok: true, match: { routingKey: KEY, batch: { title: 'Disk 95% on db-1', events: [{
      action: 'trigger', dedupKey: 'db/disk', summary: 'Disk 95% on db-1', severityHints: ['warning'], details: v1Trigger.details, client: 'Nagios',
      links: [{ href: 'https://wiki.test/disk', text: 'Wiki' }], images: [{ src: 'https://graphs.test/d.png' }] }] } } } },
  { name: "v1: Alertmanager's empty event_action and null payload are ignored", adapter: 'v1',
    body: { service_key: KEY, incident_key: 'cbc7a356', event_type: 'trigger', description: '[FIRING:1] HighErrorRate', event_action: '', payload: null,
      client: 'Alertmanager', client_url: 'http://am:9093/#/alerts?receiver=x', details: { firing: '…', num_firing: '1' } },
    expect: { ok: true, match: event({ action: 'trigger', dedupKey: 'cbc7a356', severityHints: [], clientUrl: 'http://am:9093/#/alerts?receiver=x' }) } },
  { name: "v1: an invalid event_type gets PD's documented v1 text", adapter: 'v1',
    body: { ...v1Trigger, event_type: 'page' },
    expect: { ok: false, status: 'invalid event', errors: ['event_type is invalid (must be one of: trigger acknowledge resolve)'] } },
  { name: 'v1: a resolve without incident_key is rejected', adapter: 'v1',
    body: { service_key: KEY, event_type: 'resolve' },
    expect: { ok: false, errors: ["'incident_key' is missing or blank (required to resolve)"] } },
  { name: 'v1: a trigger without description is rejected', adapter: 'v1',
    body: { service_key: KEY, event_type: 'trigger' },
    expect: { ok: false, errors: ["'description' is missing or blank"] } },
  { name: 'v1: a keyless trigger gets a generated incident key', adapter: 'v1',
    body: { service_key: KEY, event_type: 'trigger', description: 'x' },
    expect: { ok: true, match: event({ dedupKey: 'generated-key', dedupKeyGenerated: true }) } },
  // §3.2 / §3.3 / §3.7 — Alertmanager webhook v4
  { name: 'alertmanager: the composed message becomes one trigger keyed by fingerprint in the group', adapter: 'alertmanager',
    body: am(),
    expect: { ok: true, match: { receiver: 'oncall', groupKey: '{}:{alertname="InstanceDown"}', batch: { complete: true, title: '[FIRING:1] InstanceDown (web-3:9100 node page)', events: [{
    action: 'trigger', dedupKey: '3b6c4a5d2e1f0a9b', dedupKeyGenerated: false, incidentKey: '{}:{alertname="InstanceDown"}', summary: 'web-3 down',
    severityHints: ['page'], source: 'web-3:9100', labels: amAlert.labels, occurredAt: Date.UTC(2024, 2, 1, 10, 0, 5, 123), client: 'Alertmanager',
    links: [{ href: 'https://runbooks.example.test/InstanceDown', text: 'Runbook' }, { href: amAlert.generatorURL, text: 'Source' }], clientUrl: 'http://alertmanager:9093',
    details: { annotations: amAlert.annotations, startsAt: amAlert.startsAt, endsAt: null, generatorURL: amAlert.generatorURL } }] } } } },
  { name: 'alertmanager: a missing fingerprint is recomputed from the labels', adapter: 'alertmanager',
    body: am({}, [{ ...amAlert, fingerprint: undefined, labels: { alertname: 'HighErrorRate', instance: 'api-1:9090', job: 'myjob', severity: 'critical', team: 'payments' } }]),
    expect: { ok: true, match: event({ dedupKey: '050959f74ef86295' }) } },
  { name: 'alertmanager: truncatedAlerts > 0 makes the batch incomplete', adapter: 'alertmanager',
    body: am({ truncatedAlerts: 1 }),
    expect: { ok: true, match: { batch: { complete: false } } } },
  { name: 'alertmanager: regexp escapes in the receiver name are undone', adapter: 'alertmanager',
    body: am({ receiver: 'team\\.a\\+b' }),
    expect: { ok: true, match: { receiver: 'team.a+b' } } },
  { name: 'alertmanager: a resolved alert resolves and dates from endsAt', adapter: 'alertmanager',
    body: am({ status: 'resolved' }, [{ ...amAlert, status: 'resolved', endsAt: '2024-03-01T10:30:00Z' }]),
    expect: { ok: true, match: { batch: { title: '[RESOLVED] InstanceDown (web-3:9100 node page)', events: [{
      action: 'resolve', occurredAt: Date.UTC(2024, 2, 1, 10, 30), details: { endsAt: '2024-03-01T10:30:00Z' } }] } } } },
  { name: 'alertmanager: a common summary annotation is the batch title', adapter: 'alertmanager',
    body: am({ commonAnnotations: { summary: 'web-3 down' } }),
    expect: { ok: true, match: { batch: { title: 'web-3 down' } } } },
  { name: 'alertmanager: summary falls back to description, then alertname', adapter: 'alertmanager',
    body: am({}, [{ ...amAlert, annotations: { description: 'desc' } }, { ...amAlert, fingerprint: 'f2', annotations: {} }]),
    expect: { ok: true, match: { batch: { events: [{ summary: 'desc' }, { summary: 'InstanceDown' }] } } } },
  { name: 'alertmanager: a Grafana body is refused with a hint', adapter: 'alertmanager',
    body: grafana(),
    expect: { ok: false, errors: ['\'version\' must be "4", got "1" (version "1" is a Grafana webhook)'] } },
  { name: 'alertmanager: an alert status other than firing/resolved is rejected', adapter: 'alertmanager',
    body: am({}, [{ ...amAlert, status: 'pending' }]),
    expect: { ok: false, errors: ["'alerts[0].status' is invalid (must be one of: firing resolved)"] } },
  { name: 'alertmanager: a non-string label value is rejected by path', adapter: 'alertmanager',
    body: am({}, [{ ...amAlert, labels: { alertname: 'X', port: 9100 } }]),
    expect: { ok: false, errors: ["'alerts[0].labels.port' must be a string"] } },
  { name: 'alertmanager: a missing groupKey is rejected', adapter: 'alertmanager',
    body: am({ groupKey: undefined }),
    expect: { ok: false, errors: ["'groupKey' is missing"] } },
  // §4.1 — Grafana webhook v1
  { name: 'grafana: the composed message keeps state, title, message and per-alert extras', adapter: 'grafana',
    body: grafana(),
    expect: { ok: true, match: { isTest: false, state: 'alerting', title: '[FIRING:1] High memory (Infra blue)', message: '**Firing**\n\nValue: B=91.4, C=1\n', orgId: 1,
      batch: { title: '[FIRING:1] High memory (Infra blue)', events: [{
    action: 'trigger', dedupKey: '9e1c0f5a7b3d2c11', incidentKey: '{}:{alertname="High memory"}', summary: 'Memory > 90% on node-7', client: 'Grafana', occurredAt: Date.UTC(2024, 2, 1, 9),
    links: [{ href: 'https://runbooks.example.test/mem', text: 'Runbook' }, { href: gfAlert.generatorURL, text: 'Source' }, { href: gfAlert.silenceURL, text: 'Silence' }],
    details: { values: { B: 91.4, C: 1 }, valueString: gfAlert.valueString } }] } } } },
  { name: 'grafana: values null is tolerated', adapter: 'grafana',
    body: grafana({}, [{ ...gfAlert, values: null, valueString: '' }]),
    expect: { ok: true, match: event({ details: { values: null } }) } },
  { name: "grafana: the contact point's test notification is recognised", adapter: 'grafana',
    body: grafana({ groupKey: 'webhook-a3d0b1c2d3e4f5a6-1709287200' }, [{ ...gfAlert, labels: { alertname: 'TestAlert', instance: 'Grafana' }, annotations: { summary: 'Notification test' } }]),
    expect: { ok: true, match: { isTest: true, batch: { events: [{ summary: 'Notification test' }] } } } },
  { name: 'grafana: screenshot and dashboard URLs become image and links', adapter: 'grafana',
    body: grafana({}, [{ ...gfAlert, imageURL: 'https://grafana.example.test/img/1.png', dashboardURL: 'https://grafana.example.test/d/abc', silenceURL: '' }]),
    expect: { ok: true, match: event({
      images: [{ src: 'https://grafana.example.test/img/1.png' }],
      links: [{ text: 'Runbook' }, { text: 'Source' }, { href: 'https://grafana.example.test/d/abc', text: 'Dashboard' }] }) } },
  { name: 'grafana: an Alertmanager body is refused with a hint', adapter: 'grafana',
    body: am(),
    expect: { ok: false, errors: ['version "4" is an Alertmanager webhook'] } },
];

describe('wire conformance (PROTOCOLS.md)', () => {
  it('has at least 40 rows with unique names', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  for (const row of ROWS) {
    it(row.name, () => {
      const outcome = run(row.adapter, row.body);
      if (!row.expect.ok) {
        expect(outcome.ok, JSON.stringify(outcome)).toBe(false);
        if (outcome.ok) return;
        for (const fragment of row.expect.errors) expect(outcome.errors.some((e) => e.includes(fragment)), `${fragment} in ${JSON.stringify(outcome.errors)}`).toBe(true);
        if (row.expect.status !== undefined) expect(outcome.status).toBe(row.expect.status);
        return;
      }
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.result).toMatchObject(row.expect.match);
      const warns = row.expect.warns;
      if (warns?.length === 0) expect(outcome.warnings).toEqual([]);
      for (const fragment of warns ?? []) expect(outcome.warnings.some((w) => w.includes(fragment)), `${fragment} in ${JSON.stringify(outcome.warnings)}`).toBe(true);
    });
  }
});
