import { describe, expect, it } from 'vitest';
import { formatRange, formatWhen, formatWhenRange, zoneAbbreviation } from './zoned-time';

const t = (iso: string) => Date.parse(iso);

describe('instants in a named zone', () => {
  it('says when against now: today, tomorrow, a weekday within the week, else the date', () => {
    const now = t('2026-12-04T16:00:00Z'); // Friday 17:00 in Berlin
    expect(formatWhen('2026-12-04T20:00:00Z', now, 'Europe/Berlin')).toBe('today 21:00');
    expect(formatWhen('2026-12-05T08:00:00Z', now, 'Europe/Berlin')).toBe('tomorrow 09:00');
    expect(formatWhen('2026-12-07T08:00:00Z', now, 'Europe/Berlin')).toBe('Mon 09:00');
    expect(formatWhen('2026-12-14T08:00:00Z', now, 'Europe/Berlin')).toBe('Mon 14 Dec, 09:00');
    // The same instant is still Friday in New York.
    expect(formatWhen('2026-12-05T03:00:00Z', now, 'America/New_York')).toBe('today 22:00');
    expect(formatWhenRange('2026-12-07T14:00:00Z', '2026-12-07T22:00:00Z', now, 'Europe/Berlin')).toBe('Mon 15:00 – 23:00');
    expect(formatWhenRange('2026-12-04T22:00:00Z', '2026-12-07T08:00:00Z', now, 'Europe/Berlin')).toBe('today 23:00 – Mon 09:00');
  });

  it('gives each instant the offset its zone had then, across a daylight-saving change', () => {
    // New York falls back on 1 November 2026: a shift from Saturday 09:00 to Monday 09:00 local.
    expect(formatRange('2026-10-31T13:00:00Z', '2026-11-02T14:00:00Z', 'America/New_York')).toBe('Sat 31 Oct, 09:00 – Mon 2 Nov, 09:00');
    expect(zoneAbbreviation('2026-10-31T13:00:00Z', 'America/New_York')).toBe('EDT');
    expect(zoneAbbreviation('2026-11-02T14:00:00Z', 'America/New_York')).toBe('EST');
  });

  it('keeps a range within a day short, and ends one at midnight with 24:00', () => {
    expect(formatRange('2026-12-04T10:42:00Z', '2026-12-04T12:42:00Z', 'Europe/Berlin')).toBe('Fri 4 Dec, 11:42 – 13:42');
    expect(formatRange('2026-12-04T08:00:00Z', '2026-12-04T23:00:00Z', 'Europe/Berlin')).toBe('Fri 4 Dec, 09:00 – 24:00');
  });
});
