import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { newOrderedId } from '../core/ids.js';
import { pagesCreated } from '../core/metrics.js';
import type { JobContext } from '../engine/engine.js';
import { enqueueJob } from '../engine/jobs.js';
import { escalationStepJob, type EscalationStep } from './escalation-jobs.js';
import { appendTimeline } from '../incidents/timeline.js';
import type { Channel } from '../notify/channels.js';
import { planPageNotifications } from '../notify/deliveries.js';
import { formatTarget, loadEscalationPolicy, type EscalationLevel, type EscalationPolicy, type EscalationTarget } from './escalation-policy.js';
import { onCallAt } from './schedule-resolver.js';
import { loadSchedules } from './schedule-store.js';

/** Who a target reaches at `now`, and why (for the timeline). */
interface Reached {
  readonly userId: string;
  readonly target: EscalationTarget;
}

async function resolveTargets(trx: Transaction<Schema>, level: EscalationLevel, now: number): Promise<{ reached: Reached[]; empty: string[] }> {
  const scheduleIds = level.targets.filter((t) => t.kind === 'schedule').map((t) => t.id);
  const schedules = await loadSchedules(trx, scheduleIds, { from: now, to: now + 1 });
  const reached: Reached[] = [];
  const empty: string[] = [];
  for (const target of level.targets) {
    if (target.kind === 'user') {
      const user = await trx.selectFrom('users').select('id').where('id', '=', target.id).executeTakeFirst();
      if (user) reached.push({ userId: user.id, target });
      else empty.push(`user ${target.id} no longer exists`);
      continue;
    }
    const schedule = schedules.get(target.id);
    const shift = schedule ? onCallAt(schedule, now) : null;
    if (shift) reached.push({ userId: shift.userId, target });
    else empty.push(schedule ? `nobody is on call for schedule ${target.id}` : `schedule ${target.id} no longer exists`);
  }
  // One page per person per step, even when two targets name them.
  const seen = new Set<string>();
  return { reached: reached.filter((r) => !seen.has(r.userId) && seen.add(r.userId)), empty };
}

function policyIdOf(incident: IncidentRow, servicePolicy: string | null): string | null {
  return incident.escalation_policy_id ?? servicePolicy;
}

/** The step after `step` in `policy`, or null when the policy and its repeats are spent. */
export function nextStep(policy: EscalationPolicy, step: EscalationStep, firstRound: number): EscalationStep | null {
  if (step.level < policy.levels.length) return { round: step.round, level: step.level + 1 };
  const roundsRun = step.round - firstRound + 1;
  return roundsRun <= policy.repeat ? { round: step.round + 1, level: 1 } : null;
}

/**
 * The `escalation.step` job: pages the level's targets (one page record per incident, round,
 * level and user, enforced by a unique constraint) and schedules the next step. Runs in the
 * transaction that completes the job, so its effects happen once.
 */
export function escalationStepHandler(dialect: SqlDialect, throttleMs: (channel: Channel) => number) {
  return async ({ trx, payload, now }: JobContext<'escalation.step'>): Promise<void> => {
    const incident = await dialect.lockForUpdate(trx.selectFrom('incidents').selectAll().where('id', '=', payload.incidentId)).executeTakeFirst();
    // Acknowledged or resolved since the job was written: the escalation has stopped.
    if (!incident || incident.status !== 'triggered') return;
    const step: EscalationStep = { round: payload.round, level: payload.level };
    if (step.round < incident.escalation_round || (step.round === incident.escalation_round && step.level <= incident.escalation_level)) return;

    const service = incident.service_id ? await trx.selectFrom('services').select('escalation_policy_id').where('id', '=', incident.service_id).executeTakeFirst() : undefined;
    const policyId = policyIdOf(incident, service?.escalation_policy_id ?? null);
    const policy = policyId ? await loadEscalationPolicy(trx, policyId) : undefined;
    if (!policy || policy.levels.length === 0) {
      if (step.round === 1 && step.level === 1 && incident.escalation_round === 0) {
        await appendTimeline(trx, incident.id, now, {
          kind: 'escalation_warning',
          actor: 'system',
          message: policyId ? `Escalation policy ${policyId} has no levels; nobody was paged` : 'The service has no escalation policy; nobody was paged',
          data: { policy: policyId },
        });
        await trx.updateTable('incidents').set({ escalation_round: 1, escalation_level: 0 }).where('id', '=', incident.id).execute();
      }
      return;
    }
    // A policy edited mid-incident may have fewer levels now: its last level stands in.
    const level = policy.levels[Math.min(step.level, policy.levels.length) - 1] as EscalationLevel;
    const { reached, empty } = await resolveTargets(trx, level, now);
    const firstRound = incident.escalation_first_round;
    let paged = false;

    for (const { userId, target } of reached) {
      const pageId = newOrderedId('pg');
      const inserted = await trx
        .insertInto('pages')
        .values({
          id: pageId,
          incident_id: incident.id,
          user_id: userId,
          round: step.round,
          level: step.level,
          reason: target.kind === 'schedule' ? `on call for schedule ${target.id}` : 'named in the escalation policy',
          target: formatTarget(target),
          created_at: now,
        })
        .onConflict((oc) => oc.columns(['incident_id', 'round', 'level', 'user_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 1) === 0) continue;
      paged = true;
      pagesCreated.inc({ urgency: incident.urgency });
      await appendTimeline(trx, incident.id, now, {
        kind: 'paged',
        actor: 'system',
        message: `Paged ${userId} (level ${step.level}, round ${step.round} of ${policy.id}): ${target.kind === 'schedule' ? `on call for ${target.id}` : 'named in the policy'}`,
        data: { user: userId, level: step.level, round: step.round, policy: policy.id, target: formatTarget(target) },
      });
      const warnings = await planPageNotifications(trx, dialect, { id: pageId, incidentId: incident.id, userId, round: step.round, level: step.level }, incident.urgency, throttleMs, now);
      if (warnings.length > 0) {
        await appendTimeline(trx, incident.id, now, {
          kind: 'escalation_warning',
          actor: 'system',
          message: `${userId} ${warnings.join('; ')}, so the page may not reach them`,
          data: { user: userId, warnings },
        });
      }
    }
    // Analytics' fact "reached level 2" (a page at level 2 or beyond) moves with the level, in the same statement.
    const reachedLevel2 = paged && step.level >= 2 ? { reached_level_2: 1 } : {};
    await trx.updateTable('incidents').set({ escalation_round: step.round, escalation_level: step.level, ...reachedLevel2 }).where('id', '=', incident.id).execute();

    const next = nextStep(policy, step, firstRound);
    if (reached.length === 0) {
      await appendTimeline(trx, incident.id, now, {
        kind: 'escalation_warning',
        actor: 'system',
        message: `Level ${step.level} of ${policy.id} reaches nobody (${empty.join('; ')})${next ? '; escalating to the next level now' : ''}`,
        data: { level: step.level, round: step.round, policy: policy.id, reasons: empty },
      });
    }
    if (!next) {
      await appendTimeline(trx, incident.id, now, {
        kind: 'escalation_exhausted',
        actor: 'system',
        message: `Nobody acknowledged after ${step.round - firstRound + 1} round(s) of ${policy.id}; escalation stopped`,
        data: { policy: policy.id, rounds: step.round - firstRound + 1 },
      });
      return;
    }
    await enqueueJob(trx, dialect, escalationStepJob(incident.id, next, reached.length === 0 ? now : now + level.escalateAfterMs), now);
  };
}
