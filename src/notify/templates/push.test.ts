import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { browserKeys } from '../../../test/peers/push-service.js';
import type { PageContext } from '../channels.js';
import { generateVapidKeys } from '../vapid-keys.js';
import { pathOnVigil, PUSH_PAYLOAD_LIMIT, renderPush } from './push.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';

const ACK = 'https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345';
const RESOLVE = 'https://vigil.example.com/ack/ack_11111111111111111111111111111111.abcdefghijklmnopqrstuvwxyz012345';
const page = (overrides: Partial<PageContext> = {}) => sampleContext({ resolveUrl: RESOLVE, sentAt: Date.UTC(2024, 2, 1, 3, 14, 30), ...overrides });

describe('renderPush', () => {
  it('writes a page: severity, number and service; title and age; one tag per incident; both buttons as paths', () => {
    expect(renderPush(page())).toEqual({
      channel: 'push',
      ttlSeconds: 300,
      urgency: 'high',
      payload: {
        kind: 'page',
        title: 'SEV-1 #42 · Checkout API',
        body: 'DB pool exhausted · triggered just now',
        tag: 'incident-42',
        requireInteraction: true,
        silent: false,
        url: '/incidents/42',
        actions: [
          { action: 'acknowledge', title: 'Acknowledge', url: '/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345' },
          { action: 'resolve', title: 'Resolve', url: '/ack/ack_11111111111111111111111111111111.abcdefghijklmnopqrstuvwxyz012345' },
        ],
        timestamp: Date.UTC(2024, 2, 1, 3, 14, 0),
      },
    });
  });

  it.each([
    [Date.UTC(2024, 2, 1, 3, 56), 'triggered 42 min ago'],
    [Date.UTC(2024, 2, 1, 5, 14), 'triggered 2 h ago'],
    [Date.UTC(2024, 2, 1, 5, 20), 'triggered 2 h 6 min ago'],
    [Date.UTC(2024, 2, 4, 3, 14), 'triggered 3 days ago'],
  ])('says how long ago the incident triggered', (sentAt, age) => {
    expect(renderPush(page({ sentAt })).payload.body).toBe(`DB pool exhausted · ${age}`);
  });

  it('lets a low-urgency page go without interaction at normal urgency, and leaves out the service when there is none', () => {
    const message = renderPush(page({ incidents: [sampleIncident({ urgency: 'low', service: null })] }));
    expect(message).toMatchObject({ urgency: 'normal', payload: { title: 'SEV-1 #42', requireInteraction: false } });
  });

  it('makes bundled pages one notification for them all, with one Acknowledge and no Resolve', () => {
    const incidents = [sampleIncident({ number: 42 }), sampleIncident({ number: 43, id: 'i43', title: 'Disk full', urgency: 'low' }), sampleIncident({ number: 44, id: 'i44', title: 'Queue backlog', urgency: 'low' })];
    expect(renderPush(page({ incidents, resolveUrl: null })).payload).toEqual({
      kind: 'page',
      title: '3 incidents',
      body: '#42 DB pool exhausted, #43 Disk full, #44 Queue backlog',
      tag: 'incidents-42-44',
      requireInteraction: true,
      silent: false,
      url: '/incidents',
      actions: [{ action: 'acknowledge', title: 'Acknowledge all', url: '/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345' }],
      timestamp: Date.UTC(2024, 2, 1, 3, 14, 0),
    });
  });

  it('carries the code in a verification message, marks a test as one, and makes event updates silent under the incident\'s tag', () => {
    expect(renderPush(page({ kind: 'verification', incidents: [], verificationCode: '123456' }))).toEqual({
      channel: 'push',
      ttlSeconds: 900,
      urgency: 'normal',
      payload: { kind: 'verification', title: 'Vigil verification code', body: 'Your Vigil verification code is 123456', tag: 'vigil-verification', requireInteraction: false, silent: false, url: '/', actions: [], code: '123456' },
    });
    expect(renderPush(page({ kind: 'test', incidents: [] })).payload).toMatchObject({ kind: 'test', title: 'Vigil test', body: expect.stringContaining('This is a test notification from Vigil for Alice Example'), tag: 'vigil-test', actions: [] });
    expect(renderPush(page({ kind: 'event', event: { type: 'acknowledged', text: 'acknowledged by alice' } }))).toMatchObject({
      urgency: 'low',
      payload: { kind: 'event', title: '#42 acknowledged by alice', tag: 'incident-42', silent: true, requireInteraction: false, actions: [] },
    });
  });

  it('links under the public URL\'s path, and never to another origin', () => {
    expect(pathOnVigil('https://vigil.example.com/vigil/incidents/42', 'https://vigil.example.com/vigil')).toBe('/vigil/incidents/42');
    expect(pathOnVigil('https://evil.example.com/ack/x', 'https://vigil.example.com')).toBeNull();
    expect(pathOnVigil('javascript:alert(1)', 'https://vigil.example.com')).toBeNull();
    const message = renderPush(page({ publicUrl: 'https://ops.example.com/vigil', incidents: [sampleIncident(), sampleIncident({ number: 7, id: 'i7' })] }));
    expect(message.payload.url).toBe('/vigil/incidents');
  });

  it('stays one line of plain text whatever the title holds', () => {
    const { payload } = renderPush(page({ incidents: [sampleIncident({ title: HOSTILE_TITLE })] }));
    for (const character of ['\r', '\n', '\u0007', '\u202E']) expect(payload.body).not.toContain(character);
    expect(payload.body.startsWith('<script>alert(1)</script> <!channel>')).toBe(true);
  });

  it('keeps every message under the 4 KB a push message carries, encrypted, whatever it is given', () => {
    const long = `${'Ж'.repeat(3000)}😀`;
    const incidents = Array.from({ length: 60 }, (_, i) => sampleIncident({ number: 1000 + i, id: `i${i}`, title: long, service: { id: 's', name: long }, severity: { id: long, name: long } }));
    const keys = browserKeys();
    const subscription = { endpoint: 'https://push.example.com/x', keys: { p256dh: keys.ecdh.getPublicKey().toString('base64url'), auth: keys.auth.toString('base64url') } };
    const vapid = generateVapidKeys();
    const contexts: PageContext[] = [
      page({ incidents: [incidents[0]!] }),
      page({ incidents }),
      page({ incidents: [incidents[0]!], publicUrl: `https://vigil.example.com/${'p'.repeat(3000)}`, ackUrl: `https://vigil.example.com/${'p'.repeat(3000)}/ack/x`, resolveUrl: `https://vigil.example.com/${'p'.repeat(3000)}/ack/y` }),
      page({ kind: 'event', incidents: [incidents[0]!], event: { type: 'acknowledged', text: long } }),
      page({ kind: 'test', incidents: [], recipient: { id: 'x', name: long } }),
    ];
    for (const context of contexts) {
      const text = JSON.stringify(renderPush(context).payload);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(PUSH_PAYLOAD_LIMIT);
      const body = webpush.generateRequestDetails(subscription, text, { vapidDetails: { subject: 'mailto:a@example.com', ...vapid }, contentEncoding: 'aes128gcm' }).body as Buffer;
      expect(body.length).toBeLessThanOrEqual(4096);
    }
  });

  it('carries no alert labels, annotations or runbook links for lock screens to show', () => {
    const text = JSON.stringify(renderPush(page()).payload);
    expect(text).not.toContain('runbook');
    expect(text).not.toContain('wiki.example.com');
    expect(text).not.toContain(ACK.slice(0, 26));
  });
});
