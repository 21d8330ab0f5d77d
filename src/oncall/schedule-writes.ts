import type { Kysely } from 'kysely';
import type { Schema, ScheduleLayersTable } from '../core/db/schema.js';
import { newId } from '../core/ids.js';
import { sameLayer, type LayerValues } from './layer-input.js';
import { layerFromRow } from './schedule-store.js';

/** `created_by` of the overrides `vigil.yaml` makes: apply replaces these and no others. */
export const CONFIG_AUTHOR = 'config';

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
export async function writeLayers(db: Kysely<Schema>, scheduleId: string, layers: readonly LayerValues[]): Promise<boolean> {
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
