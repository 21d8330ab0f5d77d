import webpush from 'web-push';
import type { OutboundPolicy } from '../../core/outbound.js';
import { ProviderError, type HttpFetch, type Provider, type SendRequest, type SendResult } from '../channels.js';
import { parseSubscription } from '../push-subscription.js';
import { PUSH_PAYLOAD_LIMIT } from '../templates/push.js';
import { classifyStatus, DEFAULT_TIMEOUT_MS, exchange, outboundFetch, retryAfterNote, snippet } from './http.js';

/** Vigil's application server key pair (RFC 8292), base64url: the public key is a 65-byte P-256 point, the private key 32 bytes. */
export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

export interface PushConfig {
  readonly vapid: VapidKeys;
  /** Who runs this Vigil, for the push services: a `mailto:` or `https:` URL (the JWT's `sub`). */
  readonly subject: string;
  /** Which private addresses may be called (`VIGIL_OUTBOUND_ALLOW`); none unless given. Ignored when `fetch` is injected. */
  readonly outbound?: OutboundPolicy;
  readonly fetch?: HttpFetch;
  readonly timeoutMs?: number;
}

/** What a push service's 404 and 410 mean: the browser dropped the subscription; sending again cannot help. */
export class SubscriptionGone extends ProviderError {
  constructor(
    peer: string,
    /** The push service's answer, 404 or 410. */
    readonly status: number,
  ) {
    super(`${peer} reported the subscription gone (${status})`, true, 'subscription_gone');
  }

  /** What the contact method says once disabled for it. */
  get reason(): string {
    return `the push service reported the subscription gone (${this.status})`;
  }
}

const TOPIC = /^[A-Za-z0-9_-]{1,32}$/;

/** Hints for answers whose cause is usually on Vigil's side rather than the push service's. */
const STATUS_HINTS: Readonly<Record<number, string>> = {
  400: ' (the push service could not read the request)',
  401: ' (the push service refused the VAPID signature)',
  403: ' (the subscription was made for another VAPID key: the browser must subscribe again)',
  413: ' (the message is larger than the push service takes)',
};

/**
 * Web Push (RFC 8030) with message encryption (RFC 8291, aes128gcm) and VAPID (RFC 8292). The
 * `web-push` package only builds the request: the encrypted body and the Authorization, TTL,
 * Urgency and Topic headers. The request itself goes through Vigil's guarded client like every
 * address people write (outbound policy checked at connect time, no redirects, timeouts), and
 * the send gate and retries around it are the same as for webhooks. 2xx (201 Created) is
 * success; 404 and 410 mean the subscription is gone (permanent, `subscription_gone`: the
 * caller disables the contact method); 408, 429 and 5xx are retried.
 */
export function createPushProvider(config: PushConfig): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = outboundFetch(config, timeoutMs);
  const vapidDetails = { subject: config.subject, publicKey: config.vapid.publicKey, privateKey: config.vapid.privateKey };
  return {
    id: 'push',
    channels: ['push'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'push') throw new ProviderError(`push takes push messages, not ${message.channel}`, true, 'wrong_channel');
      const subscription = parseSubscription(request.to);
      if (subscription === null) throw new ProviderError('the push address is not a browser push subscription', true, 'invalid_address');
      const payload = JSON.stringify(message.payload);
      const size = Buffer.byteLength(payload);
      if (size > PUSH_PAYLOAD_LIMIT) throw new ProviderError(`the message is ${size} bytes; a push message carries at most ${PUSH_PAYLOAD_LIMIT}`, true, 'payload_too_large');
      let details: ReturnType<typeof webpush.generateRequestDetails> & { body: Buffer };
      try {
        details = webpush.generateRequestDetails(subscription, payload, {
          vapidDetails,
          TTL: message.ttlSeconds,
          urgency: message.urgency,
          contentEncoding: 'aes128gcm',
          ...(TOPIC.test(message.payload.tag) ? { topic: message.payload.tag } : {}),
        });
      } catch (error) {
        throw new ProviderError(`the push message could not be built: ${error instanceof Error ? error.message : String(error)}`, true, 'invalid_request');
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(details.headers)) {
        // The client sets the length of the body it sends.
        if (name.toLowerCase() !== 'content-length') headers[name.toLowerCase()] = String(value);
      }
      const host = new URL(subscription.endpoint).host.toLowerCase();
      const peer = `push service at ${host}`;
      const answer = await exchange(fetch, subscription.endpoint, { method: 'POST', headers, body: details.body }, timeoutMs, peer);
      if (answer.status === 404 || answer.status === 410) {
        throw new SubscriptionGone(peer, answer.status);
      }
      const status = classifyStatus(answer.status);
      // The Location of the message it stored lets anyone holding it withdraw the message: not kept.
      if (status === 'ok') return { externalId: null };
      const body = snippet(answer.body);
      throw new ProviderError(
        `${peer} answered ${answer.status}${STATUS_HINTS[answer.status] ?? ''}${body === '' ? '' : `: ${body}`}${retryAfterNote(answer.headers)}`,
        status === 'permanent',
        String(answer.status),
      );
    },
  };
}
