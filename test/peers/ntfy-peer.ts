import { randomBytes } from 'node:crypto';
import { basic, bearer, json, startHttpPeer, type HttpPeer, type RecordedRequest, type Reply } from './http-peer.js';

/**
 * A self-hosted ntfy server's JSON publishing (`POST /` with `{ topic, … }`). With `token` or
 * `user` set it requires them, as a server with `auth-default-access: deny-all` does. Answers
 * the stored message, or `{ code, http, error, link }` errors as ntfy does.
 */

export interface NtfyPeer extends HttpPeer {
  /** Messages published, as their parsed JSON bodies. */
  readonly published: Readonly<Record<string, unknown>>[];
}

const ERRORS: Readonly<Record<number, { readonly code: number; readonly error: string }>> = {
  400: { code: 40024, error: 'invalid request: topic invalid' },
  401: { code: 40101, error: 'unauthorized' },
  403: { code: 40301, error: 'forbidden' },
  429: { code: 42901, error: 'limit reached: too many requests' },
  500: { code: 50001, error: 'internal server error' },
};

export function ntfyError(status: number): Reply {
  const known = ERRORS[status] ?? { code: status * 100 + 1, error: `status ${status}` };
  return json(status, { code: known.code, http: status, error: known.error, link: 'https://ntfy.sh/docs/publish/' }, status === 429 ? { 'retry-after': '1' } : {});
}

export async function startNtfyPeer(options: { readonly token?: string; readonly user?: { readonly name: string; readonly password: string } } = {}): Promise<NtfyPeer> {
  const published: Record<string, unknown>[] = [];

  const authorised = (request: RecordedRequest): boolean => {
    if (options.token === undefined && options.user === undefined) return true;
    const credentials = basic(request);
    if (options.user !== undefined && credentials !== null) return credentials.user === options.user.name && credentials.password === options.user.password;
    return options.token !== undefined && bearer(request) === options.token;
  };

  const handle = (request: RecordedRequest): Reply => {
    if (request.method !== 'POST' && request.method !== 'PUT') return ntfyError(400);
    if (request.path !== '/') return ntfyError(400);
    if (request.headers.authorization === undefined && (options.token !== undefined || options.user !== undefined)) return ntfyError(403);
    if (!authorised(request)) return ntfyError(401);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return ntfyError(400);
    }
    if (typeof body.topic !== 'string' || !/^[-_A-Za-z0-9]{1,64}$/.test(body.topic)) return ntfyError(400);
    published.push(body);
    const time = Math.floor(Date.now() / 1000);
    const actions = Array.isArray(body.actions) ? body.actions.map((action: Record<string, unknown>) => ({ id: randomBytes(5).toString('hex'), ...action })) : undefined;
    return json(200, { id: randomBytes(6).toString('base64url'), time, expires: time + 43_200, event: 'message', ...body, actions });
  };

  const peer = await startHttpPeer({ handle, failure: ntfyError });
  return Object.assign(peer, { published });
}
