import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import type { JobContext } from '../engine/engine.js';
import { refreshUpdateOutcome } from '../incidents/incident-facts-sql.js';
import { appendTimeline } from '../incidents/timeline.js';
import { queueUserNotice } from '../notify/notices.js';
import { loadEscalationPolicy } from '../oncall/escalation-policy.js';
import { onCallAt } from '../oncall/schedule-resolver.js';
import { loadSchedules } from '../oncall/schedule-store.js';
import { reminderApplies, type ReminderStage } from './cadence.js';
import { readCadence } from './cadence-store.js';
import { COMMUNICATIONS_ROLE } from './role-catalogue.js';

/** Who a stage reminds, and in what words the timeline names them. */
interface Recipients {
  readonly userIds: readonly string[];
  readonly who: string;
  /** Why nobody, when `userIds` is empty. */
  readonly nobody: string;
}

/**
 * `update.remind`: a status update is due (the commander, else whoever last acknowledged), late
 * (the communications lead), or later still (the escalation policy's level after the current
 * one). Runs in the job's transaction: the timeline entry and the deliveries commit together. A
 * reminder of a cycle the cadence has left (an update was posted, the severity changed), or of a
 * resolved incident, does nothing.
 */
export function updateReminderHandler(dialect: SqlDialect) {
  return async ({ trx, payload, now }: JobContext<'update.remind'>): Promise<void> => {
    const incident = await dialect.lockForUpdate(trx.selectFrom('incidents').selectAll().where('id', '=', payload.incidentId)).executeTakeFirst();
    if (!incident || incident.status === 'resolved') return;
    if (!reminderApplies(await readCadence(trx, incident.id), payload.cycle)) return;
    const recipients = await recipientsOf(trx, incident, payload.stage, now);
    const text = REMINDER_TEXT[payload.stage];
    let deliveries = 0;
    for (const userId of recipients.userIds) deliveries += await queueUserNotice(trx, dialect, userId, { incidentId: incident.id, type: 'reminder', text }, now);
    const reached = recipients.userIds.length === 0 ? `nobody reminded: ${recipients.nobody}` : `reminded ${recipients.who} (${deliveries} ${deliveries === 1 ? 'delivery' : 'deliveries'})`;
    await appendTimeline(trx, incident.id, now, {
      kind: 'update_reminder',
      actor: 'system',
      message: `${STAGE_HEADLINE[payload.stage]}; ${reached}`,
      data: { stage: payload.stage, cycle: payload.cycle, users: recipients.userIds, deliveries },
    });
    await refreshUpdateOutcome(trx, incident.id);
  };
}

const STAGE_HEADLINE: Readonly<Record<ReminderStage, string>> = {
  due: 'Status update due',
  late: 'Status update late',
  escalate: 'Status update still missing',
};

const REMINDER_TEXT: Readonly<Record<ReminderStage, string>> = {
  due: 'a status update is due: post one in Vigil',
  late: 'the status update is late: post one in Vigil',
  escalate: 'no status update for a full interval past due: post one in Vigil',
};

async function recipientsOf(trx: Transaction<Schema>, incident: IncidentRow, stage: ReminderStage, now: number): Promise<Recipients> {
  switch (stage) {
    case 'due': {
      if (incident.commander_id !== null) return { userIds: [incident.commander_id], who: `${incident.commander_id} (commander)`, nobody: '' };
      const acker = await lastAcknowledger(trx, incident.id);
      return acker === null
        ? { userIds: [], who: '', nobody: 'no commander, and nobody has acknowledged' }
        : { userIds: [acker], who: `${acker} (last to acknowledge)`, nobody: '' };
    }
    case 'late': {
      const holder = await trx.selectFrom('incident_roles').select('user_id').where('incident_id', '=', incident.id).where('role', '=', COMMUNICATIONS_ROLE).executeTakeFirst();
      return holder
        ? { userIds: [holder.user_id], who: `${holder.user_id} (communications lead)`, nobody: '' }
        : { userIds: [], who: '', nobody: 'nobody holds the communications role' };
    }
    case 'escalate':
      return nextLevelOnCall(trx, incident, now);
  }
}

/** The person behind the latest acknowledgement (`user:alice`); tokens are nobody to remind. */
async function lastAcknowledger(trx: Transaction<Schema>, incidentId: string): Promise<string | null> {
  const rows = await trx.selectFrom('timeline_entries').select('actor').where('incident_id', '=', incidentId).where('kind', '=', 'acknowledged').orderBy('seq', 'desc').execute();
  for (const row of rows) if (row.actor.startsWith('user:')) return row.actor.slice('user:'.length);
  return null;
}

/** Who is on call, now, at the level after the one the incident's escalation reached (or its last). */
async function nextLevelOnCall(trx: Transaction<Schema>, incident: IncidentRow, now: number): Promise<Recipients> {
  const service = incident.service_id ? await trx.selectFrom('services').select('escalation_policy_id').where('id', '=', incident.service_id).executeTakeFirst() : undefined;
  const policyId = incident.escalation_policy_id ?? service?.escalation_policy_id ?? null;
  const policy = policyId ? await loadEscalationPolicy(trx, policyId) : undefined;
  if (!policy || policy.levels.length === 0) return { userIds: [], who: '', nobody: 'the incident has no escalation policy with levels' };
  const position = Math.min(incident.escalation_level + 1, policy.levels.length);
  const level = policy.levels[position - 1]!;
  const schedules = await loadSchedules(trx, level.targets.filter((t) => t.kind === 'schedule').map((t) => t.id), { from: now, to: now + 1 });
  const users = new Set<string>();
  for (const target of level.targets) {
    if (target.kind === 'user') users.add(target.id);
    else {
      const schedule = schedules.get(target.id);
      const shift = schedule ? onCallAt(schedule, now) : null;
      if (shift) users.add(shift.userId);
    }
  }
  const existing = users.size === 0 ? [] : (await trx.selectFrom('users').select('id').where('id', 'in', [...users]).execute()).map((r) => r.id).sort();
  return { userIds: existing, who: `level ${position} of ${policy.id}: ${existing.join(', ')}`, nobody: `level ${position} of ${policy.id} has nobody on call` };
}
