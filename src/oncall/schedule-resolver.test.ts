import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { layerShifts, onCallAt, resolveSchedule } from './schedule-resolver.js';
import type { Layer, Override, ScheduleDefinition, Shift } from './schedule-types.js';

const ZONE = 'Europe/Berlin';

function layer(fields: Partial<Layer> & Pick<Layer, 'id' | 'participants'>): Layer {
  return { name: null, rotation: { kind: 'weekly' }, start: '2026-01-05', handoff: '09:00', restrictions: [], endsAt: null, ...fields };
}

function schedule(layers: Layer[], overrides: Override[] = [], timeZone = ZONE): ScheduleDefinition {
  return { id: 'sched', timeZone, layers, overrides };
}

/** An instant from a local reading in the schedule's zone (no DST edge is involved here). */
function at(local: string, zone = ZONE): number {
  return DateTime.fromISO(local, { zone }).toMillis();
}

/** Shifts as "user source local-start → local-end", the way a person reads a schedule. */
function show(shifts: readonly Shift[], zone = ZONE): string[] {
  const local = (instant: number) => DateTime.fromMillis(instant, { zone }).toFormat("ccc yyyy-MM-dd'T'HH:mm");
  return shifts.map((s) => `${s.userId} ${s.source} ${local(s.start)} → ${local(s.end)}`);
}

