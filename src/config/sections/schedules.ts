import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Schema } from '../../core/db/schema.js';
import { newId } from '../../core/ids.js';
import { layerInput, readLayer } from '../../oncall/layer-input.js';
import { formatInstant, parseInstant } from '../../oncall/schedule-fields.js';
import { layerFromRow } from '../../oncall/schedule-store.js';
import { WEEKDAYS } from '../../oncall/schedule-types.js';
import { policiesTargeting } from '../../oncall/policy-store.js';
import { CONFIG_AUTHOR, writeLayers } from '../../oncall/schedule-writes.js';
import type { ConfigPath } from '../config-document.js';
import { Handoff, Id, Instant, LocalStart, Name, Rotation, Strict, Text, TimeOfDay, TimeZone } from '../fields.js';
import { byId, changedFields, defineSection, reportProblems } from '../section.js';

const RestrictionItem = Strict({
  /** The days a window starts on; all days when left out. */
  days: Type.Optional(Type.Array(Type.Union(WEEKDAYS.map((d) => Type.Literal(d))))),
  from: TimeOfDay(),
  /** Not after `from`: the window ends the next day ("22:00" to "06:00"). */
  to: TimeOfDay(),
});

const LayerItem = Strict({
  name: Type.Optional(Name()),
  rotation: Rotation(),
  handoff: Type.Optional(Handoff()),
  start: LocalStart(),
  participants: Type.Array(Id(), { minItems: 1 }),
  restrictions: Type.Optional(Type.Array(RestrictionItem)),
  end: Type.Optional(Instant()),
});

const OverrideItem = Strict({ user: Id(), from: Instant(), to: Instant() });

const ScheduleItem = Strict({
  id: Id(),
  /** Defaults to the id. */
  name: Type.Optional(Name()),
  description: Type.Optional(Text()),
  team: Type.Optional(Id()),
  time_zone: TimeZone(),
  /** In order of precedence: a later layer wins where it has someone on call. */
  layers: Type.Optional(Type.Array(LayerItem)),
  /** The overrides the file makes; overrides made through the API are kept as they are. */
  overrides: Type.Optional(Type.Array(OverrideItem)),
});
export type ScheduleConfig = Static<typeof ScheduleItem>;
type OverrideConfig = Static<typeof OverrideItem>;

