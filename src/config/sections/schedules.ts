import { Type, type Static } from '@sinclair/typebox';
import { layerInput, readLayer } from '../../oncall/layer-input.js';
import { formatInstant, parseInstant } from '../../oncall/schedule-fields.js';
import { configOverrides, replaceConfigOverrides } from '../../oncall/override-store.js';
import { policiesTargeting } from '../../oncall/policy-store.js';
import { deleteSchedule, insertSchedule, layerFromRow, updateSchedule } from '../../oncall/schedule-store.js';
import { WEEKDAYS } from '../../oncall/schedule-types.js';
import type { ConfigPath } from '../config-document.js';
import { Handoff, Id, Instant, LocalStart, Name, Rotation, Strict, Text, TimeOfDay, TimeZone } from '../fields.js';
import { byId, defineSection, reportProblems } from '../section.js';

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
    const who = { actor: context.actor };
    const stored = new Set((await tx.selectFrom('schedules').select('id').execute()).map((r) => r.id));
    for (const { value } of items) {
      const { id, overrides = [], ...definition } = value;
      const input = { ...definition, layers: definition.layers ?? [] };
      const created = !stored.has(id);
      let changes: string[] = [];
      if (created) await insertSchedule(tx, who, now, id, input);
      else changes = (await updateSchedule(tx, who, now, id, input))!;
      // Overrides are rows of their own (override.create and .delete in the log); they leave the
      // schedule's updated_at alone, as overrides added through the API do.
      const wanted = overrides.map((o) => ({ user: o.user, start: parseInstant(o.from)!, end: parseInstant(o.to)! }));
      if (await replaceConfigOverrides(tx, who, now, id, wanted)) changes.push('overrides');

      if (created) context.report({ kind: 'schedule', id, action: 'created', audited: true });
      else if (changes.length === 0) context.report({ kind: 'schedule', id, action: 'unchanged' });
      else context.report({ kind: 'schedule', id, action: 'updated', changes, audited: true });
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
    for (const id of doomed) {
      await deleteSchedule(tx, { actor: context.actor }, context.now, id);
      context.report({ kind: 'schedule', id, action: 'deleted', audited: true });
    }
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
