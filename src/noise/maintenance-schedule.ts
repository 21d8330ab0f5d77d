import { DateTime, IANAZone } from 'luxon';
import type { AlertEvent } from '../alerts/alert-event.js';
import type { Hold, HoldRules } from '../alerts/holds.js';

/**
 * Maintenance windows' occurrences, pure. A one-off window has one occurrence, its start and end.
 * A weekly one repeats its first occurrence every week at the same wall-clock time in its time
 * zone (a 02:00 window stays at 02:00 across daylight saving), each lasting as long as the first.
 */

export const WEEK_MS = 7 * 86_400_000;
/** A window lasts at most a year; a weekly one less than a week, so occurrences never overlap. */
export const MAX_WINDOW_MS = 366 * 86_400_000;

export interface WindowSpec {
  readonly id: string;
  readonly services: readonly string[];
  readonly startsAt: number;
  readonly endsAt: number;
  readonly reason: string;
  readonly repeat: 'weekly' | null;
  readonly timeZone: string;
}

export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

/** The hold reference of one occurrence: `mw_…:<occurrence start ms>`. */
export function occurrenceRef(windowId: string, start: number): string {
  return `${windowId}:${start}`;
}

/** The k-th occurrence (0 = the first). */
export function occurrenceNumber(window: WindowSpec, k: number): Occurrence {
  if (window.repeat === null || k === 0) return { start: window.startsAt, end: window.endsAt };
  const start = DateTime.fromMillis(window.startsAt, { zone: window.timeZone }).plus({ weeks: k }).toMillis();
  return { start, end: start + (window.endsAt - window.startsAt) };
}

/** The occurrence in force at `now` (start ≤ now < end), or null. */
export function occurrenceAt(window: WindowSpec, now: number): Occurrence | null {
  const next = nextOccurrence(window, now);
  return next !== null && next.start <= now ? next : null;
}

/** The first occurrence that has not ended at `now` (the current one, else the next), or null when none is left. */
export function nextOccurrence(window: WindowSpec, now: number): Occurrence | null {
  if (window.repeat === null) return window.endsAt > now ? { start: window.startsAt, end: window.endsAt } : null;
  if (now < window.endsAt) return occurrenceNumber(window, 0);
  // Offsets change by hours, weeks are days: the estimate is within one of the answer.
  const estimate = Math.max(0, Math.floor((now - window.startsAt) / WEEK_MS));
  for (let k = Math.max(0, estimate - 1); k <= estimate + 2; k++) {
    const occurrence = occurrenceNumber(window, k);
    if (occurrence.end > now) return occurrence;
  }
  return null;
}

/** The occurrence that starts at `start`, if the window (as it is now) has one there. */
export function occurrenceStartingAt(window: WindowSpec, start: number): Occurrence | null {
  const found = nextOccurrence(window, start);
  return found !== null && found.start === start ? found : null;
}

/** Whether the zone is a time zone luxon knows (IANA names such as Europe/Berlin). */
export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** What is wrong with a window's times, as paths under the request body. */
export function windowProblems(window: Pick<WindowSpec, 'startsAt' | 'endsAt' | 'repeat' | 'timeZone'>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!isTimeZone(window.timeZone)) problems.push({ path: 'body.time_zone', message: `"${window.timeZone}" is not a time zone; use an IANA name such as Europe/Berlin or UTC` });
  if (window.endsAt <= window.startsAt) problems.push({ path: 'body.ends_at', message: 'must be after starts_at' });
  else if (window.repeat === 'weekly' && window.endsAt - window.startsAt >= WEEK_MS) problems.push({ path: 'body.ends_at', message: 'a weekly window must last less than a week' });
  else if (window.endsAt - window.startsAt > MAX_WINDOW_MS) problems.push({ path: 'body.ends_at', message: 'a maintenance window may last at most 366 days; make it weekly, or several' });
  return problems;
}

/** The windows in force at or after a time, by service, for the per-alert check. */
export class MaintenanceRules implements HoldRules {
  private readonly byService = new Map<string, WindowSpec[]>();

  constructor(windows: readonly WindowSpec[]) {
    for (const window of windows) {
      for (const service of new Set(window.services)) {
        const list = this.byService.get(service);
        if (list) list.push(window);
        else this.byService.set(service, [window]);
      }
    }
  }

  /**
   * Each window's next occurrence as last computed, and from when: it stays the answer for any
   * later instant before its end, so a storm of alerts pays for the zone arithmetic once.
   */
  private readonly upcoming = new Map<string, { readonly from: number; readonly next: Occurrence | null }>();

  private nextOf(window: WindowSpec, now: number): Occurrence | null {
    const cached = this.upcoming.get(window.id);
    if (cached && now >= cached.from && (cached.next === null || now < cached.next.end)) return cached.next;
    const next = nextOccurrence(window, now);
    this.upcoming.set(window.id, { from: now, next });
    return next;
  }

  /** The windows of a service in force at `now`, each with its occurrence. */
  activeFor(serviceId: string, now: number): { window: WindowSpec; occurrence: Occurrence }[] {
    const found: { window: WindowSpec; occurrence: Occurrence }[] = [];
    for (const window of this.byService.get(serviceId) ?? []) {
      const occurrence = this.nextOf(window, now);
      if (occurrence && occurrence.start <= now) found.push({ window, occurrence });
    }
    return found;
  }

  /** The occurrence holding the service's alerts now (the one ending last), or null. */
  holdFor(serviceId: string, _event: AlertEvent, now: number): Hold | null {
    let best: { window: WindowSpec; occurrence: Occurrence } | null = null;
    for (const active of this.activeFor(serviceId, now)) {
      if (best === null || active.occurrence.end > best.occurrence.end) best = active;
    }
    if (best === null) return null;
    return { kind: 'maintenance', ref: occurrenceRef(best.window.id, best.occurrence.start), label: best.window.reason, until: best.occurrence.end };
  }
}
