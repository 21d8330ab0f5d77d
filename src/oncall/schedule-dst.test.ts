import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { oracleShifts, oracleTimeline, type OnCall } from './schedule-oracle.js';
import { onCallAt, resolveSchedule } from './schedule-resolver.js';
import type { Layer, Override, Restriction, Rotation, ScheduleDefinition, Shift, Weekday } from './schedule-types.js';
import { WEEKDAYS } from './schedule-types.js';
import { mulberry32 as random } from '../test-support/seeded-random.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

function layer(fields: Partial<Layer> & Pick<Layer, 'id' | 'participants'>): Layer {
  return { name: null, rotation: { kind: 'daily' }, start: '2026-01-05', handoff: '09:00', restrictions: [], endsAt: null, ...fields };
}

function schedule(timeZone: string, layers: Layer[], overrides: Override[] = []): ScheduleDefinition {
  return { id: 'sched', timeZone, layers, overrides };
}

/** Shifts as "user local-start → local-end (hours)", offsets included so DST is visible. */
function show(shifts: readonly Shift[], zone: string): string[] {
  const local = (instant: number) => DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mmZZ");
  return shifts.map((s) => `${s.userId} ${local(s.start)} → ${local(s.end)} (${(s.end - s.start) / HOUR} h)`);
}

const utc = (iso: string): number => Date.parse(iso);

