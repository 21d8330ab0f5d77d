import type { Layer, Override, Restriction, Rotation, ScheduleDefinition, Shift } from './schedule-types.js';
import { WEEKDAYS } from './schedule-types.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, assertTimeZone, instantAt, wallTimeAt } from './wall-clock.js';

/**
 * Turns a schedule into shifts. Pure: the same definition and range always give the same shifts.
 * The rules, with daylight-saving examples, are in docs/SCHEDULES.md; wall-clock readings become
 * instants through `instantAt` (a reading in a gap is the transition, one that occurs twice is
 * its first occurrence).
 *
 * Every layer has boundaries b0 < b1 < …; b0 is the start date at the handoff time, whatever time
 * `start` itself carries, and the participant between bk and bk+1 is participants[k mod n].
 * Before b0 the layer has nobody.
 */

/**
 * The effective on-call shifts in [from, to): in time order, non-overlapping, clipped to the
 * range, with adjacent shifts of one user from one source merged.
 */
export function resolveSchedule(schedule: ScheduleDefinition, from: number, to: number): Shift[] {
  assertRange(from, to);
  const layers = schedule.layers.map((layer) => prepareLayer(layer, schedule.timeZone));
  return paint(layers, schedule.overrides, from, to);
}

/**
 * Who is on call at `instant`, or null. Costs a handful of offset look-ups whatever the layer's
 * age: the rotation index is computed, not counted.
 *
 * The shift returned is the stretch of the winning source's current period (one rotation period
 * cut to its restriction window and `endsAt`, or the override) during which it stays on top.
 * `resolveSchedule` merges consecutive periods of one user, so its shift around `instant` may be
 * longer; user and source always agree.
 */
export function onCallAt(schedule: ScheduleDefinition, instant: number): Shift | null {
  assertRange(instant, instant + 1);
  const { overrides } = schedule;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const { id, userId, start, end } = overrides[i]!;
    if (start <= instant && instant < end) return narrow({ userId, start, end, source: `override:${id}` }, overrides.slice(i + 1), instant);
  }
  const layers = schedule.layers.map((layer) => prepareLayer(layer, schedule.timeZone));
  for (let i = layers.length - 1; i >= 0; i--) {
    const own = layers[i]!.shiftAt(instant);
    if (own === null) continue;
    // Layers above have nobody at `instant` but may take over before or after it.
    const above = layers.slice(i + 1).flatMap((layer) => layer.coverage(own.start, own.end));
    return narrow(own, [...above, ...overrides], instant);
  }
  return null;
}

/** One layer's own shifts in [from, to), before precedence: rotation, restrictions and `endsAt`. */
export function layerShifts(layer: Layer, timeZone: string, from: number, to: number): Shift[] {
  assertRange(from, to);
  return prepareLayer(layer, timeZone).shifts(from, to);
}

function assertRange(from: number, to: number): void {
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError(`schedule range [${from}, ${to}) is not finite`);
}

interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Paints layers in order, then overrides in order, each covering what lies beneath it. */
function paint(layers: readonly PreparedLayer[], overrides: readonly Override[], from: number, to: number): Shift[] {
  let shifts: Shift[] = [];
  for (const layer of layers) shifts = cover(shifts, layer.shifts(from, to));
  for (const override of overrides) {
    const start = Math.max(override.start, from);
    const end = Math.min(override.end, to);
    if (end > start) shifts = cover(shifts, [{ userId: override.userId, start, end, source: `override:${override.id}` }]);
  }
  return mergeAdjacent(shifts);
}

/** The part of `shift` around `instant` that none of `above` covers; none of them covers `instant`. */
function narrow(shift: Shift, above: readonly Interval[], instant: number): Shift {
  let { start, end } = shift;
  for (const interval of above) {
    if (interval.end <= interval.start) continue;
    if (interval.end <= instant) start = Math.max(start, interval.end);
    else if (interval.start > instant) end = Math.min(end, interval.start);
  }
  return { ...shift, start, end };
}

