import { createECDH, randomBytes } from 'node:crypto';
import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { browserKeys, checkVapid, decryptPushMessage } from './push-service.js';

/**
 * The stand-in must reject what a real push service rejects, or tests that pass through it prove
 * nothing: its decryption and VAPID checks are run here against messages made by `web-push`.
 */
const vapid = webpush.generateVAPIDKeys();
const vapidDetails = { subject: 'mailto:ops@example.com', publicKey: vapid.publicKey, privateKey: vapid.privateKey };
const ORIGIN = 'https://push.example.com';

function message(payload: string, keys = browserKeys(), options: Parameters<typeof webpush.generateRequestDetails>[2] = {}) {
  const subscription = { endpoint: `${ORIGIN}/wpush/abc`, keys: { p256dh: keys.ecdh.getPublicKey().toString('base64url'), auth: keys.auth.toString('base64url') } };
  const details = webpush.generateRequestDetails(subscription, payload, { vapidDetails, contentEncoding: 'aes128gcm', TTL: 60, ...options });
  return { keys, details, body: details.body as Buffer };
}

describe('the push service stand-in', () => {
  it('decrypts what web-push encrypts for the subscription', () => {
    const { keys, body } = message('{"title":"SEV-1 #42"}');
    expect(decryptPushMessage(body, keys.ecdh, keys.auth).toString('utf8')).toBe('{"title":"SEV-1 #42"}');
  });

  it('refuses to decrypt with another browser\'s key or auth secret, or a changed body', () => {
    const { keys, body } = message('secret');
    const other = browserKeys();
    expect(() => decryptPushMessage(body, other.ecdh, keys.auth)).toThrow();
    expect(() => decryptPushMessage(body, keys.ecdh, randomBytes(16))).toThrow();
    const tampered = Buffer.from(body);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] as number) ^ 1;
    expect(() => decryptPushMessage(tampered, keys.ecdh, keys.auth)).toThrow();
  });

  it('refuses aesgcm, the older encoding, whose body has no aes128gcm header', () => {
    const { keys, body } = message('x', browserKeys(), { contentEncoding: 'aesgcm' });
    expect(() => decryptPushMessage(body, keys.ecdh, keys.auth)).toThrow();
  });

  it('accepts web-push\'s VAPID header for the endpoint\'s origin, with its claims', () => {
    const { details } = message('x');
    const checked = checkVapid(details.headers.Authorization, ORIGIN);
    expect(checked).toMatchObject({ ok: true, claims: { aud: ORIGIN, sub: 'mailto:ops@example.com', key: vapid.publicKey } });
  });

  it('refuses a VAPID header for another origin, an expired or far-off exp, a forged signature and another key', () => {
    const now = Math.floor(Date.now() / 1000);
    const header = (exp?: number) => webpush.getVapidHeaders(ORIGIN, vapidDetails.subject, vapid.publicKey, vapid.privateKey, 'aes128gcm', exp).Authorization;
    expect(checkVapid(header(), 'https://other.example.com')).toMatchObject({ ok: false, reason: expect.stringContaining('aud') });
    expect(checkVapid(header(now + 60), ORIGIN, now + 120)).toMatchObject({ ok: false, reason: 'exp is not in the future' });
    expect(checkVapid(header(now + 23 * 3600), ORIGIN, now - 2 * 3600)).toMatchObject({ ok: false, reason: 'exp is more than 24 hours away' });
    const [, t, k] = /t=([^,]+), k=(.+)$/.exec(header()) ?? [];
    const [h, b, s] = (t as string).split('.');
    const claims = JSON.parse(Buffer.from(b as string, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'mailto:mallory@example.com' })).toString('base64url');
    expect(checkVapid(`vapid t=${h}.${forged}.${s}, k=${k}`, ORIGIN)).toMatchObject({ ok: false, reason: 'the JWT signature does not verify with k' });
    const otherKey = createECDH('prime256v1');
    otherKey.generateKeys();
    expect(checkVapid(`vapid t=${t}, k=${otherKey.getPublicKey().toString('base64url')}`, ORIGIN)).toMatchObject({ ok: false, reason: 'the JWT signature does not verify with k' });
    expect(checkVapid(`WebPush ${t}`, ORIGIN)).toMatchObject({ ok: false });
  });
});
