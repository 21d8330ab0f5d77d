import { sql, type Transaction } from 'kysely';
import type { Schema, IncidentRow } from '../core/db/schema.js';
import { caseInsensitiveLike, lockForUpdate } from '../core/db/dialect.js';
import { VigilError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { listSeverities, type Severity } from './severities.js';
import { transition, type IncidentAction, type IncidentStatus } from './status-machine.js';
import { appendTimeline, readTimeline, type TimelineEntryInput } from './timeline.js';
import { toIncidentView, type IncidentView } from './incident-view.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface DeclareIncidentInput {
  readonly title: string;
  readonly description?: string | null;
  readonly serviceId?: string | null;
  /** Defaults to the least severe configured severity. */
  readonly severityId?: string;
  readonly commanderId?: string | null;
}

export interface IncidentFilters {
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

/** An incident is addressed by its number (`42`) or its id (`inc_…`). */
export type IncidentRef = string | number;

/**
 * The incidents facade: every change runs in one transaction that locks the incident row,
 * checks the status machine, updates the row and appends the timeline entry.
 */
export class IncidentService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  async declare(input: DeclareIncidentInput, actor: Actor): Promise<IncidentView> {
    const now = this.runtime.clock.now();
    const id = newId('inc');
    await this.db.transaction().execute(async (trx) => {
      const severity = input.severityId ? await requireSeverity(trx, input.severityId) : await leastSevere(trx);
      if (input.serviceId) await requireExists(trx, 'services', input.serviceId, '/service');
      if (input.commanderId) await requireExists(trx, 'users', input.commanderId, '/commander');
      const number = await allocateIncidentNumber(trx);
      await trx
        .insertInto('incidents')
        .values({
          id,
          number,
          title: input.title,
          description: input.description ?? null,
          service_id: input.serviceId ?? null,
          severity_id: severity.id,
          status: 'triggered',
          urgency: severity.urgency,
          commander_id: input.commanderId ?? null,
          created_by: actor,
          triggered_at: now,
          acknowledged_at: null,
          first_acknowledged_at: null,
          resolved_at: null,
          responded_at: null,
          respond_by: now + severity.respondWithinMs,
          updated_at: now,
        })
        .execute();
      await appendTimeline(trx, id, now, {
        kind: 'declared',
        actor,
        message: `Declared ${severity.id} (${severity.name}): ${input.title}`,
        data: { severity: severity.id, service: input.serviceId ?? null, commander: input.commanderId ?? null },
      });
    });
    return this.get(id);
  }

  async get(ref: IncidentRef): Promise<IncidentView> {
    const row = await this.selectWithNames().where(refCondition(ref)).executeTakeFirst();
    if (!row) throw notFound(ref);
    const [severities, timeline] = await Promise.all([this.severityMap(), readTimeline(this.db, row.id)]);
    return toIncidentView(row, severities, this.runtime.clock.now(), timeline);
  }