/** `base` with `top` laid over it; both sorted and non-overlapping, and so is the result. */
function cover(base: readonly Shift[], top: readonly Shift[]): Shift[] {
  if (top.length === 0) return [...base];
  const out: Shift[] = [];
  let t = 0;
  for (const shift of base) {
    while (t < top.length && top[t]!.end <= shift.start) t++;
    let cursor = shift.start;
    for (let i = t; i < top.length && top[i]!.start < shift.end; i++) {
      if (top[i]!.start > cursor) out.push({ ...shift, start: cursor, end: top[i]!.start });
      cursor = Math.max(cursor, top[i]!.end);
    }
    if (cursor < shift.end) out.push({ ...shift, start: cursor, end: shift.end });
  }
  out.push(...top);
  return out.sort((a, b) => a.start - b.start);
}

function mergeAdjacent(shifts: readonly Shift[]): Shift[] {
  const out: Shift[] = [];
  for (const shift of shifts) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end === shift.start && last.userId === shift.userId && last.source === shift.source) {
      out[out.length - 1] = { ...last, end: shift.end };
    } else {
      out.push(shift);
    }
  }
  return out;
}

/** Both sorted and non-overlapping; keeps `shifts`' fields on the overlapping parts. */
function intersect(shifts: readonly Shift[], windows: readonly Interval[]): Shift[] {
  const out: Shift[] = [];
  let w = 0;
  for (const shift of shifts) {
    while (w < windows.length && windows[w]!.end <= shift.start) w++;
    for (let i = w; i < windows.length && windows[i]!.start < shift.end; i++) {
      const start = Math.max(shift.start, windows[i]!.start);
      const end = Math.min(shift.end, windows[i]!.end);
      if (end > start) out.push({ ...shift, start, end });
    }
  }
  return out;
}

type Step = { readonly kind: 'calendar'; readonly days: number } | { readonly kind: 'elapsed'; readonly ms: number };

function stepOf(rotation: Rotation, layerId: string): Step {
  switch (rotation.kind) {
    case 'daily':
      return { kind: 'calendar', days: 1 };
    case 'weekly':
      return { kind: 'calendar', days: 7 };
    case 'days':
      return { kind: 'calendar', days: positiveInteger(rotation.every, layerId) };
    case 'hours':
      return { kind: 'elapsed', ms: positiveInteger(rotation.every, layerId) * HOUR_MS };
    default:
      return assertNever(rotation);
  }
}

function positiveInteger(every: number, layerId: string): number {
  if (!Number.isSafeInteger(every) || every < 1) {
    throw new RangeError(`layer "${layerId}": rotation "every" must be a positive whole number, got ${every}`);
  }
  return every;
}

function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

interface PreparedWindow {
  /** Weekday indexes (0 = Monday) the window starts on; null for every day. */
  readonly days: ReadonlySet<number> | null;
  readonly fromMinute: number;
  readonly toMinute: number;
}

interface PreparedLayer {
  /** The layer's own shift at `instant`, within its current rotation period; null when it has nobody. */
  shiftAt(instant: number): Shift | null;
  /** Where the layer has someone in [from, to), whoever it is. */
  coverage(from: number, to: number): Interval[];
  shifts(from: number, to: number): Shift[];
}

