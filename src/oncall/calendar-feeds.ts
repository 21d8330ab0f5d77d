import ical from 'ical-generator';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Principal } from '../access/roles.js';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import { bool, iso } from '../core/db/row-codec.js';
import type { CalendarFeedsTable, Schema } from '../core/db/schema.js';
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

export interface FeedView {
  readonly id: string;
  readonly schedule: string | null;
  readonly user: string | null;
  readonly created_by: string;
  readonly created_at: string;
  /** False once its creator is deleted or its creating service token revoked or expired: it answers 404. */
  readonly serving: boolean;
}

/**
 * Whether the feed's creator still stands: `user:<id>` while that user exists; `token:<name>`
 * (a service token) while a service token of that name is neither revoked nor expired. A feed
 * is a credential its creator handed out, so it goes when they do. Anything else made no feed.
 */
function creatorStands(now: number) {
  return (eb: ExpressionBuilder<Schema & { f: CalendarFeedsTable }, 'f'>) =>
    eb.or([
      eb.and([
        eb('f.created_by', 'like', 'user:%'),
        eb.exists(eb.selectFrom('users').select('users.id').where('users.id', '=', sql<string>`substr(f.created_by, 6)`)),
      ]),
      eb.and([
        eb('f.created_by', 'like', 'token:%'),
        eb.exists(
          eb
            .selectFrom('api_tokens')
            .select('api_tokens.id')
            .where('api_tokens.user_id', 'is', null)
            .where('api_tokens.name', '=', sql<string>`substr(f.created_by, 7)`)
            .where('api_tokens.revoked_at', 'is', null)
            .where((tb) => tb.or([tb('api_tokens.expires_at', 'is', null), tb('api_tokens.expires_at', '>', now)])),
        ),
      ]),
    ]);
}

/** What the audit log keeps of a feed: never its secret or the secret's digest. */
function auditView(feed: { schedule_id: string | null; user_id: string | null; created_by: string }) {
  return { schedule: feed.schedule_id, user: feed.user_id, created_by: feed.created_by };
}

const feeds = (db: Kysely<Schema>) => db.selectFrom('calendar_feeds as f');

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

  async create(owner: Owner, who: Actor): Promise<CreatedFeed> {
    const table = owner.kind === 'schedule' ? 'schedules' : 'users';
    const found = await this.db.selectFrom(table).select('id').where('id', '=', owner.id).executeTakeFirst();
    if (!found) {
      throw owner.kind === 'schedule'
        ? new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${owner.id}"`)
        : new VigilError('VIGIL_USER_NOT_FOUND', `no user "${owner.id}"`);
    }
    const id = newId('cal');
    const secret = newSecret();
    const now = this.runtime.clock.now();
    const row = {
      id,
      token_hash: hashSecret(secret),
      schedule_id: owner.kind === 'schedule' ? owner.id : null,
      user_id: owner.kind === 'user' ? owner.id : null,
      created_by: who.actor,
      created_at: now,
      revoked_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('calendar_feeds').values(row).execute();
      await recordAudit(trx, who, now, { action: 'calendar_feed.create', entityType: 'calendar_feed', entityId: id, after: auditView(row) });
    });
    return { id, secret };
  }

  async revoke(id: string, who: Actor): Promise<void> {
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const revoked = await trx.updateTable('calendar_feeds').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
      if (revoked) {
        await recordAudit(trx, who, now, { action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: id, before: auditView(revoked) });
        return;
      }
      const feed = await trx.selectFrom('calendar_feeds').select('id').where('id', '=', id).executeTakeFirst();
      // Revoking twice is harmless; an id that never existed is an error worth reporting.
      if (!feed) throw new VigilError('VIGIL_CALENDAR_FEED_NOT_FOUND', `no calendar feed "${id}"`);
    });
  }

  /**
   * Feeds not revoked, newest first: every one for an admin; for anyone else those they made,
   * and those of their own shifts made by no person (the ones they may revoke).
   */
  async list(principal: Principal): Promise<FeedView[]> {
    const now = this.runtime.clock.now();
    let query = feeds(this.db)
      .select(['f.id', 'f.schedule_id', 'f.user_id', 'f.created_by', 'f.created_at'])
      .select((eb) => eb.case().when(creatorStands(now)(eb)).then(1).else(0).end().as('serving'))
      .where('f.revoked_at', 'is', null);
    if (principal.role !== 'admin') {
      const userId = principal.userId;
      query = query.where((eb) =>
        eb.or([eb('f.created_by', '=', principal.actor), ...(userId === null ? [] : [eb.and([eb('f.user_id', '=', userId), eb('f.created_by', 'not like', 'user:%')])])]),
      );
    }
    const rows = await query.orderBy('f.created_at', 'desc').orderBy('f.id').execute();
    return rows.map((r) => ({
      id: r.id,
      schedule: r.schedule_id,
      user: r.user_id,
      created_by: r.created_by,
      created_at: iso(r.created_at),
      serving: bool(r.serving),
    }));
  }

  /**
   * The feed's calendar text, or VIGIL_CALENDAR_FEED_NOT_FOUND for an unknown or revoked secret
   * or one whose creator no longer stands: all three answer alike, so the answer tells a guesser
   * nothing.
   */
  async render(secret: string): Promise<string> {
    const now = this.runtime.clock.now();
    const feed = await feeds(this.db).selectAll('f').where('f.token_hash', '=', hashSecret(secret)).where('f.revoked_at', 'is', null).where(creatorStands(now)).executeTakeFirst();
    if (!feed) throw new VigilError('VIGIL_CALENDAR_FEED_NOT_FOUND', 'no calendar feed at this address; it may have been revoked');
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
