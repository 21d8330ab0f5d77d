import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { OutboundPolicy, parseAddress, type OutboundRefusal } from '../../core/outbound.js';
import { ProviderError, type HttpFetch } from '../channels.js';

/** No provider call may hold a delivery job longer than this. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Addresses people write: a host that takes longer than this to accept the connection, or to
 * start answering once it has the request, is treated as down. A receiver that accepts and never
 * answers then costs 5 s, not the whole budget, and three of those back it off (send-gate.ts).
 */
export const CONNECT_TIMEOUT_MS = 3_000;
export const FIRST_BYTE_TIMEOUT_MS = 5_000;

/**
 * The global fetch, aborted at `timeoutMs`, for the providers' own APIs (Twilio, Slack's Web
 * API), whose addresses only the operator sets. Redirects are not followed: a signed POST must
 * reach the configured URL, and a 3xx becomes a permanent failure that names the problem.
 * Addresses people write go through `guardedFetch`.
 */
export function defaultFetch(timeoutMs: number): HttpFetch {
  return (url, init) => fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
}

/** A destination the outbound policy refuses; permanent, since sending again reaches the same place. */
export function refusedDestination(refusal: OutboundRefusal): ProviderError {
  return new ProviderError(`not sent: ${refusal.message}`, true, 'address_not_allowed');
}

class RefusedLookup extends Error {
  constructor(readonly refusal: OutboundRefusal) {
    super(refusal.message);
  }
}

/**
 * A DNS lookup that checks every address the name resolves to against `policy` and hands the
 * socket only those it checked, so the address connected to is one that passed (a name that
 * resolves to a public address for the check and a private one for the connection cannot slip
 * through).
 */
export function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, all, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refusal = policy.checkResolved(hostname, addresses.map((a) => a.address));
      if (refusal) return callback(new RefusedLookup(refusal), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Answers larger than this are cut: providers need a status and an error message, not a page. */
const MAX_ANSWER_BYTES = 256 * 1024;

/**
 * The client for addresses people and `vigil.yaml` write (webhooks, Teams, ntfy, Slack incoming
 * webhooks): node's http(s) with the guarded lookup, an address in the URL checked before
 * connecting, no redirects followed, no proxy, aborted at `timeoutMs`. A refused destination
 * fails with a permanent `ProviderError` (`address_not_allowed`) saying why.
 */
export function guardedFetch(policy: OutboundPolicy, timeoutMs: number, stages: { connectMs?: number; firstByteMs?: number } = {}): HttpFetch {
  const lookup = guardedLookup(policy);
  const connectMs = Math.min(timeoutMs, stages.connectMs ?? CONNECT_TIMEOUT_MS);
  const firstByteMs = Math.min(timeoutMs, stages.firstByteMs ?? FIRST_BYTE_TIMEOUT_MS);
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return reject(new ProviderError(`not sent: ${target.protocol} is not http or https`, true, 'invalid_address'));
      // A URL naming an address never reaches the lookup: check it here.
      const literal = parseAddress(target.hostname);
      if (literal) {
        const refusal = policy.checkResolved(target.hostname, [literal.toString()]);
        if (refusal) return reject(refusedDestination(refusal));
      }
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(
        target,
        { method: init.method, headers: init.headers, lookup, signal: AbortSignal.timeout(timeoutMs), agent: false },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER_BYTES);
            resolve({
              status: response.statusCode ?? 0,
              text: async () => text,
              headers: {
                get(name: string) {
                  const value = response.headers[name.toLowerCase()];
                  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
                },
              },
            });
          });
        },
      );
      const timedOut = (what: string) => () => request.destroy(Object.assign(new Error(what), { name: 'TimeoutError' }));
      // Connecting covers the lookup and the TLS handshake; the first byte is counted from then.
      let stage = setTimeout(timedOut(`did not accept a connection within ${connectMs} ms`), connectMs);
      request.on('socket', (socket) => {
        socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
          clearTimeout(stage);
          stage = setTimeout(timedOut(`did not start answering within ${firstByteMs} ms`), firstByteMs);
        });
      });
      request.on('response', () => clearTimeout(stage));
      request.on('close', () => clearTimeout(stage));
      request.on('error', (error: Error) => {
        const refused = error instanceof RefusedLookup ? error : error.cause instanceof RefusedLookup ? error.cause : null;
        if (refused) return reject(refusedDestination(refused.refusal));
        // The signal's timeout surfaces as an AbortError; `exchange` reports it as a timeout.
        reject(error.name === 'AbortError' ? Object.assign(new Error(`did not answer within ${timeoutMs} ms`), { name: 'TimeoutError' }) : error);
      });
      request.end(init.body);
    });
}

/** The client for user-written addresses: `fetch` when a test injects one, else the guarded one. */
export function outboundFetch(config: { readonly fetch?: HttpFetch; readonly outbound?: OutboundPolicy }, timeoutMs: number): HttpFetch {
  return config.fetch ?? guardedFetch(config.outbound ?? OutboundPolicy.strict(), timeoutMs);
}

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: { get(name: string): string | null };
}

/**
 * One request and its whole answer within `timeoutMs`. `HttpFetch` takes no abort signal, so an
 * injected client is raced against a timer; the default client also aborts the socket. A
 * timeout or a network failure is transient: the peer may never have seen the request.
 * `peer` names the destination without secrets (webhook URLs carry them).
 */
export async function exchange(
  fetch: HttpFetch,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array },
  timeoutMs: number,
  peer: string,
): Promise<HttpAnswer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProviderError(`${peer} did not answer within ${timeoutMs} ms`, false, 'timeout')), timeoutMs);
  });
  const call = (async () => {
    const response = await fetch(url, init);
    return { status: response.status, body: await response.text(), headers: response.headers };
  })();
  try {
    return await Promise.race([call, timeout]);
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    if (error instanceof Error && error.name === 'TimeoutError') throw new ProviderError(`${peer} ${error.message.startsWith('did ') ? error.message : `did not answer within ${timeoutMs} ms`}`, false, 'timeout');
    throw new ProviderError(`${peer} could not be reached: ${describeError(error).replaceAll(url, hostOf(url))}`, false, 'network');
  } finally {
    clearTimeout(timer);
    // The race's loser must not surface as an unhandled rejection.
    call.catch(() => undefined);
  }
}

export type StatusClass = 'ok' | 'transient' | 'permanent';

/**
 * 2xx succeeded. 408, 429 and 5xx may succeed later. Other answers (3xx, 4xx) repeat whatever
 * is wrong with the request or the address, so retrying cannot help.
 */
export function classifyStatus(status: number): StatusClass {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'permanent';
}

/** ` (retry after 30 s)` from a Retry-After header in seconds, for the delivery log. */
export function retryAfterNote(headers: { get(name: string): string | null }): string {
  const value = headers.get('retry-after');
  return value !== null && /^\d+$/.test(value.trim()) ? ` (retry after ${value.trim()} s)` : '';
}

/** The start of an answer body on one line, for error messages. */
export function snippet(body: string, max = 200): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** `https://hooks.slack.com/services/…` names its host only: the path is the secret. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}

/** A JSON object answer, or an empty object for anything else (HTML error pages, plain text). */
export function readJsonObject(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
