import { createHmac } from 'node:crypto';
import type { OutboundPolicy } from '../../core/outbound.js';
import { ProviderError, type HttpFetch, type Provider, type SendRequest, type SendResult } from '../channels.js';
import { classifyStatus, DEFAULT_TIMEOUT_MS, exchange, outboundFetch, hostOf, retryAfterNote, snippet } from './http.js';

export interface WebhookConfig {
  /** The signing secret: one for all receivers, or one per receiver URL (better: a leak then exposes one). */
  readonly secret: string | ((url: string) => string);
  /** Which private addresses may be called (`VIGIL_OUTBOUND_ALLOW`); none unless given. Ignored when `fetch` is injected. */
  readonly outbound?: OutboundPolicy;
  readonly fetch?: HttpFetch;
  /** Default 10 s: a receiver must answer quickly and do its work afterwards. */
  readonly timeoutMs?: number;
  /** Epoch milliseconds; for tests. */
  readonly now?: () => number;
}

/** `v1=` + hex HMAC-SHA256 of `<timestamp>.<body>` (docs/WEBHOOKS.md). */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Outgoing webhooks: the JSON body rendered for the `webhook` channel, POSTed to the contact
 * method's URL and signed (docs/WEBHOOKS.md). `X-Vigil-Delivery` stays the same across retries
 * of one delivery, so receivers can drop duplicates. 2xx is success; 408, 429 and 5xx are
 * retried; any other answer (410 Gone included) is permanent.
 */
export function createWebhookProvider(config: WebhookConfig): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = outboundFetch(config, timeoutMs);
  const now = config.now ?? Date.now;
  return {
    id: 'webhook',
    channels: ['webhook'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'webhook') throw new ProviderError(`a webhook takes webhook messages, not ${message.channel}`, true, 'wrong_channel');
      const secret = typeof config.secret === 'string' ? config.secret : config.secret(request.to);
      const body = JSON.stringify(message.body);
      const timestamp = Math.floor(now() / 1000);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Vigil',
        'x-vigil-timestamp': String(timestamp),
        'x-vigil-signature': webhookSignature(secret, timestamp, body),
        'x-vigil-delivery': request.idempotencyKey,
      };
      const peer = `webhook at ${hostOf(request.to)}`;
      const answer = await exchange(fetch, request.to, { method: 'POST', headers, body }, timeoutMs, peer);
      const status = classifyStatus(answer.status);
      if (status === 'ok') return { externalId: null };
      const gone = answer.status === 410 ? ' (Gone: the receiver asks not to be called again)' : '';
      throw new ProviderError(`${peer} answered ${answer.status}${gone}: ${snippet(answer.body)}${retryAfterNote(answer.headers)}`, status === 'permanent', String(answer.status));
    },
  };
}
