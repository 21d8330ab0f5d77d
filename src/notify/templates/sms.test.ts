import { describe, expect, it } from 'vitest';
import type { PageContext } from '../channels.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';
import { renderSms, SMS_LIMIT } from './sms.js';

const body = (context: PageContext) => renderSms(context).body;
const many = (count: number, title = 'Replica lag above threshold on the primary cluster') =>
  Array.from({ length: count }, (_, i) => sampleIncident({ number: 100 + i, id: `inc_${i}`, title }));

describe('renderSms', () => {
  it('writes a single page with the reply codes', () => {
    expect(body(sampleContext())).toBe('Vigil #42 SEV-1 Checkout API: DB pool exhausted\nReply 12a ack, 12r resolve');
  });

  it('cuts a long title with an ellipsis and keeps the whole reply instruction', () => {
    const text = body(sampleContext({ incidents: [sampleIncident({ title: 'Connection pool exhausted on the primary database for checkout '.repeat(5) })] }));
    expect(text.length).toBe(SMS_LIMIT);
    expect(text).toMatch(/…\nReply 12a ack, 12r resolve$/);
  });

  it('bundles incidents with one reply code for all of them', () => {
    const text = body(sampleContext({ incidents: [sampleIncident(), sampleIncident({ number: 43, id: 'inc_43', title: 'Disk full' }), sampleIncident({ number: 44, id: 'inc_44', title: 'Latency' })] }));
    expect(text).toBe('Vigil 3 incidents: #42 DB pool exhausted, #43 Disk full, #44 Latency\nReply 12a ack all, 12r resolve all');
  });

  it('shares the room fairly between long bundled titles', () => {
    const text = body(sampleContext({ incidents: many(3) }));
    expect(text).toMatch(/^Vigil 3 incidents: #100 Replica lag[^,]*…, #101 Replica lag[^,]*…, #102 Replica lag[^\n]*…\nReply 12a ack all, 12r resolve all$/);
  });

  it('lists fewer incidents with a count of the rest when many are bundled', () => {
    expect(body(sampleContext({ incidents: many(8) }))).toMatch(/^Vigil 8 incidents: #100 Replica.*\+\d+ more\nReply 12a ack all, 12r resolve all$/);
    expect(body(sampleContext({ incidents: many(40) }))).toMatch(/^Vigil 40 incidents: (#\d+ Replica…, )+#\d+ Replica… \+\d+ more\nReply/);
  });

  it('strips control characters and bidi overrides from a hostile title', () => {
    const text = body(sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE })] }));
    expect(text.split('\n')).toHaveLength(2);
    // Only the one line break before the reply instruction.
    expect(text).not.toMatch(/[^\P{Cc}\n]|[\u202A-\u202E\u2066-\u2069]/u);
  });

  it.each<[string, PageContext]>([
    ['single', sampleContext()],
    ['long title', sampleContext({ incidents: [sampleIncident({ title: 'x'.repeat(500) })] })],
    ['emoji title', sampleContext({ incidents: [sampleIncident({ title: '🔥'.repeat(120) })] })],
    ['long service and severity', sampleContext({ incidents: [sampleIncident({ severity: { id: 'SEVERITY-ONE-CRITICAL', name: 'x' }, service: { id: 's', name: 'S'.repeat(80) }, title: 'y'.repeat(200) })] })],
    ['hostile title', sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE.repeat(3) })] })],
    ['3 bundled', sampleContext({ incidents: many(3) })],
    ['60 bundled', sampleContext({ incidents: many(60) })],
    ['long reply code', sampleContext({ replyCode: '123456', incidents: many(5) })],
    ['event', sampleContext({ kind: 'event', replyCode: null, event: { type: 'acknowledged', text: 'acknowledged by alice'.repeat(5) }, incidents: [sampleIncident({ title: 'z'.repeat(300) })] })],
    ['bundled event', sampleContext({ kind: 'event', replyCode: null, event: { type: 'resolved', text: 'resolved' }, incidents: many(12) })],
    ['test', sampleContext({ kind: 'test', recipient: { id: 'u', name: 'N'.repeat(200) } })],
  ])('stays within 160 characters: %s', (_name, context) => {
    const text = body(context);
    expect(text.length).toBeLessThanOrEqual(SMS_LIMIT);
    expect([...text].length).toBeLessThanOrEqual(SMS_LIMIT);
  });

  it.each<[string, PageContext, string]>([
    ['verification', sampleContext({ kind: 'verification', incidents: [], replyCode: null, verificationCode: '123456' }), 'Your Vigil verification code is 123456'],
    ['test', sampleContext({ kind: 'test', replyCode: null }), 'Vigil test for Alice Example: this number receives Vigil pages. No reply needed.'],
    ['event', sampleContext({ kind: 'event', replyCode: null, event: { type: 'acknowledged', text: 'acknowledged by alice' } }), 'Vigil #42 acknowledged by alice: DB pool exhausted'],
    ['page without a reply code', sampleContext({ replyCode: null }), 'Vigil #42 SEV-1 Checkout API: DB pool exhausted'],
    ['page without a service', sampleContext({ incidents: [sampleIncident({ service: null })] }), 'Vigil #42 SEV-1: DB pool exhausted\nReply 12a ack, 12r resolve'],
  ])('words a %s message', (_name, context, expected) => {
    expect(body(context)).toBe(expected);
  });
});
