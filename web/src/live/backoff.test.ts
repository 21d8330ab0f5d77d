import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, BACKOFF_MIN_MS, backoffDelay } from './backoff';

describe('backoff before reopening the stream', () => {
  it('starts at one second and doubles to thirty', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 12].map((attempt) => backoffDelay(attempt, 0.999_999));
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('spreads retries over the upper half of the window, never under a second', () => {
    expect(backoffDelay(0, 0)).toBe(BACKOFF_MIN_MS);
    expect(backoffDelay(3, 0)).toBe(4_000);
    expect(backoffDelay(10, 0)).toBe(15_000);
    for (let i = 0; i < 200; i += 1) {
      const delay = backoffDelay(i % 8);
      expect(delay).toBeGreaterThanOrEqual(BACKOFF_MIN_MS);
      expect(delay).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    }
  });

  it('treats a negative attempt as the first', () => {
    expect(backoffDelay(-3, 0.999_999)).toBe(1_000);
  });
});
