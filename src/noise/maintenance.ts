import type { Kysely, Transaction } from 'kysely';
import { bumpNoiseRevision, scheduleHoldRelease, type HoldSource } from '../alerts/holds.js';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { bool, iso, parseJson } from '../core/db/row-codec.js';
import type { IncidentRow, MaintenanceWindowsTable, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import type { JobContext } from '../engine/engine.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { cancelIncidentJobs, cancelJobsByKeyPrefix, enqueueJob, pendingIncidentJobs } from '../engine/jobs.js';
import type { IncidentViewExtension } from '../incidents/incident-service.js';
import type { IncidentViewExtras } from '../incidents/incident-view.js';
import { appendTimeline } from '../incidents/timeline.js';
import { MaintenanceRules, nextOccurrence, occurrenceAt, occurrenceRef, occurrenceStartingAt, windowProblems, type Occurrence, type WindowSpec } from './maintenance-schedule.js';
import { checkServices } from './silences.js';

/**
 * Maintenance windows: per service (one or several), one-off or weekly; alerts of their services
 * are recorded and held while an occurrence runs. Each occurrence is two jobs (`maint.boundary`,
 * start and end) and a `hold.release` at its end; the end writes the next occurrence's. With
 * `pause_open` an occurrence also pauses the escalation its services' open incidents were
 * waiting for, and resumes that very step, with the time it had left, at its end.
 */

export type WindowRow = MaintenanceWindowsTable;

export interface WindowInput {
  readonly services: readonly string[];
  readonly startsAt: number;
  readonly endsAt: number;
  readonly reason: string;
  readonly repeat: 'weekly' | null;
  readonly timeZone: string;
  readonly pauseOpen: boolean;
}

export function specOf(row: WindowRow): WindowSpec {
  return {
    id: row.id,
    services: parseJson<string[]>(row.services),
    startsAt: Number(row.starts_at),
    endsAt: Number(row.ends_at),
    reason: row.reason,
    repeat: row.repeat,
    timeZone: row.time_zone,
  };
}

export function windowView(row: WindowRow, now: number) {
  const spec = specOf(row);
  const current = occurrenceAt(spec, now);
  const next = nextOccurrence(spec, now);
  const upcoming = current === null ? next : nextOccurrence(spec, current.end);
  const occurrence = (o: Occurrence | null) => (o === null ? null : { ref: occurrenceRef(row.id, o.start), starts_at: iso(o.start), ends_at: iso(o.end) });
  return {
    id: row.id,
    state: current !== null ? ('active' as const) : next !== null ? ('scheduled' as const) : ('ended' as const),
    services: [...spec.services],
    starts_at: iso(spec.startsAt),
    ends_at: iso(spec.endsAt),
    reason: row.reason,
    repeat: row.repeat,
    time_zone: row.time_zone,
    pause_open: bool(Number(row.pause_open)),
    managed_by: row.source,
    created_by: row.created_by,
    created_at: iso(Number(row.created_at)),
    updated_at: iso(Number(row.updated_at)),
    current_occurrence: occurrence(current),
    next_occurrence: occurrence(upcoming),
  };
}
export type WindowView = ReturnType<typeof windowView>;

function notFound(id: string): VigilError {
  return new VigilError('VIGIL_MAINTENANCE_WINDOW_NOT_FOUND', `no maintenance window "${id}"; GET /api/v1/maintenance-windows lists them`);
}

function managedByConfig(id: string): VigilError {
  return new VigilError('VIGIL_MANAGED_BY_CONFIG', `maintenance window "${id}" is defined in vigil.yaml (maintenance_windows): change it there and apply the file`);
}

/** The windows the pipeline consults: those with an occurrence still to end. */
export const maintenanceHoldSource: HoldSource = {
  name: 'maintenance',
  load: (db, now) => loadMaintenanceRules(db, now),
};

/** The windows with an occurrence still to end at `now`, by service. */
export async function loadMaintenanceRules(db: Kysely<Schema>, now: number): Promise<MaintenanceRules> {
  const rows = await db.selectFrom('maintenance_windows').selectAll().where((eb) => eb.or([eb('repeat', '=', 'weekly'), eb('ends_at', '>', now)])).execute();
  return new MaintenanceRules(rows.map(specOf));
}

/** Every window, its services parsed. */
export async function readWindows(db: Kysely<Schema> | Transaction<Schema>): Promise<WindowRow[]> {
  return db.selectFrom('maintenance_windows').selectAll().orderBy('starts_at').orderBy('id').execute();
}

/** Problems of a window's times and zone, as field errors. */
export function checkWindowTimes(input: Pick<WindowInput, 'startsAt' | 'endsAt' | 'repeat' | 'timeZone'>): void {
  const problems = windowProblems(input);
  if (problems.length > 0) throw new VigilError('VIGIL_VALIDATION_FAILED', `invalid request: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
}

/**
 * Writes the jobs of the window's current or next occurrence, replacing pending ones: called
 * when a window is made or changed, and when an occurrence ends.
 */
export async function scheduleOccurrence(trx: Transaction<Schema>, dialect: SqlDialect, row: WindowRow, now: number): Promise<void> {
  await cancelJobsByKeyPrefix(trx, 'maint.boundary', `maint:${row.id}:`, now);
  const next = nextOccurrence(specOf(row), now);
  if (next === null) return;
  const ref = occurrenceRef(row.id, next.start);
  for (const edge of ['start', 'end'] as const) {
    await enqueueJob(trx, dialect, { kind: 'maint.boundary', key: jobKeys.maintBoundary(row.id, next.start, edge), payload: { windowId: row.id, occurrence: next.start, edge }, runAt: edge === 'start' ? next.start : next.end }, now);
  }
  await cancelJobsByKeyPrefix(trx, 'hold.release', `release:${ref}:`, now);
  await scheduleHoldRelease(trx, dialect, ref, next.end, now);
}

async function openIncidentsOf(trx: Transaction<Schema>, services: readonly string[]): Promise<IncidentRow[]> {
  if (services.length === 0) return [];
  return trx.selectFrom('incidents').selectAll().where('service_id', 'in', [...services]).where('status', '=', 'triggered').where('merged_into', 'is', null).execute();
}

/** At an occurrence's start: pause the escalation step each open incident of its services waits for. */
export async function pauseEscalation(trx: Transaction<Schema>, dialect: SqlDialect, row: WindowRow, occurrence: Occurrence, now: number): Promise<number> {
  const ref = occurrenceRef(row.id, occurrence.start);
  const incidents = await openIncidentsOf(trx, parseJson<string[]>(row.services));
  const pending = await pendingIncidentJobs(trx, incidents.map((i) => i.id), 'escalation.step');
  let paused = 0;
  for (const incident of incidents) {
    const step = pending.get(incident.id);
    if (!step) continue;
    await dialect.lockForUpdate(trx.selectFrom('incidents').select('id').where('id', '=', incident.id)).executeTakeFirst();
    const fresh = await trx.selectFrom('maintenance_paused').select('incident_id').where('occurrence_ref', '=', ref).where('incident_id', '=', incident.id).executeTakeFirst();
    if (fresh) continue;
    await trx.insertInto('maintenance_paused').values({ occurrence_ref: ref, incident_id: incident.id, round: step.payload.round, level: step.payload.level, remaining_ms: Math.max(0, step.runAt - now), paused_at: now }).execute();
    await cancelIncidentJobs(trx, incident.id, ['escalation.step'], now);
    await appendTimeline(trx, incident.id, now, {
      kind: 'maintenance_started',
      actor: 'system',
      message: `Maintenance started: ${row.reason}; escalation paused until ${iso(occurrence.end)}`,
      data: { window: row.id, occurrence: ref, reason: row.reason, ends_at: iso(occurrence.end), round: step.payload.round, level: step.payload.level },
    });
    paused += 1;
  }
  return paused;
}

/** At an occurrence's end: resume each paused step, with the time it had left, where nobody responded meanwhile. */
export async function resumeEscalation(trx: Transaction<Schema>, dialect: SqlDialect, ref: string, reason: string, now: number): Promise<number> {
  const paused = await trx.selectFrom('maintenance_paused').selectAll().where('occurrence_ref', '=', ref).orderBy('incident_id').execute();
  let resumed = 0;
  for (const entry of paused) {
    const incident = await dialect.lockForUpdate(trx.selectFrom('incidents').selectAll().where('id', '=', entry.incident_id)).executeTakeFirst();
    if (incident && incident.status === 'triggered') {
      const already = await pendingIncidentJobs(trx, [incident.id], 'escalation.step');
      const runAt = now + Number(entry.remaining_ms);
      if (!already.has(incident.id)) {
        const step = { round: Number(entry.round), level: Number(entry.level) };
        await enqueueJob(trx, dialect, { kind: 'escalation.step', key: jobKeys.escalationStep(incident.id, step), payload: { incidentId: incident.id, ...step }, runAt, incidentId: incident.id }, now);
        resumed += 1;
      }
      await appendTimeline(trx, incident.id, now, {
        kind: 'maintenance_ended',
        actor: 'system',
        message: already.has(incident.id) ? `Maintenance ended: ${reason}` : `Maintenance ended: ${reason}; escalation resumed (level ${entry.level} at ${iso(runAt)})`,
        data: { occurrence: ref, reason, round: Number(entry.round), level: Number(entry.level), resumed: !already.has(incident.id), resumes_at: iso(runAt) },
      });
    }
  }
  await trx.deleteFrom('maintenance_paused').where('occurrence_ref', '=', ref).execute();
  return resumed;
}

/** `maint.boundary`: an occurrence starts (pause, when asked) or ends (resume, write the next occurrence). */
export function maintenanceBoundaryHandler(dialect: SqlDialect) {
  return async ({ trx, payload, now }: JobContext<'maint.boundary'>): Promise<void> => {
    const row = await trx.selectFrom('maintenance_windows').selectAll().where('id', '=', payload.windowId).executeTakeFirst();
    if (!row) return;
    // The window may have changed since the job was written: only its occurrences count.
    const occurrence = occurrenceStartingAt(specOf(row), payload.occurrence);
    if (occurrence === null) return;
    const ref = occurrenceRef(row.id, occurrence.start);
    if (payload.edge === 'start') {
      if (now < occurrence.end && bool(Number(row.pause_open))) await pauseEscalation(trx, dialect, row, occurrence, now);
      return;
    }
    if (now < occurrence.end) {
      // Moved later since written: the end job for the new time is the one that acts.
      await scheduleOccurrence(trx, dialect, row, now);
      return;
    }
    await resumeEscalation(trx, dialect, ref, row.reason, now);
    await scheduleOccurrence(trx, dialect, row, now);
  };
}

/** What an incident view gains: the maintenance its service is in now, if any. */
export const maintenanceViewExtras: IncidentViewExtension = async (db, incidents, now) => {
  const extras = new Map<string, IncidentViewExtras>();
  const services = new Set(incidents.flatMap((i) => (i.service_id === null ? [] : [i.service_id])));
  const rules = services.size === 0 ? null : await loadMaintenanceRules(db, now);
  for (const incident of incidents) {
    const active = incident.service_id === null || rules === null ? [] : rules.activeFor(incident.service_id, now);
    const latest = active.sort((a, b) => b.occurrence.end - a.occurrence.end)[0];
    extras.set(incident.id, { maintenance: latest ? { window: latest.window.id, reason: latest.window.reason, ends_at: iso(latest.occurrence.end) } : null });
  }
  return extras;
};

function rowOf(id: string, input: WindowInput, source: 'api' | 'config', who: string, now: number): WindowRow {
  return {
    id,
    services: JSON.stringify([...new Set(input.services)]),
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    reason: input.reason,
    repeat: input.repeat,
    time_zone: input.timeZone,
    pause_open: input.pauseOpen ? 1 : 0,
    source,
    created_by: who,
    created_at: now,
    updated_at: now,
  };
}

/** Writes a window and its jobs, in the caller's transaction: the API and `vigil apply` both come here. */
export async function insertWindow(trx: Transaction<Schema>, dialect: SqlDialect, who: Actor, now: number, id: string, input: WindowInput, source: 'api' | 'config'): Promise<WindowRow> {
  const row = rowOf(id, input, source, who.actor, now);
  await trx.insertInto('maintenance_windows').values(row).execute();
  await bumpNoiseRevision(trx, now);
  await scheduleOccurrence(trx, dialect, row, now);
  await recordAudit(trx, who, now, { action: 'maintenance_window.create', entityType: 'maintenance_window', entityId: id, after: windowView(row, now) });
  return row;
}

/** Changes a window; an occurrence running now keeps its hold ref and ends at the new end. */
export async function replaceWindow(trx: Transaction<Schema>, dialect: SqlDialect, who: Actor, now: number, before: WindowRow, input: WindowInput): Promise<WindowRow> {
  const row: WindowRow = { ...rowOf(before.id, input, before.source, before.created_by, now), created_at: before.created_at };
  const running = occurrenceAt(specOf(before), now);
  await trx.updateTable('maintenance_windows').set({ services: row.services, starts_at: row.starts_at, ends_at: row.ends_at, reason: row.reason, repeat: row.repeat, time_zone: row.time_zone, pause_open: row.pause_open, updated_at: now }).where('id', '=', before.id).execute();
  await bumpNoiseRevision(trx, now);
  if (running !== null && occurrenceStartingAt(specOf(row), running.start) === null) {
    // The running occurrence is gone (moved, or cut short): it ends now.
    await finishOccurrence(trx, dialect, before, running, now);
  }
  await scheduleOccurrence(trx, dialect, row, now);
  await recordAudit(trx, who, now, { action: 'maintenance_window.update', entityType: 'maintenance_window', entityId: before.id, before: windowView(before, now), after: windowView(row, now) });
  return row;
}

async function finishOccurrence(trx: Transaction<Schema>, dialect: SqlDialect, row: WindowRow, occurrence: Occurrence, now: number): Promise<void> {
  const ref = occurrenceRef(row.id, occurrence.start);
  await resumeEscalation(trx, dialect, ref, row.reason, now);
  await cancelJobsByKeyPrefix(trx, 'hold.release', `release:${ref}:`, now);
  await scheduleHoldRelease(trx, dialect, ref, now, now);
}

/** Deletes a window; a running occurrence ends now (its held alerts are released, paused escalation resumes). */
export async function deleteWindow(trx: Transaction<Schema>, dialect: SqlDialect, who: Actor, now: number, row: WindowRow): Promise<void> {
  const running = occurrenceAt(specOf(row), now);
  if (running !== null) await finishOccurrence(trx, dialect, row, running, now);
  await cancelJobsByKeyPrefix(trx, 'maint.boundary', `maint:${row.id}:`, now);
  await trx.deleteFrom('maintenance_windows').where('id', '=', row.id).execute();
  await bumpNoiseRevision(trx, now);
  await recordAudit(trx, who, now, { action: 'maintenance_window.delete', entityType: 'maintenance_window', entityId: row.id, before: windowView(row, now) });
}

/** The facade the routes call. */
export class MaintenanceService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  private get dialect() {
    return this.runtime.database.dialect;
  }

  async list(filter: { service?: string; state?: 'active' | 'scheduled' | 'ended' }) {
    const now = this.runtime.clock.now();
    const views = (await readWindows(this.db)).map((row) => windowView(row, now));
    return views.filter((v) => (filter.service === undefined || v.services.includes(filter.service)) && (filter.state === undefined || v.state === filter.state));
  }

  async get(id: string) {
    const row = await this.db.selectFrom('maintenance_windows').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(id);
    return windowView(row, this.runtime.clock.now());
  }

  /** The teams owning the window's services, for the access rule; undefined when there is no such window. */
  async teamsOf(id: string): Promise<(string | null)[] | undefined> {
    const row = await this.db.selectFrom('maintenance_windows').select('services').where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const services = parseJson<string[]>(row.services);
    if (services.length === 0) return [null];
    return (await this.db.selectFrom('services').select('team_id').where('id', 'in', services).execute()).map((s) => s.team_id);
  }

  async create(input: WindowInput, who: Actor): Promise<WindowView> {
    checkWindowTimes(input);
    await checkServices(this.db, input.services, 'body.services');
    const now = this.runtime.clock.now();
    const row = await this.db.transaction().execute((trx) => insertWindow(trx, this.dialect, who, now, newId('mw'), input, 'api'));
    return windowView(row, now);
  }

  async update(id: string, change: Partial<WindowInput>, who: Actor): Promise<WindowView> {
    const now = this.runtime.clock.now();
    const row = await this.db.transaction().execute(async (trx) => {
      const before = await this.dialect.lockForUpdate(trx.selectFrom('maintenance_windows').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!before) throw notFound(id);
      if (before.source === 'config') throw managedByConfig(id);
      const spec = specOf(before);
      const input: WindowInput = {
        services: change.services ?? spec.services,
        startsAt: change.startsAt ?? spec.startsAt,
        endsAt: change.endsAt ?? spec.endsAt,
        reason: change.reason ?? spec.reason,
        repeat: change.repeat === undefined ? spec.repeat : change.repeat,
        timeZone: change.timeZone ?? spec.timeZone,
        pauseOpen: change.pauseOpen ?? bool(Number(before.pause_open)),
      };
      checkWindowTimes(input);
      await checkServices(trx, input.services, 'body.services');
      return replaceWindow(trx, this.dialect, who, now, before, input);
    });
    return windowView(row, now);
  }

  async remove(id: string, who: Actor): Promise<void> {
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const row = await this.dialect.lockForUpdate(trx.selectFrom('maintenance_windows').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!row) throw notFound(id);
      if (row.source === 'config') throw managedByConfig(id);
      await deleteWindow(trx, this.dialect, who, now, row);
    });
  }

  /** A service's windows and whether it is in maintenance now. */
  async forService(serviceId: string) {
    const service = await this.db.selectFrom('services').select(['id', 'name']).where('id', '=', serviceId).executeTakeFirst();
    if (!service) throw new VigilError('VIGIL_SERVICE_NOT_FOUND', `no service "${serviceId}"; GET /api/v1/services lists them`);
    const windows = await this.list({ service: serviceId });
    const active = windows.filter((w) => w.state === 'active');
    return { service: service.id, in_maintenance: active.length > 0, active: active.map((w) => w.id), windows };
  }
}
