import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Schema, ScheduleLayerRow, ScheduleLayersTable } from '../core/db/schema.js';
import { newId } from '../core/ids.js';
import { changedFields } from '../core/changed-fields.js';
import { layerInput, readLayer, sameLayer, type LayerInput, type LayerValues } from './layer-input.js';
import type { Layer, Restriction, Rotation, ScheduleDefinition } from './schedule-types.js';
import { iso } from '../core/db/row-codec.js';

/**
 * Schedules as stored: what the resolver loads, and the one writer of `schedules` and
 * `schedule_layers`. The API and `vigil apply` both write through here, inside their own
 * transaction, so the rows and the audit entry (`schedule.create|update|delete`) are the same
 * whichever way a schedule changes. Inputs are checked by the caller first (zone, `readLayer`,
 * references): the store only writes. Overrides have their own store (`override-store.ts`).
 */

export interface StoredSchedule extends ScheduleDefinition {
  readonly name: string;
  readonly description: string | null;
  readonly teamId: string | null;
}

export function rotationFromRow(row: Pick<ScheduleLayerRow, 'rotation_kind' | 'rotation_every'>): Rotation {
  switch (row.rotation_kind) {
    case 'daily':
    case 'weekly':
      return { kind: row.rotation_kind };
    case 'days':
    case 'hours':
      return { kind: row.rotation_kind, every: row.rotation_every ?? 1 };
  }
}

export function layerFromRow(row: ScheduleLayerRow): Layer {
  return {
    id: row.id,
    name: row.name,
    rotation: rotationFromRow(row),
    start: row.start,
    handoff: row.handoff,
    participants: JSON.parse(row.participants) as string[],
    restrictions: JSON.parse(row.restrictions) as Restriction[],
    endsAt: row.ends_at,
  };
}

/**
 * Loads schedules with their layers and the overrides that overlap [from, to) (all overrides
 * when no range is given): the input of the resolver.
 */
export async function loadSchedules(db: Kysely<Schema>, ids: readonly string[], range?: { from: number; to: number }): Promise<Map<string, StoredSchedule>> {
  if (ids.length === 0) return new Map();
  const [schedules, layers, overrides] = await Promise.all([
    db.selectFrom('schedules').selectAll().where('id', 'in', [...ids]).execute(),
    db.selectFrom('schedule_layers').selectAll().where('schedule_id', 'in', [...ids]).orderBy('schedule_id').orderBy('position').execute(),
    (() => {
      let query = db.selectFrom('schedule_overrides').selectAll().where('schedule_id', 'in', [...ids]);
      if (range) query = query.where('end_at', '>', range.from).where('start_at', '<', range.to);
      return query.orderBy('created_at').orderBy('id').execute();
    })(),
  ]);
  return new Map(
    schedules.map((s) => [
      s.id,
      {
        id: s.id,
        name: s.name,
        description: s.description,
        teamId: s.team_id,
        timeZone: s.time_zone,
        layers: layers.filter((l) => l.schedule_id === s.id).map(layerFromRow),
        overrides: overrides.filter((o) => o.schedule_id === s.id).map((o) => ({ id: o.id, userId: o.user_id, start: o.start_at, end: o.end_at })),
      },
    ]),
  );
}

export async function loadSchedule(db: Kysely<Schema>, id: string, range?: { from: number; to: number }): Promise<StoredSchedule | undefined> {
  return (await loadSchedules(db, [id], range)).get(id);
}

/** A layer as the API takes it: the configuration's fields, where `null` also means "not set". */
export type ApiLayerInput = Omit<LayerInput, 'name' | 'end'> & { readonly name?: string | null | undefined; readonly end?: string | null | undefined };

/** A schedule's definition as the API and `vigil.yaml` write it. */
export interface ScheduleInput {
  /** Defaults to the id. */
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly team?: string | null | undefined;
  readonly time_zone: string;
  readonly layers: readonly ApiLayerInput[];
}

export interface LayerView {
  readonly id: string;
  readonly name: string | null;
  readonly rotation: string;
  readonly handoff: string;
  readonly start: string;
  readonly participants: string[];
  readonly restrictions: { readonly days: string[]; readonly from: string; readonly to: string }[];
  readonly end: string | null;
}

export interface ScheduleView {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly team: string | null;
  readonly time_zone: string;
  readonly layers: LayerView[];
  readonly created_at: string;
  readonly updated_at: string;
}

/** Schedules by id (all, or the one asked for), as the API shows them and the audit log records them. */
export async function scheduleViews(db: Kysely<Schema>, id?: string): Promise<ScheduleView[]> {
  let schedules = db.selectFrom('schedules').selectAll().orderBy('id');
  let layers = db.selectFrom('schedule_layers').selectAll().orderBy('schedule_id').orderBy('position').orderBy('id');
  if (id !== undefined) {
    schedules = schedules.where('id', '=', id);
    layers = layers.where('schedule_id', '=', id);
  }
  const [scheduleRows, layerRows] = await Promise.all([schedules.execute(), layers.execute()]);
  return scheduleRows.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    team: s.team_id,
    time_zone: s.time_zone,
    layers: layerRows.filter((l) => l.schedule_id === s.id).map(layerView),
    created_at: iso(s.created_at),
    updated_at: iso(s.updated_at),
  }));
}

