import { DateTime } from 'luxon';
import { parseDuration } from '../core/duration.js';
import { WEEKDAYS, type Rotation, type Weekday } from './schedule-types.js';
import { instantAt, wallTime } from './wall-clock.js';

/**
 * The text forms of schedule values, as `vigil.yaml` and the API write them, with their parsers
 * and formatters. Parsing then formatting gives the canonical text, which is what export
 * writes, so a file exported and applied again compares unchanged.
 */

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const TIME_OF_DAY_HINT = 'write times as "HH:MM" on a 24-hour clock, from "00:00" to "23:59"';

export function isTimeOfDay(text: string): boolean {
  return TIME_OF_DAY.test(text);
}

export interface Handoff {
  /** Weekly rotations may name the weekday their shifts change on. */
  readonly weekday: Weekday | null;
  /** "HH:MM" local. */
  readonly time: string;
}

export const HANDOFF_HINT = 'write "HH:MM" (e.g. "09:00"), or a weekday and a time for a weekly rotation (e.g. "monday 09:00")';

export function parseHandoff(text: string): Handoff | undefined {
  const match = /^(?:([a-z]+)\s+)?(\d\d:\d\d)$/i.exec(text.trim());
  if (!match || !isTimeOfDay(match[2]!)) return undefined;
  if (match[1] === undefined) return { weekday: null, time: match[2]! };
  const weekday = WEEKDAYS.find((d) => d === match[1]!.toLowerCase());
  return weekday === undefined ? undefined : { weekday, time: match[2]! };
}

export function formatHandoff(handoff: Handoff): string {
  return handoff.weekday === null ? handoff.time : `${handoff.weekday} ${handoff.time}`;
}

const HOUR_MS = 3_600_000;
export const ROTATION_HINT = 'write daily, weekly, a number of hours (e.g. 12h; whole hours from 1h) or a number of days (e.g. 3d)';

/**
 * `daily`, `weekly`, `3d` (every 3 calendar days, handing off at the same wall-clock time) or
 * `12h` (every 12 elapsed hours). Days are only whole days written in `d`, so `24h` stays
 * elapsed time and `1d` stays calendar days: the two differ on daylight-saving days.
 */
export function parseRotation(text: string): Rotation | undefined {
  const trimmed = text.trim();
  if (trimmed === 'daily' || trimmed === 'weekly') return { kind: trimmed };
  const days = /^(\d+)d$/.exec(trimmed);
  if (days) {
    const every = Number(days[1]);
    return every >= 1 ? { kind: 'days', every } : undefined;
  }
  const ms = parseDuration(trimmed);
  if (ms === undefined || ms < HOUR_MS || ms % HOUR_MS !== 0) return undefined;
  return { kind: 'hours', every: ms / HOUR_MS };
}

export function formatRotation(rotation: Rotation): string {
  switch (rotation.kind) {
    case 'daily':
    case 'weekly':
      return rotation.kind;
    case 'days':
      return `${rotation.every}d`;
    case 'hours':
      return `${rotation.every}h`;
  }
}

export interface LocalStart {
  /** "YYYY-MM-DD". */
  readonly date: string;
  /** "HH:MM", when the start was written as a date-time. */
  readonly time: string | null;
}

export const LOCAL_START_HINT = 'write a local date such as 2026-01-05, or a local date and time such as 2026-01-05T09:00, in the schedule\'s time zone';

export function parseLocalStart(text: string): LocalStart | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(text.trim());
  if (!match || !DateTime.fromISO(match[1]!, { zone: 'UTC' }).isValid) return undefined;
  const time = match[2] ?? null;
  if (time !== null && !isTimeOfDay(time)) return undefined;
  return { date: match[1]!, time };
}

export function formatLocalStart(start: LocalStart): string {
  return start.time === null ? start.date : `${start.date}T${start.time}`;
}

/** The weekday of a local date ("2026-01-05" is a monday). */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[DateTime.fromISO(date, { zone: 'UTC' }).weekday - 1]!;
}

/** The first date on or after `date` that falls on `weekday`. */
export function nextWeekday(date: string, weekday: Weekday): string {
  const from = DateTime.fromISO(date, { zone: 'UTC' });
  const ahead = (WEEKDAYS.indexOf(weekday) + 1 - from.weekday + 7) % 7;
  return from.plus({ days: ahead }).toISODate()!;
}

/** The instant a local date at a local time denotes in a zone, by the resolver's rule. */
export function localInstant(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return instantAt(timeZone, wallTime(year, month, day, hour, minute));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const INSTANT_HINT = 'write an ISO 8601 date-time with its UTC offset, e.g. 2026-03-01T09:00:00-05:00 or 2026-03-01T14:00:00Z';

/** An ISO 8601 date-time with an offset or `Z`: without one, the instant would be ambiguous. */
export function parseInstant(text: string): number | undefined {
  const trimmed = text.trim();
  if (!INSTANT.test(trimmed)) return undefined;
  const parsed = DateTime.fromISO(trimmed, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

/** UTC, without milliseconds when there are none: `2026-03-01T14:00:00Z`. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
