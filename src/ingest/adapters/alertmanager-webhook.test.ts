import { describe, expect, it } from 'vitest';
import { alertmanagerSubject, detectGroupWebhookSender, readGroupMessage } from './alert-group-message.js';
import { parseAlertmanagerWebhook } from './alertmanager-webhook.js';

const alert = (labels: Record<string, string>, extra: object = {}) => ({
  status: 'firing', labels, annotations: {}, startsAt: '2024-03-01T10:00:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'f1', ...extra,
});
const message = (extra: object = {}) => ({
  receiver: 'oncall', status: 'firing', alerts: [alert({ alertname: 'DiskFull', instance: 'db-1' })], groupLabels: { alertname: 'DiskFull' },
  commonLabels: { alertname: 'DiskFull', instance: 'db-1' }, commonAnnotations: {}, externalURL: 'http://am:9093', version: '4', groupKey: '{}:{alertname="DiskFull"}', truncatedAlerts: 0, ...extra,
});
const subject = (body: Record<string, unknown>) => {
  const parsed = readGroupMessage(body, [], []);
  if (!parsed) throw new Error('test body does not parse');
  return alertmanagerSubject(parsed);
};

describe('alertmanagerSubject', () => {
  it('ends with a space when every common label is a group label', () => {
    expect(subject(message({ commonLabels: { alertname: 'DiskFull' } }))).toBe('[FIRING:1] DiskFull ');
  });

  it('prints two spaces before the common labels when nothing is grouped', () => {
    expect(subject(message({ groupLabels: {} }))).toBe('[FIRING:1]  (DiskFull db-1)');
  });

  it('counts only firing alerts and sorts values by label name', () => {
    const alerts = [alert({ b: '1' }), alert({ b: '2' }, { status: 'resolved' }), alert({ b: '3' })];
    expect(subject(message({ alerts, groupLabels: { zone: 'eu', app: 'shop' }, commonLabels: { zone: 'eu', app: 'shop', team: 'x', env: 'prod' } }))).toBe('[FIRING:2] shop eu (prod x)');
  });
});

describe('parseAlertmanagerWebhook', () => {
  it('ignores fields newer Alertmanagers add (notification_reason, routeLabels)', () => {
    const result = parseAlertmanagerWebhook(message({ notification_reason: 'new alerts added', routeLabels: { team: 'x' } }));
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('accepts a message with no alerts as an empty batch', () => {
    const result = parseAlertmanagerWebhook(message({ alerts: [] }));
    expect(result.ok && result.batch.events).toEqual([]);
  });

  it('treats an unreadable truncatedAlerts as incomplete, so nothing auto-resolves', () => {
    const result = parseAlertmanagerWebhook(message({ truncatedAlerts: 'many' }));
    expect(result.ok && result.batch.complete).toBe(false);
    expect(result.ok && result.warnings).toHaveLength(1);
  });

  it('treats a message from before truncatedAlerts existed as complete', () => {
    const result = parseAlertmanagerWebhook(message({ truncatedAlerts: undefined }));
    expect(result.ok && result.batch.complete).toBe(true);
  });

  it('drops non-string annotations with a warning but keeps the alert', () => {
    const result = parseAlertmanagerWebhook(message({ alerts: [alert({ alertname: 'DiskFull' }, { annotations: { summary: 'disk', value: 95 } })] }));
    expect(result.ok && result.batch.events[0]?.summary).toBe('disk');
    expect(result.ok && result.warnings).toEqual(["ignored 'alerts[0].annotations.value': not a string"]);
  });

  it('turns URL-valued annotations into links, runbook first, and never a javascript: URL', () => {
    const annotations = { dashboard: 'https://grafana.test/d/1', runbook_url: 'https://rb.test/disk', wiki_link: 'javascript:alert(1)', summary: 'https://not-a-link.test' };
    const result = parseAlertmanagerWebhook(message({ alerts: [alert({ alertname: 'DiskFull' }, { annotations, generatorURL: 'http://prom:9090/graph' })] }));
    expect(result.ok && result.batch.events[0]?.links).toEqual([
      { href: 'https://rb.test/disk', text: 'Runbook' },
      { href: 'https://grafana.test/d/1', text: 'Dashboard' },
      { href: 'http://prom:9090/graph', text: 'Source' },
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(parseAlertmanagerWebhook('{"version":"4"}')).toEqual({ ok: false, errors: ['the body must be a JSON object'] });
  });

  it('tells Alertmanager and Grafana bodies apart by version', () => {
    expect(detectGroupWebhookSender(message())).toBe('alertmanager');
    expect(detectGroupWebhookSender(message({ version: '1' }))).toBe('grafana');
    expect(detectGroupWebhookSender({ custom: 'payload' })).toBeNull();
  });
});
