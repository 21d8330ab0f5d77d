import { describe, expect, it, vi } from 'vitest';
import { parsePagerDutyV2 } from './pagerduty-v2.js';

const KEY = '0123456789abcdef0123456789abcdef';
const payload = { summary: 'Checkout 5xx', source: 'checkout-1', severity: 'critical' };

describe('parsePagerDutyV2', () => {
  it("answers a bad event with PD's exact 400 body", () => {
    const result = parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', payload: { source: 'h', severity: 'info' } }, { newKey: () => 'x' });
    expect(result).toEqual({ ok: false, error: { status: 'invalid event', message: 'Event object is invalid', errors: ["'payload.summary' is missing or blank"] } });
  });

  it('asks for a new key only for a keyless trigger that is accepted', () => {
    const newKey = vi.fn(() => 'uuid-1');
    parsePagerDutyV2({ routing_key: KEY, event_action: 'resolve', dedup_key: 'k' }, { newKey });
    parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', payload: {} }, { newKey });
    expect(newKey).not.toHaveBeenCalled();
    const result = parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', payload }, { newKey });
    expect(newKey).toHaveBeenCalledTimes(1);
    expect(result.ok && result.batch.events[0]).toMatchObject({ dedupKey: 'uuid-1', dedupKeyGenerated: true });
  });

  it('counts summary and dedup key lengths in characters, not UTF-16 units', () => {
    const emoji = '🔥';
    const fits = parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', dedup_key: emoji.repeat(255), payload: { ...payload, summary: emoji.repeat(1024) } }, { newKey: () => 'x' });
    expect(fits.ok && fits.batch.events[0]?.summary).toBe(emoji.repeat(1024));
    const long = parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', payload: { ...payload, summary: emoji.repeat(1025) } }, { newKey: () => 'x' });
    expect(long.ok && [...(long.batch.events[0]?.summary ?? '')].length).toBe(1024);
  });

  it('only warns about a malformed payload on a resolve', () => {
    const result = parsePagerDutyV2({ routing_key: KEY, event_action: 'resolve', dedup_key: 'k', payload: 'gone' }, { newKey: () => 'x' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual(["ignored 'payload': not an object"]);
  });

  it('keeps a resolve payload from Alertmanager, summary and severity included', () => {
    const result = parsePagerDutyV2({ routing_key: KEY, event_action: 'resolve', dedup_key: 'k', payload: { ...payload, severity: 'error', custom_details: { severity: 'warning' } } }, { newKey: () => 'x' });
    expect(result.ok && result.batch.events[0]).toMatchObject({ action: 'resolve', summary: 'Checkout 5xx', severityHints: ['warning', 'error'] });
  });

  it('drops a client_url that is not http(s) and keeps scalar custom_details under their name', () => {
    const result = parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', payload: { ...payload, custom_details: 'disk full' }, client_url: 'javascript:alert(1)' }, { newKey: () => 'x' });
    expect(result.ok && result.batch.events[0]).toMatchObject({ clientUrl: null, details: { custom_details: 'disk full' } });
    expect(result.ok && result.warnings).toEqual(["ignored 'client_url': not an http(s) URL"]);
  });

  it('drops optional fields of the wrong type with a warning', () => {
    const result = parsePagerDutyV2({ routing_key: KEY, event_action: 'trigger', payload: { ...payload, component: 5, group: ['a'] }, client: {} }, { newKey: () => 'x' });
    expect(result.ok && result.batch.events[0]).toMatchObject({ component: null, group: null, client: null });
    expect(result.ok && result.warnings).toHaveLength(3);
  });
});
