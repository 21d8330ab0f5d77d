import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isGrafanaTestMessage, parseGrafanaWebhook, verifyGrafanaSignature } from './grafana-webhook.js';

const resolvedAlert = {
  status: 'resolved', labels: { alertname: 'CPU', grafana_folder: 'Infra' }, annotations: {}, startsAt: '2024-03-01T10:00:00Z', endsAt: '2024-03-01T10:05:00Z',
  generatorURL: '', fingerprint: 'ab12', values: null, valueString: '',
};
const body = (extra: object = {}) => ({
  receiver: 'ops\\.eu', status: 'resolved', orgId: 1, alerts: [resolvedAlert], groupLabels: { alertname: 'CPU' }, commonLabels: resolvedAlert.labels,
  commonAnnotations: {}, externalURL: 'https://grafana.test/', version: '1', groupKey: '{}:{alertname="CPU"}', truncatedAlerts: 0, state: 'ok', title: '', message: '',
  ...extra,
});

describe('parseGrafanaWebhook', () => {
  it("falls back to the group title when Grafana's title is empty", () => {
    const result = parseGrafanaWebhook(body());
    expect(result.ok && result.batch.title).toBe('[RESOLVED] CPU (Infra)');
    expect(result.ok && { title: result.title, message: result.message, state: result.state, receiver: result.receiver }).toEqual({ title: null, message: null, state: 'ok', receiver: 'ops.eu' });
  });

  it('resolves from endsAt', () => {
    const result = parseGrafanaWebhook(body());
    expect(result.ok && result.batch.events[0]).toMatchObject({ action: 'resolve', occurredAt: Date.UTC(2024, 2, 1, 10, 5), details: { values: null } });
  });
});

describe('isGrafanaTestMessage', () => {
  const labelled = (labels: Record<string, string>) => ({ labels });
  it('recognises the default test alert labels', () => {
    expect(isGrafanaTestMessage({ groupKey: '{}:{}', alerts: [labelled({ alertname: 'TestAlert', instance: 'Grafana' })] })).toBe(true);
  });
  it('recognises a custom test alert by its group key', () => {
    expect(isGrafanaTestMessage({ groupKey: 'webhook-0123456789abcdef-1709287200', alerts: [labelled({ alertname: 'Custom' })] })).toBe(true);
  });
  it('does not flag a routed group', () => {
    expect(isGrafanaTestMessage({ groupKey: '{}/{__grafana_receiver__="x"}:{alertname="TestAlert"}', alerts: [labelled({ alertname: 'TestAlert', instance: 'db-1' })] })).toBe(false);
  });
});

describe('verifyGrafanaSignature', () => {
  const raw = JSON.stringify(body());
  const sign = (text: string, secret = 's3cret') => createHmac('sha256', secret).update(text).digest('hex');
  const now = 1_709_287_200_000;

  it('accepts a body signed without a timestamp under either default header name', () => {
    expect(verifyGrafanaSignature(raw, { 'x-grafana-alert-signature': sign(raw) }, 's3cret')).toEqual({ ok: true });
    expect(verifyGrafanaSignature(Buffer.from(raw), { 'X-Grafana-Alerting-Signature': sign(raw).toUpperCase() }, 's3cret')).toEqual({ ok: true });
  });

  it('covers "<timestamp>:<body>" when a timestamp header is configured', () => {
    const headers = { 'x-sig': sign(`1709287200:${raw}`), 'x-ts': '1709287200' };
    expect(verifyGrafanaSignature(raw, headers, 's3cret', { header: 'X-Sig', timestampHeader: 'X-Ts', now })).toEqual({ ok: true });
    expect(verifyGrafanaSignature(raw, headers, 's3cret', { header: 'X-Sig', timestampHeader: 'X-Ts', now: now + 301_000 })).toMatchObject({ ok: false, reason: expect.stringContaining('away from now') });
  });

  it('refuses a wrong secret, an edited body and a missing signature', () => {
    expect(verifyGrafanaSignature(raw, { 'x-grafana-alert-signature': sign(raw, 'other') }, 's3cret').ok).toBe(false);
    expect(verifyGrafanaSignature(raw + ' ', { 'x-grafana-alert-signature': sign(raw) }, 's3cret').ok).toBe(false);
    expect(verifyGrafanaSignature(raw, {}, 's3cret')).toMatchObject({ ok: false, reason: expect.stringContaining('x-grafana-alert-signature') });
    expect(verifyGrafanaSignature(raw, { 'x-grafana-alert-signature': 'zz' }, 's3cret').ok).toBe(false);
  });

  it('refuses a signed request whose timestamp header is missing', () => {
    expect(verifyGrafanaSignature(raw, { 'x-grafana-alert-signature': sign(raw) }, 's3cret', { timestampHeader: 'X-Ts', now })).toMatchObject({ ok: false, reason: 'no unix timestamp in X-Ts' });
  });
});
