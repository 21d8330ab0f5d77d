import { afterEach, describe, expect, it } from 'vitest';
import { startNtfyPeer, type NtfyPeer } from '../../../test/peers/ntfy-peer.js';
import type { ProviderError, SendRequest } from '../channels.js';
import { renderMessage } from '../templates/render.js';
import { sampleContext } from '../templates/sample-context.js';
import { createNtfyProvider, parseTopicUrl } from './ntfy.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

let ntfy: NtfyPeer | undefined;
const message = renderMessage('ntfy', sampleContext());
const request = (to: string): SendRequest => ({ to, message, idempotencyKey: 'dlv_1' });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);
const start = async (options: Parameters<typeof startNtfyPeer>[0] = {}) => (ntfy = await startNtfyPeer(options));

afterEach(async () => {
  await ntfy?.close();
  ntfy = undefined;
});

describe('ntfy provider', () => {
  it('publishes JSON to the server root with the topic, view actions and the ntfy message id', async () => {
    const peer = await start();
    const result = await createNtfyProvider({ outbound: TEST_OUTBOUND }).send(request(`${peer.url}/alice-pages`));
    expect(peer.requests.at(-1)).toMatchObject({ method: 'POST', path: '/' });
    expect(peer.published.at(-1)).toEqual({
      topic: 'alice-pages',
      title: 'SEV-1 #42 Checkout API',
      message: 'DB pool exhausted\nSeverity: SEV-1 (Critical)\nService: Checkout API\nStatus: Triggered',
      priority: 5,
      tags: ['rotating_light', 'SEV-1'],
      actions: [
        { action: 'view', label: 'Acknowledge', url: 'https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345', clear: true },
        { action: 'view', label: 'Open incident', url: 'https://vigil.example.com/incidents/42', clear: true },
        { action: 'view', label: 'Runbook', url: 'https://wiki.example.com/runbooks/db-pool', clear: true },
      ],
      click: 'https://vigil.example.com/incidents/42',
    });
    expect(result.externalId).toMatch(/^[A-Za-z0-9_-]{8}$/);
  });

  it('sends the access token as a bearer token', async () => {
    const peer = await start({ token: 'tk_secret' });
    await createNtfyProvider({ token: 'tk_secret', outbound: TEST_OUTBOUND }).send(request(`${peer.url}/alice`));
    expect(peer.requests.at(-1)?.headers.authorization).toBe('Bearer tk_secret');
  });

  it('turns credentials in the topic URL into Basic auth', async () => {
    const peer = await start({ user: { name: 'alice', password: 'p@ss' } });
    await createNtfyProvider({ outbound: TEST_OUTBOUND }).send(request(peer.url.replace('http://', 'http://alice:p%40ss@') + '/alice'));
    expect(peer.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('alice:p@ss').toString('base64')}`);
  });

  it.each([
    ['no token', undefined, '40301'],
    ['a wrong token', 'tk_wrong', '40101'],
  ])('fails permanently with %s', async (_name, token, code) => {
    const peer = await start({ token: 'tk_secret' });
    expect(await failure(createNtfyProvider({ outbound: TEST_OUTBOUND, ...(token === undefined ? {} : { token }) }).send(request(`${peer.url}/alice`)))).toMatchObject({ permanent: true, providerCode: code });
  });

  it.each([
    [429, '42901', 'ntfy at 127.0.0.1:PORT answered 429: limit reached: too many requests (retry after 1 s)'],
    [500, '50001', 'ntfy at 127.0.0.1:PORT answered 500: internal server error'],
  ])('fails transiently on %i', async (status, code, text) => {
    const peer = await start();
    peer.failNext(1, status);
    const error = await failure(createNtfyProvider({ outbound: TEST_OUTBOUND }).send(request(`${peer.url}/alice`)));
    expect(error).toMatchObject({ permanent: false, providerCode: code, message: text.replace('PORT', new URL(peer.url).port) });
  });

  it('refuses an address that is not a topic URL without calling anything', async () => {
    expect(await failure(createNtfyProvider({ outbound: TEST_OUTBOUND }).send(request('alice')))).toMatchObject({ permanent: true, providerCode: 'invalid_address' });
  });
});

describe('parseTopicUrl', () => {
  it.each([
    ['https://ntfy.example.com/alice', { server: 'https://ntfy.example.com/', topic: 'alice', basicAuth: null }],
    ['https://example.com/ntfy/alice/', { server: 'https://example.com/ntfy/', topic: 'alice', basicAuth: null }],
    ['https://bob:pw@ntfy.example.com/alice', { server: 'https://ntfy.example.com/', topic: 'alice', basicAuth: Buffer.from('bob:pw').toString('base64') }],
  ])('reads %s', (url, expected) => {
    expect(parseTopicUrl(url)).toEqual(expected);
  });

  it.each(['https://ntfy.example.com/', 'ftp://ntfy.example.com/alice', 'https://ntfy.example.com/a%20b', 'alice'])('refuses %s', (url) => {
    expect(parseTopicUrl(url)).toBeNull();
  });
});
