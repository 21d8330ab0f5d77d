import { randomBytes } from 'node:crypto';
import { bearer, json, startHttpPeer, type HttpPeer, type RecordedRequest, type Reply } from './http-peer.js';

/**
 * Slack's Web API `chat.postMessage` and incoming webhooks. The API answers HTTP 200 with
 * `{ ok: false, error }` for refusals and 429 with Retry-After for rate limits; webhooks answer
 * `ok` as text, or an error code as text with a 4xx status.
 */

export interface SlackPeer extends HttpPeer {
  readonly botToken: string;
  /** `POST <url>` here is an incoming webhook into `#incidents`. */
  readonly webhookUrl: string;
  /** Messages accepted by chat.postMessage, as their parsed JSON bodies. */
  readonly posted: Readonly<Record<string, unknown>>[];
  /** Messages accepted by the incoming webhook. */
  readonly webhookPosts: Readonly<Record<string, unknown>>[];
  /** Channels (or users) that exist; others get `channel_not_found`. */
  readonly channels: Set<string>;
  /** The next `count` API calls are refused with `error` (e.g. `account_inactive`). */
  refuseNext(count: number, error: string): void;
  /** The webhook now answers 410 `channel_is_archived`. */
  archiveWebhookChannel(): void;
}

export async function startSlackPeer(options: { readonly botToken?: string; readonly channels?: readonly string[] } = {}): Promise<SlackPeer> {
  const botToken = options.botToken ?? `xoxb-${randomBytes(12).toString('hex')}`;
  const webhookPath = `/services/T0000000001/B0000000001/${randomBytes(12).toString('hex')}`;
  const posted: Record<string, unknown>[] = [];
  const webhookPosts: Record<string, unknown>[] = [];
  const channels = new Set(options.channels ?? ['U0ALICE', 'C0INCIDENTS']);
  const refusals: string[] = [];
  let archived = false;
  let sequence = 0;

  const parse = (request: RecordedRequest): Record<string, unknown> | null => {
    try {
      const body: unknown = JSON.parse(request.body);
      return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const hasContent = (body: Record<string, unknown>) => (typeof body.text === 'string' && body.text !== '') || (Array.isArray(body.blocks) && body.blocks.length > 0);

  const postMessage = (request: RecordedRequest): Reply => {
    const token = bearer(request);
    if (token === null) return json(200, { ok: false, error: 'not_authed' });
    if (token !== botToken) return json(200, { ok: false, error: 'invalid_auth' });
    const refusal = refusals.shift();
    if (refusal !== undefined) return json(200, { ok: false, error: refusal });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return json(200, { ok: false, error: 'invalid_form_data' });
    const body = parse(request);
    if (body === null) return json(200, { ok: false, error: 'invalid_json' });
    if (typeof body.channel !== 'string' || !channels.has(body.channel)) return json(200, { ok: false, error: 'channel_not_found' });
    if (!hasContent(body)) return json(200, { ok: false, error: 'no_text' });
    posted.push(body);
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++sequence).padStart(6, '0')}`;
    const channel = body.channel.startsWith('U') ? `D${body.channel.slice(1)}` : body.channel;
    return json(200, { ok: true, channel, ts, message: { type: 'message', text: body.text, ts, bot_id: 'B0VIGIL' } });
  };

  const webhook = (request: RecordedRequest): Reply => {
    if (request.path !== webhookPath) return { status: 404, body: 'no_service' };
    if (archived) return { status: 410, body: 'channel_is_archived' };
    const body = parse(request);
    if (body === null) return { status: 400, body: 'invalid_payload' };
    if (!hasContent(body)) return { status: 400, body: 'no_text' };
    webhookPosts.push(body);
    return { status: 200, body: 'ok', headers: { 'content-type': 'text/html' } };
  };

  const peer = await startHttpPeer({
    handle: (request) => {
      if (request.method !== 'POST') return { status: 405, body: 'method_not_allowed' };
      if (request.path === '/api/chat.postMessage') return postMessage(request);
      if (request.path.startsWith('/services/')) return webhook(request);
      return json(404, { ok: false, error: 'unknown_method' });
    },
    failure: (status) =>
      status === 429 ? json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' }) : { status, body: status >= 500 ? '<html><body>Slack is having trouble</body></html>' : 'invalid_payload' },
  });

  return Object.assign(peer, {
    botToken,
    webhookUrl: `${peer.url}${webhookPath}`,
    posted,
    webhookPosts,
    channels,
    refuseNext(count: number, error: string) {
      for (let i = 0; i < count; i++) refusals.push(error);
    },
    archiveWebhookChannel() {
      archived = true;
    },
  });
}
