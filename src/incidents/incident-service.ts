import { recordAudit } from '../audit/audit-log.js';
import { sql, type Transaction } from 'kysely';
import type { Schema, IncidentRow } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { listSeverities, type Severity } from './severities.js';
import type { IncidentAction, IncidentStatus } from './status-machine.js';
import type { IncidentChange, IncidentEvents } from './incident-changes.js';
import { applyTransition, insertIncident, type IncidentWriter } from './incident-writes.js';
import { appendTimeline, readTimeline, type TimelineEntryInput } from './timeline.js';
import { toIncidentView, type IncidentView } from './incident-view.js';
import { incidentNotFound, lockIncident, type IncidentRef } from './incident-ref.js';

export type { IncidentRef } from './incident-ref.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { suggestStoredId } from '../core/suggest.js';
import { pendingIncidentJobs } from '../engine/jobs.js';

export interface DeclareIncidentInput {
  readonly title: string;
  readonly description?: string | null;
  readonly serviceId?: string | null;
  /** Defaults to the least severe configured severity. */
  readonly severityId?: string;
  readonly commanderId?: string | null;
}

export interface IncidentFilters {
  /** Only these incidents, by number (the live stream reads the ones a change feed named). */
  readonly numbers?: readonly number[];
  readonly statuses?: readonly IncidentStatus[];
  readonly serviceIds?: readonly string[];
  readonly severityIds?: readonly string[];
  /** Triggered at or after, epoch ms. */
  readonly since?: number;
  /** Triggered before, epoch ms. */
  readonly until?: number;
  /** Case-insensitive text in the title or description. */
  readonly text?: string;
}

export interface IncidentPage {
  readonly incidents: IncidentView[];
  readonly nextCursor: string | null;
}

/** Who did something, as recorded in the timeline: `user:alice`, `token:ci-bot`, `system`. */
export type Actor = string;


/**
 * The incidents facade: every change runs in one transaction that locks the incident row,
 * checks the status machine, updates the row and appends the timeline entry.
 */
