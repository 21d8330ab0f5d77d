import { describe, expect, it } from 'vitest';
import { parsePagerDutyV1 } from './pagerduty-v1.js';

const newKey = () => 'generated';

describe('parsePagerDutyV1', () => {
  it('acknowledges by incident_key without a description', () => {
    const result = parsePagerDutyV1({ service_key: 'k', event_type: 'acknowledge', incident_key: 'db/disk' }, { newKey });
    expect(result.ok && result.batch.events[0]).toMatchObject({ action: 'acknowledge', dedupKey: 'db/disk', summary: null });
  });

  it('drops contexts of unknown type or without a URL, with warnings', () => {
    const contexts = [{ type: 'note', text: 'x' }, { type: 'link', text: 'no href' }, { type: 'image', src: 'http://ok.test/i.png', href: 'ftp://x' }];
    const result = parsePagerDutyV1({ service_key: 'k', event_type: 'trigger', description: 'd', contexts }, { newKey });
    expect(result.ok && result.batch.events[0]).toMatchObject({ links: [], images: [{ src: 'http://ok.test/i.png' }] });
    expect(result.ok && result.warnings).toHaveLength(2);
  });

  it('has no severity hint unless details.severity is a string', () => {
    const result = parsePagerDutyV1({ service_key: 'k', event_type: 'trigger', description: 'd', details: { severity: 2 } }, { newKey });
    expect(result.ok && result.batch.events[0]?.severityHints).toEqual([]);
  });

  it('collects every error in one PD-shaped answer', () => {
    const result = parsePagerDutyV1({ event_type: 'resolve', incident_key: 'i'.repeat(256) }, { newKey });
    expect(result).toEqual({
      ok: false,
      error: { status: 'invalid event', message: 'Event object is invalid', errors: ["'service_key' is missing or blank", "'incident_key' is too long (256 characters; the limit is 255)"] },
    });
  });
});
