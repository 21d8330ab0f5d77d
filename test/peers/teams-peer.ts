import { randomBytes } from 'node:crypto';
import { json, startHttpPeer, type HttpPeer, type RecordedRequest, type Reply } from './http-peer.js';

/**
 * A Teams Workflows webhook ("When a Teams webhook request is received"): `POST` of a message
 * envelope holding Adaptive Card attachments, answered 202 with no body. A body that is not such
 * an envelope gets 400 the way Power Automate refuses it.
 */

export interface TeamsPeer extends HttpPeer {
  /** The secret webhook URL (its `sig` query parameter is the credential). */
  readonly webhookUrl: string;
  /** Adaptive Cards accepted, in order. */
  readonly cards: Readonly<Record<string, unknown>>[];
}

export async function startTeamsPeer(): Promise<TeamsPeer> {
  const sig = randomBytes(16).toString('base64url');
  const path = `/workflows/${randomBytes(8).toString('hex')}/triggers/manual/paths/invoke?api-version=1&sig=${sig}`;
  const cards: Record<string, unknown>[] = [];

  const refuse = (message: string): Reply => json(400, { error: { code: 'InvalidRequestContent', message } });
  const handle = (request: RecordedRequest): Reply => {
    if (request.path !== path) return json(401, { error: { code: 'DirectApiAuthorizationRequired', message: 'The request must be authenticated.' } });
    if (request.method !== 'POST') return json(405, { error: { code: 'MethodNotAllowed', message: 'POST only' } });
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return refuse('The request content is not valid JSON.');
    }
    const envelope = body as { type?: unknown; attachments?: { contentType?: unknown; content?: { type?: unknown } }[] };
    if (envelope.type !== 'message' || !Array.isArray(envelope.attachments) || envelope.attachments.length === 0) return refuse("Expected a 'message' with attachments.");
    for (const attachment of envelope.attachments) {
      if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive' || attachment.content?.type !== 'AdaptiveCard') return refuse('Attachments must be Adaptive Cards.');
      cards.push(attachment.content as Record<string, unknown>);
    }
    return { status: 202 };
  };

  const peer = await startHttpPeer({
    handle,
    failure: (status) => (status === 429 ? json(429, { error: { code: 'WorkflowTriggerIsThrottled', message: 'Rate limit' } }, { 'retry-after': '2' }) : json(status, { error: { code: 'Failure', message: `status ${status}` } })),
  });
  return Object.assign(peer, { webhookUrl: `${peer.url}${path}`, cards });
}
