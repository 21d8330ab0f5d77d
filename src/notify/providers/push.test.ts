import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushService, type PushService } from '../../../test/peers/push-service.js';
import { OutboundPolicy } from '../../core/outbound.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';
import type { ProviderError, SendRequest } from '../channels.js';
import { serializeSubscription } from '../push-subscription.js';
import { renderMessage } from '../templates/render.js';
import { sampleContext, sampleIncident } from '../templates/sample-context.js';
import { generateVapidKeys } from '../vapid-keys.js';
import { createPushProvider, SubscriptionGone } from './push.js';

const vapid = generateVapidKeys();
const provider = (options: { outbound?: OutboundPolicy } = {}) => createPushProvider({ vapid, subject: 'mailto:ops@example.com', outbound: options.outbound ?? TEST_OUTBOUND });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);

let push: PushService;
beforeAll(async () => {
  push = await startPushService();
});
afterAll(async () => {
  await push.close();
});

const context = sampleContext({ publicUrl: 'https://vigil.example.com', resolveUrl: 'https://vigil.example.com/ack/ack_11111111111111111111111111111111.abcdefghijklmnopqrstuvwxyz012345', sentAt: Date.UTC(2024, 2, 1, 3, 18, 0) });
const request = (to: string, message = renderMessage('push', context)): SendRequest => ({ to, message, idempotencyKey: 'bdl_1' });

describe('push provider', () => {
  it('sends an aes128gcm message with VAPID that the push service decrypts, with TTL, Urgency and Topic', async () => {
    const subscription = push.subscribe({ applicationServerKey: vapid.publicKey });
    const result = await provider().send(request(serializeSubscription(subscription)));
    expect(result).toEqual({ externalId: null });
    const received = push.received.at(-1)!;
    expect(received).toMatchObject({ endpoint: subscription.endpoint, ttl: 300, urgency: 'high', topic: 'incident-42' });
    expect(received.vapid).toMatchObject({ aud: push.url, sub: 'mailto:ops@example.com', key: vapid.publicKey });
    expect(received.json).toEqual({
      kind: 'page',
      title: 'SEV-1 #42 · Checkout API',
      body: 'DB pool exhausted · triggered 4 min ago',
      tag: 'incident-42',
      requireInteraction: true,
      silent: false,
      url: '/incidents/42',
      actions: [
        { action: 'acknowledge', title: 'Acknowledge', url: '/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345' },
        { action: 'resolve', title: 'Resolve', url: '/ack/ack_11111111111111111111111111111111.abcdefghijklmnopqrstuvwxyz012345' },
      ],
      timestamp: Date.UTC(2024, 2, 1, 3, 14, 0),
    });
  });

  it('marks a low-urgency page normal and lets it go when acted on', async () => {
    const subscription = push.subscribe();
    const low = renderMessage('push', sampleContext({ incidents: [sampleIncident({ urgency: 'low' })] }));
    await provider().send(request(serializeSubscription(subscription), low));
    expect(push.received.at(-1)).toMatchObject({ urgency: 'normal', json: { requireInteraction: false } });
  });

  it.each([404, 410] as const)('reports a subscription the push service answers %i for as gone, permanently', async (status) => {
    const subscription = push.subscribe();
    push.markGone(subscription.endpoint, status);
    const error = await failure(provider().send(request(serializeSubscription(subscription))));
    expect(error).toBeInstanceOf(SubscriptionGone);
    expect(error).toMatchObject({ permanent: true, providerCode: 'subscription_gone', message: `push service at ${new URL(push.url).host} reported the subscription gone (${status})` });
    expect((error as SubscriptionGone).reason).toBe(`the push service reported the subscription gone (${status})`);
  });

  it('fails permanently, with a hint, when the subscription was made for another VAPID key', async () => {
    const subscription = push.subscribe({ applicationServerKey: generateVapidKeys().publicKey });
    const error = await failure(provider().send(request(serializeSubscription(subscription))));
    expect(error).toMatchObject({ permanent: true, providerCode: '403' });
    expect(error.message).toContain('the browser must subscribe again');
  });

  it('retries a push service that answers 429 or 5xx', async () => {
    const subscription = push.subscribe();
    push.failNext(1, 503);
    expect(await failure(provider().send(request(serializeSubscription(subscription))))).toMatchObject({ permanent: false, providerCode: '503' });
  });

  it('calls nothing the outbound policy refuses, and never names more of the endpoint than its host', async () => {
    const subscription = push.subscribe();
    const before = push.requests.length;
    const error = await failure(provider({ outbound: OutboundPolicy.strict() }).send(request(serializeSubscription(subscription))));
    expect(error).toMatchObject({ permanent: true, providerCode: 'address_not_allowed' });
    expect(push.requests.length).toBe(before);
    const path = new URL(subscription.endpoint).pathname;
    expect(error.message).not.toContain(path);
    expect(error.message).not.toContain(subscription.keys.p256dh);
  });

  it('refuses an address that is not a subscription without calling anything', async () => {
    expect(await failure(provider().send(request('https://push.example.com/x')))).toMatchObject({ permanent: true, providerCode: 'invalid_address' });
  });
});
