import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { json, startHttpPeer, type HttpPeer, type RecordedRequest, type Reply } from './http-peer.js';

/**
 * A Web Push service (RFC 8030) on 127.0.0.1, as a browser vendor runs one, speaking the real
 * wire format. It hands tests subscriptions as a browser would (`subscribe()`: an endpoint on
 * this server and the P-256 key pair and auth secret the browser would hold), and for each POST
 * to an endpoint:
 * - checks the VAPID `Authorization: vapid t=<JWT>, k=<public key>` header (RFC 8292): an ES256
 *   signature made with `k`, `aud` the endpoint's origin, `exp` in the future and at most 24 h
 *   away, `sub` present; a subscription made for an application server key takes only that key;
 * - checks `Content-Encoding: aes128gcm`, a `TTL` and a valid `Urgency`;
 * - decrypts the body with the subscription's private key and auth secret (RFC 8291: ECDH,
 *   HKDF, AES-128-GCM) and records the plaintext;
 * and answers 201 with a Location, 404 for endpoints it does not know, or 404/410 for the ones a
 * test marked gone. Refused requests are recorded with the reason.
 */

export interface BrowserSubscription {
  /** What `PushSubscription.toJSON()` gives a page. */
  readonly endpoint: string;
  readonly expirationTime: null;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

interface Held {
  readonly ecdh: ECDH;
  readonly auth: Buffer;
  readonly applicationServerKey: string | null;
  gone: 404 | 410 | null;
}

export interface PushMessage {
  readonly endpoint: string;
  readonly headers: RecordedRequest['headers'];
  readonly ttl: number;
  readonly urgency: string;
  readonly topic: string | null;
  /** The decrypted body as text, and parsed when it is JSON. */
  readonly text: string;
  readonly json: unknown;
  readonly vapid: VapidClaims;
}

export interface VapidClaims {
  readonly aud: string;
  readonly exp: number;
  readonly sub: string;
  /** The application server's public key (`k`), base64url. */
  readonly key: string;
}

export interface PushService extends HttpPeer {
  /** A new subscription, as `pushManager.subscribe({ applicationServerKey })` would make. */
  subscribe(options?: { readonly applicationServerKey?: string }): BrowserSubscription;
  /** From now on the endpoint answers `status`: the browser dropped the subscription. */
  markGone(endpoint: string, status?: 404 | 410): void;
  /** Messages accepted, decrypted. */
  readonly received: PushMessage[];
  /** Requests refused, with why. */
  readonly refused: { readonly endpoint: string; readonly status: number; readonly reason: string }[];
}

/** Why a VAPID Authorization header is refused, or its claims (RFC 8292). */
export function checkVapid(authorization: string | undefined, audience: string, nowSeconds = Math.floor(Date.now() / 1000)): { ok: true; claims: VapidClaims } | { ok: false; reason: string } {
  const match = /^vapid\s+(.+)$/i.exec(authorization ?? '');
  if (!match) return { ok: false, reason: 'no "vapid" Authorization' };
  const params = new Map((match[1] as string).split(',').map((part) => {
    const at = part.indexOf('=');
    return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
  }));
  const token = params.get('t');
  const key = params.get('k');
  if (!token || !key) return { ok: false, reason: 'the vapid Authorization lacks t= or k=' };
  const [head, body, signature] = token.split('.');
  if (head === undefined || body === undefined || signature === undefined) return { ok: false, reason: 'the JWT is not three parts' };
  let jose: { alg?: string };
  let claims: { aud?: unknown; exp?: unknown; sub?: unknown };
  try {
    jose = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return { ok: false, reason: 'the JWT is not JSON' };
  }
  if (jose.alg !== 'ES256') return { ok: false, reason: `the JWT is signed with ${String(jose.alg)}, not ES256` };
  const point = Buffer.from(key, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) return { ok: false, reason: 'k is not an uncompressed P-256 point' };
  let valid: boolean;
  try {
    const publicKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
    valid = verify('sha256', Buffer.from(`${head}.${body}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  } catch {
    return { ok: false, reason: 'k is not a P-256 public key' };
  }
  if (!valid) return { ok: false, reason: 'the JWT signature does not verify with k' };
  if (claims.aud !== audience) return { ok: false, reason: `aud is ${JSON.stringify(claims.aud)}, not the endpoint's origin ${audience}` };
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return { ok: false, reason: 'exp is not in the future' };
  if (claims.exp > nowSeconds + 24 * 3600) return { ok: false, reason: 'exp is more than 24 hours away' };
  if (typeof claims.sub !== 'string' || claims.sub === '') return { ok: false, reason: 'sub is missing' };
  return { ok: true, claims: { aud: claims.aud, exp: claims.exp, sub: claims.sub, key } };
}

/**
 * Decrypts an aes128gcm push message (RFC 8291 §3.4, RFC 8188) for the subscription whose
 * private key is `ecdh` and whose auth secret is `auth`. Throws when it is not for them.
 */
export function decryptPushMessage(body: Buffer, ecdh: ECDH, auth: Buffer): Buffer {
  if (body.length < 21) throw new Error('shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] as number;
  const senderKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (idLength !== 65 || senderKey[0] !== 0x04) throw new Error('the key id is not the sender\'s P-256 public key');
  if (ciphertext.length > recordSize || ciphertext.length < 17) throw new Error('not a single record');
  const shared = ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record's plaintext ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x02) throw new Error('no last-record delimiter');
  return padded.subarray(0, end);
}

/** A browser's side of a subscription: its key pair and auth secret. */
export function browserKeys(): { readonly ecdh: ECDH; readonly auth: Buffer } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
}

const URGENCIES = new Set(['very-low', 'low', 'normal', 'high']);

export async function startPushService(): Promise<PushService> {
  const subscriptions = new Map<string, Held>();
  const received: PushMessage[] = [];
  const refused: { endpoint: string; status: number; reason: string }[] = [];
  let origin = '';

  const refuse = (endpoint: string, status: number, reason: string): Reply => {
    refused.push({ endpoint, status, reason });
    return json(status, { code: status, errno: 100 + status, error: reason });
  };

  const handle = (request: RecordedRequest): Reply => {
    const endpoint = `${origin}${request.path}`;
    const held = subscriptions.get(request.path);
    if (request.method !== 'POST') return refuse(endpoint, 405, 'push messages are POSTed');
    if (!held) return refuse(endpoint, 404, 'no such subscription');
    if (held.gone !== null) return refuse(endpoint, held.gone, 'the subscription has expired or was unsubscribed');
    const vapid = checkVapid(request.headers.authorization, origin);
    if (!vapid.ok) return refuse(endpoint, 401, vapid.reason);
    if (held.applicationServerKey !== null && vapid.claims.key !== held.applicationServerKey) return refuse(endpoint, 403, 'the subscription was made for another application server key');
    if (request.headers['content-encoding'] !== 'aes128gcm') return refuse(endpoint, 415, `Content-Encoding is ${String(request.headers['content-encoding'])}, not aes128gcm`);
    const ttlText = request.headers.ttl;
    if (typeof ttlText !== 'string' || !/^\d+$/.test(ttlText)) return refuse(endpoint, 400, 'TTL is missing or not a number of seconds');
    const urgency = request.headers.urgency ?? 'normal';
    if (typeof urgency !== 'string' || !URGENCIES.has(urgency)) return refuse(endpoint, 400, `Urgency ${String(urgency)} is not very-low, low, normal or high`);
    if (request.rawBody.length > 4096) return refuse(endpoint, 413, `the body is ${request.rawBody.length} bytes; at most 4096`);
    let plaintext: Buffer;
    try {
      plaintext = decryptPushMessage(request.rawBody, held.ecdh, held.auth);
    } catch (error) {
      return refuse(endpoint, 400, `the body does not decrypt: ${(error as Error).message}`);
    }
    const text = plaintext.toString('utf8');
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: recorded as text
    }
    const topic = request.headers.topic;
    received.push({ endpoint, headers: request.headers, ttl: Number(ttlText), urgency, topic: typeof topic === 'string' ? topic : null, text, json: parsed, vapid: vapid.claims });
    return { status: 201, headers: { location: `${origin}/m/${randomBytes(8).toString('hex')}` } };
  };

  const peer = await startHttpPeer({ handle, failure: (status) => json(status, { code: status, error: `status ${status}` }, status === 429 ? { 'retry-after': '1' } : {}) });
  origin = peer.url;
  return Object.assign(peer, {
    received,
    refused,
    subscribe(options: { readonly applicationServerKey?: string } = {}): BrowserSubscription {
      const { ecdh, auth } = browserKeys();
      const path = `/wpush/v2/${randomBytes(24).toString('base64url')}`;
      subscriptions.set(path, { ecdh, auth, applicationServerKey: options.applicationServerKey ?? null, gone: null });
      return { endpoint: `${origin}${path}`, expirationTime: null, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
    },
    markGone(endpoint: string, status: 404 | 410 = 410): void {
      const held = subscriptions.get(new URL(endpoint).pathname);
      if (!held) throw new Error(`no subscription at ${endpoint}`);
      held.gone = status;
    },
  });
}