/** Creates the schedule and its layers. The caller has made sure the id is free. */
export async function insertSchedule(tx: Kysely<Schema>, who: Actor, now: number, id: string, input: ScheduleInput): Promise<void> {
  await tx.insertInto('schedules').values({ ...scheduleColumns(id, input), created_at: now, updated_at: now }).execute();
  await writeLayers(tx, id, checkedLayers(input));
  await recordAudit(tx, who, now, { action: 'schedule.create', entityType: 'schedule', entityId: id, after: { id, ...input } });
}

/**
 * Makes the schedule's definition what `input` says; layers that stay the same at their position
 * keep their ids. Returns the fields that differed (`name`, `description`, `team`, `time_zone`,
 * `layers`), empty when none did (then nothing is written, not even `updated_at`), or undefined
 * when there is no such schedule.
 */
export async function updateSchedule(tx: Kysely<Schema>, who: Actor, now: number, id: string, input: ScheduleInput): Promise<string[] | undefined> {
  const [before] = await scheduleViews(tx, id);
  if (!before) return undefined;
  const columns = scheduleColumns(id, input);
  const changes = changedFields({
    name: [columns.name, before.name],
    description: [columns.description, before.description],
    team: [columns.team_id, before.team],
    time_zone: [columns.time_zone, before.time_zone],
  });
  if (await writeLayers(tx, id, checkedLayers(input))) changes.push('layers');
  if (changes.length === 0) return changes;
  await tx.updateTable('schedules').set({ ...columns, updated_at: now }).where('id', '=', id).execute();
  await recordAudit(tx, who, now, { action: 'schedule.update', entityType: 'schedule', entityId: id, before, after: { id, ...input } });
  return changes;
}

/**
 * Deletes the schedule; its layers, overrides and calendar feeds go with it (foreign keys
 * cascade). False when there is no such schedule. Whether a policy may lose its target is the
 * caller's decision: the API refuses, `apply --prune` first checks the policies the file rewrites.
 */
export async function deleteSchedule(tx: Kysely<Schema>, who: Actor, now: number, id: string): Promise<boolean> {
  const [before] = await scheduleViews(tx, id);
  if (!before) return false;
  await tx.deleteFrom('schedules').where('id', '=', id).execute();
  await recordAudit(tx, who, now, { action: 'schedule.delete', entityType: 'schedule', entityId: id, before });
  return true;
}

function scheduleColumns(id: string, input: ScheduleInput) {
  return { id, name: input.name ?? id, description: input.description ?? null, team_id: input.team ?? null, time_zone: input.time_zone };
}

function checkedLayers(input: ScheduleInput): LayerValues[] {
  return input.layers.map((layer) => {
    const read = readLayer({ ...layer, name: layer.name ?? undefined, end: layer.end ?? undefined }, input.time_zone);
    if (!read.value) throw new Error(`a schedule layer reached the store unchecked: ${read.problems.map((p) => p.message).join('; ')}`);
    return read.value;
  });
}

function layerView(row: ScheduleLayerRow): LayerView {
  const layer = layerFromRow(row);
  const text = layerInput(layer);
  return {
    id: row.id,
    name: layer.name,
    rotation: text.rotation,
    handoff: text.handoff!,
    start: layer.start,
    participants: [...layer.participants],
    restrictions: layer.restrictions.map((r) => ({ days: [...r.days], from: r.from, to: r.to })),
    end: text.end ?? null,
  };
}

function layerColumns(layer: LayerValues, position: number): Omit<ScheduleLayersTable, 'id' | 'schedule_id'> {
  const every = layer.rotation.kind === 'days' || layer.rotation.kind === 'hours' ? layer.rotation.every : null;
  return {
    position,
    name: layer.name,
    rotation_kind: layer.rotation.kind,
    rotation_every: every,
    start: layer.start,
    handoff: layer.handoff,
    participants: JSON.stringify(layer.participants),
    restrictions: JSON.stringify(layer.restrictions),
    ends_at: layer.endsAt,
  };
}

/**
 * Makes a schedule's layers the given list, position by position (0 first; later positions take
 * precedence). A layer that stays at its position keeps its id, so shifts keep naming the same
 * source across edits of other layers. Returns whether anything changed.
 */
async function writeLayers(db: Kysely<Schema>, scheduleId: string, layers: readonly LayerValues[]): Promise<boolean> {
  const stored = await db.selectFrom('schedule_layers').selectAll().where('schedule_id', '=', scheduleId).orderBy('position').orderBy('id').execute();
  let changed = stored.length !== layers.length;
  for (const [position, layer] of layers.entries()) {
    const current = stored[position];
    const columns = layerColumns(layer, position);
    if (!current) {
      await db.insertInto('schedule_layers').values({ ...columns, id: newId('lyr'), schedule_id: scheduleId }).execute();
      continue;
    }
    const same = sameLayer(layerFromRow(current), layer);
    // Positions are renumbered also when only their numbering differs (rows with gaps).
    if (!same || current.position !== position) await db.updateTable('schedule_layers').set(columns).where('id', '=', current.id).execute();
    if (!same) changed = true;
  }
  const extra = stored.slice(layers.length).map((row) => row.id);
  if (extra.length > 0) await db.deleteFrom('schedule_layers').where('id', 'in', extra).execute();
  return changed;
}