describe('daylight saving in named cases', () => {
  it('keeps a 09:00 handoff at 09:00 local across US spring-forward (a 23 h shift) and fall-back (25 h)', () => {
    const s = schedule('America/New_York', [layer({ id: 'l', start: '2026-03-01', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-03-07T14:00Z'), utc('2026-03-09T13:00Z')), 'America/New_York')).toEqual([
      'ana 2026-03-07T09:00-05:00 → 2026-03-08T09:00-04:00 (23 h)',
      'ben 2026-03-08T09:00-04:00 → 2026-03-09T09:00-04:00 (24 h)',
    ]);
    expect(show(resolveSchedule(s, utc('2026-10-31T13:00Z'), utc('2026-11-02T14:00Z')), 'America/New_York')).toEqual([
      'ana 2026-10-31T09:00-04:00 → 2026-11-01T09:00-05:00 (25 h)',
      'ben 2026-11-01T09:00-05:00 → 2026-11-02T09:00-05:00 (24 h)',
    ]);
  });

  it('moves a 02:30 handoff on the spring-forward day to 03:00, the end of the gap', () => {
    const s = schedule('America/New_York', [layer({ id: 'l', start: '2026-03-01', handoff: '02:30', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-03-07T07:30Z'), utc('2026-03-09T06:30Z')), 'America/New_York')).toEqual([
      'ana 2026-03-07T02:30-05:00 → 2026-03-08T03:00-04:00 (23.5 h)',
      'ben 2026-03-08T03:00-04:00 → 2026-03-09T02:30-04:00 (23.5 h)',
    ]);
  });

  it('puts a 01:30 handoff on the fall-back day at the first 01:30, the earlier instant', () => {
    const s = schedule('America/New_York', [layer({ id: 'l', start: '2026-10-01', handoff: '01:30', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-10-31T05:30Z'), utc('2026-11-02T06:30Z')), 'America/New_York')).toEqual([
      'ana 2026-10-31T01:30-04:00 → 2026-11-01T01:30-04:00 (24 h)',
      'ben 2026-11-01T01:30-04:00 → 2026-11-02T01:30-05:00 (25 h)',
    ]);
  });

  it('shortens and lengthens a Lord Howe shift by 30 minutes across its half-hour changes', () => {
    const s = schedule('Australia/Lord_Howe', [layer({ id: 'l', start: '2026-03-01', participants: ['ana', 'ben'] })]);
    const zone = 'Australia/Lord_Howe';
    const around = (day: string) => resolveSchedule(s, DateTime.fromISO(`${day}T09:00`, { zone }).minus({ days: 1 }).toMillis(), DateTime.fromISO(`${day}T09:00`, { zone }).toMillis());
    expect(show(around('2026-04-05'), zone)).toEqual(['ana 2026-04-04T09:00+11:00 → 2026-04-05T09:00+10:30 (24.5 h)']);
    expect(show(around('2026-10-04'), zone)).toEqual(['ana 2026-10-03T09:00+10:30 → 2026-10-04T09:00+11:00 (23.5 h)']);
  });

  it('moves a midnight handoff to 01:00 when Santiago springs forward at midnight', () => {
    const s = schedule('America/Santiago', [layer({ id: 'l', start: '2026-09-01', handoff: '00:00', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-09-05T04:00Z'), utc('2026-09-07T03:00Z')), 'America/Santiago')).toEqual([
      'ana 2026-09-05T00:00-04:00 → 2026-09-06T01:00-03:00 (24 h)',
      'ben 2026-09-06T01:00-03:00 → 2026-09-07T00:00-03:00 (23 h)',
    ]);
  });

  it('gives a Santiago midnight handoff a 25 h shift when 23:00–24:00 repeats', () => {
    const s = schedule('America/Santiago', [layer({ id: 'l', start: '2026-04-01', handoff: '00:00', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-04-04T03:00Z'), utc('2026-04-05T04:00Z')), 'America/Santiago')).toEqual([
      'ben 2026-04-04T00:00-03:00 → 2026-04-05T00:00-04:00 (25 h)',
    ]);
  });

  it('moves a 03:00 Chatham handoff inside the 02:45–03:45 gap to 03:45', () => {
    const s = schedule('Pacific/Chatham', [layer({ id: 'l', start: '2026-09-01', handoff: '03:00', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-09-25T14:15Z'), utc('2026-09-27T13:15Z')), 'Pacific/Chatham')).toEqual([
      'ben 2026-09-26T03:00+12:45 → 2026-09-27T03:45+13:45 (23.75 h)',
      'ana 2026-09-27T03:45+13:45 → 2026-09-28T03:00+13:45 (23.25 h)',
    ]);
  });

  it('counts an every-12-hours rotation in elapsed time, so its handoffs drift an hour on the local clock', () => {
    const s = schedule('America/New_York', [layer({ id: 'l', rotation: { kind: 'hours', every: 12 }, start: '2026-03-07T09:00', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, utc('2026-03-07T14:00Z'), utc('2026-03-09T02:00Z')), 'America/New_York')).toEqual([
      'ana 2026-03-07T09:00-05:00 → 2026-03-07T21:00-05:00 (12 h)',
      'ben 2026-03-07T21:00-05:00 → 2026-03-08T10:00-04:00 (12 h)',
      'ana 2026-03-08T10:00-04:00 → 2026-03-08T22:00-04:00 (12 h)',
    ]);
  });

  it('opens a restriction window that starts inside the gap at the end of the gap', () => {
    const s = schedule('America/New_York', [
      layer({ id: 'l', start: '2026-03-01', participants: ['ana'], restrictions: [{ days: ['sunday'], from: '02:00', to: '04:00' }] }),
    ]);
    expect(show(resolveSchedule(s, utc('2026-03-08T00:00Z'), utc('2026-03-16T00:00Z')), 'America/New_York')).toEqual([
      'ana 2026-03-08T03:00-04:00 → 2026-03-08T04:00-04:00 (1 h)',
      'ana 2026-03-15T02:00-04:00 → 2026-03-15T04:00-04:00 (2 h)',
    ]);
  });

  it('closes an overnight window at the first occurrence of its end on the fall-back night', () => {
    const s = schedule('America/New_York', [
      layer({ id: 'l', start: '2026-10-01', participants: ['ana'], restrictions: [{ days: ['saturday'], from: '22:00', to: '01:30' }] }),
    ]);
    expect(show(resolveSchedule(s, utc('2026-10-31T00:00Z'), utc('2026-11-02T00:00Z')), 'America/New_York')).toEqual([
      'ana 2026-10-31T22:00-04:00 → 2026-11-01T01:30-04:00 (3.5 h)',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Random schedules against the brute-force oracle.
//
// Each schedule is compared minute by minute over two years (1,051,200 minutes). The oracle
// walks every minute and costs about 0.3 s a schedule, so five schedules per zone (30 in all)
// keep this file near 15 s on a 2-core machine while still covering every rotation kind,
// restrictions and overrides in each zone. Set SCHEDULE_SEED to explore other schedules, and
// SCHEDULES_PER_ZONE to run more of them.

const RANGE_FROM = utc('2026-01-01T00:00Z');
const RANGE_TO = utc('2028-01-01T00:00Z');
const BASE_SEED = Number(process.env.SCHEDULE_SEED ?? 20260101);
const SCHEDULES_PER_ZONE = Number(process.env.SCHEDULES_PER_ZONE ?? 5);

/** Readings that fall in each zone's spring-forward gap and fall-back overlap in 2026–2027. */
const EDGE_TIMES: Record<string, { readonly gap: readonly string[]; readonly overlap: readonly string[] }> = {
  'America/New_York': { gap: ['02:30', '02:15', '02:59', '02:00'], overlap: ['01:30', '01:00', '01:15', '01:59'] },
  // London's 01:00–01:59 is skipped in March and repeated in October.
  'Europe/London': { gap: ['01:30', '01:15', '01:45', '01:00'], overlap: ['01:30', '01:00', '01:59'] },
  'Australia/Lord_Howe': { gap: ['02:15', '02:10', '02:29', '02:00'], overlap: ['01:45', '01:30', '01:59'] },
  // No daylight saving: these are ordinary times, a control for the rest.
  'Asia/Kolkata': { gap: ['05:30', '00:00'], overlap: ['18:30', '23:59'] },
  'Pacific/Chatham': { gap: ['03:00', '03:15', '03:44', '02:45'], overlap: ['03:00', '02:45', '03:30'] },
  // Santiago changes at midnight: 00:00–00:59 is skipped in September, 23:00–23:59 repeated in April.
  'America/Santiago': { gap: ['00:00', '00:30', '00:59'], overlap: ['23:30', '23:00', '23:59'] },
};

/** Local dates on which each zone changes offset, so that layers sometimes start on one. */
const CHANGE_DAYS: Record<string, readonly string[]> = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
  'Asia/Kolkata': ['2026-03-08'],
  'Pacific/Chatham': ['2026-04-05', '2026-09-27'],
  'America/Santiago': ['2026-04-04', '2026-09-06'],
};

const USERS = ['ana', 'ben', 'cho', 'dan', 'eve'];


function randomSchedule(zone: string, seed: number, variant: number): ScheduleDefinition {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const edges = EDGE_TIMES[zone]!;
  const gapTime = () => pick(edges.gap);
  const overlapTime = () => pick(edges.overlap);
  const clock = () => {
    const roll = next();
    if (roll < 0.3) return gapTime();
    if (roll < 0.6) return overlapTime();
    if (roll < 0.8) return pick(['09:00', '00:00', '17:30', '12:00']);
    return `${pad(int(0, 23))}:${pad(int(0, 59))}`;
  };
  const minuteIn = (from: number, to: number) => from + int(0, (to - from) / MINUTE - 1) * MINUTE;

  const rotation = (): Rotation => {
    const roll = next();
    if (roll < 0.3) return { kind: 'daily' };
    if (roll < 0.5) return { kind: 'weekly' };
    if (roll < 0.7) return { kind: 'days', every: int(2, 10) };
    return { kind: 'hours', every: pick([1, 3, 5, 8, 12, 24, 25, 36, 72]) };
  };
  const restriction = (): Restriction => {
    const days: Weekday[] = next() < 0.3 ? [] : WEEKDAYS.filter(() => next() < 0.5);
    return { days, from: clock(), to: clock() };
  };
  const startDate = () => {
    if (next() < 0.3) return pick(CHANGE_DAYS[zone]!);
    return DateTime.fromISO('2025-12-01', { zone: 'UTC' }).plus({ days: int(0, 400) }).toISODate()!;
  };

  const layers = Array.from({ length: int(1, 3) }, (_, i): Layer => {
    const participants = Array.from({ length: int(1, 4) }, () => pick(USERS));
    const handoff = clock();
    const date = startDate();
    return {
      id: `layer${i + 1}`,
      name: null,
      rotation: rotation(),
      // Half the starts carry a time; the handoff still decides the first boundary.
      start: next() < 0.5 ? date : `${date}T${clock()}`,
      handoff,
      participants,
      restrictions: next() < 0.5 ? [] : Array.from({ length: int(1, 2) }, restriction),
      endsAt: next() < 0.2 ? minuteIn(RANGE_FROM, RANGE_TO) : null,
    };
  });
  // The first three schedules of each zone are sure to meet every change: a daily handoff in the
  // gap, a daily handoff in the overlap, and daily windows with one edge in each.
  const [first] = layers;
  if (variant === 0) layers[0] = { ...first!, rotation: { kind: 'daily' }, start: '2026-01-02', handoff: gapTime() };
  if (variant === 1) layers[0] = { ...first!, rotation: { kind: 'daily' }, start: '2026-01-02', handoff: overlapTime() };
  if (variant === 2) {
    const restrictions = [{ days: [], from: gapTime(), to: overlapTime() }, { days: [], from: overlapTime(), to: gapTime() }];
    layers[layers.length - 1] = { ...layers[layers.length - 1]!, restrictions: [pick(restrictions)] };
  }
  const overrides = Array.from({ length: int(0, 4) }, (_, i): Override => {
    const start = minuteIn(RANGE_FROM, RANGE_TO - 5 * 24 * HOUR);
    return { id: `o${i + 1}`, userId: pick(USERS), start, end: start + int(30, 5 * 24 * 60) * MINUTE };
  });
  return { id: `random-${seed}`, timeZone: zone, layers, overrides };
}

const describeOnCall = (owner: Pick<OnCall, 'userId' | 'source'> | null | undefined) => (owner ? `${owner.userId} (${owner.source})` : 'nobody');

/** The first minute at which the resolver and the oracle disagree, described; null if none. */
function firstDisagreement(s: ScheduleDefinition, shifts: readonly Shift[], minutes: readonly (OnCall | null)[]): string | null {
  let index = 0;
  for (let i = 0; i < minutes.length; i++) {
    const instant = RANGE_FROM + i * MINUTE;
    while (index < shifts.length && shifts[index]!.end <= instant) index++;
    const shift = shifts[index];
    const resolved = shift !== undefined && shift.start <= instant ? shift : null;
    const expected = minutes[i] ?? null;
    if (resolved?.userId !== expected?.userId || resolved?.source !== expected?.source) {
      const local = DateTime.fromMillis(instant, { zone: s.timeZone }).toFormat("yyyy-MM-dd'T'HH:mmZZ (cccc)");
      return `at ${new Date(instant).toISOString()} = ${local} in ${s.timeZone}: resolver says ${describeOnCall(resolved)}, oracle says ${describeOnCall(expected)}`;
    }
  }
  return null;
}

describe('resolver against the minute-by-minute oracle, 2026–2027', () => {
  Object.keys(EDGE_TIMES).forEach((zone, zoneIndex) => {
    it(`agrees on every minute for ${SCHEDULES_PER_ZONE} random schedules in ${zone}`, () => {
      for (let n = 0; n < SCHEDULES_PER_ZONE; n++) {
        const seed = BASE_SEED + zoneIndex * 1000 + n;
        const s = randomSchedule(zone, seed, n);
        const context = `seed ${seed} (SCHEDULE_SEED=${BASE_SEED}), schedule ${JSON.stringify(s)}`;
        const shifts = resolveSchedule(s, RANGE_FROM, RANGE_TO);
        // Minute sampling is exact only if every edge is on a whole minute; all inputs are.
        const offMinute = shifts.find((shift) => shift.start % MINUTE !== 0 || shift.end % MINUTE !== 0);
        if (offMinute !== undefined) expect.fail(`shift edge off the minute: ${JSON.stringify(offMinute)}; ${context}`);
        const timeline = oracleTimeline(s, RANGE_FROM, RANGE_TO);
        const disagreement = firstDisagreement(s, shifts, timeline.minutes);
        if (disagreement !== null) expect.fail(`${disagreement}; ${context}`);
        // Same minutes, so the shift lists differ only if the resolver failed to merge or split.
        expect(shifts, context).toEqual(oracleShifts(timeline));

        const next = random(seed ^ 0x5eed);
        for (let probe = 0; probe < 200; probe++) {
          const i = Math.floor(next() * timeline.minutes.length);
          const instant = RANGE_FROM + i * MINUTE;
          const current = onCallAt(s, instant);
          const expected = timeline.minutes[i] ?? null;
          if (current?.userId !== expected?.userId || current?.source !== expected?.source) {
            expect.fail(`onCallAt at ${new Date(instant).toISOString()}: ${describeOnCall(current)}, oracle ${describeOnCall(expected)}; ${context}`);
          }
        }
      }
    });
  });
});
