import ical from 'ical-generator';
import { VigilError } from '../core/errors.js';
import { hashSecret, newId, newSecret } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { userNames } from './oncall-service.js';
import { resolveSchedule } from './schedule-resolver.js';
import { loadSchedules, type StoredSchedule } from './schedule-store.js';
import type { Shift } from './schedule-types.js';

const DAY_MS = 86_400_000;
/** What a feed shows: the last week and the next sixty days. */
export const FEED_PAST_MS = 7 * DAY_MS;
export const FEED_AHEAD_MS = 60 * DAY_MS;
/**
 * Shifts are resolved this much beyond the window on either side, so a shift that crosses the
 * window's edge keeps its real start and end in the calendar instead of being cut at the edge.
 */
const MARGIN_MS = 14 * DAY_MS;

export interface CreatedFeed {
  readonly id: string;
  /** Shown once; only its digest is stored. */
  readonly secret: string;
}

type Owner = { readonly kind: 'schedule'; readonly id: string } | { readonly kind: 'user'; readonly id: string };

/**
 * iCalendar feeds of shifts, for a schedule or for one user across every schedule. Calendar
 * apps cannot send a bearer token, so the URL's secret is the credential: it is random, stored
 * as a SHA-256 digest, and a revoked feed answers as if it never existed.
 */
export class CalendarFeedService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async create(owner: Owner, actor: string): Promise<CreatedFeed> {
    const table = owner.kind === 'schedule' ? 'schedules' : 'users';
    const found = await this.db.selectFrom(table).select('id').where('id', '=', owner.id).executeTakeFirst();
    if (!found) {
      throw owner.kind === 'schedule'
        ? new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${owner.id}"`)
        : new VigilError('VIGIL_USER_NOT_FOUND', `no user "${owner.id}"`);
    }
    const id = newId('cal');
    const secret = newSecret();
    await this.db
      .insertInto('calendar_feeds')
      .values({
        id,
        token_hash: hashSecret(secret),
        schedule_id: owner.kind === 'schedule' ? owner.id : null,
        user_id: owner.kind === 'user' ? owner.id : null,
        created_by: actor,
        created_at: this.runtime.clock.now(),
        revoked_at: null,
      })
      .execute();
    return { id, secret };
  }

  async revoke(id: string): Promise<void> {
    const updated = await this.db.updateTable('calendar_feeds').set({ revoked_at: this.runtime.clock.now() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return;
    const feed = await this.db.selectFrom('calendar_feeds').select('id').where('id', '=', id).executeTakeFirst();
    // Revoking twice is harmless; an id that never existed is an error worth reporting.
    if (!feed) throw new VigilError('VIGIL_CALENDAR_FEED_NOT_FOUND', `no calendar feed "${id}"`);
  }

  /** The feed's calendar text, or VIGIL_CALENDAR_FEED_NOT_FOUND for an unknown or revoked secret. */
  async render(secret: string): Promise<string> {
    const feed = await this.db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', hashSecret(secret)).where('revoked_at', 'is', null).executeTakeFirst();
    if (!feed) throw new VigilError('VIGIL_CALENDAR_FEED_NOT_FOUND', 'no calendar feed at this address; it may have been revoked');
    const now = this.runtime.clock.now();
    const from = now - FEED_PAST_MS;
    const to = now + FEED_AHEAD_MS;
    const range = { from: from - MARGIN_MS, to: to + MARGIN_MS };

    const ids = feed.schedule_id !== null ? [feed.schedule_id] : (await this.db.selectFrom('schedules').select('id').execute()).map((r) => r.id);
    const schedules = [...(await loadSchedules(this.db, ids, range)).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const shifts = schedules.flatMap((schedule) =>
      resolveSchedule(schedule, range.from, range.to)
        .filter((s) => s.end > from && s.start < to && (feed.user_id === null || s.userId === feed.user_id))
        .map((shift) => ({ schedule, shift })),
    );
    const user = await userNames(this.db, shifts.map((s) => s.shift));
    const owner = feed.user_id !== null ? user(feed.user_id).name : schedules[0]?.name ?? feed.schedule_id ?? '';

    const calendar = ical({ name: `On call: ${owner}`, prodId: { company: 'Vigil', product: 'Vigil' } });
    for (const { schedule, shift } of shifts.sort((a, b) => a.shift.start - b.shift.start || (a.schedule.id < b.schedule.id ? -1 : 1))) {
      calendar.createEvent({
        id: eventId(schedule, shift),
        start: new Date(shift.start),
        end: new Date(shift.end),
        stamp: new Date(now),
        summary: feed.user_id !== null ? `On call: ${schedule.name}` : `${user(shift.userId).name} on call (${schedule.name})`,
        description: describeSource(schedule, shift),
      });
    }
    return calendar.toString();
  }
}

/** Stable across fetches while the shift is unchanged, so calendar apps update rather than duplicate. */
function eventId(schedule: StoredSchedule, shift: Shift): string {
  return `${schedule.id}.${shift.source}.${shift.userId}.${shift.start}@vigil`;
}

function describeSource(schedule: StoredSchedule, shift: Shift): string {
  if (shift.source.startsWith('override:')) return `Override on ${schedule.name}`;
  const layer = schedule.layers.find((l) => l.id === shift.source);
  return layer?.name ? `${schedule.name}, layer ${layer.name}` : schedule.name;
}
