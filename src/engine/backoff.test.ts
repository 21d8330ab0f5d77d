import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff.js';

describe('retryDelay', () => {
  it('doubles from one second', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 10, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });
  it('caps at five minutes plus jitter', () => {
    expect(retryDelay(20, 30, () => 0)).toBe(300_000);
    expect(retryDelay(20, 30, () => 1)).toBe(360_000);
  });
  it('gives up when the attempts are spent', () => {
    expect(retryDelay(5, 5)).toBeUndefined();
  });
});
