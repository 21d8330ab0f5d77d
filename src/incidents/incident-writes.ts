import { sql, type Transaction } from 'kysely';
import { insertRows } from '../core/db/hot-path.js';
import type { DialectName } from '../core/db/database.js';
import { enqueueJobs } from '../engine/jobs.js';
import { enqueueIncidentEvent, enqueueIncidentEvents } from '../notify/incident-events.js';
import { escalationStepJob, restartEscalation, stopEscalation } from '../oncall/escalation-jobs.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';
import type { Severity } from './severities.js';
import { transition, type IncidentAction } from './status-machine.js';
import { appendTimeline, TIMELINE_COLUMNS, timelineValues, type TimelineEntryInput } from './timeline.js';

/**
 * The writes that change incidents, as building blocks that run inside a caller's transaction:
 * the incidents API uses them one change at a time, ingest uses them for a whole batch of alerts.
 */

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
    escalation_policy_id: null,
    escalation_round: 0,
    escalation_level: 0,
    escalation_first_round: 1,
  };
}

export async function insertIncident(trx: Transaction<Schema>, dialect: DialectName, input: NewIncident): Promise<IncidentRow> {
  const row = newIncidentRow(input);
  await insertIncidents(trx, dialect, [{ row, input }]);
  return row;
}

export interface PendingIncident {
  /** From `newIncidentRow`, possibly changed since (a raised severity); gets its number here. */
  readonly row: IncidentRow;
  readonly input: NewIncident;
}

/**
 * Stores new incidents with the statements of one, whatever their count: their numbers (in the
 * order given), rows, first timeline entries, first escalation steps and team channel posts.
 * They share a moment: `now` is the first one's.
 */
export async function insertIncidents(trx: Transaction<Schema>, dialect: DialectName, incidents: readonly PendingIncident[]): Promise<void> {
  const first = incidents[0];
  if (first === undefined) return;
  const now = first.input.now;
  const lastNumber = await allocateIncidentNumbers(trx, incidents.length);
  incidents.forEach(({ row }, index) => {
    row.number = lastNumber - incidents.length + 1 + index;
  });
  const columns = Object.keys(first.row) as (keyof IncidentRow)[];
  await insertRows(trx, dialect, 'incidents', columns, incidents.map(({ row }) => columns.map((c) => row[c])));
  await insertRows(
    trx,
    dialect,
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
  // A new incident has no pending step to replace.
  await enqueueJobs(trx, dialect, incidents.map(({ row, input }) => escalationStepJob(row.id, { round: 1, level: 1 }, input.now)), now);
  await enqueueIncidentEvents(trx, dialect, incidents.map(({ row, input }) => ({ incident: row, type: 'triggered' as const, text: input.message })), now);
}

/**
 * Moves a locked incident through the status machine, stamps the timestamps the move sets, and
 * records it. Resolving an incident also resolves its open alerts: the next trigger for the same
 * condition opens a new incident, as with PagerDuty.
 */
export async function applyTransition(
  trx: Transaction<Schema>,
  dialect: DialectName,
  incident: IncidentRow,
  action: IncidentAction,
  actor: string,
  now: number,
  note?: string,
  /** false when the caller schedules the escalation itself (escalation by hand). */
  restartEscalationOnUnacknowledge = true,
): Promise<IncidentRow> {
  const outcome = transition(incident.status, action);
  if (!outcome.allowed) {
    throw new VigilError('VIGIL_ILLEGAL_TRANSITION', `cannot ${action} incident #${incident.number}: ${outcome.reason}`, undefined, {
      status: incident.status,
    });
  }
  const patch = { status: outcome.to, ...timestampsFor(action, incident, now), updated_at: now };
  await trx.updateTable('incidents').set(patch).where('id', '=', incident.id).execute();
  // Acknowledge and resolve stop the escalation; un-acknowledge and reopen start it again.
  if (action === 'acknowledge' || action === 'resolve') await stopEscalation(trx, incident.id, now);
  else if (restartEscalationOnUnacknowledge) await restartEscalation(trx, dialect, incident, now);
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
  // Un-acknowledging is internal to the response; the channel hears when it is triggered again.
  if (action !== 'unacknowledge') await enqueueIncidentEvent(trx, dialect, incident, action === 'reopen' ? 'triggered' : PAST_TENSE[action] as 'acknowledged' | 'resolved', `#${incident.number} ${entry.message}`, now);
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
