import { recordAudit, type Actor } from '../audit/audit-log.js';
import { IANAZone } from 'luxon';
import type { Kysely } from 'kysely';
import type { Schema, ScheduleLayerRow } from '../core/db/schema.js';
import { isUniqueViolation } from '../core/db/dialect.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { checkReferences, throwProblems, type Reference } from './input-errors.js';
import { layerInput, readLayer, type InputProblem, type LayerInput, type LayerValues } from './layer-input.js';
import { layerFromRow } from './schedule-store.js';
import { policiesTargeting } from './policy-store.js';
import { writeLayers } from './schedule-writes.js';
import { listOverrides, type OverrideView } from './override-service.js';

/** A layer as the API takes it: the configuration's fields, where `null` also means "not set". */
export type ApiLayerInput = Omit<LayerInput, 'name' | 'end'> & { readonly name?: string | null | undefined; readonly end?: string | null | undefined };

export interface ScheduleInput {
  /** Defaults to the id. */
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly team?: string | null | undefined;
  readonly time_zone: string;
  readonly layers: ApiLayerInput[];
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

export interface ScheduleDetail extends ScheduleView {
  /** Overrides that have not ended yet, soonest first. */
  readonly overrides: OverrideView[];
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

/** Checks a schedule the API was given, the same way `vigil.yaml` is checked; throws on problems. */
async function readSchedule(db: Kysely<Schema>, input: ScheduleInput): Promise<LayerValues[]> {
  if (!IANAZone.isValidZone(input.time_zone)) {
    throwProblems('body', [{ path: ['time_zone'], message: `"${input.time_zone}" is not an IANA time zone`, hint: 'use a tz database name such as "America/New_York", "Europe/Berlin" or "UTC"' }]);
  }
  const problems: InputProblem[] = [];
  const layers: LayerValues[] = [];
  const references: Reference[] = [];
  if (input.team) references.push({ table: 'teams', id: input.team, path: 'body.team' });
  for (const [index, layer] of input.layers.entries()) {
    const read = readLayer({ ...layer, name: layer.name ?? undefined, end: layer.end ?? undefined }, input.time_zone);
    problems.push(...read.problems.map((p) => ({ ...p, path: ['layers', index, ...p.path] })));
    if (read.value) layers.push(read.value);
    layer.participants.forEach((user, i) => references.push({ table: 'users', id: user, path: `body.layers.${index}.participants.${i}` }));
  }
  throwProblems('body', problems);
  await checkReferences(db, references);
  return layers;
}

/** Schedules: their definition (name, zone, layers). Overrides, shifts and feeds have their own services. */
export class ScheduleService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list(): Promise<ScheduleView[]> {
    const [schedules, layers] = await Promise.all([
      this.db.selectFrom('schedules').selectAll().orderBy('id').execute(),
      this.db.selectFrom('schedule_layers').selectAll().orderBy('schedule_id').orderBy('position').orderBy('id').execute(),
    ]);
    return schedules.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      team: s.team_id,
      time_zone: s.time_zone,
      layers: layers.filter((l) => l.schedule_id === s.id).map(layerView),
      created_at: new Date(s.created_at).toISOString(),
      updated_at: new Date(s.updated_at).toISOString(),
    }));
  }

  async get(id: string): Promise<ScheduleDetail> {
    const schedule = await this.db.selectFrom('schedules').selectAll().where('id', '=', id).executeTakeFirst();
    if (!schedule) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
    const layers = await this.db.selectFrom('schedule_layers').selectAll().where('schedule_id', '=', id).orderBy('position').orderBy('id').execute();
    return {
      id: schedule.id,
      name: schedule.name,
      description: schedule.description,
      team: schedule.team_id,
      time_zone: schedule.time_zone,
      layers: layers.map(layerView),
      created_at: new Date(schedule.created_at).toISOString(),
      updated_at: new Date(schedule.updated_at).toISOString(),
      overrides: await listOverrides(this.db, id, { from: this.runtime.clock.now() }),
    };
  }

  async create(id: string, input: ScheduleInput, who: Actor): Promise<ScheduleDetail> {
    const layers = await readSchedule(this.db, input);
    const now = this.runtime.clock.now();
    try {
      await this.db.transaction().execute(async (tx) => {
        const existing = await tx.selectFrom('schedules').select('id').where('id', '=', id).executeTakeFirst();
        if (existing) throw new VigilError('VIGIL_CONFLICT', `schedule "${id}" already exists; change it with PUT /api/v1/schedules/${id}`);
        await tx.insertInto('schedules').values({ ...row(id, input), created_at: now, updated_at: now }).execute();
        await writeLayers(tx, id, layers);
        await recordAudit(tx, who, now, { action: 'schedule.create', entityType: 'schedule', entityId: id, after: { id, ...input } });
      });
    } catch (error) {
      // A concurrent create of the same id got there first.
      if (isUniqueViolation(error)) throw new VigilError('VIGIL_CONFLICT', `schedule "${id}" already exists`);
      throw error;
    }
    return this.get(id);
  }

  /** Replaces the definition; layers that stay the same at their position keep their ids. */
  async replace(id: string, input: ScheduleInput, who: Actor): Promise<ScheduleDetail> {
    const layers = await readSchedule(this.db, input);
    const { overrides: _overrides, ...before } = await this.get(id);
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const updated = await tx.updateTable('schedules').set({ ...row(id, input), updated_at: now }).where('id', '=', id).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
      await writeLayers(tx, id, layers);
      await recordAudit(tx, who, now, { action: 'schedule.update', entityType: 'schedule', entityId: id, before, after: { id, ...input } });
    });
    return this.get(id);
  }

  /** Refused while an escalation policy targets the schedule: it would page nobody there. */
  async remove(id: string, who: Actor): Promise<void> {
    const { overrides: _overrides, ...before } = await this.get(id);
    await this.db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('schedules').select('id').where('id', '=', id).executeTakeFirst();
      if (!existing) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
      const policies = (await policiesTargeting(tx, 'schedule', [id])).get(id) ?? [];
      if (policies.length > 0) {
        throw new VigilError('VIGIL_CONFLICT', `schedule "${id}" is a target of escalation ${policies.length === 1 ? 'policy' : 'policies'} ${policies.map((p) => `"${p}"`).join(', ')}; remove it from them first`, undefined, {
          escalation_policies: policies,
        });
      }
      await tx.deleteFrom('schedules').where('id', '=', id).execute();
      await recordAudit(tx, who, this.runtime.clock.now(), { action: 'schedule.delete', entityType: 'schedule', entityId: id, before });
    });
  }
}

function row(id: string, input: ScheduleInput) {
  return { id, name: input.name ?? id, description: input.description ?? null, team_id: input.team ?? null, time_zone: input.time_zone };
}
