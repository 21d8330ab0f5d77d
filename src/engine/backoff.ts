/**
 * When to try a failed job again: exponential from 1 s, doubling, capped at 5 minutes, with
 * up to 20% jitter so a burst of failures does not retry in lockstep. Returns undefined when
 * the attempts are spent: the job is then dead-lettered.
 */
export function retryDelay(attempts: number, maxAttempts: number, random: () => number = Math.random): number | undefined {
  if (attempts >= maxAttempts) return undefined;
  const base = Math.min(1_000 * 2 ** Math.max(0, attempts - 1), 300_000);
  return Math.round(base * (1 + 0.2 * random()));
}
