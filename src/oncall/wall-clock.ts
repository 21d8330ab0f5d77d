import { IANAZone } from 'luxon';

/**
 * Wall-clock readings and the instants they denote in an IANA time zone.
 *
 * A reading is a `WallTime`: milliseconds since 1970-01-01T00:00 *on that clock*, which is what
 * `Date.UTC(y, m - 1, d, h, min)` gives, so calendar arithmetic on readings is plain UTC
 * arithmetic. Turning a reading into an instant follows one rule:
 *
 *   the instant of a reading is the first instant at which the zone's clock shows that reading
 *   or later.
 *
 * It settles both daylight-saving cases without special cases in the callers:
 * - a reading skipped by a spring-forward gap denotes the transition itself (02:30 in New York's
 *   02:00→03:00 gap is 03:00 EDT). Luxon would shift it forward by the offset change (03:30),
 *   which would put a 02:30 handoff half an hour after the moment 02:30 became impossible;
 * - a reading that occurs twice in a fall-back overlap denotes its first occurrence (01:30 on
 *   New York's fall-back day is 01:30 EDT, 05:30Z). Luxon picks the second one in some zones.
 */
export type WallTime = number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The reading at the given local date and time; months are 1–12. */
export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0): WallTime {
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** The zone's offset from UTC in milliseconds at `instant`. */
export function utcOffsetAt(timeZone: string, instant: number): number {
  return zoneOffsets(timeZone).at(instant);
}

/** What the zone's clock shows at `instant`. */
export function wallTimeAt(timeZone: string, instant: number): WallTime {
  return instant + zoneOffsets(timeZone).at(instant);
}

/** The instant the reading denotes in `timeZone` (see the rule at the top of this file). */
export function instantAt(timeZone: string, wall: WallTime): number {
  const offsets = zoneOffsets(timeZone);
  // Offsets stay within ±14 h, so the instant lies within a day of `wall`; with no zone changing
  // offset twice within two days, the offsets a day either side are the only two in play.
  const before = offsets.at(wall - DAY_MS);
  const after = offsets.at(wall + DAY_MS);
  const early = wall - Math.max(before, after);
  const late = wall - Math.min(before, after);
  const earlyShows = offsets.at(early) === Math.max(before, after);
  const lateShows = offsets.at(late) === Math.min(before, after);
  // In an overlap both candidates show the reading; the earlier instant is the first occurrence.
  if (earlyShows) return early;
  if (lateShows) return late;
  // In a gap neither does: the clock jumped from below `wall` to above it at a transition in
  // (early, late], and that transition is the first instant showing `wall` or later.
  let lo = early;
  let hi = late;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + offsets.at(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Throws a RangeError unless `timeZone` is an IANA zone the runtime knows. */
export function assertTimeZone(timeZone: string): void {
  zoneOffsets(timeZone);
}

// Asking Intl for an offset costs about 13 µs through Luxon, and resolving two years of a schedule
// asks tens of thousands of times, so offsets are kept per UTC day: the offsets at the day's two
// ends and, when they differ, the transition instant (found to the second, tzdb's resolution).
// This assumes a zone changes offset at most once in a UTC day; real changes are months apart.
interface DayOffsets {
  readonly before: number;
  readonly after: number;
  /** First instant with the `after` offset; only meaningful when `before !== after`. */
  readonly transition: number;
}

// Bounded so that a long-running process asked about many distant dates does not grow forever.
const MAX_CACHED_DAYS = 50_000;

class ZoneOffsets {
  private readonly zone: IANAZone;
  private readonly days = new Map<number, DayOffsets>();

  constructor(timeZone: string) {
    this.zone = IANAZone.create(timeZone);
  }

  at(instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    let entry = this.days.get(day);
    if (entry === undefined) {
      if (this.days.size >= MAX_CACHED_DAYS) this.days.clear();
      entry = this.measure(day);
      this.days.set(day, entry);
    }
    return instant < entry.transition ? entry.before : entry.after;
  }

  private measure(day: number): DayOffsets {
    const start = day * DAY_MS;
    const end = start + DAY_MS;
    const before = this.raw(start);
    const after = this.raw(end);
    if (before === after) return { before, after, transition: start };
    // Whole seconds: Intl reports offsets to the second, and tzdb transitions fall on seconds.
    let lo = start / 1000;
    let hi = end / 1000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.raw(mid * 1000) === before) lo = mid;
      else hi = mid;
    }
    return { before, after, transition: hi * 1000 };
  }

  private raw(instant: number): number {
    return Math.round(this.zone.offset(instant) * MINUTE_MS);
  }
}

const zones = new Map<string, ZoneOffsets>();

function zoneOffsets(timeZone: string): ZoneOffsets {
  let offsets = zones.get(timeZone);
  if (offsets === undefined) {
    if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
    offsets = new ZoneOffsets(timeZone);
    zones.set(timeZone, offsets);
  }
  return offsets;
}
