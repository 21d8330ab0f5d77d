import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS, instantAt, utcOffsetAt, wallTime, wallTimeAt } from './wall-clock.js';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago'];

const utc = (iso: string): number => Date.parse(iso);
const iso = (instant: number): string => new Date(instant).toISOString();
/** "2026-03-08T09:00" → the reading, for compact expectations. */
const reading = (text: string): number => Date.parse(`${text}:00Z`);

/** The zone's offset straight from Intl (through Luxon), bypassing wall-clock.ts's cache. */
function intlOffsetMs(zone: string, instant: number): number {
  return IANAZone.create(zone).offset(instant) * MINUTE_MS;
}

/** Offset changes in [from, to), located to the second by a daily scan and bisection. */
function transitions(zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let day = from; day < to; day += DAY_MS) {
    if (intlOffsetMs(zone, day) === intlOffsetMs(zone, day + DAY_MS)) continue;
    let lo = day;
    let hi = day + DAY_MS;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (intlOffsetMs(zone, mid) === intlOffsetMs(zone, lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

describe('instantAt on ordinary readings', () => {
  it('converts a reading with the zone offset in force', () => {
    expect(iso(instantAt('Asia/Kolkata', reading('2026-06-01T09:00')))).toBe('2026-06-01T03:30:00.000Z');
    expect(iso(instantAt('Pacific/Chatham', reading('2026-06-01T09:00')))).toBe('2026-05-31T20:15:00.000Z');
    expect(iso(instantAt('America/New_York', reading('2026-07-04T12:00')))).toBe('2026-07-04T16:00:00.000Z');
  });

  it('builds readings from calendar fields with months counted from 1', () => {
    expect(wallTime(2026, 3, 8, 2, 30)).toBe(reading('2026-03-08T02:30'));
    expect(wallTime(2026, 12, 31)).toBe(reading('2026-12-31T00:00'));
  });

  it('refuses an unknown time zone with a RangeError', () => {
    expect(() => instantAt('Mars/Olympus_Mons', reading('2026-01-01T00:00'))).toThrow(RangeError);
    expect(() => wallTimeAt('Not/A_Zone', 0)).toThrow(/unknown time zone "Not\/A_Zone"/);
  });
});

describe('instantAt in a spring-forward gap gives the transition itself', () => {
  it('puts 02:30 on New York spring-forward day at 03:00 EDT', () => {
    expect(iso(instantAt('America/New_York', reading('2026-03-08T02:30')))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('differs from Luxon, which shifts a skipped reading forward by the offset change (03:30)', () => {
    const luxon = DateTime.fromObject({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, { zone: 'America/New_York' });
    expect(luxon.toISO()).toBe('2026-03-08T03:30:00.000-04:00');
    expect(instantAt('America/New_York', reading('2026-03-08T02:30'))).toBe(luxon.toMillis() - 30 * MINUTE_MS);
  });

  it('maps every reading of the New York gap, 02:00 to 02:59, to the same instant', () => {
    const expected = utc('2026-03-08T07:00:00Z');
    for (let minute = 0; minute < 60; minute++) {
      expect(instantAt('America/New_York', reading('2026-03-08T02:00') + minute * MINUTE_MS)).toBe(expected);
    }
    expect(iso(instantAt('America/New_York', reading('2026-03-08T01:59')))).toBe('2026-03-08T06:59:00.000Z');
    expect(iso(instantAt('America/New_York', reading('2026-03-08T03:00')))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('puts 01:30 on London spring-forward day at 02:00 BST', () => {
    expect(iso(instantAt('Europe/London', reading('2026-03-29T01:30')))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('handles Lord Howe half-hour gap: 02:15 becomes 02:30 +11:00', () => {
    expect(iso(instantAt('Australia/Lord_Howe', reading('2026-10-04T02:15')))).toBe('2026-10-03T15:30:00.000Z');
    expect(iso(instantAt('Australia/Lord_Howe', reading('2026-10-04T02:30')))).toBe('2026-10-03T15:30:00.000Z');
  });

  it('handles Chatham gap 02:45 to 03:45: 03:00 becomes 03:45 +13:45', () => {
    expect(iso(instantAt('Pacific/Chatham', reading('2026-09-27T03:00')))).toBe('2026-09-26T14:00:00.000Z');
  });

  it('starts Santiago spring-forward day at 01:00, so its midnight is 01:00 -03:00', () => {
    const midnight = instantAt('America/Santiago', reading('2026-09-06T00:00'));
    expect(iso(midnight)).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(wallTimeAt('America/Santiago', midnight))).toBe('2026-09-06T01:00:00.000Z');
    expect(instantAt('America/Santiago', reading('2026-09-06T00:30'))).toBe(midnight);
    expect(iso(instantAt('America/Santiago', reading('2026-09-05T23:59')))).toBe('2026-09-06T03:59:00.000Z');
  });
});

describe('instantAt in a fall-back overlap gives the first occurrence', () => {
  it('puts 01:30 on New York fall-back day at 01:30 EDT, the earlier instant', () => {
    expect(iso(instantAt('America/New_York', reading('2026-11-01T01:30')))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(instantAt('America/New_York', reading('2026-11-01T01:00')))).toBe('2026-11-01T05:00:00.000Z');
    expect(iso(instantAt('America/New_York', reading('2026-11-01T02:00')))).toBe('2026-11-01T07:00:00.000Z');
  });

  it('differs from Luxon where Luxon picks the second occurrence', () => {
    const luxon = DateTime.fromObject({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, { zone: 'Europe/London' });
    expect(luxon.toISO()).toBe('2026-10-25T01:30:00.000+00:00');
    expect(iso(instantAt('Europe/London', reading('2026-10-25T01:30')))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles Lord Howe half-hour overlap: 01:45 is first shown at +11:00', () => {
    expect(iso(instantAt('Australia/Lord_Howe', reading('2026-04-05T01:45')))).toBe('2026-04-04T14:45:00.000Z');
    expect(iso(instantAt('Australia/Lord_Howe', reading('2026-04-05T02:00')))).toBe('2026-04-04T15:30:00.000Z');
  });

  it('handles Chatham overlap 02:45 to 03:45: 03:00 is first shown at +13:45', () => {
    expect(iso(instantAt('Pacific/Chatham', reading('2026-04-05T03:00')))).toBe('2026-04-04T13:15:00.000Z');
  });

  it('handles Santiago overlap at midnight: 23:30 is first shown at -03:00, and midnight after the repeat', () => {
    expect(iso(instantAt('America/Santiago', reading('2026-04-04T23:30')))).toBe('2026-04-05T02:30:00.000Z');
    expect(iso(instantAt('America/Santiago', reading('2026-04-05T00:00')))).toBe('2026-04-05T04:00:00.000Z');
  });
});

describe('wall clock across two years in six zones', () => {
  const from = utc('2026-01-01T00:00:00Z');
  const to = utc('2028-01-01T00:00:00Z');

  it('finds the expected number of offset changes in each zone', () => {
    const counts = Object.fromEntries(ZONES.map((zone) => [zone, transitions(zone, from, to).length]));
    expect(counts).toEqual({
      'America/New_York': 4,
      'Europe/London': 4,
      'Australia/Lord_Howe': 4,
      'Asia/Kolkata': 0,
      'Pacific/Chatham': 4,
      'America/Santiago': 4,
    });
  });

  for (const zone of ZONES) {
    it(`matches a minute-by-minute scan for every reading within 6 h of each ${zone} transition`, () => {
      for (const transition of transitions(zone, from, to)) {
        // The reference: scan instants minute by minute; a reading's instant is the first minute
        // at which the highest reading shown so far reaches it.
        const scanFrom = transition - 30 * HOUR_MS;
        const marks: number[] = [];
        let highest = -Infinity;
        for (let at = scanFrom; at <= transition + 30 * HOUR_MS; at += MINUTE_MS) {
          highest = Math.max(highest, at + intlOffsetMs(zone, at));
          marks.push(highest);
        }
        const around = transition + intlOffsetMs(zone, transition - 1);
        let scan = 0;
        for (let wall = around - 6 * HOUR_MS; wall <= around + 6 * HOUR_MS; wall += MINUTE_MS) {
          while (marks[scan]! < wall) scan++;
          const expected = scanFrom + scan * MINUTE_MS;
          const actual = instantAt(zone, wall);
          if (actual !== expected) expect.fail(`${zone} ${iso(wall).slice(0, 16)} local: expected ${iso(expected)}, got ${iso(actual)}`);
        }
      }
    });

    it(`agrees with Intl on the offset and reading in ${zone}, including either side of each transition`, () => {
      const instants: number[] = [];
      for (let at = from; at < to; at += 7 * HOUR_MS + 13 * MINUTE_MS + 17_000) instants.push(at);
      for (const transition of transitions(zone, from, to)) instants.push(transition - 1000, transition - 1, transition, transition + 1);
      for (const at of instants) {
        if (utcOffsetAt(zone, at) !== intlOffsetMs(zone, at)) expect.fail(`${zone} offset at ${iso(at)}`);
        const local = DateTime.fromMillis(at, { zone });
        const expected = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
        if (wallTimeAt(zone, at) !== expected) expect.fail(`${zone} reading at ${iso(at)}`);
      }
    });

    it(`gives back each instant's reading, at the instant or its first occurrence, in ${zone}`, () => {
      for (let at = from; at < to; at += 5 * HOUR_MS + 11 * MINUTE_MS) {
        const wall = wallTimeAt(zone, at);
        const back = instantAt(zone, wall);
        expect(wallTimeAt(zone, back)).toBe(wall);
        expect(back).toBeLessThanOrEqual(at);
        // Only inside an overlap can the first occurrence be earlier, and then by the overlap's length.
        if (back !== at) expect(at - back).toBe(utcOffsetAt(zone, back) - utcOffsetAt(zone, at));
      }
    });
  }
});
