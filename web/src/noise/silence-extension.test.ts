import { describe, expect, it } from 'vitest';
import { extendedEnd } from './silence-extension';

describe('extending a silence', () => {
  const silence = { starts_at: '2026-03-02T10:00:00.000Z', ends_at: '2026-03-02T12:00:00.000Z' };

  it('moves the current end later, not now', () => {
    expect(extendedEnd(silence, '1h')).toBe('2026-03-02T13:00:00.000Z');
    expect(extendedEnd(silence, '4h')).toBe('2026-03-02T16:00:00.000Z');
    expect(extendedEnd(silence, '1d')).toBe('2026-03-03T12:00:00.000Z');
    expect(extendedEnd(silence, '1w')).toBe('2026-03-09T12:00:00.000Z');
  });

  it('offers nothing past 366 days from the start, where the server would refuse', () => {
    const long = { starts_at: '2026-03-02T10:00:00.000Z', ends_at: '2027-02-28T10:00:00.000Z' };
    expect(extendedEnd(long, '1d')).toBe('2027-03-01T10:00:00.000Z');
    expect(extendedEnd(long, '1w')).toBeNull();
  });
});
