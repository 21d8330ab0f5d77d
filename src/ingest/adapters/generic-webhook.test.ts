import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { GenericMappingSchema, parseGenericWebhook, valueAtPath } from './generic-webhook.js';

const newKey = () => 'generated';

describe('parseGenericWebhook with the default mapping', () => {
  it('reads title, a numeric id and the whole body as details', () => {
    const body = { id: 42, title: 'Queue backlog', severity: 'warning', source: 'worker-3' };
    const result = parseGenericWebhook(body, {}, { newKey });
    expect(result.ok && result.batch).toEqual({
      complete: true,
      title: 'Queue backlog',
      events: [{
        action: 'trigger', dedupKey: '42', dedupKeyGenerated: false, incidentKey: null, summary: 'Queue backlog', severityHints: ['warning'], source: 'worker-3',
        component: null, group: null, class: null, labels: {}, details: body, links: [], images: [], occurredAt: null, client: null, clientUrl: null,
      }],
    });
  });

  it('maps status values case-insensitively to resolve and acknowledge', () => {
    const action = (status: unknown) => {
      const result = parseGenericWebhook({ id: 'a', summary: 's', status }, {}, { newKey });
      return result.ok ? result.batch.events[0]?.action : result.errors;
    };
    expect([action('OK'), action('resolved'), action('ack'), action('firing'), action(undefined)]).toEqual(['resolve', 'resolve', 'acknowledge', 'trigger', 'trigger']);
  });

  it('generates a key for a keyless trigger, a random UUID by default', () => {
    const result = parseGenericWebhook({ message: 'm' });
    expect(result.ok && result.batch.events[0]?.dedupKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.ok && result.batch.events[0]?.dedupKeyGenerated).toBe(true);
  });

  it('names the paths it looked at when a trigger has no summary', () => {
    expect(parseGenericWebhook({ id: 1 }, {}, { newKey })).toEqual({ ok: false, errors: ["'summary' is missing or blank (looked at: summary, title, message)"] });
  });

  it('refuses to resolve without a dedup key, naming the paths', () => {
    expect(parseGenericWebhook({ status: 'resolved' }, {}, { newKey })).toEqual({ ok: false, errors: ["'dedup_key' is missing or blank (required to resolve; looked at: dedup_key, id)"] });
  });
});

describe('parseGenericWebhook with a custom mapping', () => {
  const mapping = {
    summary: 'alert.title', severity: ['alert.priority', 'labels.severity'], dedup_key: 'alert.fingerprint', status: 'alert.state',
    resolve_when: ['normal'], source: 'alerts.0.host', details: 'alert', link: 'alert.url', timestamp: 'alert.at',
  };
  const body = {
    alert: { title: 'Latency high', priority: 'P2', fingerprint: 'lat-1', state: 'alerting', url: 'https://mon.test/a/1', at: '2024-03-01T10:00:00Z' },
    labels: { severity: 'major', team: 'web', port: 443 },
    alerts: [{ host: 'edge-1' }],
  };

  it('follows dotted paths, array indexes included', () => {
    const result = parseGenericWebhook(body, mapping, { newKey });
    expect(result.ok && result.batch.events[0]).toMatchObject({
      action: 'trigger', summary: 'Latency high', dedupKey: 'lat-1', severityHints: ['P2', 'major'], source: 'edge-1', details: body.alert,
      links: [{ href: 'https://mon.test/a/1' }], occurredAt: Date.UTC(2024, 2, 1, 10), labels: { severity: 'major', team: 'web', port: '443' },
    });
  });

  it('resolves on the mapped value only', () => {
    const resolved = parseGenericWebhook({ ...body, alert: { ...body.alert, state: 'normal' } }, mapping, { newKey });
    expect(resolved.ok && resolved.batch.events[0]?.action).toBe('resolve');
    const stillOk = parseGenericWebhook({ ...body, alert: { ...body.alert, state: 'ok' } }, mapping, { newKey });
    expect(stillOk.ok && stillOk.batch.events[0]?.action).toBe('trigger');
  });

  it('validates mappings from configuration with its schema', () => {
    expect(Value.Check(GenericMappingSchema, mapping)).toBe(true);
    expect(Value.Check(GenericMappingSchema, { sumary: 'title' })).toBe(false);
    expect(Value.Check(GenericMappingSchema, { summary: '' })).toBe(false);
  });
});

describe('valueAtPath', () => {
  it('stops at missing segments and does not walk into inherited properties', () => {
    expect(valueAtPath({ a: { b: [10, 20] } }, 'a.b.1')).toBe(20);
    expect(valueAtPath({ a: {} }, 'a.b.c')).toBeUndefined();
    expect(valueAtPath({}, 'constructor')).toBeUndefined();
  });
});
