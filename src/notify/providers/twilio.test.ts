import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioPeer, type TwilioPeer } from '../../../test/peers/twilio-peer.js';
import { startWebhookPeer, type WebhookPeer } from '../../../test/peers/webhook-peer.js';
import { parseTwilioStatusCallback, validateTwilioSignature } from '../callbacks/twilio-callbacks.js';
import { ProviderError, type HttpFetch, type RenderedMessage, type SendRequest } from '../channels.js';
import { renderMessage } from '../templates/render.js';
import { sampleContext } from '../templates/sample-context.js';
import { createTwilioProvider, twimlSay, voiceTwiml } from './twilio.js';

let twilio: TwilioPeer;
const CALLBACKS = 'https://vigil.example.com/api/v1/callbacks/twilio';
const sms = renderMessage('sms', sampleContext());
const voice = renderMessage('voice', sampleContext());
const request = (message: RenderedMessage, to = '+15005550006'): SendRequest => ({ to, message, idempotencyKey: 'dlv_1' });
const provider = (overrides: Partial<Parameters<typeof createTwilioProvider>[0]> = {}) =>
  createTwilioProvider({ accountSid: twilio.accountSid, authToken: twilio.authToken, from: '+15005550001', callbackBaseUrl: CALLBACKS, baseUrl: twilio.url, ...overrides });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);

beforeAll(async () => {
  twilio = await startTwilioPeer();
});
afterAll(() => twilio.close());

