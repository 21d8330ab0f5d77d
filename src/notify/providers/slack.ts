import type { OutboundPolicy } from '../../core/outbound.js';
import { ProviderError, type HttpFetch, type Provider, type SendRequest, type SendResult } from '../channels.js';
import { classifyStatus, DEFAULT_TIMEOUT_MS, defaultFetch, exchange, hostOf, outboundFetch, readJsonObject, retryAfterNote, snippet } from './http.js';

export interface SlackConfig {
  /** The bot token (`xoxb-…`), with the `chat:write` scope. */
  readonly botToken: string;
  /** Default `https://slack.com`. */
  readonly baseUrl?: string;
  readonly fetch?: HttpFetch;
  readonly timeoutMs?: number;
}

/**
 * `ok: false` errors of chat.postMessage that retrying cannot fix: the address or the token is
 * wrong, or the message itself is refused.
 */
export const SLACK_PERMANENT_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found', 'not_in_channel', 'is_archived', 'user_not_found', 'cannot_dm_bot', 'messages_tab_disabled',
  'invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'missing_scope', 'ekm_access_denied',
  'restricted_action', 'invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'no_text', 'too_many_attachments', 'invalid_arguments',
]);

/**
 * Direct messages and channel posts through the Web API's chat.postMessage. `to` is a user id
 * (`U…`, which opens the app's DM with that user) or a channel id. Slack answers HTTP 200 with
 * `{ ok: false, error }` on failure; rate limits come as 429 with Retry-After. Errors not known
 * to be permanent are retried: a page must not be dropped on a code Slack added later.
 */
export function createSlackProvider(config: SlackConfig): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = config.fetch ?? defaultFetch(timeoutMs);
  const url = `${(config.baseUrl ?? 'https://slack.com').replace(/\/+$/, '')}/api/chat.postMessage`;
  return {
    id: 'slack',
    channels: ['slack'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'slack') throw new ProviderError(`Slack sends slack messages, not ${message.channel}`, true, 'wrong_channel');
      const body = JSON.stringify({ channel: request.to, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      const answer = await exchange(
        fetch,
        url,
        { method: 'POST', headers: { authorization: `Bearer ${config.botToken}`, 'content-type': 'application/json; charset=utf-8' }, body },
        timeoutMs,
        'Slack',
      );
      const status = classifyStatus(answer.status);
      const json = readJsonObject(answer.body);
      const error = typeof json.error === 'string' ? json.error : null;
      if (status === 'ok' && json.ok === true) return { externalId: typeof json.ts === 'string' ? json.ts : null };
      if (answer.status === 429 || error === 'ratelimited') {
        throw new ProviderError(`Slack rate-limited the message${retryAfterNote(answer.headers)}`, false, 'ratelimited');
      }
      if (error !== null) throw new ProviderError(`Slack refused the message: ${error}`, SLACK_PERMANENT_ERRORS.has(error), error);
      throw new ProviderError(`Slack answered ${answer.status}: ${snippet(answer.body)}`, status === 'permanent', String(answer.status));
    },
  };
}

export interface SlackWebhookConfig {
  /** Which private addresses may be called (`VIGIL_OUTBOUND_ALLOW`); none unless given. Ignored when `fetch` is injected. */
  readonly outbound?: OutboundPolicy;
  readonly fetch?: HttpFetch;
  readonly timeoutMs?: number;
}

/**
 * Channel posts through an incoming webhook: `to` is the webhook URL (its path is the secret,
 * so it never appears in errors). Slack answers `ok` as text, or an error code as text with a
 * 4xx (`invalid_payload`, `channel_is_archived`, `no_service`, …) or 5xx status.
 */
export function createSlackWebhookProvider(config: SlackWebhookConfig = {}): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = outboundFetch(config, timeoutMs);
  return {
    id: 'slack-webhook',
    channels: ['slack'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'slack') throw new ProviderError(`a Slack webhook takes slack messages, not ${message.channel}`, true, 'wrong_channel');
      const peer = `Slack webhook at ${hostOf(request.to)}`;
      const body = JSON.stringify({ text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      const answer = await exchange(fetch, request.to, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body }, timeoutMs, peer);
      const status = classifyStatus(answer.status);
      if (status === 'ok') return { externalId: null };
      const code = snippet(answer.body, 80);
      throw new ProviderError(`${peer} answered ${answer.status}: ${code}${retryAfterNote(answer.headers)}`, status === 'permanent', code === '' ? String(answer.status) : code);
    },
  };
}
