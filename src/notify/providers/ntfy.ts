import type { OutboundPolicy } from '../../core/outbound.js';
import { ProviderError, type HttpFetch, type Provider, type SendRequest, type SendResult } from '../channels.js';
import { classifyStatus, DEFAULT_TIMEOUT_MS, exchange, outboundFetch, readJsonObject, retryAfterNote, snippet } from './http.js';

export interface NtfyConfig {
  /** An access token (`tk_…`) sent as a bearer token, for servers that require one. */
  readonly token?: string;
  /** Which private addresses may be called (`VIGIL_OUTBOUND_ALLOW`); none unless given. Ignored when `fetch` is injected. */
  readonly outbound?: OutboundPolicy;
  readonly fetch?: HttpFetch;
  readonly timeoutMs?: number;
}

/**
 * `https://ntfy.example.com/alice-pages` → the server's base URL and the topic. ntfy serves
 * topics at the root of its base URL, which may itself have a path. Credentials in the URL
 * (`https://user:pass@…`) become Basic auth, since fetch refuses URLs that carry them.
 */
export function parseTopicUrl(topicUrl: string): { readonly server: string; readonly topic: string; readonly basicAuth: string | null } | null {
  let url: URL;
  try {
    url = new URL(topicUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const topic = segments.pop();
  if (topic === undefined || !/^[-_A-Za-z0-9]{1,64}$/.test(topic)) return null;
  let basicAuth: string | null = null;
  try {
    if (url.username !== '') basicAuth = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
  } catch {
    return null;
  }
  return { server: `${url.origin}/${segments.map((s) => `${s}/`).join('')}`, topic, basicAuth };
}

/**
 * Publishes to a self-hosted ntfy server with its JSON API (`POST <server>/` with the topic in
 * the body; docs.ntfy.sh/publish/#publish-as-json). The answer is the stored message; its `id`
 * is the external id. ntfy errors come as `{ code, http, error }`.
 */
export function createNtfyProvider(config: NtfyConfig = {}): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = outboundFetch(config, timeoutMs);
  return {
    id: 'ntfy',
    channels: ['ntfy'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'ntfy') throw new ProviderError(`ntfy takes ntfy messages, not ${message.channel}`, true, 'wrong_channel');
      const target = parseTopicUrl(request.to);
      if (target === null) throw new ProviderError('the ntfy address is not a topic URL like https://ntfy.example.com/topic', true, 'invalid_address');
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (target.basicAuth !== null) headers.authorization = `Basic ${target.basicAuth}`;
      else if (config.token !== undefined && config.token !== '') headers.authorization = `Bearer ${config.token}`;
      const body = JSON.stringify({
        topic: target.topic,
        title: message.title,
        message: message.message,
        priority: message.priority,
        tags: message.tags,
        actions: message.actions.map((action) => ({ action: 'view', label: action.label, url: action.url, clear: true })),
        ...(message.click === null ? {} : { click: message.click }),
      });
      const peer = `ntfy at ${new URL(target.server).host}`;
      const answer = await exchange(fetch, target.server, { method: 'POST', headers, body }, timeoutMs, peer);
      const status = classifyStatus(answer.status);
      const json = readJsonObject(answer.body);
      if (status === 'ok') return { externalId: typeof json.id === 'string' ? json.id : null };
      const error = typeof json.error === 'string' ? json.error : snippet(answer.body);
      const code = typeof json.code === 'number' ? String(json.code) : String(answer.status);
      throw new ProviderError(`${peer} answered ${answer.status}: ${error}${retryAfterNote(answer.headers)}`, status === 'permanent', code);
    },
  };
}
