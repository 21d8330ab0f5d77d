import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { layerShifts, onCallAt, resolveSchedule } from './schedule-resolver.js';
import { loadSchedule, loadSchedules } from './schedule-store.js';
import type { Shift } from './schedule-types.js';

const DAY_MS = 86_400_000;

/**
 * How far around an instant overrides are loaded to answer "who is on call". Only overrides
 * inside the current rotation period can cut the shift that holds the instant, so a year either
 * side answers exactly for every period up to a year long, without reading years of history.
 */
const ON_CALL_WINDOW_MS = 366 * DAY_MS;

export interface UserRef {
  readonly id: string;
  /** The id again when the user no longer exists. */
  readonly name: string;
}

export interface ShiftView {
  readonly user: UserRef;
  readonly start: string;
  readonly end: string;
  /** The layer id, or `override:<id>`. */
  readonly source: string;
}

export interface OnCallEntry {
  readonly schedule: { readonly id: string; readonly name: string; readonly team: string | null };
  /** Null when nobody is on call on the schedule at that instant. */
  readonly user: UserRef | null;
  readonly shift: { readonly start: string; readonly end: string; readonly source: string } | null;
}

export interface OnCallFilter {
  readonly scheduleIds?: readonly string[] | undefined;
  readonly teamIds?: readonly string[] | undefined;
  readonly userIds?: readonly string[] | undefined;
}

export async function userNames(db: Kysely<Schema>, shifts: readonly Pick<Shift, 'userId'>[]): Promise<(id: string) => UserRef> {
  const ids = [...new Set(shifts.map((s) => s.userId))];
  const rows = ids.length === 0 ? [] : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => ({ id, name: names.get(id) ?? id });
}

/** Shifts and who is on call: the resolver over stored schedules. */
export class OnCallService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  /**
   * The effective shifts in [from, to), clipped to the range; with `layers`, also each layer's
   * own shifts before precedence, so a timeline can show what every layer contributes.
   */
  async shifts(scheduleId: string, from: number, to: number, options: { layers?: boolean } = {}): Promise<{
    schedule: { id: string; name: string; time_zone: string };
    shifts: ShiftView[];
    layers?: { id: string; name: string | null; shifts: ShiftView[] }[];
  }> {
    const schedule = await loadSchedule(this.db, scheduleId, { from, to });
    if (!schedule) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${scheduleId}"`);
    const shifts = resolveSchedule(schedule, from, to);
    const layers = options.layers ? schedule.layers.map((layer) => ({ layer, shifts: layerShifts(layer, schedule.timeZone, from, to) })) : undefined;
    const user = await userNames(this.db, [...shifts, ...(layers ?? []).flatMap((l) => l.shifts)]);
    const view = (s: Shift): ShiftView => ({ user: user(s.userId), start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), source: s.source });
    return {
      schedule: { id: schedule.id, name: schedule.name, time_zone: schedule.timeZone },
      shifts: shifts.map(view),
      ...(layers === undefined ? {} : { layers: layers.map(({ layer, shifts: own }) => ({ id: layer.id, name: layer.name, shifts: own.map(view) })) }),
    };
  }

  /**
   * Who is on call at `at` on each schedule the filter selects (all when it selects nothing),
   * by schedule id. With a user filter, only that user's entries.
   */
  async at(at: number, filter: OnCallFilter = {}): Promise<OnCallEntry[]> {
    let query = this.db.selectFrom('schedules').select('id');
    if (filter.scheduleIds?.length) query = query.where('id', 'in', [...filter.scheduleIds]);
    if (filter.teamIds?.length) query = query.where('team_id', 'in', [...filter.teamIds]);
    // Sorted here, not in SQL: by code unit on both databases, whatever their collation.
    const ids = (await query.execute()).map((r) => r.id).sort();
    const schedules = await loadSchedules(this.db, ids, { from: at - ON_CALL_WINDOW_MS, to: at + ON_CALL_WINDOW_MS });
    const found = ids.flatMap((id) => {
      const schedule = schedules.get(id);
      return schedule ? [{ schedule, shift: onCallAt(schedule, at) }] : [];
    });
    const wanted = filter.userIds?.length ? found.filter((f) => f.shift !== null && filter.userIds!.includes(f.shift.userId)) : found;
    const user = await userNames(this.db, wanted.flatMap((f) => (f.shift ? [f.shift] : [])));
    return wanted.map(({ schedule, shift }) => ({
      schedule: { id: schedule.id, name: schedule.name, team: schedule.teamId },
      user: shift ? user(shift.userId) : null,
      shift: shift ? { start: new Date(shift.start).toISOString(), end: new Date(shift.end).toISOString(), source: shift.source } : null,
    }));
  }
}