export const schedulesSection = defineSection({
  key: 'schedules',
  kinds: ['schedule'],
  item: ScheduleItem,

  check(items, context) {
    for (const { value, path } of items) {
      if (value.team !== undefined) context.reference('teams', 'team', value.team, [...path, 'team']);
      for (const [index, layer] of (value.layers ?? []).entries()) {
        const at: ConfigPath = [...path, 'layers', index];
        layer.participants.forEach((user, i) => context.reference('users', 'user', user, [...at, 'participants', i]));
        reportProblems(context, at, readLayer(layer, value.time_zone).problems);
      }
      const spans: { from: number; to: number; at: ConfigPath }[] = [];
      for (const [index, override] of (value.overrides ?? []).entries()) {
        const at: ConfigPath = [...path, 'overrides', index];
        context.reference('users', 'user', override.user, [...at, 'user']);
        const from = parseInstant(override.from)!;
        const to = parseInstant(override.to)!;
        if (to <= from) {
          context.error([...at, 'to'], `invalid to in ${context.label(at)}: ${override.to} is not after from (${override.from})`, {
            hint: 'an override covers the time from `from` up to `to`',
          });
          continue;
        }
        const other = spans.find((s) => s.from < to && from < s.to);
        if (other) {
          context.error(at, `${context.label(at)} overlaps ${context.label(other.at)} (line ${context.line(other.at)})`, {
            hint: 'the overrides of one schedule in the file must not overlap: say who covers which part',
          });
        }
        spans.push({ from, to, at });
      }
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('schedules').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const stored = new Map((await tx.selectFrom('schedules').selectAll().execute()).map((r) => [r.id, r]));
    for (const { value } of items) {
      const row = { id: value.id, name: value.name ?? value.id, description: value.description ?? null, team_id: value.team ?? null, time_zone: value.time_zone };
      const current = stored.get(value.id);
      if (!current) await tx.insertInto('schedules').values({ ...row, created_at: now, updated_at: now }).execute();
      const changes = current
        ? changedFields({
            name: [row.name, current.name],
            description: [row.description, current.description],
            team: [row.team_id, current.team_id],
            time_zone: [row.time_zone, current.time_zone],
          })
        : [];
      const layers = (value.layers ?? []).map((layer) => readLayer(layer, value.time_zone).value!);
      if (await writeLayers(tx, row.id, layers)) changes.push('layers');
      if (await writeConfigOverrides(tx, row.id, value.overrides ?? [], now)) changes.push('overrides');
      if (current && changes.length > 0) await tx.updateTable('schedules').set({ ...row, updated_at: now }).where('id', '=', row.id).execute();

      if (!current) context.report({ kind: 'schedule', id: row.id, action: 'created' });
      else if (changes.length === 0) context.report({ kind: 'schedule', id: row.id, action: 'unchanged' });
      else context.report({ kind: 'schedule', id: row.id, action: 'updated', changes });
    }
  },

  async prune(keep, context) {
    const { tx } = context;
    const stored = (await tx.selectFrom('schedules').select('id').execute()).sort(byId);
    const doomed = stored.map((r) => r.id).filter((id) => !keep.has(id));
    if (doomed.length === 0) return;
    // Policies the file lists are rewritten after this; the others would be left paging nobody.
    const listed = context.named.get('escalation_policies') ?? new Set<string>();
    const targeting = await policiesTargeting(tx, 'schedule', doomed);
    let blocked = false;
    for (const id of doomed) {
      const policies = (targeting.get(id) ?? []).filter((p) => !listed.has(p));
      if (policies.length === 0) continue;
      blocked = true;
      const names = policies.map((p) => `"${p}"`).join(', ');
      context.error(['schedules'], `cannot delete schedule "${id}": escalation ${policies.length === 1 ? 'policy' : 'policies'} ${names} still ${policies.length === 1 ? 'targets' : 'target'} it`, {
        on: 'key',
        hint: `keep "${id}" listed under schedules:, or remove it from those policies first`,
      });
    }
    if (blocked) return;
    // Layers, overrides and calendar feeds go with the schedule (foreign keys cascade).
    await tx.deleteFrom('schedules').where('id', 'in', doomed).execute();
    for (const id of doomed) context.report({ kind: 'schedule', id, action: 'deleted' });
  },

  async export(db) {
    const schedules = (await db.selectFrom('schedules').selectAll().execute()).sort(byId);
    const layers = await db.selectFrom('schedule_layers').selectAll().orderBy('schedule_id').orderBy('position').orderBy('id').execute();
    const overrides = await configOverrides(db);
    return schedules.map((schedule): ScheduleConfig => {
      const own = layers.filter((l) => l.schedule_id === schedule.id).map((l) => layerInput(layerFromRow(l)));
      const made = overrides.filter((o) => o.schedule_id === schedule.id).map((o) => ({ user: o.user_id, from: formatInstant(o.start_at), to: formatInstant(o.end_at) }));
      return {
        id: schedule.id,
        ...(schedule.name === schedule.id ? {} : { name: schedule.name }),
        ...(schedule.description === null ? {} : { description: schedule.description }),
        ...(schedule.team_id === null ? {} : { team: schedule.team_id }),
        time_zone: schedule.time_zone,
        ...(own.length === 0 ? {} : { layers: own as ScheduleConfig['layers'] }),
        ...(made.length === 0 ? {} : { overrides: made }),
      };
    });
  },
});

/** The overrides the file made, in time order (ties by user id, by code unit on both databases). */
async function configOverrides(db: Kysely<Schema>, scheduleId?: string) {
  let query = db.selectFrom('schedule_overrides').select(['id', 'schedule_id', 'user_id', 'start_at', 'end_at']).where('created_by', '=', CONFIG_AUTHOR);
  if (scheduleId !== undefined) query = query.where('schedule_id', '=', scheduleId);
  const rows = await query.execute();
  return rows.sort((a, b) => a.start_at - b.start_at || a.end_at - b.end_at || (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0));
}

/**
 * Overrides are matched by (user, from, to): the file's list replaces the overrides the file made
 * before, and overrides made through the API stay. Returns whether anything changed.
 */
async function writeConfigOverrides(db: Kysely<Schema>, scheduleId: string, overrides: readonly OverrideConfig[], now: number): Promise<boolean> {
  const key = (user: string, start: number, end: number) => `${user} ${start} ${end}`;
  const stored = await configOverrides(db, scheduleId);
  const wanted = overrides.map((o) => ({ user_id: o.user, start_at: parseInstant(o.from)!, end_at: parseInstant(o.to)! }));
  const wantedKeys = new Set(wanted.map((o) => key(o.user_id, o.start_at, o.end_at)));
  const storedKeys = new Set(stored.map((o) => key(o.user_id, o.start_at, o.end_at)));
  const stale = stored.filter((o) => !wantedKeys.has(key(o.user_id, o.start_at, o.end_at)));
  const fresh = wanted.filter((o) => !storedKeys.has(key(o.user_id, o.start_at, o.end_at)));
  if (stale.length > 0) await db.deleteFrom('schedule_overrides').where('id', 'in', stale.map((o) => o.id)).execute();
  if (fresh.length > 0) {
    await db
      .insertInto('schedule_overrides')
      .values(fresh.map((o) => ({ ...o, id: newId('ovr'), schedule_id: scheduleId, created_by: CONFIG_AUTHOR, created_at: now })))
      .execute();
  }
  return stale.length + fresh.length > 0;
}