export class IncidentService {
  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
  ) {}

  private writer(trx: Transaction<Schema>): IncidentWriter {
    return { trx, dialect: this.runtime.database.dialect, events: this.events };
  }

  private get db() {
    return this.runtime.database.db;
  }

  async declare(input: DeclareIncidentInput, actor: Actor): Promise<IncidentView> {
    const now = this.runtime.clock.now();
    const id = await this.events.transaction(this.db, async (trx) => {
      const severity = input.severityId ? await requireSeverity(trx, input.severityId) : await leastSevere(trx);
      if (input.serviceId) await requireExists(trx, 'services', input.serviceId, '/service');
      if (input.commanderId) await requireExists(trx, 'users', input.commanderId, '/commander');
      const incident = await insertIncident(this.writer(trx), {
        title: input.title,
        description: input.description ?? null,
        serviceId: input.serviceId ?? null,
        severity,
        commanderId: input.commanderId ?? null,
        alertGroupKey: null,
        now,
        actor,
        kind: 'declared',
        message: `Declared ${severity.id} (${severity.name}): ${input.title}`,
      });
      await recordAudit(trx, { actor }, now, {
        action: 'incident.declare',
        entityType: 'incident',
        entityId: incident.id,
        after: { number: incident.number, title: incident.title, severity: severity.id, service: incident.service_id, commander: incident.commander_id, status: incident.status },
      });
      return incident.id;
    });
    this.runtime.jobSignal.notify();
    return this.get(id);
  }

  async get(ref: IncidentRef): Promise<IncidentView> {
    const row = await this.selectWithNames().where(refCondition(ref)).executeTakeFirst();
    if (!row) throw incidentNotFound(ref);
    const [severities, timeline, next] = await Promise.all([this.severityMap(), readTimeline(this.db, row.id), this.nextEscalations([row.id])]);
    return toIncidentView(row, severities, this.runtime.clock.now(), { timeline, ...nextOf(next, row.id) });
  }

  async list(filters: IncidentFilters, page: { limit: number; cursor?: string }): Promise<IncidentPage> {
    if (filters.numbers?.length === 0) return { incidents: [], nextCursor: null };
    let query = this.selectWithNames();
    if (filters.numbers !== undefined) query = query.where('incidents.number', 'in', [...filters.numbers]);
    if (filters.statuses?.length) query = query.where('incidents.status', 'in', [...filters.statuses]);
    if (filters.serviceIds?.length) query = query.where('incidents.service_id', 'in', [...filters.serviceIds]);
    if (filters.severityIds?.length) query = query.where('incidents.severity_id', 'in', [...filters.severityIds]);
    if (filters.since !== undefined) query = query.where('incidents.triggered_at', '>=', filters.since);
    if (filters.until !== undefined) query = query.where('incidents.triggered_at', '<', filters.until);
    if (filters.text) {
      const pattern = `%${filters.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const like = this.runtime.database.dialect.caseInsensitiveLike;
      query = query.where((eb) =>
        eb.or([
          eb(sql`incidents.title`, like, sql`${pattern} escape '\\'`),
          eb(sql`coalesce(incidents.description, '')`, like, sql`${pattern} escape '\\'`),
        ]),
      );
    }
    if (page.cursor !== undefined) query = query.where('incidents.number', '<', decodeCursor(page.cursor));
    const rows = await query.orderBy('incidents.number', 'desc').limit(page.limit + 1).execute();
    const visible = rows.slice(0, page.limit);
    const [severities, next] = await Promise.all([this.severityMap(), this.nextEscalations(visible.map((row) => row.id))]);
    const now = this.runtime.clock.now();
    const last = visible.at(-1);
    return {
      incidents: visible.map((row) => toIncidentView(row, severities, now, nextOf(next, row.id))),
      nextCursor: rows.length > page.limit && last ? encodeCursor(last.number) : null,
    };
  }

  acknowledge(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'acknowledge', actor, note);
  }

  unacknowledge(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'unacknowledge', actor, note);
  }

  resolve(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'resolve', actor, note);
  }

  reopen(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'reopen', actor, note);
  }

  addNote(ref: IncidentRef, actor: Actor, text: string): Promise<IncidentView> {
    return this.change(ref, async () => ({ patch: {}, entry: { kind: 'note', actor, message: text } }));
  }

  changeSeverity(ref: IncidentRef, severityId: string, actor: Actor, reason?: string): Promise<IncidentView> {
    return this.change(ref, async (incident, trx) => {
      const severity = await requireSeverity(trx, severityId);
      if (severity.id === incident.severity_id) {
        throw new VigilError('VIGIL_CONFLICT', `incident #${incident.number} is already ${severity.id}`, undefined, {
          severity: severity.id,
        });
      }
      // The response target follows the severity: a SEV-3 raised to SEV-1 must be answered
      // within SEV-1's time, counted from when the incident was triggered.
      return {
        patch: { severity_id: severity.id, urgency: severity.urgency, respond_by: incident.triggered_at + severity.respondWithinMs },
        entry: {
          kind: 'severity_changed',
          actor,
          message: `Severity changed from ${incident.severity_id} to ${severity.id}${reason ? `: ${reason}` : ''}`,
          data: { from: incident.severity_id, to: severity.id, ...(reason ? { reason } : {}) },
        },
      };
    });
  }

  setCommander(ref: IncidentRef, commanderId: string | null, actor: Actor): Promise<IncidentView> {
    return this.change(ref, async (incident, trx) => {
      if (commanderId !== null) await requireExists(trx, 'users', commanderId, '/commander');
      if (commanderId === incident.commander_id) {
        throw new VigilError('VIGIL_CONFLICT', commanderId === null ? 'the incident has no commander' : `${commanderId} is already the commander`, undefined, {
          commander: commanderId,
        });
      }
      return {
        patch: { commander_id: commanderId },
        entry: {
          kind: 'commander_changed',
          actor,
          message: commanderId === null ? 'Commander removed' : `Commander set to ${commanderId}`,
          data: { from: incident.commander_id, to: commanderId },
        },
      };
    });
  }

  private async move(ref: IncidentRef, action: IncidentAction, actor: Actor, note: string | undefined): Promise<IncidentView> {
    const id = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, this.runtime.database.dialect, ref);
      const now = this.runtime.clock.now();
      const moved = await applyTransition(this.writer(trx), { incident, action, actor, now, ...(note === undefined ? {} : { note }) });
      await recordAudit(trx, { actor }, now, {
        action: `incident.${action}`,
        entityType: 'incident',
        entityId: incident.id,
        before: { number: incident.number, status: incident.status },
        after: { number: incident.number, status: moved.status, ...(note ? { note } : {}) },
      });
      return incident.id;
    });
    this.runtime.jobSignal.notify();
    return this.get(id);
  }

  /** Locks the incident, lets `decide` compute the change, writes it with its timeline entry. */
  private async change(
    ref: IncidentRef,
    decide: (
      incident: IncidentRow,
      trx: Transaction<Schema>,
      now: number,
    ) => Promise<{ patch: Partial<IncidentRow>; entry: TimelineEntryInput }>,
  ): Promise<IncidentView> {
    const id = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, this.runtime.database.dialect, ref);
      const now = this.runtime.clock.now();
      const { patch, entry } = await decide(incident, trx, now);
      await trx.updateTable('incidents').set({ ...patch, updated_at: now }).where('id', '=', incident.id).execute();
      await appendTimeline(trx, incident.id, now, entry);
      await this.events.announce(trx, [changeOf(incident, patch)], now);
      // Notes are the timeline's own business; changes to the incident's fields are audited.
      const changed = Object.keys(patch) as (keyof IncidentRow)[];
      if (changed.length > 0) {
        await recordAudit(trx, { actor: entry.actor }, now, {
          action: `incident.${entry.kind}`,
          entityType: 'incident',
          entityId: incident.id,
          before: Object.fromEntries([['number', incident.number], ...changed.map((k) => [k, incident[k]])]),
          after: Object.fromEntries([['number', incident.number], ...changed.map((k) => [k, patch[k]])]),
        });
      }
      return incident.id;
    });
    return this.get(id);
  }

  private selectWithNames() {
    return this.db
      .selectFrom('incidents')
      .leftJoin('services', 'services.id', 'incidents.service_id')
      .leftJoin('users', 'users.id', 'incidents.commander_id')
      .leftJoin('teams', 'teams.id', 'services.team_id')
      .selectAll('incidents')
      .select(['services.name as service_name', 'users.name as commander_name', 'services.escalation_policy_id as service_policy_id', 'teams.id as team_id', 'teams.name as team_name']);
  }

  /** The escalation step each incident waits for: the engine's pending job, the one source of truth for "when". */
  private nextEscalations(incidentIds: readonly string[]) {
    return pendingIncidentJobs(this.db, incidentIds, 'escalation.step');
  }

  private async severityMap(): Promise<Map<string, Severity>> {
    return new Map((await listSeverities(this.db)).map((s) => [s.id, s]));
  }
}

