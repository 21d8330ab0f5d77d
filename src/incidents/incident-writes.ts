import { sql, type Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';
import type { IncidentEvents } from './incident-changes.js';
import type { Severity } from './severities.js';
import { transition, type IncidentAction } from './status-machine.js';
import { appendTimeline, TIMELINE_COLUMNS, timelineValues, type TimelineEntryInput } from './timeline.js';

/**
 * The writes that change incidents, as building blocks that run inside a caller's transaction:
 * the incidents API uses them one change at a time, ingest uses them for a whole batch of alerts.
 * Each announces what it changed (`IncidentEvents`); what follows from it (escalation, channel
 * posts) is the subscribers' business, in the same transaction.
 */

/** Where incident writes happen: the caller's transaction, and whom to tell. */
export interface IncidentWriter {
  readonly trx: Transaction<Schema>;
  readonly dialect: SqlDialect;
  readonly events: IncidentEvents;
}

export interface NewIncident {
  readonly title: string;
  readonly description: string | null;
  readonly serviceId: string | null;
  readonly severity: Severity;
  readonly commanderId: string | null;
  readonly alertGroupKey: string | null;
  readonly now: number;
  readonly actor: string;
  /** The first timeline entry: `declared` by a person, `triggered` by an alert. */
  readonly kind: 'declared' | 'triggered';
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A new incident's row as it will be stored; `number` is 0 until `insertIncidents` allocates it. */
export function newIncidentRow(input: NewIncident): IncidentRow {
  return {
    id: newOrderedId('inc'),
    number: 0,
    title: input.title,
    description: input.description,
    service_id: input.serviceId,
    severity_id: input.severity.id,
    status: 'triggered',
    urgency: input.severity.urgency,
    commander_id: input.commanderId,
    created_by: input.actor,
    triggered_at: input.now,
    acknowledged_at: null,
    first_acknowledged_at: null,
    resolved_at: null,
    responded_at: null,
    respond_by: input.now + input.severity.respondWithinMs,
    updated_at: input.now,
    alert_group_key: input.alertGroupKey,
    merged_into: null,
    escalation_policy_id: null,
    escalation_round: 0,
    escalation_level: 0,
    escalation_first_round: 1,
    person_ack_at: null,
    first_resolved_at: null,
    resolved_by_person: null,
    escalated_by_hand: 0,
    repeat_of_recent: 0,
    reached_level_2: 0,
    update_outcome: 0,
  };
}

export async function insertIncident(writer: IncidentWriter, input: NewIncident): Promise<IncidentRow> {
  const row = newIncidentRow(input);
  await insertIncidents(writer, [{ row, input }]);
  return row;
}

export interface PendingIncident {
  /** From `newIncidentRow`, possibly changed since (a raised severity); gets its number here. */
  readonly row: IncidentRow;
  readonly input: NewIncident;
}

/**
 * Stores new incidents with the statements of one, whatever their count: their numbers (in the
 * order given), rows and first timeline entries, then announces them together (subscribers
 * write their first escalation steps and team channel posts as one batch too).
 * They share a moment: `now` is the first one's.
 */
export async function insertIncidents(writer: IncidentWriter, incidents: readonly PendingIncident[], options: { readonly announce?: boolean } = {}): Promise<void> {
  const { trx, dialect } = writer;
  const first = incidents[0];
  if (first === undefined) return;
  const lastNumber = await allocateIncidentNumbers(trx, incidents.length);
  incidents.forEach(({ row }, index) => {
    row.number = lastNumber - incidents.length + 1 + index;
  });
  const columns = Object.keys(first.row) as (keyof IncidentRow)[];
  await dialect.insertRows(trx, 'incidents', columns, incidents.map(({ row }) => columns.map((c) => row[c])));
  await dialect.insertRows(
    trx,
    'timeline_entries',
    TIMELINE_COLUMNS,
    incidents.map(({ row, input }) =>
      timelineValues(row.id, 1, input.now, {
        kind: input.kind,
        actor: input.actor,
        message: input.message,
        data: { severity: input.severity.id, service: input.serviceId, commander: input.commanderId, ...input.data },
      }),
    ),
  );
  if (options.announce !== false) await announceOpened(writer, incidents);
}

/**
 * Tells the subscribers (escalation, analytics, …) that incidents opened. A caller that writes
 * more of the incident first (ingest writes its alerts) inserts with `announce: false` and calls
 * this once they are written, so subscribers see the incident whole.
 */
export async function announceOpened(writer: IncidentWriter, incidents: readonly PendingIncident[]): Promise<void> {
  const first = incidents[0];
  if (first === undefined) return;
  await writer.events.announce(writer.trx, incidents.map(({ row, input }) => ({ kind: 'opened', incident: row, message: input.message })), first.input.now);
}

export interface Transition {
  /** Locked by the caller. */
  readonly incident: IncidentRow;
  readonly action: IncidentAction;
  readonly actor: string;
  readonly now: number;
  readonly note?: string;
  /** false when the caller schedules the escalation itself (escalation by hand). */
  readonly restartEscalation?: boolean;
}

/**
 * Moves a locked incident through the status machine, stamps the timestamps the move sets, and
 * records it. Resolving an incident also resolves its open alerts: the next trigger for the same
 * condition opens a new incident, as with PagerDuty.
 */
export async function applyTransition(writer: IncidentWriter, change: Transition): Promise<IncidentRow> {
  const { trx } = writer;
  const { incident, action, actor, now, note } = change;
  const outcome = transition(incident.status, action);
  if (!outcome.allowed) {
    throw new VigilError('VIGIL_ILLEGAL_TRANSITION', `cannot ${action} incident #${incident.number}: ${outcome.reason}`, undefined, {
      status: incident.status,
    });
  }
  const patch = { status: outcome.to, ...timestampsFor(action, incident, now), updated_at: now };
  await trx.updateTable('incidents').set(patch).where('id', '=', incident.id).execute();
  if (action === 'resolve') {
    await trx
      .updateTable('alerts')
      .set({ status: 'resolved', resolved_at: now })
      .where('incident_id', '=', incident.id)
      .where('status', '<>', 'resolved')
      .execute();
  }
  const kind = PAST_TENSE[action];
  const entry: TimelineEntryInput = {
    kind,
    actor,
    message: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} by ${actor}${note ? `: ${note}` : ''}`,
    data: { from: incident.status, to: outcome.to, ...(note ? { note } : {}) },
  };
  await appendTimeline(trx, incident.id, now, entry);
  // Acknowledge and resolve stop the escalation; un-acknowledge and reopen start it again.
  await writer.events.announce(trx, [{ kind, incident, message: `#${incident.number} ${entry.message}`, restartEscalation: change.restartEscalation ?? true }], now);
  return { ...incident, ...patch };
}

function timestampsFor(action: IncidentAction, incident: IncidentRow, now: number): Partial<IncidentRow> {
  switch (action) {
    case 'acknowledge':
      return { acknowledged_at: now, first_acknowledged_at: incident.first_acknowledged_at ?? now, responded_at: incident.responded_at ?? now };
    case 'unacknowledge':
      return { acknowledged_at: null };
    case 'resolve':
      return { resolved_at: now, responded_at: incident.responded_at ?? now };
    case 'reopen':
      return { acknowledged_at: null, resolved_at: null };
  }
}

const PAST_TENSE = {
  acknowledge: 'acknowledged',
  unacknowledge: 'unacknowledged',
  resolve: 'resolved',
  reopen: 'reopened',
} as const satisfies Record<IncidentAction, string>;

/**
 * Incident numbers are sequential and never reused. The counter row is updated inside the
 * declaring transaction: on PostgreSQL the row lock makes concurrent declarers (also in other
 * Vigil processes) wait for each other's commit; a rolled-back declare gives its number back.
 */
async function allocateIncidentNumbers(trx: Transaction<Schema>, count: number): Promise<number> {
  const result = await sql<{ value: number }>`update counters set value = value + ${count} where name = 'incident_number' returning value`.execute(trx);
  return Number(result.rows[0]?.value);
}
