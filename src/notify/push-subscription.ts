import { createECDH } from 'node:crypto';
import { parseAddress } from '../core/outbound.js';

/**
 * A browser's push subscription (`PushSubscription.toJSON()`): the push service's endpoint URL
 * Vigil POSTs to, and the keys the message is encrypted for (RFC 8291). It is a push contact
 * method's address, stored as `serializeSubscription` writes it. The keys and the endpoint's
 * path are the subscription's secrets: they are never logged or shown, only the endpoint's host.
 */
export interface PushSubscription {
  readonly endpoint: string;
  readonly keys: {
    /** The browser's P-256 public key, an uncompressed point (65 bytes), base64url. */
    readonly p256dh: string;
    /** The browser's 16-byte authentication secret, base64url. */
    readonly auth: string;
  };
}

/** A problem with one part of a subscription: which part (`endpoint`, `keys.p256dh`, …) and why, with what to do. */
export interface SubscriptionProblem {
  readonly part: string;
  readonly message: string;
}

const MAX_ENDPOINT = 2048;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const SEND_AS_GIVEN = 'send subscription.toJSON() from the browser\'s pushManager.subscribe() as it is';

/** Base64url without padding (browsers may pad with `=`; the bytes are what count). */
function decodeBase64url(text: string): Buffer | null {
  const bare = text.replace(/=+$/, '');
  return BASE64URL.test(bare) ? Buffer.from(bare, 'base64url') : null;
}

function isLoopback(hostname: string): boolean {
  const name = hostname.toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return parseAddress(hostname)?.range() === 'loopback';
}

function endpointProblem(endpoint: unknown): string | undefined {
  if (typeof endpoint !== 'string' || endpoint === '') return `is missing; ${SEND_AS_GIVEN}`;
  if (endpoint.length > MAX_ENDPOINT) return `is ${endpoint.length} characters long; a push service's endpoint is at most ${MAX_ENDPOINT}`;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `is not a URL; ${SEND_AS_GIVEN}`;
  }
  if (/\s/.test(endpoint) || url.hostname === '') return `is not a URL; ${SEND_AS_GIVEN}`;
  if (url.username !== '' || url.password !== '') return 'carries credentials; a push service\'s endpoint never does';
  // RFC 8030 push services are https; plain http only for a push service on this machine (a test stand-in).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) return `is not an https URL; push services are reached over https (http only on loopback)`;
  return undefined;
}

function keyProblem(name: 'p256dh' | 'auth', value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return `is missing; ${SEND_AS_GIVEN}`;
  const bytes = decodeBase64url(value);
  if (bytes === null) return `is not base64url (A–Z, a–z, 0–9, "-" and "_"); ${SEND_AS_GIVEN}`;
  if (name === 'auth') return bytes.length === 16 ? undefined : `decodes to ${bytes.length} bytes; the browser's authentication secret is 16`;
  if (bytes.length !== 65 || bytes[0] !== 0x04) {
    const form = bytes.length === 33 && (bytes[0] === 0x02 || bytes[0] === 0x03) ? ' (a compressed point)' : '';
    return `decodes to ${bytes.length} bytes${form}; the browser's key is an uncompressed P-256 point, 65 bytes starting with 0x04`;
  }
  try {
    // Agreeing on a secret with it checks that the point lies on the curve.
    const probe = createECDH('prime256v1');
    probe.generateKeys();
    probe.computeSecret(bytes);
  } catch {
    return 'is not a point on the P-256 curve; the key was changed or cut on its way here';
  }
  return undefined;
}

/**
 * Why `input` is not a usable subscription (the first problem found), or the subscription with
 * its keys in canonical base64url (no padding).
 */
export function readSubscription(input: unknown): { readonly ok: true; readonly subscription: PushSubscription } | { readonly ok: false; readonly problem: SubscriptionProblem } {
  const value = (typeof input === 'object' && input !== null ? input : {}) as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } };
  const endpoint = endpointProblem(value.endpoint);
  if (endpoint !== undefined) return { ok: false, problem: { part: 'endpoint', message: endpoint } };
  const keys = typeof value.keys === 'object' && value.keys !== null ? value.keys : {};
  for (const name of ['p256dh', 'auth'] as const) {
    const problem = keyProblem(name, keys[name]);
    if (problem !== undefined) return { ok: false, problem: { part: `keys.${name}`, message: problem } };
  }
  const canonical = (text: string) => (decodeBase64url(text) as Buffer).toString('base64url');
  return { ok: true, subscription: { endpoint: value.endpoint as string, keys: { p256dh: canonical(keys.p256dh as string), auth: canonical(keys.auth as string) } } };
}

/** The stored form: `{"endpoint":…,"keys":{"p256dh":…,"auth":…}}`, in that order, keys canonical. */
export function serializeSubscription(subscription: PushSubscription): string {
  return JSON.stringify({ endpoint: subscription.endpoint, keys: { p256dh: subscription.keys.p256dh, auth: subscription.keys.auth } });
}

/** Subscription text (the stored form, or `subscription.toJSON()` as JSON), checked. */
export function parseSubscriptionText(text: string): ReturnType<typeof readSubscription> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { part: 'text', message: `is not JSON; ${SEND_AS_GIVEN}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { part: 'text', message: `is not a JSON object; ${SEND_AS_GIVEN}` } };
  return readSubscription(value);
}

/** A stored address back to the subscription, checked again; null when it is not one. */
export function parseSubscription(address: string): PushSubscription | null {
  const read = parseSubscriptionText(address);
  return read.ok ? read.subscription : null;
}

/** The endpoint's host (`fcm.googleapis.com`): all of a subscription that is ever shown or logged. */
export function subscriptionHost(address: string): string {
  try {
    const endpoint = (JSON.parse(address) as { endpoint?: unknown }).endpoint;
    return typeof endpoint === 'string' ? new URL(endpoint).host.toLowerCase() : 'an invalid subscription';
  } catch {
    return 'an invalid subscription';
  }
}

/** The endpoint URL, for the outbound policy; null when the address is not a subscription. */
export function subscriptionEndpoint(address: string): string | null {
  try {
    const endpoint = (JSON.parse(address) as { endpoint?: unknown }).endpoint;
    return typeof endpoint === 'string' ? endpoint : null;
  } catch {
    return null;
  }
}
