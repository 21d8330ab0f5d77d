import { startHttpPeer, type HttpPeer, type Reply } from './http-peer.js';

/** Any webhook receiver: records what arrives and answers `respondWith`'s reply (default 204). */
export interface WebhookPeer extends HttpPeer {
  respondWith(reply: Reply): void;
}

export async function startWebhookPeer(): Promise<WebhookPeer> {
  let reply: Reply = { status: 204 };
  const peer = await startHttpPeer({
    handle: () => reply,
    failure: (status): Reply => ({ status, body: `failing with ${status}`, headers: status === 429 || status === 503 ? { 'retry-after': '30' } : {} }),
  });
  return Object.assign(peer, {
    respondWith(next: Reply) {
      reply = next;
    },
  });
}