describe('twilio provider: SMS', () => {
  it('posts To, From, Body and StatusCallback form-encoded with Basic auth, and keeps the message sid', async () => {
    const result = await provider().send(request(sms));
    const last = twilio.requests.at(-1);
    expect(last?.path).toBe(`/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`);
    expect(last?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last?.headers.authorization).toBe(`Basic ${Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(last?.body))).toEqual({
      To: '+15005550006', From: '+15005550001', Body: 'Vigil #42 SEV-1 Checkout API: DB pool exhausted\nReply 12a ack, 12r resolve', StatusCallback: `${CALLBACKS}/status?delivery=dlv_1`,
    });
    expect(result.externalId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(result.externalId).toBe(twilio.messages.at(-1)?.sid);
  });

  it('sends through a messaging service instead of a number when one is configured', async () => {
    await provider({ messagingServiceSid: 'MG0123' }).send(request(sms));
    expect(twilio.messages.at(-1)).toMatchObject({ MessagingServiceSid: 'MG0123' });
    expect(twilio.messages.at(-1)).not.toHaveProperty('From');
  });

  it.each([
    ['an invalid number (21211)', '12345', null, '21211'],
    ['an unsubscribed number (21610)', '+15005550009', 21610, '21610'],
    ['a landline (21614)', '+15005550010', 21614, '21614'],
  ])('fails permanently for %s', async (_name, to, code, providerCode) => {
    if (code !== null) twilio.rejectNumber(to, code);
    const error = await failure(provider().send(request(sms, to)));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ permanent: true, providerCode });
  });

  it('fails permanently when the credentials are wrong (401, error 20003)', async () => {
    const error = await failure(provider({ authToken: 'wrong' }).send(request(sms)));
    expect(error).toMatchObject({ permanent: true, providerCode: '20003', message: 'Twilio answered 401, error 20003: Authenticate' });
  });

  it.each([
    [429, '20429', 'Twilio answered 429, error 20429: Too Many Requests (retry after 1 s)'],
    [500, '20500', 'Twilio answered 500, error 20500: An internal server error has occurred'],
    [503, '20503', 'Twilio answered 503, error 20503: Service Unavailable'],
  ])('fails transiently on %i', async (status, providerCode, message) => {
    twilio.failNext(1, status);
    expect(await failure(provider().send(request(sms)))).toMatchObject({ permanent: false, providerCode, message });
  });

  it('fails transiently while Twilio is down, and sends once it is back', async () => {
    twilio.failUntil(Date.now() + 150, 503);
    expect(await failure(provider().send(request(sms)))).toMatchObject({ permanent: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await provider().send(request(sms))).externalId).toMatch(/^SM/);
  });

  it('fails transiently when Twilio does not answer in time', async () => {
    twilio.stallNext(1);
    expect(await failure(provider({ timeoutMs: 200 }).send(request(sms)))).toMatchObject({ permanent: false, providerCode: 'timeout' });
  });

  it('fails transiently when Twilio cannot be reached', async () => {
    expect(await failure(provider({ baseUrl: 'http://127.0.0.1:9' }).send(request(sms)))).toMatchObject({ permanent: false, providerCode: 'network' });
  });

  it('uses an injected HTTP client', async () => {
    const seen: string[] = [];
    const fetch: HttpFetch = (url, init) => {
      seen.push(`${init.method} ${url}`);
      return globalThis.fetch(url, init);
    };
    await provider({ fetch }).send(request(sms));
    expect(seen).toEqual([`POST ${twilio.url}/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`]);
  });

  it('refuses a message for another channel permanently without calling Twilio', async () => {
    const before = twilio.requests.length;
    expect(await failure(provider().send(request(renderMessage('email', sampleContext()))))).toMatchObject({ permanent: true, providerCode: 'wrong_channel' });
    expect(twilio.requests.length).toBe(before);
  });
});

describe('twilio provider: voice', () => {
  it('places a call whose TwiML reads the page inside a one-digit Gather posting to the voice callback', async () => {
    const result = await provider().send(request(voice));
    const call = twilio.calls.at(-1);
    expect(result.externalId).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call).toMatchObject({ To: '+15005550006', From: '+15005550001', StatusCallback: `${CALLBACKS}/status?delivery=dlv_1`, StatusCallbackEvent: 'initiated ringing answered completed' });
    expect(call?.Twiml).toBe(
      `<Response><Gather numDigits="1" action="${CALLBACKS}/voice?delivery=dlv_1" method="POST" timeout="8">` +
        '<Say loop="2">This is Vigil. SEV 1 incident 42, on Checkout API: DB pool exhausted. Press 1 to acknowledge, or 2 to resolve.</Say></Gather>' +
        '<Say>No key was pressed. Goodbye.</Say></Response>',
    );
  });

  it('reads a test call without a Gather', async () => {
    await provider().send(request(renderMessage('voice', sampleContext({ kind: 'test' }))));
    expect(twilio.calls.at(-1)?.Twiml).toBe('<Response><Say>This is a test call from Vigil. This phone number receives Vigil pages. No action is needed. Goodbye.</Say></Response>');
  });

  it('escapes text and URLs for XML', () => {
    expect(voiceTwiml('Fish & <chips> "now"', 'https://x.test/voice?a=1&b=2')).toContain('action="https://x.test/voice?a=1&amp;b=2"');
    expect(voiceTwiml('Fish & <chips> "now"\u0001', null)).toBe('<Response><Say>Fish &amp; &lt;chips&gt; &quot;now&quot;</Say></Response>');
    expect(twimlSay('Acknowledged. Goodbye.')).toBe('<Response><Say>Acknowledged. Goodbye.</Say><Hangup/></Response>');
  });
});

describe('twilio status callbacks', () => {
  let vigil: WebhookPeer;
  beforeAll(async () => {
    vigil = await startWebhookPeer();
  });
  afterAll(() => vigil.close());

  it('are signed so that validateTwilioSignature accepts them and parse to a delivery status', async () => {
    const { externalId } = await provider().send(request(sms));
    const url = `${vigil.url}/status?delivery=dlv_1`;
    await twilio.callback(url, { MessageSid: externalId ?? '', SmsSid: externalId ?? '', MessageStatus: 'undelivered', ErrorCode: '30003', AccountSid: twilio.accountSid });
    const received = vigil.requests.at(-1);
    const params = Object.fromEntries(new URLSearchParams(received?.body));
    expect(validateTwilioSignature(twilio.authToken, url, params, String(received?.headers['x-twilio-signature']))).toBe(true);
    expect(validateTwilioSignature('another token', url, params, String(received?.headers['x-twilio-signature']))).toBe(false);
    expect(parseTwilioStatusCallback(params, 5)).toEqual({ externalId, status: 'failed', reason: 'Twilio error 30003 (undelivered)', at: 5 });
  });
});
