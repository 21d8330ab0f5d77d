import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackPeer, type SlackPeer } from '../../../test/peers/slack-peer.js';
import type { ProviderError, SendRequest } from '../channels.js';
import { renderMessage } from '../templates/render.js';
import { sampleContext } from '../templates/sample-context.js';
import { createSlackProvider, createSlackWebhookProvider } from './slack.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

let slack: SlackPeer;
const message = renderMessage('slack', sampleContext());
const request = (to: string): SendRequest => ({ to, message, idempotencyKey: 'dlv_1' });
const api = (botToken = slack.botToken) => createSlackProvider({ botToken, baseUrl: slack.url });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);

beforeAll(async () => {
  slack = await startSlackPeer();
});
afterAll(() => slack.close());

describe('slack provider (chat.postMessage)', () => {
  it('posts channel, text and blocks as JSON with the bot token, and keeps the ts', async () => {
    const result = await api().send(request('U0ALICE'));
    const last = slack.requests.at(-1);
    expect(last).toMatchObject({ method: 'POST', path: '/api/chat.postMessage' });
    expect(last?.headers.authorization).toBe(`Bearer ${slack.botToken}`);
    expect(last?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(slack.posted.at(-1)).toEqual({ channel: 'U0ALICE', text: message.channel === 'slack' ? message.text : '', blocks: message.channel === 'slack' ? message.blocks : [], unfurl_links: false, unfurl_media: false });
    expect(result.externalId).toMatch(/^\d+\.\d{6}$/);
  });

  it.each([
    ['an unknown channel', () => api().send(request('C0NOPE')), 'channel_not_found'],
    ['a channel the bot was removed from', () => (slack.refuseNext(1, 'not_in_channel'), api().send(request('C0INCIDENTS'))), 'not_in_channel'],
    ['a wrong token', () => api('xoxb-wrong').send(request('U0ALICE')), 'invalid_auth'],
    ['a deactivated workspace', () => (slack.refuseNext(1, 'account_inactive'), api().send(request('U0ALICE'))), 'account_inactive'],
  ])('fails permanently for %s', async (_name, send, error) => {
    expect(await failure(send())).toMatchObject({ permanent: true, providerCode: error, message: `Slack refused the message: ${error}` });
  });

  it('fails transiently when rate-limited, noting Retry-After', async () => {
    slack.failNext(1, 429);
    expect(await failure(api().send(request('U0ALICE')))).toMatchObject({ permanent: false, providerCode: 'ratelimited', message: 'Slack rate-limited the message (retry after 1 s)' });
  });

  it('fails transiently on a 5xx page', async () => {
    slack.failNext(1, 503);
    expect(await failure(api().send(request('U0ALICE')))).toMatchObject({ permanent: false, providerCode: '503' });
  });

  it('retries an error code it does not know', async () => {
    slack.refuseNext(1, 'some_future_error');
    expect(await failure(api().send(request('U0ALICE')))).toMatchObject({ permanent: false, providerCode: 'some_future_error' });
  });

  it('fails transiently when Slack does not answer in time', async () => {
    slack.stallNext(1);
    expect(await failure(createSlackProvider({ botToken: slack.botToken, baseUrl: slack.url, timeoutMs: 200 }).send(request('U0ALICE')))).toMatchObject({ permanent: false, providerCode: 'timeout' });
  });
});

describe('slack provider (incoming webhook)', () => {
  it('posts text and blocks to the webhook URL and takes "ok" as success', async () => {
    const result = await createSlackWebhookProvider({ outbound: TEST_OUTBOUND }).send(request(slack.webhookUrl));
    expect(result).toEqual({ externalId: null });
    expect(slack.webhookPosts.at(-1)).toMatchObject({ text: 'SEV-1 #42 Checkout API: DB pool exhausted', blocks: expect.any(Array) });
    expect(slack.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('fails permanently for a revoked webhook without putting its secret path in the error', async () => {
    const revoked = `${slack.url}/services/T0000000001/B0000000001/revokedsecret`;
    const error = await failure(createSlackWebhookProvider({ outbound: TEST_OUTBOUND }).send(request(revoked)));
    expect(error).toMatchObject({ permanent: true, providerCode: 'no_service' });
    expect(error.message).not.toContain('revokedsecret');
  });

  it('fails transiently when rate-limited and permanently once the channel is archived', async () => {
    slack.failNext(1, 429);
    expect(await failure(createSlackWebhookProvider({ outbound: TEST_OUTBOUND }).send(request(slack.webhookUrl)))).toMatchObject({ permanent: false });
    slack.archiveWebhookChannel();
    expect(await failure(createSlackWebhookProvider({ outbound: TEST_OUTBOUND }).send(request(slack.webhookUrl)))).toMatchObject({ permanent: true, providerCode: 'channel_is_archived' });
  });
});
