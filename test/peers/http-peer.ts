import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server on 127.0.0.1 standing in for a provider's API in tests. It records every
 * request as received (raw body included) and can be told to fail: the next n requests, or
 * every request until a time, get the failure the real service would send for that status.
 */

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The body's bytes, for binary bodies (an encrypted push message). */
  readonly rawBody: Buffer;
  readonly receivedAt: number;
}

export interface Reply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HttpPeer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The next `count` requests fail with `status`, answered the way the real service would. */
  failNext(count: number, status: number): void;
  /** Every request fails with `status` until `time` (epoch ms). */
  failUntil(time: number, status: number): void;
  /** The next `count` requests get no answer until the peer closes: for timeout tests. */
  stallNext(count: number): void;
  close(): Promise<void>;
}

export interface PeerBehaviour {
  /** The answer to a request that is not made to fail. */
  handle(request: RecordedRequest): Reply | Promise<Reply>;
  /** The real service's answer for a failure status (a 429 with Retry-After, an error body). */
  failure(status: number): Reply;
}

export async function startHttpPeer(behaviour: PeerBehaviour): Promise<HttpPeer> {
  const requests: RecordedRequest[] = [];
  const failures: number[] = [];
  let failingUntil: { time: number; status: number } | null = null;
  let stalls = 0;
  const stalled: ServerResponse[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const request: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: rawBody.toString('utf8'), rawBody, receivedAt: Date.now() };
      requests.push(request);
      if (stalls > 0) {
        stalls--;
        stalled.push(res);
        return;
      }
      const status = failures.shift() ?? (failingUntil !== null && Date.now() < failingUntil.time ? failingUntil.status : null);
      void Promise.resolve(status === null ? behaviour.handle(request) : behaviour.failure(status)).then(
        (reply) => send(res, reply),
        (error: unknown) => send(res, { status: 500, body: `peer error: ${String(error)}` }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, status) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    failUntil(time, status) {
      failingUntil = { time, status };
    },
    stallNext(count) {
      stalls += count;
    },
    close() {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, reply.headers ?? {});
  res.end(reply.body ?? '');
}

export function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=utf-8', ...headers } };
}

/** The bearer token or Basic credentials of a request, or null. */
export function bearer(request: RecordedRequest): string | null {
  const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

export function basic(request: RecordedRequest): { readonly user: string; readonly password: string } | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(request.headers.authorization ?? '');
  if (match === null) return null;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
