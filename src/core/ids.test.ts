import { afterEach, describe, expect, it, vi } from 'vitest';
import { newOrderedId } from './ids.js';

describe('newOrderedId', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a UUIDv7 whose text sorts by creation time', () => {
    vi.useFakeTimers();
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      vi.setSystemTime(Date.UTC(2026, 10, 26, 12, 0, 0) + i * 7);
      ids.push(newOrderedId('alt'));
    }
    for (const id of ids) expect(id).toMatch(/^alt_[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]?.slice(4, 16)).toBe(Date.UTC(2026, 10, 26, 12, 0, 0).toString(16).padStart(12, '0'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
