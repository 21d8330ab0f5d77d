import type { Actor } from '../audit/audit-log.js';
import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { checkReferences, throwProblems } from './input-errors.js';
import { CONFIG_AUTHOR, deleteOverride, insertOverride, type OverrideInput } from './override-store.js';
import { iso } from '../core/db/row-codec.js';

export interface OverrideView {
  readonly id: string;
  readonly user: { readonly id: string; readonly name: string };
  readonly start: string;
  readonly end: string;
  /** `config` for overrides `vigil.yaml` makes (apply replaces those), else who made it. */
  readonly created_by: string;
  readonly created_at: string;
}

/** The overrides of a schedule that overlap [from, to) (to: open-ended when absent), by start. */
export async function listOverrides(db: Kysely<Schema>, scheduleId: string, range: { from: number; to?: number }): Promise<OverrideView[]> {
  let query = db
    .selectFrom('schedule_overrides')
    .innerJoin('users', 'users.id', 'schedule_overrides.user_id')
    .select(['schedule_overrides.id', 'user_id', 'users.name', 'start_at', 'end_at', 'created_by', 'schedule_overrides.created_at'])
    .where('schedule_id', '=', scheduleId)
    .where('end_at', '>', range.from);
  if (range.to !== undefined) query = query.where('start_at', '<', range.to);
  const rows = await query.orderBy('start_at').orderBy('schedule_overrides.created_at').orderBy('schedule_overrides.id').execute();
  return rows.map((r) => ({
    id: r.id,
    user: { id: r.user_id, name: r.name },
    start: iso(r.start_at),
    end: iso(r.end_at),
    created_by: r.created_by,
    created_at: iso(r.created_at),
  }));
}

async function requireSchedule(db: Kysely<Schema>, id: string): Promise<void> {
  const schedule = await db.selectFrom('schedules').select('id').where('id', '=', id).executeTakeFirst();
  if (!schedule) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
}

/**
 * Overrides made through the API. They win over every layer, and a later override wins over an
 * earlier one where they overlap; `vigil apply` never deletes them.
 */
export class OverrideService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list(scheduleId: string, range: { from: number; to?: number }): Promise<OverrideView[]> {
    await requireSchedule(this.db, scheduleId);
    return listOverrides(this.db, scheduleId, range);
  }

  async add(scheduleId: string, input: OverrideInput, who: Actor): Promise<OverrideView> {
    if (input.end <= input.start) {
      throwProblems('body', [{ path: ['end'], message: `is not after start (${iso(input.start)})` }]);
    }
    await requireSchedule(this.db, scheduleId);
    await checkReferences(this.db, [{ table: 'users', id: input.user, path: 'body.user' }]);
    const now = this.runtime.clock.now();
    const id = await this.db.transaction().execute((tx) => insertOverride(tx, who, now, scheduleId, input, who.actor));
    const [view] = (await listOverrides(this.db, scheduleId, { from: input.start, to: input.end })).filter((o) => o.id === id);
    return view!;
  }

  /** Overrides `vigil.yaml` made are left to the file: the next apply would bring them back. */
  async remove(scheduleId: string, overrideId: string, who: Actor): Promise<void> {
    await requireSchedule(this.db, scheduleId);
    await this.db.transaction().execute(async (tx) => {
      const override = await tx.selectFrom('schedule_overrides').select('created_by').where('schedule_id', '=', scheduleId).where('id', '=', overrideId).executeTakeFirst();
      if (!override) throw new VigilError('VIGIL_OVERRIDE_NOT_FOUND', `schedule "${scheduleId}" has no override "${overrideId}"`);
      if (override.created_by === CONFIG_AUTHOR) {
        throw new VigilError('VIGIL_CONFLICT', `override "${overrideId}" comes from the configuration file; remove it there and apply the file`);
      }
      await deleteOverride(tx, who, this.runtime.clock.now(), scheduleId, overrideId);
    });
  }
}
