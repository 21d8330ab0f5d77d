import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpPeer, type SmtpPeer } from '../../../test/peers/smtp-peer.js';
import type { ProviderError, SendRequest } from '../channels.js';
import { renderMessage } from '../templates/render.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from '../templates/sample-context.js';
import { createSmtpProvider, smtpFailure, type SmtpProvider } from './smtp.js';

let smtp: SmtpPeer;
let provider: SmtpProvider;
const message = renderMessage('email', sampleContext());
const request = (to = 'alice@example.com', idempotencyKey = 'dlv_1'): SendRequest => ({ to, message, idempotencyKey });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);

beforeAll(async () => {
  smtp = await startSmtpPeer();
  provider = createSmtpProvider({ url: smtp.url, from: 'Vigil <vigil@example.com>' });
});
afterAll(async () => {
  provider.close();
  await smtp.close();
});

describe('smtp provider', () => {
  it('sends the subject with text and HTML bodies after authenticating, and keeps the Message-ID', async () => {
    const result = await provider.send(request());
    const mail = smtp.received.at(-1);
    expect(mail).toMatchObject({
      envelope: { from: 'vigil@example.com', to: ['alice@example.com'] },
      from: '"Vigil" <vigil@example.com>',
      to: 'alice@example.com',
      subject: '[Vigil] SEV-1 #42 Checkout API: DB pool exhausted',
    });
    expect(mail?.text.trim()).toBe(message.channel === 'email' ? message.text : '');
    expect(mail?.html).toContain('<a href="https://vigil.example.com/ack/');
    expect(mail?.headers).toMatchObject({ 'auto-submitted': 'auto-generated', 'x-vigil-delivery': 'dlv_1' });
    expect(result.externalId).toBe(mail?.messageId);
    expect(result.externalId).toMatch(/^<[0-9a-f]{32}@example\.com>$/);
  });

  it('gives the retries of one delivery the same Message-ID, and other deliveries another', async () => {
    const first = await provider.send(request('alice@example.com', 'dlv_same'));
    const again = await provider.send(request('alice@example.com', 'dlv_same'));
    const other = await provider.send(request('alice@example.com', 'dlv_other'));
    expect(again.externalId).toBe(first.externalId);
    expect(other.externalId).not.toBe(first.externalId);
  });

  it('carries a hostile title in one subject line', async () => {
    await provider.send({ to: 'alice@example.com', message: renderMessage('email', sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE })] })), idempotencyKey: 'dlv_h' });
    const mail = smtp.received.at(-1);
    expect(mail?.subject).toContain('<script>alert(1)</script>');
    expect(mail?.headers).not.toHaveProperty('bcc');
    expect(mail?.html).not.toContain('<script>');
  });

  it('fails permanently when the server rejects the recipient with 550', async () => {
    smtp.rejectRecipient('gone@example.com', 550);
    const error = await failure(provider.send(request('gone@example.com')));
    expect(error).toMatchObject({ permanent: true, providerCode: '550' });
    expect(error.message).toContain('User unknown');
  });

  it('fails transiently when the server defers the recipient with 452', async () => {
    smtp.rejectRecipient('full@example.com', 452);
    expect(await failure(provider.send(request('full@example.com')))).toMatchObject({ permanent: false, providerCode: '452' });
  });

  it('fails permanently when the message is refused after DATA with 554, transiently with 451', async () => {
    smtp.failNextData(1, 554);
    expect(await failure(provider.send(request()))).toMatchObject({ permanent: true, providerCode: '554' });
    smtp.failNextData(1, 451);
    expect(await failure(provider.send(request()))).toMatchObject({ permanent: false, providerCode: '451' });
  });

  it('fails permanently when the credentials are refused (535)', async () => {
    const wrong = createSmtpProvider({ url: smtp.url.replace(/:[^:@]+@/, ':wrong@'), from: 'vigil@example.com' });
    try {
      expect(await failure(wrong.send(request()))).toMatchObject({ permanent: true, providerCode: '535' });
    } finally {
      wrong.close();
    }
  });

  it('fails transiently when the server cannot be reached', async () => {
    const down = createSmtpProvider({ url: 'smtp://127.0.0.1:9', from: 'vigil@example.com', timeoutMs: 1_000 });
    try {
      expect(await failure(down.send(request()))).toMatchObject({ permanent: false });
    } finally {
      down.close();
    }
  });
});

describe('smtpFailure', () => {
  it.each([
    [{ responseCode: 550, response: '550 5.1.1 no such user', code: 'EENVELOPE' }, true, '550'],
    [{ responseCode: 503, response: '503 5.5.1 bad sequence', code: 'EPROTOCOL' }, false, '503'],
    [{ responseCode: 421, response: '421 4.7.0 try again later', code: 'EPROTOCOL' }, false, '421'],
    [{ code: 'ECONNECTION', message: 'Connection closed' }, false, 'ECONNECTION'],
    [{ code: 'ETIMEDOUT', message: 'Greeting never received' }, false, 'ETIMEDOUT'],
    [{ code: 'EENVELOPE', message: 'No recipients defined' }, true, 'EENVELOPE'],
  ])('classifies %j', (error, permanent, providerCode) => {
    expect(smtpFailure(Object.assign(new Error('failed'), error))).toMatchObject({ permanent, providerCode });
  });
});