function prepareLayer(layer: Layer, timeZone: string): PreparedLayer {
  assertTimeZone(timeZone);
  const { participants } = layer;
  if (participants.length === 0) throw new RangeError(`layer "${layer.id}" has no participants`);
  const step = stepOf(layer.rotation, layer.id);
  const startDay = parseStartDay(layer.start, layer.id);
  const handoffMs = parseClock(layer.handoff, `layer "${layer.id}" handoff`) * MINUTE_MS;
  const firstBoundary = instantAt(timeZone, startDay * DAY_MS + handoffMs);
  const endsAt = layer.endsAt ?? Number.POSITIVE_INFINITY;
  const windows = layer.restrictions.map((restriction, i) => prepareWindow(restriction, `layer "${layer.id}" restriction ${i + 1}`));

  /** The instant of boundary k, computed directly whatever k is. */
  const boundary = (k: number): number => {
    switch (step.kind) {
      case 'calendar':
        return instantAt(timeZone, (startDay + k * step.days) * DAY_MS + handoffMs);
      case 'elapsed':
        return firstBoundary + k * step.ms;
      default:
        return assertNever(step);
    }
  };

  /** The index of the last boundary at or before `instant`: -1 before the first. */
  const indexAt = (instant: number): number => {
    switch (step.kind) {
      case 'calendar': {
        // The local date gives k to within one: a handoff time later in the day than the
        // instant's reading has not happened yet, and an overlap can hold a reading of the
        // previous date after a boundary has passed. Both corrections are at most a step or two.
        const day = Math.floor(wallTimeAt(timeZone, instant) / DAY_MS);
        let k = Math.floor((day - startDay) / step.days);
        while (boundary(k + 1) <= instant) k++;
        while (k >= 0 && boundary(k) > instant) k--;
        return Math.max(k, -1);
      }
      case 'elapsed':
        return Math.max(Math.floor((instant - firstBoundary) / step.ms), -1);
      default:
        return assertNever(step);
    }
  };

  const restrictionWindows = (from: number, to: number): Interval[] => {
    if (windows.length === 0) return [{ start: from, end: to }];
    // Windows last at most a day and an overlap can hold an earlier date's readings, so dates a
    // little either side of the range are enough to find every window that touches it.
    const firstDay = Math.floor(wallTimeAt(timeZone, from) / DAY_MS) - 2;
    const lastDay = Math.floor(wallTimeAt(timeZone, to) / DAY_MS) + 1;
    const found: Interval[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      // 1970-01-01 was a Thursday, index 3 when Monday is 0.
      const weekday = (((day + 3) % 7) + 7) % 7;
      for (const window of windows) {
        if (window.days !== null && !window.days.has(weekday)) continue;
        const endDay = window.toMinute > window.fromMinute ? day : day + 1;
        const start = instantAt(timeZone, day * DAY_MS + window.fromMinute * MINUTE_MS);
        const end = instantAt(timeZone, endDay * DAY_MS + window.toMinute * MINUTE_MS);
        if (end > from && start < to && end > start) found.push({ start: Math.max(start, from), end: Math.min(end, to) });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const merged: Interval[] = [];
    for (const window of found) {
      const last = merged[merged.length - 1];
      if (last !== undefined && window.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, window.end) };
      else merged.push(window);
    }
    return merged;
  };

  return {
    shiftAt(instant) {
      const k = indexAt(instant);
      // The cheap test first: most layers asked about are not the one on call.
      if (k < 0 || instant >= endsAt || restrictionWindows(instant, instant + 1).length === 0) return null;
      const periodEnd = Math.min(boundary(k + 1), endsAt);
      const window = restrictionWindows(boundary(k), periodEnd).find((w) => w.start <= instant && instant < w.end);
      if (window === undefined) return null;
      return { userId: participants[k % participants.length]!, start: window.start, end: window.end, source: layer.id };
    },
    coverage(from, to) {
      const start = Math.max(from, firstBoundary);
      const end = Math.min(to, endsAt);
      return end > start ? restrictionWindows(start, end) : [];
    },
    shifts(from, to) {
      const end = Math.min(to, endsAt);
      if (end <= from) return [];
      const rotation: Shift[] = [];
      let k = Math.max(indexAt(from), 0);
      let periodStart = boundary(k);
      while (periodStart < end) {
        const periodEnd = boundary(k + 1);
        const start = Math.max(periodStart, from);
        const stop = Math.min(periodEnd, end);
        if (stop > start) rotation.push({ userId: participants[k % participants.length]!, start, end: stop, source: layer.id });
        k++;
        periodStart = periodEnd;
      }
      return mergeAdjacent(intersect(rotation, restrictionWindows(from, end)));
    },
  };
}

function prepareWindow(restriction: Restriction, label: string): PreparedWindow {
  const days = restriction.days.length === 0 ? null : new Set(restriction.days.map((day) => WEEKDAYS.indexOf(day)));
  return { days, fromMinute: parseClock(restriction.from, `${label} from`), toMinute: parseClock(restriction.to, `${label} to`) };
}

/** Minutes since midnight of an "HH:MM" reading. */
function parseClock(value: string, label: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (match === null || hours > 23 || minutes > 59) throw new RangeError(`${label} must be "HH:MM" (00:00–23:59), got "${value}"`);
  return hours * 60 + minutes;
}

/** Days since 1970-01-01 of the date `start` begins with; its time of day, if any, is not used. */
function parseStartDay(start: string, layerId: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$/.exec(start);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return Date.UTC(year, month - 1, day) / DAY_MS;
  }
  throw new RangeError(`layer "${layerId}": start must be a local date or date-time ("2026-01-05" or "2026-01-05T09:00"), got "${start}"`);
}
