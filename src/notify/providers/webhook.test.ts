import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookPeer, type WebhookPeer } from '../../../test/peers/webhook-peer.js';
import { OutboundPolicy } from '../../core/outbound.js';
import type { ProviderError, SendRequest } from '../channels.js';
import { renderMessage } from '../templates/render.js';
import { sampleContext } from '../templates/sample-context.js';
import { guardedFetch } from './http.js';
import { createWebhookProvider, webhookSignature } from './webhook.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

let receiver: WebhookPeer;
const message = renderMessage('webhook', sampleContext());
const NOW = 1_709_262_840_000;
const request = (to = `${receiver.url}/hooks/vigil`): SendRequest => ({ to, message, idempotencyKey: 'dlv_7' });
const provider = (overrides: Partial<Parameters<typeof createWebhookProvider>[0]> = {}) => createWebhookProvider({ secret: 'whsec_test', now: () => NOW, outbound: TEST_OUTBOUND, ...overrides });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);

/** What docs/WEBHOOKS.md tells receivers to do, written independently of the sender. */
function receiverAccepts(secret: string, headers: Record<string, string | string[] | undefined>, rawBody: string, nowSeconds: number): boolean {
  const timestamp = String(headers['x-vigil-timestamp']);
  const signature = String(headers['x-vigil-signature']);
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

beforeAll(async () => {
  receiver = await startWebhookPeer();
});
afterAll(() => receiver.close());

describe('webhook provider', () => {
  it('POSTs the JSON body with the documented headers', async () => {
    expect(await provider().send(request())).toEqual({ externalId: null });
    const last = receiver.requests.at(-1);
    expect(last?.path).toBe('/hooks/vigil');
    expect(last?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Vigil',
      'x-vigil-timestamp': String(NOW / 1000),
      'x-vigil-delivery': 'dlv_7',
    });
    expect(JSON.parse(last?.body ?? '')).toEqual(message.channel === 'webhook' ? message.body : null);
  });

  it('signs "<timestamp>.<body>" so that a receiver following the docs accepts it', async () => {
    await provider().send(request());
    const last = receiver.requests.at(-1);
    expect(last?.headers['x-vigil-signature']).toBe(webhookSignature('whsec_test', NOW / 1000, last?.body ?? ''));
    expect(receiverAccepts('whsec_test', last?.headers ?? {}, last?.body ?? '', NOW / 1000)).toBe(true);
    expect(receiverAccepts('another secret', last?.headers ?? {}, last?.body ?? '', NOW / 1000)).toBe(false);
    expect(receiverAccepts('whsec_test', last?.headers ?? {}, `${last?.body ?? ''} `, NOW / 1000)).toBe(false);
    expect(receiverAccepts('whsec_test', last?.headers ?? {}, last?.body ?? '', NOW / 1000 + 301)).toBe(false);
  });

  it('matches a fixed signature vector', () => {
    expect(webhookSignature('whsec_test', 1709262840, '{"version":1}')).toBe(`v1=${createHmac('sha256', 'whsec_test').update('1709262840.{"version":1}').digest('hex')}`);
  });

  it('takes a secret per receiver URL', async () => {
    await provider({ secret: (url) => (url.endsWith('/a') ? 'secret-a' : 'secret-b') }).send(request(`${receiver.url}/a`));
    const last = receiver.requests.at(-1);
    expect(receiverAccepts('secret-a', last?.headers ?? {}, last?.body ?? '', NOW / 1000)).toBe(true);
  });

  it.each([200, 201, 202, 204])('takes %i as success', async (status) => {
    receiver.respondWith({ status });
    await expect(provider().send(request())).resolves.toEqual({ externalId: null });
    receiver.respondWith({ status: 204 });
  });

  it.each([
    [410, true],
    [400, true],
    [401, true],
    [404, true],
    [301, true],
    [408, false],
    [429, false],
    [500, false],
    [503, false],
  ])('treats %i as permanent: %s', async (status, permanent) => {
    receiver.failNext(1, status);
    expect(await failure(provider().send(request()))).toMatchObject({ permanent, providerCode: String(status) });
  });

  it('notes Retry-After on a 503', async () => {
    receiver.failNext(1, 503);
    expect((await failure(provider().send(request()))).message).toMatch(/\(retry after 30 s\)$/);
  });

  it('gives up after the timeout and counts it as transient', async () => {
    receiver.stallNext(1);
    const started = Date.now();
    expect(await failure(provider({ timeoutMs: 300 }).send(request()))).toMatchObject({ permanent: false, providerCode: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives a receiver that accepts the connection and never answers only its first-byte budget', async () => {
    receiver.stallNext(1);
    const fetch = guardedFetch(TEST_OUTBOUND, 10_000, { firstByteMs: 300 });
    const started = Date.now();
    const error = await failure(provider({ fetch, timeoutMs: 10_000 }).send(request()));
    expect(error).toMatchObject({ permanent: false, providerCode: 'timeout' });
    expect(error.message).toMatch(/^webhook at 127\.0\.0\.1:\d+ did not start answering within 300 ms$/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not follow redirects', async () => {
    receiver.respondWith({ status: 307, headers: { location: `${receiver.url}/elsewhere` } });
    const before = receiver.requests.length;
    expect(await failure(provider().send(request()))).toMatchObject({ permanent: true, providerCode: '307' });
    expect(receiver.requests.length).toBe(before + 1);
    receiver.respondWith({ status: 204 });
  });

  describe('private addresses', () => {
    const port = () => new URL(receiver.url).port;

    it('refuses a name that resolves to loopback unless allowed, failing permanently before connecting', async () => {
      const before = receiver.requests.length;
      const error = await failure(provider({ outbound: OutboundPolicy.strict() }).send(request(`http://localhost:${port()}/hooks/secret-path`)));
      expect(error).toMatchObject({ permanent: true, providerCode: 'address_not_allowed' });
      expect(error.message).toBe(
        'not sent: localhost (127.0.0.1) is a loopback address (127.0.0.0/8, ::1); Vigil calls private and reserved addresses only when VIGIL_OUTBOUND_ALLOW lists them: add 127.0.0.1 or localhost, or its network',
      );
      expect(receiver.requests.length).toBe(before);
    });

    it('refuses an address in the URL, and a provider given no policy allows nothing private', async () => {
      const before = receiver.requests.length;
      expect(await failure(createWebhookProvider({ secret: 's' }).send(request(`${receiver.url}/hooks/vigil`)))).toMatchObject({ permanent: true, providerCode: 'address_not_allowed' });
      expect(await failure(provider({ outbound: OutboundPolicy.parse('10.0.0.0/8').policy }).send(request(`http://[::1]:${port()}/x`)))).toMatchObject({ providerCode: 'address_not_allowed' });
      expect(receiver.requests.length).toBe(before);
    });

    it('sends to a name the list allows, or to a name resolving to an address it allows', async () => {
      const before = receiver.requests.length;
      expect(await provider({ outbound: OutboundPolicy.parse('localhost').policy }).send(request(`http://localhost:${port()}/by-name`))).toEqual({ externalId: null });
      expect(await provider({ outbound: OutboundPolicy.parse('127.0.0.1,::1').policy }).send(request(`http://localhost:${port()}/by-address`))).toEqual({ externalId: null });
      expect(receiver.requests.slice(before).map((r) => r.path)).toEqual(['/by-name', '/by-address']);
    });
  });

  it('reports an unreachable receiver as transient without its full URL', async () => {
    const error = await failure(provider().send(request('http://127.0.0.1:9/hooks/secret-token')));
    expect(error).toMatchObject({ permanent: false, providerCode: 'network' });
    expect(error.message).not.toContain('secret-token');
  });
});
