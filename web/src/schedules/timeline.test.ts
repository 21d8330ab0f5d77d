import { describe, expect, it } from 'vitest';
import { addDays, fromLocalInput, gaps, isSkippedWallTime, place, readStartDate, toLocalInput, windowDays, withOverride, formatLength, type TimedShift } from './timeline';

const H = 3_600_000;
const t = (iso: string) => Date.parse(iso);
const person = (id: string) => ({ id, name: id });

describe('the two-week window', () => {
  it('starts each day at the viewer\'s local midnight and says when a day has 23 or 25 hours', () => {
    // Europe/Berlin springs forward on 29 March and falls back on 25 October 2026.
    const spring = windowDays('2026-03-28', 'Europe/Berlin', 3);
    expect(spring.map((d) => [d.date, d.label, d.hours])).toEqual([
      ['2026-03-28', 'Sat 28 Mar', 24],
      ['2026-03-29', 'Sun 29 Mar', 23],
      ['2026-03-30', 'Mon 30 Mar', 24],
    ]);
    expect(spring[1]!.start).toBe(t('2026-03-28T23:00:00Z'));
    expect(spring[2]!.start).toBe(t('2026-03-29T22:00:00Z'));
    const autumn = windowDays('2026-10-25', 'Europe/Berlin', 1)[0]!;
    expect([autumn.hours, autumn.end - autumn.start]).toEqual([25, 25 * H]);
  });

  it('gives fourteen days by default, each beginning where the last ended', () => {
    const days = windowDays('2026-12-04', 'America/New_York');
    expect(days).toHaveLength(14);
    expect(days[0]!.start).toBe(t('2026-12-04T05:00:00Z'));
    for (let i = 1; i < days.length; i++) expect(days[i]!.start).toBe(days[i - 1]!.end);
  });

  it('reads ?start as a date, falling back to today in the viewer\'s zone for anything else', () => {
    const now = t('2026-12-04T23:30:00Z');
    expect(readStartDate('2026-03-01', 'Europe/Berlin', now)).toBe('2026-03-01');
    // 23:30 UTC is already the 5th in Berlin, still the 4th in New York.
    expect(readStartDate(null, 'Europe/Berlin', now)).toBe('2026-12-05');
    expect(readStartDate('2026-12-04T09:00:00Z', 'America/New_York', now)).toBe('2026-12-04');
    expect(readStartDate('2026-02-30', 'UTC', now)).toBe('2026-12-04');
    expect(addDays('2026-03-28', 14)).toBe('2026-04-11');
    expect(addDays('2026-01-05', -14)).toBe('2025-12-22');
  });
});

describe('placing shifts', () => {
  const window = { start: t('2026-12-04T00:00:00Z'), end: t('2026-12-06T00:00:00Z') };

  it('places a span as percentages of the window, clipped to it', () => {
    expect(place({ start: t('2026-12-04T12:00:00Z'), end: t('2026-12-05T00:00:00Z') }, window)).toEqual({ left: 25, width: 25 });
    expect(place({ start: t('2026-12-03T00:00:00Z'), end: t('2026-12-04T12:00:00Z') }, window)).toEqual({ left: 0, width: 25 });
    expect(place({ start: t('2026-12-07T00:00:00Z'), end: t('2026-12-08T00:00:00Z') }, window)).toBeNull();
  });

  it('finds the stretches nobody covers, at the edges and between shifts', () => {
    const shifts = [
      { start: t('2026-12-04T06:00:00Z'), end: t('2026-12-04T12:00:00Z') },
      { start: t('2026-12-04T12:00:00Z'), end: t('2026-12-05T00:00:00Z') },
      { start: t('2026-12-05T08:00:00Z'), end: t('2026-12-05T20:00:00Z') },
    ];
    expect(gaps(shifts, window)).toEqual([
      { start: window.start, end: t('2026-12-04T06:00:00Z') },
      { start: t('2026-12-05T00:00:00Z'), end: t('2026-12-05T08:00:00Z') },
      { start: t('2026-12-05T20:00:00Z'), end: window.end },
    ]);
    expect(gaps([{ start: window.start - H, end: window.end + H }], window)).toEqual([]);
    expect(gaps([], window)).toEqual([window]);
  });

  it('paints a proposed override over the Final row, cutting what it covers', () => {
    const final: TimedShift[] = [
      { user: person('alice'), start: t('2026-12-04T00:00:00Z'), end: t('2026-12-04T14:00:00Z'), source: 'lyr_a' },
      { user: person('bob'), start: t('2026-12-04T14:00:00Z'), end: t('2026-12-05T00:00:00Z'), source: 'lyr_b' },
    ];
    const preview = withOverride(final, { user: person('chen'), start: t('2026-12-04T12:00:00Z'), end: t('2026-12-04T16:00:00Z'), source: 'preview' });
    expect(preview.map((s) => [s.user.id, new Date(s.start).toISOString().slice(11, 16), new Date(s.end).toISOString().slice(11, 16)])).toEqual([
      ['alice', '00:00', '12:00'],
      ['chen', '12:00', '16:00'],
      ['bob', '16:00', '00:00'],
    ]);
  });
});

describe('form values', () => {
  it('turns a datetime-local value into the instant it names in the viewer\'s zone, and back', () => {
    expect(fromLocalInput('2026-12-04T11:42', 'Europe/Berlin')).toBe(t('2026-12-04T10:42:00Z'));
    expect(toLocalInput(t('2026-12-04T10:42:00Z'), 'Europe/Berlin')).toBe('2026-12-04T11:42');
    // Summer time: the same wall time is an hour earlier in UTC.
    expect(fromLocalInput('2026-07-04T11:42', 'Europe/Berlin')).toBe(t('2026-07-04T09:42:00Z'));
    expect(fromLocalInput('', 'Europe/Berlin')).toBeNull();
    expect(fromLocalInput('not a date', 'Europe/Berlin')).toBeNull();
  });

  it('notices a wall time the clocks skip over', () => {
    expect(isSkippedWallTime('2026-03-29T02:30', 'Europe/Berlin')).toBe(true);
    expect(isSkippedWallTime('2026-03-29T03:30', 'Europe/Berlin')).toBe(false);
  });

  it('words lengths in days, hours and minutes', () => {
    expect(formatLength(2 * H)).toBe('2 h');
    expect(formatLength(45 * 60_000)).toBe('45 min');
    expect(formatLength(7 * 24 * H + 3 * H)).toBe('7 d 3 h');
    expect(formatLength(90 * 60_000)).toBe('1 h 30 min');
  });
});
