import { DateTime } from 'luxon';

/**
 * Instants in a named IANA zone, for on-call screens. Zones, never offsets: every instant gets
 * the offset its zone had at that instant (Luxon looks it up), so a shift across a daylight-saving
 * change reads right in both the viewer's zone and the schedule's. Times are 24-hour.
 */

type Instant = string | number;

function at(instant: Instant, zone: string): DateTime {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return DateTime.fromMillis(ms, { zone });
}

/** "Fri 4 Dec, 11:42". */
export function formatDayTime(instant: Instant, zone: string): string {
  return at(instant, zone).toFormat('ccc d LLL, HH:mm');
}

/** "11:42". */
export function formatClock(instant: Instant, zone: string): string {
  return at(instant, zone).toFormat('HH:mm');
}

/**
 * When something happens, as a person reads it against now: "today 17:00", "tomorrow 09:00",
 * "Mon 09:00" within the coming week, else "Mon 14 Dec, 09:00". Days are the zone's calendar days.
 */
export function formatWhen(instant: Instant, now: number, zone: string): string {
  const when = at(instant, zone);
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const days = Math.round(when.startOf('day').diff(today, 'days').days);
  const clock = when.toFormat('HH:mm');
  if (days === 0) return `today ${clock}`;
  if (days === 1) return `tomorrow ${clock}`;
  if (days === -1) return `yesterday ${clock}`;
  if (days > 1 && days < 7) return `${when.toFormat('ccc')} ${clock}`;
  return when.toFormat('ccc d LLL, HH:mm');
}

/** A range against now: "Mon 15:00 – 23:00", "today 23:00 – Mon 09:00". */
export function formatWhenRange(start: Instant, end: Instant, now: number, zone: string): string {
  const from = at(start, zone);
  const to = at(end, zone);
  return `${formatWhen(start, now, zone)} – ${from.hasSame(to, 'day') ? to.toFormat('HH:mm') : formatWhen(end, now, zone)}`;
}

/**
 * A range in one zone: "Fri 4 Dec, 11:42 – 13:42" within a day, else
 * "Fri 4 Dec, 11:42 – Sat 5 Dec, 09:00". A range ending at midnight ends "24:00" of its day.
 */
export function formatRange(start: Instant, end: Instant, zone: string): string {
  const from = at(start, zone);
  const to = at(end, zone);
  const sameDay = from.hasSame(to, 'day');
  const endsAtMidnight = !sameDay && to.toFormat('HH:mm') === '00:00' && to.minus({ days: 1 }).hasSame(from, 'day');
  if (sameDay) return `${from.toFormat('ccc d LLL, HH:mm')} – ${to.toFormat('HH:mm')}`;
  if (endsAtMidnight) return `${from.toFormat('ccc d LLL, HH:mm')} – 24:00`;
  return `${from.toFormat('ccc d LLL, HH:mm')} – ${to.toFormat('ccc d LLL, HH:mm')}`;
}

/** The zone's short name at that instant, for a reader who knows "EST" better than the IANA name. */
export function zoneAbbreviation(instant: Instant, zone: string): string {
  return at(instant, zone).toFormat('ZZZZ');
}

/** Whether `zone` is an IANA zone this browser knows. */
export function isKnownZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}
