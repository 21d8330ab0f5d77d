import { describe, expect, it } from 'vitest';
import { parsePagerDutyChange } from './pagerduty-change.js';

describe('parsePagerDutyChange', () => {
  it('ignores images, which PD does not support on change events', () => {
    const result = parsePagerDutyChange({ routing_key: 'k', payload: { summary: 'deploy' }, images: [{ src: 'https://x.test/a.png' }] });
    expect(result).toEqual({ ok: true, routingKey: 'k', change: { summary: 'deploy', source: null, occurredAt: null, details: {}, links: [] }, warnings: [] });
  });

  it('truncates an over-long summary instead of refusing the change', () => {
    const result = parsePagerDutyChange({ routing_key: 'k', payload: { summary: 'd'.repeat(2000) } });
    expect(result.ok && [...result.change.summary].length).toBe(1024);
  });

  it('rejects a payload that is not an object', () => {
    const result = parsePagerDutyChange({ routing_key: 'k', payload: 'deploy' });
    expect(result).toEqual({ ok: false, error: { status: 'invalid event', message: 'Event object is invalid', errors: ["'payload' must be an object"] } });
  });

  it('answers a null body as an unrecognized object', () => {
    const result = parsePagerDutyChange(null);
    expect(!result.ok && result.error.status).toBe('Unrecognized object');
  });
});
