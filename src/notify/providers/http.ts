import { ProviderError, type HttpFetch } from '../channels.js';

/** No provider call may hold a delivery job longer than this. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The global fetch, aborted at `timeoutMs`. Redirects are not followed: a signed POST must reach
 * the configured URL, and a 3xx becomes a permanent failure that names the problem.
 */
export function defaultFetch(timeoutMs: number): HttpFetch {
  return (url, init) => fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
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
  init: { method: string; headers: Record<string, string>; body?: string },
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
    if (error instanceof Error && error.name === 'TimeoutError') throw new ProviderError(`${peer} did not answer within ${timeoutMs} ms`, false, 'timeout');
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
