import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Schema } from '../core/db/schema.js';
import { newId } from '../core/ids.js';
import { iso } from '../core/db/row-codec.js';

/**
 * The one writer of `schedule_overrides`. The API and `vigil apply` both write through here,
 * inside their own transaction, so each override added or removed is one audit entry
 * (`override.create`, `override.delete`) whichever way it changed. Inputs are checked by the
 * caller first (the schedule and user exist, end after start).
 */

/** `created_by` of the overrides `vigil.yaml` makes: apply replaces these and no others. */
export const CONFIG_AUTHOR = 'config';

export interface OverrideInput {
  readonly user: string;
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
}

/** Adds an override; `createdBy` is who it belongs to (the actor, or `config` for the file's). Returns its id. */
export async function insertOverride(tx: Kysely<Schema>, who: Actor, now: number, scheduleId: string, input: OverrideInput, createdBy: string): Promise<string> {
  const id = newId('ovr');
  await tx
    .insertInto('schedule_overrides')
    .values({ id, schedule_id: scheduleId, user_id: input.user, start_at: input.start, end_at: input.end, created_by: createdBy, created_at: now })
    .execute();
  const after = { schedule: scheduleId, user: input.user, start: iso(input.start), end: iso(input.end) };
  await recordAudit(tx, who, now, { action: 'override.create', entityType: 'override', entityId: id, after });
  return id;
}

/**
 * Removes one override of the schedule; false when it has no such override. Whether it may be
 * removed is the caller's decision: the API leaves the file's overrides to the file.
 */
export async function deleteOverride(tx: Kysely<Schema>, who: Actor, now: number, scheduleId: string, overrideId: string): Promise<boolean> {
  const override = await tx
    .selectFrom('schedule_overrides')
    .select(['created_by', 'user_id', 'start_at', 'end_at'])
    .where('schedule_id', '=', scheduleId)
    .where('id', '=', overrideId)
    .executeTakeFirst();
  if (!override) return false;
  await tx.deleteFrom('schedule_overrides').where('id', '=', overrideId).execute();
  const before = { schedule: scheduleId, user: override.user_id, start: iso(override.start_at), end: iso(override.end_at), created_by: override.created_by };
  await recordAudit(tx, who, now, { action: 'override.delete', entityType: 'override', entityId: overrideId, before });
  return true;
}

/** The overrides the file made, in time order (ties by user id, by code unit on both databases). */
export async function configOverrides(db: Kysely<Schema>, scheduleId?: string) {
  let query = db.selectFrom('schedule_overrides').select(['id', 'schedule_id', 'user_id', 'start_at', 'end_at']).where('created_by', '=', CONFIG_AUTHOR);
  if (scheduleId !== undefined) query = query.where('schedule_id', '=', scheduleId);
  const rows = await query.execute();
  return rows.sort((a, b) => a.start_at - b.start_at || a.end_at - b.end_at || (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0));
}

/**
 * Makes the schedule's overrides from the file exactly `wanted`, matched by (user, start, end):
 * the ones no longer wanted are removed, new ones added, and overrides made through the API
 * stay. Returns whether anything changed.
 */
export async function replaceConfigOverrides(tx: Kysely<Schema>, who: Actor, now: number, scheduleId: string, wanted: readonly OverrideInput[]): Promise<boolean> {
  const key = (user: string, start: number, end: number) => `${user} ${start} ${end}`;
  const stored = await configOverrides(tx, scheduleId);
  const wantedKeys = new Set(wanted.map((o) => key(o.user, o.start, o.end)));
  const storedKeys = new Set(stored.map((o) => key(o.user_id, o.start_at, o.end_at)));
  const stale = stored.filter((o) => !wantedKeys.has(key(o.user_id, o.start_at, o.end_at)));
  const fresh = wanted.filter((o) => !storedKeys.has(key(o.user, o.start, o.end)));
  for (const override of stale) await deleteOverride(tx, who, now, scheduleId, override.id);
  for (const override of fresh) await insertOverride(tx, who, now, scheduleId, override, CONFIG_AUTHOR);
  return stale.length + fresh.length > 0;
}
