import type { Actor } from '../audit/audit-log.js';
import { IANAZone } from 'luxon';
import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { isUniqueViolation } from '../core/db/dialect.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { checkReferences, throwProblems, type Reference } from './input-errors.js';
import { readLayer, type InputProblem } from './layer-input.js';
import { deleteSchedule, insertSchedule, scheduleViews, updateSchedule, type ScheduleInput, type ScheduleView } from './schedule-store.js';
import { policiesTargeting } from './policy-store.js';
import { listOverrides, type OverrideView } from './override-service.js';

export interface ScheduleDetail extends ScheduleView {
  /** Overrides that have not ended yet, soonest first. */
  readonly overrides: OverrideView[];
}

/** Checks a schedule the API was given, the same way `vigil.yaml` is checked; throws on problems. */
async function readSchedule(db: Kysely<Schema>, input: ScheduleInput): Promise<void> {
  if (!IANAZone.isValidZone(input.time_zone)) {
    throwProblems('body', [{ path: ['time_zone'], message: `"${input.time_zone}" is not an IANA time zone`, hint: 'use a tz database name such as "America/New_York", "Europe/Berlin" or "UTC"' }]);
  }
  const problems: InputProblem[] = [];
  const references: Reference[] = [];
  if (input.team) references.push({ table: 'teams', id: input.team, path: 'body.team' });
  for (const [index, layer] of input.layers.entries()) {
    const read = readLayer({ ...layer, name: layer.name ?? undefined, end: layer.end ?? undefined }, input.time_zone);
    problems.push(...read.problems.map((p) => ({ ...p, path: ['layers', index, ...p.path] })));
    layer.participants.forEach((user, i) => references.push({ table: 'users', id: user, path: `body.layers.${index}.participants.${i}` }));
  }
  throwProblems('body', problems);
  await checkReferences(db, references);
}

/** Schedules: their definition (name, zone, layers). Overrides, shifts and feeds have their own services. */
export class ScheduleService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list(): Promise<ScheduleView[]> {
    return scheduleViews(this.db);
  }

  async get(id: string): Promise<ScheduleDetail> {
    const [schedule] = await scheduleViews(this.db, id);
    if (!schedule) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
    return { ...schedule, overrides: await listOverrides(this.db, id, { from: this.runtime.clock.now() }) };
  }

  async create(id: string, input: ScheduleInput, who: Actor): Promise<ScheduleDetail> {
    await readSchedule(this.db, input);
    const now = this.runtime.clock.now();
    try {
      await this.db.transaction().execute(async (tx) => {
        const existing = await tx.selectFrom('schedules').select('id').where('id', '=', id).executeTakeFirst();
        if (existing) throw new VigilError('VIGIL_CONFLICT', `schedule "${id}" already exists; change it with PUT /api/v1/schedules/${id}`);
        await insertSchedule(tx, who, now, id, input);
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
    await readSchedule(this.db, input);
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const changes = await updateSchedule(tx, who, now, id, input);
      if (changes === undefined) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
    });
    return this.get(id);
  }

  /** Refused while an escalation policy targets the schedule: it would page nobody there. */
  async remove(id: string, who: Actor): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('schedules').select('id').where('id', '=', id).executeTakeFirst();
      if (!existing) throw new VigilError('VIGIL_SCHEDULE_NOT_FOUND', `no schedule "${id}"`);
      const policies = (await policiesTargeting(tx, 'schedule', [id])).get(id) ?? [];
      if (policies.length > 0) {
        throw new VigilError('VIGIL_CONFLICT', `schedule "${id}" is a target of escalation ${policies.length === 1 ? 'policy' : 'policies'} ${policies.map((p) => `"${p}"`).join(', ')}; remove it from them first`, undefined, {
          escalation_policies: policies,
        });
      }
      await deleteSchedule(tx, who, this.runtime.clock.now(), id);
    });
  }
}
