import type { OutboundPolicy } from '../../core/outbound.js';
import { ProviderError, type HttpFetch, type Provider, type SendRequest, type SendResult } from '../channels.js';
import { classifyStatus, DEFAULT_TIMEOUT_MS, exchange, outboundFetch, hostOf, retryAfterNote, snippet } from './http.js';

export interface TeamsConfig {
  /** Which private addresses may be called (`VIGIL_OUTBOUND_ALLOW`); none unless given. Ignored when `fetch` is injected. */
  readonly outbound?: OutboundPolicy;
  readonly fetch?: HttpFetch;
  readonly timeoutMs?: number;
}

/** The message envelope Teams incoming webhooks and Power Automate's "When a Teams webhook request is received" accept. */
export function teamsEnvelope(card: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
}

/**
 * Posts the Adaptive Card to a Teams webhook URL (`to`; a Workflows URL or a legacy connector
 * URL, both secret). Workflows answer 202 and connectors 200; neither gives a message id.
 */
export function createTeamsProvider(config: TeamsConfig = {}): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = outboundFetch(config, timeoutMs);
  return {
    id: 'teams',
    channels: ['teams'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'teams') throw new ProviderError(`a Teams webhook takes teams messages, not ${message.channel}`, true, 'wrong_channel');
      const peer = `Teams webhook at ${hostOf(request.to)}`;
      const body = JSON.stringify(teamsEnvelope(message.card));
      const answer = await exchange(fetch, request.to, { method: 'POST', headers: { 'content-type': 'application/json' }, body }, timeoutMs, peer);
      const status = classifyStatus(answer.status);
      if (status === 'ok') return { externalId: null };
      throw new ProviderError(`${peer} answered ${answer.status}: ${snippet(answer.body)}${retryAfterNote(answer.headers)}`, status === 'permanent', String(answer.status));
    },
  };
}
