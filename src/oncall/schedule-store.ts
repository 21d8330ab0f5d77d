import type { Kysely } from 'kysely';
import { parseJson } from '../core/db/row-codec.js';
import type { Schema, ScheduleLayerRow } from '../core/db/schema.js';
import type { Layer, Restriction, Rotation, ScheduleDefinition } from './schedule-types.js';

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
    participants: parseJson<string[]>(row.participants),
    restrictions: parseJson<Restriction[]>(row.restrictions),
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
