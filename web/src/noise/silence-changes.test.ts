import { describe, expect, it } from 'vitest';
import { draftAgain, durationText, extendedEnd } from './silence-changes';

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

describe('making an ended silence again', () => {
  const ended = {
    matchers: [{ field: 'labels.alertname', op: '=' as const, value: 'DiskFull' }],
    services: ['checkout'],
    comment: 'Resizing the volume',
    starts_at: '2026-03-02T10:00:00.000Z',
    ends_at: '2026-03-02T16:00:00.000Z',
    expired_at: null,
  };

  it('keeps its matchers, services and comment, for as long as it was meant to last', () => {
    expect(draftAgain(ended)).toEqual({ matchers: [{ field: 'labels.alertname', op: '=', value: 'DiskFull' }], services: ['checkout'], duration: '6h', comment: 'Resizing the volume' });
    expect(draftAgain({ ...ended, services: null }).services).toEqual([]);
  });

  it('gives one expired early the usual two hours: its planned end is gone', () => {
    expect(draftAgain({ ...ended, ends_at: '2026-03-02T10:20:00.000Z', expired_at: '2026-03-02T10:20:00.000Z' }).duration).toBe('2h');
  });

  it('writes lengths in the largest whole unit', () => {
    expect(durationText(86_400_000 * 2)).toBe('2d');
    expect(durationText(3_600_000 * 30)).toBe('30h');
    expect(durationText(90 * 60_000)).toBe('90m');
    expect(durationText(1_000)).toBe('1m');
  });
});