describe('rotations', () => {
  it('hands a weekly rotation of three participants around at the handoff, nobody before the first', () => {
    const s = schedule([layer({ id: 'primary', participants: ['ana', 'ben', 'cho'] })]);
    expect(show(resolveSchedule(s, at('2026-01-01T00:00'), at('2026-02-10T00:00')))).toEqual([
      'ana primary Mon 2026-01-05T09:00 → Mon 2026-01-12T09:00',
      'ben primary Mon 2026-01-12T09:00 → Mon 2026-01-19T09:00',
      'cho primary Mon 2026-01-19T09:00 → Mon 2026-01-26T09:00',
      'ana primary Mon 2026-01-26T09:00 → Mon 2026-02-02T09:00',
      'ben primary Mon 2026-02-02T09:00 → Mon 2026-02-09T09:00',
      'cho primary Mon 2026-02-09T09:00 → Tue 2026-02-10T00:00',
    ]);
  });

  it('counts every-N-days boundaries in calendar days from the start date', () => {
    const s = schedule([layer({ id: 'l', rotation: { kind: 'days', every: 3 }, start: '2026-01-30', handoff: '18:30', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, at('2026-02-01T00:00'), at('2026-02-06T00:00')))).toEqual([
      'ana l Sun 2026-02-01T00:00 → Mon 2026-02-02T18:30',
      'ben l Mon 2026-02-02T18:30 → Thu 2026-02-05T18:30',
      'ana l Thu 2026-02-05T18:30 → Fri 2026-02-06T00:00',
    ]);
  });

  it('counts every-N-hours boundaries in elapsed hours from the start', () => {
    const s = schedule([layer({ id: 'l', rotation: { kind: 'hours', every: 8 }, start: '2026-02-01T06:00', handoff: '06:00', participants: ['ana', 'ben', 'cho'] })]);
    expect(show(resolveSchedule(s, at('2026-02-01T00:00'), at('2026-02-02T12:00')))).toEqual([
      'ana l Sun 2026-02-01T06:00 → Sun 2026-02-01T14:00',
      'ben l Sun 2026-02-01T14:00 → Sun 2026-02-01T22:00',
      'cho l Sun 2026-02-01T22:00 → Mon 2026-02-02T06:00',
      'ana l Mon 2026-02-02T06:00 → Mon 2026-02-02T12:00',
    ]);
  });

  it('takes the first boundary at the handoff time even when the start carries another time', () => {
    const s = schedule([layer({ id: 'l', rotation: { kind: 'daily' }, start: '2026-02-01T17:45', handoff: '08:00', participants: ['ana', 'ben'] })]);
    expect(show(resolveSchedule(s, at('2026-02-01T00:00'), at('2026-02-02T12:00')))).toEqual([
      'ana l Sun 2026-02-01T08:00 → Mon 2026-02-02T08:00',
      'ben l Mon 2026-02-02T08:00 → Mon 2026-02-02T12:00',
    ]);
  });

  it('merges consecutive periods of the same user, and a lone participant into one shift', () => {
    const repeated = schedule([layer({ id: 'l', rotation: { kind: 'daily' }, participants: ['ana', 'ana', 'ben'] })]);
    expect(show(resolveSchedule(repeated, at('2026-01-05T00:00'), at('2026-01-09T00:00')))).toEqual([
      'ana l Mon 2026-01-05T09:00 → Wed 2026-01-07T09:00',
      'ben l Wed 2026-01-07T09:00 → Thu 2026-01-08T09:00',
      'ana l Thu 2026-01-08T09:00 → Fri 2026-01-09T00:00',
    ]);
    const alone = schedule([layer({ id: 'l', rotation: { kind: 'hours', every: 1 }, participants: ['ana'] })]);
    expect(show(resolveSchedule(alone, at('2026-03-01T00:00'), at('2026-04-01T00:00')))).toEqual([
      'ana l Sun 2026-03-01T00:00 → Wed 2026-04-01T00:00',
    ]);
  });

  it('computes the participant far from the start without walking there', () => {
    const s = schedule([layer({ id: 'l', rotation: { kind: 'hours', every: 1 }, start: '1990-01-01T00:00', handoff: '00:00', participants: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })], [], 'UTC');
    const instant = Date.UTC(2026, 4, 17, 13, 30);
    const hoursSinceStart = Math.floor((instant - Date.UTC(1990, 0, 1)) / 3_600_000);
    const started = performance.now();
    expect(onCallAt(s, instant)?.userId).toBe(['a', 'b', 'c', 'd', 'e', 'f', 'g'][hoursSinceStart % 7]);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('restrictions', () => {
  it('keeps a weekdays 09:00–17:00 layer on call only inside its windows', () => {
    const s = schedule([
      layer({
        id: 'office',
        participants: ['ana', 'ben'],
        restrictions: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', to: '17:00' }],
      }),
    ]);
    expect(show(resolveSchedule(s, at('2026-01-09T00:00'), at('2026-01-14T00:00')))).toEqual([
      'ana office Fri 2026-01-09T09:00 → Fri 2026-01-09T17:00',
      'ben office Mon 2026-01-12T09:00 → Mon 2026-01-12T17:00',
      'ben office Tue 2026-01-13T09:00 → Tue 2026-01-13T17:00',
    ]);
  });

  it('runs an overnight 22:00–06:00 window into the next day, starting only on the listed days', () => {
    const s = schedule([
      layer({ id: 'night', participants: ['ana'], restrictions: [{ days: ['friday', 'saturday'], from: '22:00', to: '06:00' }] }),
    ]);
    expect(show(resolveSchedule(s, at('2026-01-08T00:00'), at('2026-01-12T00:00')))).toEqual([
      'ana night Fri 2026-01-09T22:00 → Sat 2026-01-10T06:00',
      'ana night Sat 2026-01-10T22:00 → Sun 2026-01-11T06:00',
    ]);
  });

  it('opens a window with no days every day, and joins windows that touch', () => {
    const s = schedule([
      layer({
        id: 'l',
        participants: ['ana'],
        restrictions: [
          { days: [], from: '08:00', to: '12:00' },
          { days: [], from: '12:00', to: '13:00' },
        ],
      }),
    ]);
    expect(show(resolveSchedule(s, at('2026-01-06T00:00'), at('2026-01-08T00:00')))).toEqual([
      'ana l Tue 2026-01-06T08:00 → Tue 2026-01-06T13:00',
      'ana l Wed 2026-01-07T08:00 → Wed 2026-01-07T13:00',
    ]);
  });

  it('treats a window whose end equals its start as a whole day', () => {
    const s = schedule([layer({ id: 'l', participants: ['ana'], restrictions: [{ days: ['tuesday'], from: '10:00', to: '10:00' }] })]);
    expect(show(resolveSchedule(s, at('2026-01-05T00:00'), at('2026-01-12T00:00')))).toEqual(['ana l Tue 2026-01-06T10:00 → Wed 2026-01-07T10:00']);
  });

  it('splits a shift at the window edges while the rotation changes hands inside the window', () => {
    const s = schedule([
      layer({ id: 'l', rotation: { kind: 'daily' }, handoff: '12:00', participants: ['ana', 'ben'], restrictions: [{ days: [], from: '09:00', to: '17:00' }] }),
    ]);
    expect(show(resolveSchedule(s, at('2026-01-06T00:00'), at('2026-01-07T00:00')))).toEqual([
      'ana l Tue 2026-01-06T09:00 → Tue 2026-01-06T12:00',
      'ben l Tue 2026-01-06T12:00 → Tue 2026-01-06T17:00',
    ]);
  });
});

describe('precedence', () => {
  const base = layer({ id: 'base', rotation: { kind: 'daily' }, handoff: '00:00', participants: ['ana', 'ben'] });
  const office = layer({
    id: 'office',
    participants: ['cho'],
    restrictions: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', to: '17:00' }],
  });

  it('lets a later layer win where it has someone and the earlier one show through elsewhere', () => {
    expect(show(resolveSchedule(schedule([base, office]), at('2026-01-06T00:00'), at('2026-01-07T00:00')))).toEqual([
      'ben base Tue 2026-01-06T00:00 → Tue 2026-01-06T09:00',
      'cho office Tue 2026-01-06T09:00 → Tue 2026-01-06T17:00',
      'ben base Tue 2026-01-06T17:00 → Wed 2026-01-07T00:00',
    ]);
  });

  it('reverses the outcome when the layers are listed the other way round', () => {
    expect(show(resolveSchedule(schedule([office, base]), at('2026-01-06T00:00'), at('2026-01-07T00:00')))).toEqual([
      'ben base Tue 2026-01-06T00:00 → Wed 2026-01-07T00:00',
    ]);
  });

  it('shows the earlier layer before a later layer has started', () => {
    const late = layer({ id: 'late', rotation: { kind: 'daily' }, start: '2026-01-06', handoff: '12:00', participants: ['dan'] });
    expect(show(resolveSchedule(schedule([base, late]), at('2026-01-06T00:00'), at('2026-01-06T18:00')))).toEqual([
      'ben base Tue 2026-01-06T00:00 → Tue 2026-01-06T12:00',
      'dan late Tue 2026-01-06T12:00 → Tue 2026-01-06T18:00',
    ]);
  });

  it('lets an override beat two layers, and the layers resume after it', () => {
    const override: Override = { id: 'o1', userId: 'eve', start: at('2026-01-06T08:00'), end: at('2026-01-06T10:00') };
    expect(show(resolveSchedule(schedule([base, office], [override]), at('2026-01-06T07:00'), at('2026-01-06T11:00')))).toEqual([
      'ben base Tue 2026-01-06T07:00 → Tue 2026-01-06T08:00',
      'eve override:o1 Tue 2026-01-06T08:00 → Tue 2026-01-06T10:00',
      'cho office Tue 2026-01-06T10:00 → Tue 2026-01-06T11:00',
    ]);
  });

  it('lets the later of two overlapping overrides win, and does not join a user across sources', () => {
    const overrides: Override[] = [
      { id: 'o1', userId: 'eve', start: at('2026-01-06T01:00'), end: at('2026-01-06T05:00') },
      { id: 'o2', userId: 'ben', start: at('2026-01-06T03:00'), end: at('2026-01-06T04:00') },
    ];
    expect(show(resolveSchedule(schedule([base], overrides), at('2026-01-06T00:00'), at('2026-01-06T06:00')))).toEqual([
      'ben base Tue 2026-01-06T00:00 → Tue 2026-01-06T01:00',
      'eve override:o1 Tue 2026-01-06T01:00 → Tue 2026-01-06T03:00',
      'ben override:o2 Tue 2026-01-06T03:00 → Tue 2026-01-06T04:00',
      'eve override:o1 Tue 2026-01-06T04:00 → Tue 2026-01-06T05:00',
      'ben base Tue 2026-01-06T05:00 → Tue 2026-01-06T06:00',
    ]);
  });

  it('covers gaps where no layer has anyone with an override, and ignores empty overrides', () => {
    const overrides: Override[] = [
      { id: 'o1', userId: 'eve', start: at('2026-01-06T18:00'), end: at('2026-01-06T20:00') },
      { id: 'o2', userId: 'eve', start: at('2026-01-06T19:00'), end: at('2026-01-06T19:00') },
    ];
    expect(show(resolveSchedule(schedule([office], overrides), at('2026-01-06T16:00'), at('2026-01-07T00:00')))).toEqual([
      'cho office Tue 2026-01-06T16:00 → Tue 2026-01-06T17:00',
      'eve override:o1 Tue 2026-01-06T18:00 → Tue 2026-01-06T20:00',
    ]);
  });

  it('gives a layer nobody from endsAt on, so the layer beneath shows through', () => {
    const ending = layer({ id: 'ending', participants: ['dan'], endsAt: at('2026-01-06T15:30') });
    expect(show(resolveSchedule(schedule([base, ending]), at('2026-01-06T12:00'), at('2026-01-06T18:00')))).toEqual([
      'dan ending Tue 2026-01-06T12:00 → Tue 2026-01-06T15:30',
      'ben base Tue 2026-01-06T15:30 → Tue 2026-01-06T18:00',
    ]);
    expect(layerShifts(ending, ZONE, at('2026-01-06T16:00'), at('2026-02-01T00:00'))).toEqual([]);
  });
});

describe('layerShifts', () => {
  it('gives one layer before precedence, clipped to the range', () => {
    const office = layer({ id: 'office', participants: ['cho'], restrictions: [{ days: ['tuesday'], from: '09:00', to: '17:00' }] });
    expect(show(layerShifts(office, ZONE, at('2026-01-06T12:00'), at('2026-01-14T00:00')))).toEqual([
      'cho office Tue 2026-01-06T12:00 → Tue 2026-01-06T17:00',
      'cho office Tue 2026-01-13T09:00 → Tue 2026-01-13T17:00',
    ]);
  });
});

describe('ranges and invalid definitions', () => {
  const s = schedule([layer({ id: 'l', participants: ['ana'] })]);

  it('returns nothing for an empty or reversed range', () => {
    expect(resolveSchedule(s, at('2026-02-01T00:00'), at('2026-02-01T00:00'))).toEqual([]);
    expect(resolveSchedule(s, at('2026-02-02T00:00'), at('2026-02-01T00:00'))).toEqual([]);
  });

  it('refuses a range that is not finite', () => {
    expect(() => resolveSchedule(s, 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => onCallAt(s, Number.NaN)).toThrow(RangeError);
  });

  it.each([
    ['no participants', layer({ id: 'x', participants: [] }), /layer "x" has no participants/],
    ['every 0 days', layer({ id: 'x', participants: ['a'], rotation: { kind: 'days', every: 0 } }), /positive whole number, got 0/],
    ['every -2 hours', layer({ id: 'x', participants: ['a'], rotation: { kind: 'hours', every: -2 } }), /positive whole number, got -2/],
    ['every 1.5 days', layer({ id: 'x', participants: ['a'], rotation: { kind: 'days', every: 1.5 } }), /positive whole number, got 1.5/],
    ['a handoff of 24:00', layer({ id: 'x', participants: ['a'], handoff: '24:00' }), /handoff must be "HH:MM"/],
    ['a start of 2026-02-30', layer({ id: 'x', participants: ['a'], start: '2026-02-30' }), /start must be a local date/],
    ['a window ending at 9:00', layer({ id: 'x', participants: ['a'], restrictions: [{ days: [], from: '08:00', to: '9:00' }] }), /restriction 1 to/],
  ])('throws a RangeError for %s instead of looping', (_label, bad, message) => {
    expect(() => resolveSchedule(schedule([bad]), at('2026-01-01T00:00'), at('2026-03-01T00:00'))).toThrow(RangeError);
    expect(() => resolveSchedule(schedule([bad]), at('2026-01-01T00:00'), at('2026-03-01T00:00'))).toThrow(message);
  });

  it('refuses an unknown time zone', () => {
    expect(() => resolveSchedule(schedule([layer({ id: 'l', participants: ['a'] })], [], 'Europe/Atlantis'), 0, 1)).toThrow(RangeError);
  });
});

describe('onCallAt', () => {
  const s = schedule(
    [
      layer({ id: 'base', rotation: { kind: 'daily' }, handoff: '00:00', participants: ['ana', 'ben'] }),
      layer({ id: 'office', participants: ['cho', 'dan'], restrictions: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', to: '17:00' }] }),
      layer({ id: 'nights', rotation: { kind: 'hours', every: 5 }, start: '2026-01-07T03:00', handoff: '03:00', participants: ['eve', 'fay', 'gus'], restrictions: [{ days: ['saturday'], from: '22:00', to: '06:00' }] }),
    ],
    [{ id: 'swap', userId: 'hal', start: at('2026-01-14T16:00'), end: at('2026-01-15T10:00') }],
  );

  it('returns nobody before any layer starts', () => {
    expect(onCallAt(s, at('2026-01-01T12:00'))).toBeNull();
  });

  it('returns the override while it runs', () => {
    expect(onCallAt(s, at('2026-01-15T09:59'))).toEqual({ userId: 'hal', source: 'override:swap', start: at('2026-01-14T16:00'), end: at('2026-01-15T10:00') });
  });

  it('returns the current stretch, cut where a higher source takes over', () => {
    expect(show([onCallAt(s, at('2026-01-14T12:00'))!])).toEqual(['dan office Wed 2026-01-14T09:00 → Wed 2026-01-14T16:00']);
    expect(show([onCallAt(s, at('2026-01-14T08:00'))!])).toEqual(['ben base Wed 2026-01-14T00:00 → Wed 2026-01-14T09:00']);
  });

  it('agrees with resolveSchedule on user and source at every quarter hour for eight weeks, within its shift', () => {
    const from = at('2026-01-01T00:00');
    const to = at('2026-02-26T00:00');
    const shifts = resolveSchedule(s, from, to);
    for (let instant = from; instant < to; instant += 15 * 60_000) {
      const resolved = shifts.find((shift) => shift.start <= instant && instant < shift.end) ?? null;
      const current = onCallAt(s, instant);
      if (resolved === null || current === null) {
        expect(current, new Date(instant).toISOString()).toBe(resolved);
        continue;
      }
      expect([current.userId, current.source]).toEqual([resolved.userId, resolved.source]);
      expect(current.start).toBeGreaterThanOrEqual(resolved.start);
      expect(current.end).toBeLessThanOrEqual(resolved.end);
      expect(current.start <= instant && instant < current.end).toBe(true);
    }
  });

  it('answers for 500 schedules at one instant in milliseconds', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles'];
    const many = Array.from({ length: 500 }, (_, i) =>
      schedule(
        [
          layer({ id: 'a', rotation: { kind: 'weekly' }, start: '2019-03-04', participants: ['u1', 'u2', 'u3', 'u4'] }),
          layer({ id: 'b', rotation: { kind: 'days', every: 2 + (i % 5) }, start: '2020-06-01', handoff: '08:30', participants: ['u5', 'u6'], restrictions: [{ days: ['monday', 'friday'], from: '18:00', to: '08:00' }] }),
          layer({ id: 'c', rotation: { kind: 'hours', every: 1 + (i % 12) }, start: '2015-01-01T00:00', handoff: '00:00', participants: ['u7', 'u8', 'u9'], restrictions: [{ days: [], from: '12:00', to: '13:00' }] }),
        ],
        [{ id: `o${i}`, userId: 'u0', start: Date.UTC(2026, 5, 1), end: Date.UTC(2026, 5, 2) }],
        zones[i % zones.length],
      ),
    );
    // One pass to compile the code paths, then the measured pass a day later. About 10 ms on a
    // 2-core machine once compiled; the bound leaves room for a busy CI runner.
    for (const one of many) onCallAt(one, Date.UTC(2026, 6, 14, 9, 0));
    const instant = Date.UTC(2026, 6, 15, 12, 20);
    const started = performance.now();
    const answers = many.map((one) => onCallAt(one, instant));
    const elapsed = performance.now() - started;
    expect(answers.every((answer) => answer !== null)).toBe(true);
    expect(elapsed).toBeLessThan(150);
  });
});
