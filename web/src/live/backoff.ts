/**
 * How long to wait before opening the stream again after it failed hard (the browser gave up on
 * it: a refusal, a wrong answer, the server gone): 1 s doubling to 30 s, with jitter so that many
 * consoles cut off at once by a restart do not all come back in the same instant.
 */
export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;

/** `attempt` 0 is the first retry; `random` in [0, 1) picks the point in the jitter window. */
export function backoffDelay(attempt: number, random: number = Math.random()): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, attempt));
  // "Equal jitter": at least half the ceiling, so the wait still grows; never under the minimum.
  return Math.max(BACKOFF_MIN_MS, Math.round(ceiling / 2 + (ceiling / 2) * random));
}