  async list(filters: IncidentFilters, page: { limit: number; cursor?: string }): Promise<IncidentPage> {
    let query = this.selectWithNames();
    if (filters.statuses?.length) query = query.where('incidents.status', 'in', [...filters.statuses]);
    if (filters.serviceIds?.length) query = query.where('incidents.service_id', 'in', [...filters.serviceIds]);
    if (filters.severityIds?.length) query = query.where('incidents.severity_id', 'in', [...filters.severityIds]);
    if (filters.since !== undefined) query = query.where('incidents.triggered_at', '>=', filters.since);
    if (filters.until !== undefined) query = query.where('incidents.triggered_at', '<', filters.until);
    if (filters.text) {
      const pattern = `%${filters.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const like = caseInsensitiveLike(this.runtime.database.dialect);
      query = query.where((eb) =>
        eb.or([
          eb(sql`incidents.title`, like, sql`${pattern} escape '\\'`),
          eb(sql`coalesce(incidents.description, '')`, like, sql`${pattern} escape '\\'`),
        ]),
      );
    }
    if (page.cursor !== undefined) query = query.where('incidents.number', '<', decodeCursor(page.cursor));
    const rows = await query.orderBy('incidents.number', 'desc').limit(page.limit + 1).execute();
    const severities = await this.severityMap();
    const now = this.runtime.clock.now();
    const visible = rows.slice(0, page.limit);
    const last = visible.at(-1);
    return {
      incidents: visible.map((row) => toIncidentView(row, severities, now)),
      nextCursor: rows.length > page.limit && last ? encodeCursor(last.number) : null,
    };
  }

  acknowledge(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'acknowledge', actor, note, (incident, now) => ({
      acknowledged_at: now,
      first_acknowledged_at: incident.first_acknowledged_at ?? now,
      responded_at: incident.responded_at ?? now,
    }));
  }

  unacknowledge(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'unacknowledge', actor, note, () => ({ acknowledged_at: null }));
  }

  resolve(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'resolve', actor, note, (incident, now) => ({
      resolved_at: now,
      responded_at: incident.responded_at ?? now,
    }));
  }

  reopen(ref: IncidentRef, actor: Actor, note?: string): Promise<IncidentView> {
    return this.move(ref, 'reopen', actor, note, () => ({ acknowledged_at: null, resolved_at: null }));
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

  private move(
    ref: IncidentRef,
    action: IncidentAction,
    actor: Actor,
    note: string | undefined,
    timestamps: (incident: IncidentRow, now: number) => Partial<IncidentRow>,
  ): Promise<IncidentView> {
    return this.change(ref, async (incident, _trx, now) => {
      const outcome = transition(incident.status, action);
      if (!outcome.allowed) {
        throw new VigilError('VIGIL_ILLEGAL_TRANSITION', `cannot ${action} incident #${incident.number}: ${outcome.reason}`, undefined, {
          status: incident.status,
        });
      }
      const kind = PAST_TENSE[action];
      return {
        patch: { status: outcome.to, ...timestamps(incident, now) },
        entry: {
          kind,
          actor,
          message: `${capitalise(kind)} by ${actor}${note ? `: ${note}` : ''}`,
          data: { from: incident.status, to: outcome.to, ...(note ? { note } : {}) },
        },
      };
    });
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
    const id = await this.db.transaction().execute(async (trx) => {
      const incident = await lockForUpdate(this.runtime.database.dialect, trx.selectFrom('incidents').selectAll().where(refCondition(ref)))
        .executeTakeFirst();
      if (!incident) throw notFound(ref);
      const now = this.runtime.clock.now();
      const { patch, entry } = await decide(incident, trx, now);
      await trx.updateTable('incidents').set({ ...patch, updated_at: now }).where('id', '=', incident.id).execute();
      await appendTimeline(trx, incident.id, now, entry);
      return incident.id;
    });
    return this.get(id);
  }

  private selectWithNames() {
    return this.db
      .selectFrom('incidents')
      .leftJoin('services', 'services.id', 'incidents.service_id')
      .leftJoin('users', 'users.id', 'incidents.commander_id')
      .selectAll('incidents')
      .select(['services.name as service_name', 'users.name as commander_name']);
  }

  private async severityMap(): Promise<Map<string, Severity>> {
    return new Map((await listSeverities(this.db)).map((s) => [s.id, s]));
  }
}

const PAST_TENSE = {
  acknowledge: 'acknowledged',
  unacknowledge: 'unacknowledged',
  resolve: 'resolved',
  reopen: 'reopened',
} as const satisfies Record<IncidentAction, string>;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function refCondition(ref: IncidentRef) {
  const text = String(ref);
  if (/^\d{1,15}$/.test(text)) return sql<boolean>`incidents.number = ${Number(text)}`;
  return sql<boolean>`incidents.id = ${text}`;
}

function notFound(ref: IncidentRef): VigilError {
  return new VigilError('VIGIL_INCIDENT_NOT_FOUND', `no incident ${/^\d+$/.test(String(ref)) ? '#' : ''}${ref}`);
}

/**
 * Incident numbers are sequential and never reused. The counter row is updated inside the
 * declaring transaction: on PostgreSQL the row lock makes concurrent declarers (also in other
 * Vigil processes) wait for each other's commit; a rolled-back declare gives its number back.
 */
async function allocateIncidentNumber(trx: Transaction<Schema>): Promise<number> {
  const row = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'incident_number')
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
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
  throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no ${noun} "${id}"; see GET /api/v1/${table}`, [{ path: field, message: `no ${noun} "${id}"` }]);
}
