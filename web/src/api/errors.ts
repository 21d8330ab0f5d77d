/**
 * A refused or failed API call, with the server's own words. Every screen shows `message` (and
 * `code`), never a blank page: the server's messages are written for people.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** The error body every Vigil route answers with (`{ code, message }`), or a stand-in for one that has none. */
export function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof record.code === 'string' ? record.code : `HTTP_${status}`;
  const message = typeof record.message === 'string' && record.message !== ''
    ? record.message
    : status >= 500
      ? 'Vigil could not answer just now. Try again in a moment.'
      : `The request was refused (${status}).`;
  const seconds = retryAfter === null ? null : Number(retryAfter);
  return new ApiError(status, code, message, seconds !== null && Number.isFinite(seconds) ? seconds : null);
}

/** For failures before any answer (offline, connection refused). */
export function networkError(error: unknown): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'NETWORK', `Vigil could not be reached (${detail}). Check your connection; actions are not lost until you leave the page.`);
}
