import { DateTime } from 'luxon';

/**
 * The arithmetic of a schedule's two-week view, kept pure so it is tested in node. It never works
 * out a rotation: who is on call comes from the server's resolver (`/schedules/{id}/shifts`);
 * this only places those intervals on days, finds the gaps between them, and paints one proposed
 * override on top for a preview (an override wins over every layer and every earlier override,
 * which needs no knowledge of rotations).
 */

export const WINDOW_DAYS = 14;

export interface Span {
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
}

export interface Person {
  readonly id: string;
  readonly name: string;
}

export interface TimedShift extends Span {
  readonly user: Person;
  /** A layer id, `override:<id>`, or `preview` for the override being drawn up. */
  readonly source: string;
}

export interface Day extends Span {
  /** "2026-03-29", the day's date in the viewer's zone. */
  readonly date: string;
  /** "Sun 29 Mar". */
  readonly label: string;
  /** 24, or 23/25 on a daylight-saving change. */
  readonly hours: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The viewer's date today, "2026-12-04". */
export function todayIn(zone: string, now: number): string {
  return DateTime.fromMillis(now, { zone }).toISODate() ?? '1970-01-01';
}

/**
 * The `?start=` of the address: a date, never an instant, so a shared link shows every viewer the
 * same days in their own zone. Anything that is not a real date falls back to today.
 */
export function readStartDate(value: string | null, zone: string, now: number): string {
  if (value !== null && DATE.test(value) && DateTime.fromISO(value, { zone }).isValid) return value;
  return todayIn(zone, now);
}

/** `date` moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/**
 * `count` days from `startDate`, each from the viewer's local midnight to the next: a day on which
 * the clocks change lasts 23 or 25 hours, and says so.
 */
export function windowDays(startDate: string, zone: string, count = WINDOW_DAYS): Day[] {
  const first = DateTime.fromISO(startDate, { zone }).startOf('day');
  return Array.from({ length: count }, (_, i) => {
    const day = first.plus({ days: i });
    const next = first.plus({ days: i + 1 });
    return {
      start: day.toMillis(),
      end: next.toMillis(),
      date: day.toISODate() ?? startDate,
      label: day.toFormat('ccc d LLL'),
      hours: Math.round(next.diff(day, 'hours').hours),
      weekday: day.weekday,
    };
  });
}

/** Where a span sits in [from, to), as percentages of the width, clipped to the window. */
export function place(span: Span, window: Span): { left: number; width: number } | null {
  const start = Math.max(span.start, window.start);
  const end = Math.min(span.end, window.end);
  if (end <= start) return null;
  const total = window.end - window.start;
  return { left: ((start - window.start) / total) * 100, width: ((end - start) / total) * 100 };
}

/** The stretches of `window` no shift covers: drawn hatched, "No one on call". */
export function gaps(shifts: readonly Span[], window: Span): Span[] {
  const sorted = [...shifts].sort((a, b) => a.start - b.start);
  const found: Span[] = [];
  let cursor = window.start;
  for (const shift of sorted) {
    if (shift.end <= cursor) continue;
    if (shift.start >= window.end) break;
    if (shift.start > cursor) found.push({ start: cursor, end: shift.start });
    cursor = Math.max(cursor, shift.end);
  }
  if (cursor < window.end) found.push({ start: cursor, end: window.end });
  return found;
}

/** The shifts that overlap `span`, clipped to it. */
export function clip<T extends Span>(shifts: readonly T[], span: Span): T[] {
  return shifts.flatMap((s) => (s.end <= span.start || s.start >= span.end ? [] : [{ ...s, start: Math.max(s.start, span.start), end: Math.min(s.end, span.end) }]));
}

/**
 * The Final row with a new override on top: it wins over everything in its range, as the
 * server's resolver will have it (a later override wins over an earlier one).
 */
export function withOverride(shifts: readonly TimedShift[], override: TimedShift): TimedShift[] {
  const kept = shifts.flatMap((s): TimedShift[] => {
    if (s.end <= override.start || s.start >= override.end) return [s];
    const parts: TimedShift[] = [];
    if (s.start < override.start) parts.push({ ...s, end: override.start });
    if (s.end > override.end) parts.push({ ...s, start: override.end });
    return parts;
  });
  return [...kept, override].sort((a, b) => a.start - b.start);
}

/** Whole hours and minutes: "2 h", "45 min", "7 d 3 h". */
export function formatLength(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 && d === 0 ? `${m} min` : ''].filter((p) => p !== '');
  return parts.length === 0 ? '0 min' : parts.join(' ');
}

/** The value of a `datetime-local` field for an instant in `zone`: "2026-12-04T11:42". */
export function toLocalInput(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/**
 * The instant a `datetime-local` value names in `zone`, or null when it is empty or no date. A
 * wall time that does not exist (inside a spring-forward gap) moves forward, as Luxon does.
 */
export function fromLocalInput(value: string, zone: string): number | null {
  if (value.trim() === '') return null;
  const parsed = DateTime.fromISO(value, { zone });
  return parsed.isValid ? parsed.toMillis() : null;
}

/** Whether a wall time in `zone` was moved because it does not exist there (clocks jumped past it). */
export function isSkippedWallTime(value: string, zone: string): boolean {
  const parsed = DateTime.fromISO(value, { zone });
  if (!parsed.isValid) return false;
  return parsed.toFormat("yyyy-LL-dd'T'HH:mm") !== value.slice(0, 16);
}
