import { IANAZone } from 'luxon';
import type { Layer, ScheduleDefinition, Shift, Weekday } from './schedule-types.js';

/**
 * A brute-force reference for the schedule resolver, used only by tests. It walks the zone's
 * clock one minute at a time and decides every minute from the rules as written, sharing no code
 * with the resolver or with wall-clock.ts.
 *
 * The one idea it needs: a wall-clock reading W "has happened" once the clock has shown W or
 * anything later. So it tracks the highest reading shown so far, and a handoff at reading W has
 * passed exactly when that high-water mark is >= W. This is the daylight-saving rule restated:
 * a reading skipped by a gap happens at the jump (the first minute showing a later reading), and
 * a reading shown twice happens the first time (the mark does not move back with the clock).
 *
 * Minute resolution is exact for the schedules it is given: offsets, transitions, handoffs,
 * windows and overrides all fall on whole minutes.
 */

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

export interface OnCall {
  readonly userId: string;
  readonly source: string;
}

export interface OracleTimeline {
  /** Epoch ms of the first minute. */
  readonly from: number;
  /** Who is on call during each minute from `from` on; the same object for the same user and source. */
  readonly minutes: readonly (OnCall | null)[];
}

const WEEKDAY_NAMES: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Minutes since 1970-01-01T00:00 of a "YYYY-MM-DD…" date at 00:00, counted on the clock itself. */
function dateMinutes(text: string): number {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!) / MINUTE;
}

function clockMinutes(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return hours! * 60 + minutes!;
}

interface LayerWalker {
  /** Called for every minute in order; returns who the layer has on call then. */
  step(minute: number, highWater: number): OnCall | null;
}

function layerWalker(layer: Layer): LayerWalker {
  const owners = layer.participants.map((userId) => ({ userId, source: layer.id }));
  const firstHandoff = dateMinutes(layer.start) + clockMinutes(layer.handoff);
  const endsAt = layer.endsAt ?? Infinity;
  const windows = layer.restrictions.map((r) => ({
    // Indexed by the day of the week, Sunday first.
    days: WEEKDAY_NAMES.map((name) => r.days.length === 0 || r.days.includes(name)),
    from: clockMinutes(r.from),
    to: clockMinutes(r.to),
  }));

  // A window opens on a day at `from` and closes at `to` that day, or the next day when `to` is
  // not after `from`; so only the windows of today and yesterday (by the high-water mark) can be
  // open.
  const inWindow = (highWater: number): boolean => {
    if (windows.length === 0) return true;
    const today = Math.floor(highWater / DAY_MINUTES);
    for (let day = today - 1; day <= today; day++) {
      // 1970-01-01 was a Thursday.
      const weekday = (((day + 4) % 7) + 7) % 7;
      for (const w of windows) {
        if (!w.days[weekday]) continue;
        const opens = day * DAY_MINUTES + w.from;
        const closes = (w.to > w.from ? day : day + 1) * DAY_MINUTES + w.to;
        if (opens <= highWater && highWater < closes) return true;
      }
    }
    return false;
  };

  // Handoffs passed so far; the participant is owners[(passed - 1) % n].
  let passed = 0;
  const { rotation } = layer;
  const everyDays = rotation.kind === 'daily' ? 1 : rotation.kind === 'weekly' ? 7 : rotation.kind === 'days' ? rotation.every : 0;
  const everyHours = rotation.kind === 'hours' ? rotation.every : 0;
  if (Math.max(everyDays, everyHours) < 1) throw new RangeError(`oracle: layer "${layer.id}" needs a positive rotation`);
  // For `hours` rotations: the minute of the first handoff once it has been seen, then the next.
  let nextElapsed = Infinity;

  return {
    step(minute, highWater) {
      if (rotation.kind === 'hours') {
        if (passed === 0 && highWater >= firstHandoff) {
          passed = 1;
          nextElapsed = minute + everyHours * 60;
        }
        while (minute >= nextElapsed) {
          passed++;
          nextElapsed += everyHours * 60;
        }
      } else {
        while (highWater >= firstHandoff + passed * everyDays * DAY_MINUTES) passed++;
      }
      if (passed === 0 || minute * MINUTE >= endsAt || !inWindow(highWater)) return null;
      return owners[(passed - 1) % owners.length]!;
    },
  };
}

