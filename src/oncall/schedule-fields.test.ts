import { describe, expect, it } from 'vitest';
import { readLayer } from './layer-input.js';
import { formatInstant, formatRotation, localInstant, nextWeekday, parseHandoff, parseInstant, parseLocalStart, parseRotation, weekdayOf } from './schedule-fields.js';

describe('schedule field notation', () => {
  it('reads rotations as calendar days when written in d and as elapsed hours when written in h', () => {
    expect(parseRotation('daily')).toEqual({ kind: 'daily' });
    expect(parseRotation('weekly')).toEqual({ kind: 'weekly' });
    expect(parseRotation('1d')).toEqual({ kind: 'days', every: 1 });
    expect(parseRotation('7d')).toEqual({ kind: 'days', every: 7 });
    expect(parseRotation('24h')).toEqual({ kind: 'hours', every: 24 });
    expect(parseRotation('1d12h')).toEqual({ kind: 'hours', every: 36 });
    for (const text of ['0d', '0h', '30m', '90m', '1h30m', 'fortnightly', '']) expect(parseRotation(text), text).toBeUndefined();
  });

  it('writes rotations back in the form that reads the same', () => {
    for (const text of ['daily', 'weekly', '3d', '12h', '36h']) expect(formatRotation(parseRotation(text)!)).toBe(text);
    expect(formatRotation(parseRotation('1d12h')!)).toBe('36h');
  });

  it('reads a handoff as a time, with a weekday in any case', () => {
    expect(parseHandoff('09:00')).toEqual({ weekday: null, time: '09:00' });
    expect(parseHandoff('Monday 23:59')).toEqual({ weekday: 'monday', time: '23:59' });
    for (const text of ['24:00', '9:00', '09:60', 'mon 09:00', 'monday', 'monday  ']) expect(parseHandoff(text), text).toBeUndefined();
  });

  it('reads a layer start as a real local date, optionally with a time', () => {
    expect(parseLocalStart('2026-01-05')).toEqual({ date: '2026-01-05', time: null });
    expect(parseLocalStart('2026-01-05T09:30')).toEqual({ date: '2026-01-05', time: '09:30' });
    for (const text of ['2026-02-30', '2026-01-05T24:00', '2026-01-05 09:00', '05/01/2026']) expect(parseLocalStart(text), text).toBeUndefined();
  });

  it('reads instants only with a UTC offset, and writes them in UTC without zero milliseconds', () => {
    expect(parseInstant('2026-03-01T09:00:00-05:00')).toBe(Date.parse('2026-03-01T14:00:00Z'));
    expect(parseInstant('2026-03-01T09:00Z')).toBe(Date.parse('2026-03-01T09:00:00Z'));
    expect(parseInstant('2026-03-01T09:00:00')).toBeUndefined();
    expect(parseInstant('2026-03-01')).toBeUndefined();
    expect(formatInstant(Date.parse('2026-03-01T14:00:00Z'))).toBe('2026-03-01T14:00:00Z');
    expect(formatInstant(Date.parse('2026-03-01T14:00:00.250Z'))).toBe('2026-03-01T14:00:00.250Z');
  });

  it('finds weekdays and the instant of a local time, a time skipped by DST being the transition', () => {
    expect(weekdayOf('2026-01-05')).toBe('monday');
    expect(nextWeekday('2026-01-05', 'monday')).toBe('2026-01-05');
    expect(nextWeekday('2026-01-06', 'monday')).toBe('2026-01-12');
    expect(nextWeekday('2026-12-30', 'friday')).toBe('2027-01-01');
    expect(localInstant('2026-03-08', '02:30', 'America/New_York')).toBe(Date.parse('2026-03-08T07:00:00Z'));
  });
});

describe('readLayer', () => {
  const base = { rotation: 'weekly', start: '2026-01-07', participants: ['alice'] };

  it('moves a weekly start to the handoff weekday and takes the handoff time', () => {
    expect(readLayer({ ...base, handoff: 'monday 09:00' }, 'UTC').value).toMatchObject({ start: '2026-01-12', handoff: '09:00' });
  });

  it('takes the handoff time from a start written with a time, else midnight', () => {
    expect(readLayer({ ...base, start: '2026-01-07T18:30' }, 'UTC').value).toMatchObject({ start: '2026-01-07T18:30', handoff: '18:30' });
    expect(readLayer(base, 'UTC').value).toMatchObject({ start: '2026-01-07', handoff: '00:00' });
  });

  it('collects every problem with the path of its field', () => {
    const { value, problems } = readLayer({ rotation: '5m', start: 'soon', handoff: 'x', participants: [], restrictions: [{ days: ['monday', 'monday'], from: '9', to: '17:00' }], end: 'later' }, 'UTC');
    expect(value).toBeUndefined();
    expect(problems.map((p) => p.path.join('.'))).toEqual(['rotation', 'start', 'handoff', 'participants', 'restrictions.0.days.1', 'restrictions.0.from', 'end']);
  });
});
