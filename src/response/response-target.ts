import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import { parseJson } from '../core/db/row-codec.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { formatDuration } from '../core/duration.js';
import { responseTargetBreaches } from '../core/metrics.js';
import type { Runtime } from '../core/runtime.js';
import type { OutsideJobContext } from '../engine/engine.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { cancelIncidentJobs, enqueueJob, enqueueJobs, moveIncidentJob, type NewJob } from '../engine/jobs.js';
import type { IncidentSubscriber } from '../incidents/incident-changes.js';
import { appendTimeline } from '../incidents/timeline.js';
import { queueUserNotice } from '../notify/notices.js';

/**
 * A response target breached is an event when it happens: a `target.breach` job at each
 * incident's `respond_by` (key `breach:{incident}:{respond_by}`) writes the timeline entry,
 * tells the commander (else whoever was paged) and counts it in /metrics, if the incident is
 * still unanswered then. "Unanswered" is the incident view's rule (incident-view.ts,
 * `responseState`): nobody has acknowledged or resolved it since it was triggered
 * (`responded_at` is null). A later un-acknowledge or reopen does not make a met target breached.
 */
export type BreachDecision =
  /** Still unanswered at its target: the breach is written. */
  | 'breached'
  /** Acknowledged or resolved in time (or late: the view shows it breached, but no one is waiting any more). */
  | 'answered'
  /** The severity changed since the job was written: the job for the new `respond_by` decides. */
  | 'moved'
  /** The incident is gone (or merged away, which resolves it). */
  | 'gone';

export function decideBreach(incident: Pick<IncidentRow, 'status' | 'responded_at' | 'respond_by'> | undefined, respondBy: number): BreachDecision {
  if (incident === undefined) return 'gone';
  if (incident.respond_by !== respondBy) return 'moved';
  if (incident.responded_at !== null || incident.status !== 'triggered') return 'answered';
  return 'breached';
}

export function breachJob(incident: Pick<IncidentRow, 'id' | 'respond_by'>): NewJob<'target.breach'> & { readonly incidentId: string } {
  return { kind: 'target.breach', key: jobKeys.targetBreach(incident.id, incident.respond_by), payload: { incidentId: incident.id, respondBy: incident.respond_by }, runAt: incident.respond_by, incidentId: incident.id };
}

/**
 * What response targets do about incident changes, in their transaction: a new incident gets
 * its breach job; acknowledge and resolve cancel it; a severity change moves `respond_by`, and
 * the pending job with it (one already running finds `respond_by` moved and stops);
 * un-acknowledge and reopen write it again for an incident nobody has answered yet (a
 * cancelled key written again comes back). Incidents answered once need nothing: their target
 * is decided.
 */
export function responseTargetSubscriber(dialect: SqlDialect): IncidentSubscriber {
  return async (trx, changes, now) => {
    const opened = changes.filter((change) => change.kind === 'opened' && change.incident.responded_at === null);
    if (opened.length > 0) await enqueueJobs(trx, dialect, opened.map(({ incident }) => breachJob(incident)), now);
    for (const change of changes) {
      switch (change.kind) {
        case 'acknowledged':
        case 'resolved':
          await cancelIncidentJobs(trx, change.incident.id, ['target.breach'], now);
          break;
        case 'severity_changed':
        case 'unacknowledged':
        case 'reopened': {
          // The change carries the incident as it was before; `respond_by` follows the new severity.
          const current = await trx.selectFrom('incidents').select(['id', 'status', 'responded_at', 'respond_by']).where('id', '=', change.incident.id).executeTakeFirst();
          if (current === undefined || current.responded_at !== null || current.status === 'resolved') break;
          if (change.kind === 'severity_changed') await moveIncidentJob(trx, dialect, breachJob(current), now);
          else await enqueueJob(trx, dialect, breachJob(current), now);
          break;
        }
        default:
          break;
      }
    }
  };
}

/**
 * `target.breach`: runs outside the engine's transaction so that the count in /metrics follows
 * the commit (a rolled-back breach is not counted). Run twice (its node died after the commit
 * and before the job was marked done), it finds its timeline entry and does nothing.
 */
export function responseTargetHandler(runtime: Runtime) {
  const { db, dialect } = runtime.database;
  return async ({ payload }: OutsideJobContext<'target.breach'>): Promise<void> => {
    const breached = await db.transaction().execute(async (trx) => {
      const incident = await dialect.lockForUpdate(trx.selectFrom('incidents').selectAll().where('id', '=', payload.incidentId)).executeTakeFirst();
      if (decideBreach(incident, payload.respondBy) !== 'breached' || incident === undefined) return null;
      if (await alreadyWritten(trx, incident.id, payload.respondBy)) return null;
      await writeBreach(trx, dialect, incident, runtime.clock.now());
      return incident.severity_id;
    });
    if (breached === null) return;
    responseTargetBreaches.inc({ severity: breached });
    // The notices are jobs written above: start them now rather than at the next poll.
    runtime.jobSignal.notify();
  };
}

async function alreadyWritten(trx: Transaction<Schema>, incidentId: string, respondBy: number): Promise<boolean> {
  const entries = await trx.selectFrom('timeline_entries').select('data').where('incident_id', '=', incidentId).where('kind', '=', 'response_target_breached').execute();
  return entries.some((entry) => parseJson<{ respond_by?: number }>(entry.data ?? '{}').respond_by === respondBy);
}

async function writeBreach(trx: Transaction<Schema>, dialect: SqlDialect, incident: IncidentRow, now: number): Promise<void> {
  const target = `${incident.severity_id} response target of ${targetText(incident.respond_by - incident.triggered_at)}`;
  const recipients = await recipientsOf(trx, incident);
  let deliveries = 0;
  const text = `${target} breached: nobody has acknowledged the incident yet`;
  for (const userId of recipients.userIds) deliveries += await queueUserNotice(trx, dialect, userId, { incidentId: incident.id, type: 'target_breached', text }, now);
  const told = recipients.userIds.length === 0 ? 'nobody to notify: no commander and nobody paged' : `notified ${recipients.who} (${deliveries} ${deliveries === 1 ? 'delivery' : 'deliveries'})`;
  await appendTimeline(trx, incident.id, now, {
    kind: 'response_target_breached',
    actor: 'system',
    message: `${target} breached; ${told}`,
    data: { severity: incident.severity_id, respond_by: incident.respond_by, respond_within_seconds: Math.round((incident.respond_by - incident.triggered_at) / 1000), users: recipients.userIds, deliveries },
  });
}

/** `15 min`, `1 h`, `1 h 30 min`, `45 s`: how people say a response target. */
function targetText(ms: number): string {
  const text = formatDuration(ms);
  return text.replace(/(\d+)([dhms])/g, (_, n: string, unit: string) => `${n} ${unit === 'm' ? 'min' : unit} `).trim();
}

/** The commander; without one, everyone paged for the incident so far, in the order they were paged. */
async function recipientsOf(trx: Transaction<Schema>, incident: IncidentRow): Promise<{ readonly userIds: readonly string[]; readonly who: string }> {
  if (incident.commander_id !== null) return { userIds: [incident.commander_id], who: `${incident.commander_id} (commander)` };
  const pages = await trx.selectFrom('pages').select(['user_id']).where('incident_id', '=', incident.id).orderBy('created_at').orderBy('id').execute();
  const userIds = [...new Set(pages.map((p) => p.user_id))];
  return { userIds, who: `${userIds.join(', ')} (paged)` };
}