// Tables already built, per zone; the random tests ask for the same zone and years many times.
const tables = new Map<string, { readonly first: number; readonly table: Int16Array }>();

/** Offsets in minutes for every minute in [first, first + count), from hourly samples of Intl. */
function offsetTable(timeZone: string, first: number, count: number): Int16Array {
  const cached = tables.get(timeZone);
  if (cached !== undefined && cached.first <= first && first + count <= cached.first + cached.table.length) {
    return cached.table.subarray(first - cached.first, first - cached.first + count);
  }
  const zone = IANAZone.create(timeZone);
  const table = new Int16Array(count);
  let offset = zone.offset(first * MINUTE);
  for (let hour = 0; hour * 60 < count; hour++) {
    const at = first + hour * 60;
    const next = zone.offset((at + 60) * MINUTE);
    // No zone changes offset twice within an hour, so an hour that starts and ends alike is
    // constant; the others (a few a year) are asked minute by minute.
    for (let i = 0; i < 60 && hour * 60 + i < count; i++) {
      table[hour * 60 + i] = offset === next ? offset : zone.offset((at + i) * MINUTE);
    }
    offset = next;
  }
  tables.set(timeZone, { first, table });
  return table;
}

/**
 * Who is on call in each minute of [from, to) (both whole minutes), decided minute by minute.
 */
export function oracleTimeline(schedule: ScheduleDefinition, from: number, to: number): OracleTimeline {
  // Start early enough to see every layer's first handoff and any overlap straddling `from`:
  // the high-water mark and the handoff counts depend on what the clock showed before.
  const earliestStart = Math.min(...schedule.layers.map((layer) => dateMinutes(layer.start)));
  // Rounded down to a 90-day step so that schedules over the same range share an offset table.
  const quarter = 90 * DAY_MINUTES;
  const walkFrom = Math.floor(Math.min(from / MINUTE - DAY_MINUTES, earliestStart - 2 * DAY_MINUTES) / quarter) * quarter;
  const count = to / MINUTE - walkFrom;
  const offsets = offsetTable(schedule.timeZone, walkFrom, count);
  const walkers = schedule.layers.map(layerWalker);
  const overrides = schedule.overrides.map((o) => ({ start: o.start, end: o.end, owner: { userId: o.userId, source: `override:${o.id}` } }));

  const minutes: (OnCall | null)[] = [];
  let highWater = -Infinity;
  for (let i = 0; i < count; i++) {
    const minute = walkFrom + i;
    highWater = Math.max(highWater, minute + offsets[i]!);
    let owner: OnCall | null = null;
    // Every walker steps every minute, so each sees the whole history.
    for (const walker of walkers) owner = walker.step(minute, highWater) ?? owner;
    if (minute < from / MINUTE) continue;
    const at = minute * MINUTE;
    for (const o of overrides) if (o.start <= at && at < o.end) owner = o.owner;
    minutes.push(owner);
  }
  return { from, minutes };
}

/** The timeline as shifts: consecutive minutes with the same user and source joined. */
export function oracleShifts(timeline: OracleTimeline): Shift[] {
  const shifts: Shift[] = [];
  const { minutes } = timeline;
  let runStart = 0;
  for (let i = 1; i <= minutes.length; i++) {
    const owner = minutes[runStart];
    const same = i < minutes.length && minutes[i]?.userId === owner?.userId && minutes[i]?.source === owner?.source;
    if (same) continue;
    if (owner) shifts.push({ userId: owner.userId, start: timeline.from + runStart * MINUTE, end: timeline.from + i * MINUTE, source: owner.source });
    runStart = i;
  }
  return shifts;
}