/** A field change as the feed and subscribers hear it. */
function changeOf(incident: IncidentRow, patch: Partial<IncidentRow>): IncidentChange {
  if (patch.severity_id !== undefined) return { kind: 'severity_changed', incident, from: incident.severity_id, to: patch.severity_id };
  if (patch.commander_id !== undefined) return { kind: 'commander_changed', incident, from: incident.commander_id, to: patch.commander_id };
  return { kind: 'updated', incident };
}

function nextOf(next: Awaited<ReturnType<typeof pendingIncidentJobs<'escalation.step'>>>, incidentId: string) {
  const job = next.get(incidentId);
  return job === undefined ? {} : { nextEscalation: { runAt: job.runAt, round: job.payload.round, level: job.payload.level } };
}

function refCondition(ref: IncidentRef) {
  const text = String(ref);
  if (/^\d{1,15}$/.test(text)) return sql<boolean>`incidents.number = ${Number(text)}`;
  return sql<boolean>`incidents.id = ${text}`;
}

async function requireSeverity(trx: Transaction<Schema>, id: string): Promise<Severity> {
  const severities = await listSeverities(trx);
  const severity = severities.find((s) => s.id === id);
  if (!severity) {
    throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `unknown severity "${id}"; configured: ${severities.map((s) => s.id).join(', ')}`, [
      { path: '/severity', message: `must be one of ${severities.map((s) => s.id).join(', ')}` },
    ]);
  }
  return severity;
}

async function leastSevere(trx: Transaction<Schema>): Promise<Severity> {
  const severity = (await listSeverities(trx)).at(-1);
  if (!severity) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', 'no severities are configured');
  return severity;
}

async function requireExists(trx: Transaction<Schema>, table: 'services' | 'users', id: string, field: string): Promise<void> {
  const row = await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (row) return;
  const noun = table === 'services' ? 'service' : 'user';
  const suggestion = await suggestStoredId(trx, table, id);
  throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no ${noun} "${id}"${suggestion || `; see GET /api/v1/${table}`}`, [{ path: field, message: `no ${noun} "${id}"${suggestion}` }]);
}
