import { sql, type Transaction } from 'kysely';
import { insertRow } from '../core/db/hot-path.js';
import type { DialectName } from '../core/db/database.js';
import { enqueueIncidentEvent } from '../notify/incident-events.js';
import { enqueueEscalationStep, restartEscalation, stopEscalation } from '../oncall/escalation-jobs.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Severity } from './severities.js';
import { transition, type IncidentAction } from './status-machine.js';
import { appendTimeline, type TimelineEntryInput } from './timeline.js';

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

export async function insertIncident(trx: Transaction<Schema>, dialect: DialectName, input: NewIncident): Promise<IncidentRow> {
  const row: IncidentRow = {
    id: newId('inc'),
    number: await allocateIncidentNumber(trx),
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
  await insertRow(trx, 'incidents', row);
  await appendTimeline(trx, row.id, input.now, {
    kind: input.kind,
    actor: input.actor,
    message: input.message,
    data: { severity: input.severity.id, service: input.serviceId, commander: input.commanderId, ...input.data },
  }, 1);
  // A new incident has no pending step to replace.
  await enqueueEscalationStep(trx, dialect, row.id, { round: 1, level: 1 }, input.now, input.now);
  await enqueueIncidentEvent(trx, dialect, row, 'triggered', input.message, input.now);
  return row;
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
async function allocateIncidentNumber(trx: Transaction<Schema>): Promise<number> {
  const result = await sql<{ value: number }>`update counters set value = value + 1 where name = 'incident_number' returning value`.execute(trx);
  return Number(result.rows[0]?.value);
}
