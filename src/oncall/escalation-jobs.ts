import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { groupingTimers } from '../alerts/grouping.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { cancelIncidentJobs, enqueueJob, enqueueJobs, type NewJob } from '../engine/jobs.js';
import type { IncidentSubscriber } from '../incidents/incident-changes.js';

/** A step of an incident's escalation: round r (1-based, continuing across restarts), level l (1-based). */
export interface EscalationStep {
  readonly round: number;
  readonly level: number;
}


/** Schedules a step, replacing whatever step was pending: one escalation runs per incident. */
export async function scheduleEscalation(trx: Transaction<Schema>, dialect: SqlDialect, incidentId: string, step: EscalationStep, runAt: number, now: number): Promise<void> {
  await cancelEscalation(trx, incidentId, now);
  await enqueueEscalationStep(trx, dialect, incidentId, step, runAt, now);
}

/** The job that runs a step. */
export function escalationStepJob(incidentId: string, step: EscalationStep, runAt: number): NewJob<'escalation.step'> {
  return { kind: 'escalation.step', key: jobKeys.escalationStep(incidentId, step), payload: { incidentId, ...step }, runAt, incidentId };
}

/** Writes a step without cancelling others: for an incident that has none yet. */
export async function enqueueEscalationStep(trx: Transaction<Schema>, dialect: SqlDialect, incidentId: string, step: EscalationStep, runAt: number, now: number): Promise<void> {
  await enqueueJob(trx, dialect, escalationStepJob(incidentId, step, runAt), now);
}

/** Replaces the pending step when escalation moves on or restarts. */
export async function cancelEscalation(trx: Transaction<Schema>, incidentId: string, now: number): Promise<number> {
  return cancelIncidentJobs(trx, incidentId, ['escalation.step'], now);
}

/** Acknowledge and resolve stop the escalation and the notifications still to come. */
export async function stopEscalation(trx: Transaction<Schema>, incidentId: string, now: number): Promise<number> {
  return cancelIncidentJobs(trx, incidentId, ['escalation.step', 'notify.rule'], now);
}

/** Starts a new run of the policy from level 1 at the next round (un-acknowledge, reopen, hand-over). */
export async function restartEscalation(trx: Transaction<Schema>, dialect: SqlDialect, incident: { id: string; escalation_round: number }, now: number): Promise<EscalationStep> {
  const step = { round: incident.escalation_round + 1, level: 1 };
  await trx.updateTable('incidents').set({ escalation_first_round: step.round }).where('id', '=', incident.id).execute();
  await scheduleEscalation(trx, dialect, incident.id, step, now, now);
  return step;
}

/**
 * The grouping wait of the services of incidents opened by alerts (`grouping.wait`): their first
 * step runs that much later, so related alerts join before anyone is woken; if every alert
 * resolves first, the resolve cancels the step and nothing pages. Declared incidents page at
 * once. One read, and none when no opened incident came from an integration.
 */
async function groupWaits(trx: Transaction<Schema>, incidents: readonly IncidentRow[]): Promise<Map<string, number>> {
  const services = [...new Set(incidents.filter((i) => i.created_by.startsWith('integration:') && i.service_id !== null).map((i) => i.service_id as string))];
  const waits = new Map<string, number>();
  if (services.length === 0) return waits;
  const rows = await trx.selectFrom('services').select(['id', 'grouping']).where('id', 'in', services).where('grouping', 'is not', null).execute();
  for (const row of rows) {
    const { waitMs } = groupingTimers(row.grouping);
    if (waitMs > 0) waits.set(row.id, waitMs);
  }
  return waits;
}

/**
 * What escalation does about incident changes, in their transaction: a new incident starts at
 * (1, 1); acknowledge and resolve stop the escalation and the notifications still to come;
 * un-acknowledge and reopen start a new run unless the caller schedules one itself.
 */
export function escalationSubscriber(dialect: SqlDialect): IncidentSubscriber {
  return async (trx, changes, now) => {
    // A new incident has no pending step to replace: its first steps are written together.
    const opened = changes.filter((change) => change.kind === 'opened');
    if (opened.length > 0) {
      const waits = await groupWaits(trx, opened.map((change) => change.incident));
      await enqueueJobs(trx, dialect, opened.map(({ incident }) => escalationStepJob(incident.id, { round: 1, level: 1 }, now + (waits.get(incident.service_id ?? '') ?? 0))), now);
    }
    for (const change of changes) {
      switch (change.kind) {
        case 'acknowledged':
        case 'resolved':
          await stopEscalation(trx, change.incident.id, now);
          break;
        case 'unacknowledged':
        case 'reopened':
          if (change.restartEscalation) await restartEscalation(trx, dialect, change.incident, now);
          break;
        default:
          break;
      }
    }
  };
}
