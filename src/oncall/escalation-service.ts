import { recordAudit } from '../audit/audit-log.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { lockIncident } from '../incidents/incident-ref.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { applyTransition } from '../incidents/incident-writes.js';
import { appendTimeline } from '../incidents/timeline.js';
import { handoffNextSteps, handoffProblem } from '../incidents/handoff-text.js';
import { restartEscalation, scheduleEscalation } from './escalation-jobs.js';
import { loadEscalationPolicy } from './escalation-policy.js';
import { nextStep } from './escalation.js';

export interface EscalateRequest {
  /** Hand the incident to this escalation policy (another team's); absent: the next level now. */
  readonly policyId?: string;
  readonly reason: string;
  /** The hand-off for whoever is brought in (Markdown); kept on the timeline as a `handoff` entry. */
  readonly handoff?: string;
}

/** Escalation by hand: the next level now, or another team's policy from its first level. */
export class EscalationService {
  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
  ) {}

  async pagesOf(incidentId: string) {
    return this.runtime.database.db.selectFrom('pages').selectAll().where('incident_id', '=', incidentId).orderBy('created_at').orderBy('round').orderBy('level').orderBy('user_id').execute();
  }

  async escalate(ref: string, request: EscalateRequest, actor: string): Promise<string> {
    const { db, dialect } = this.runtime.database;
    const handoffRefusal = request.handoff === undefined ? null : handoffProblem(request.handoff);
    if (handoffRefusal !== null) throw new VigilError('VIGIL_HANDOFF_INCOMPLETE', handoffRefusal, [{ path: '/handoff', message: handoffRefusal }]);
    const id = await this.events.transaction(db, async (trx) => {
      let incident = await lockIncident(trx, dialect, ref);
      if (incident.status === 'resolved') {
        throw new VigilError('VIGIL_ILLEGAL_TRANSITION', `cannot escalate incident #${incident.number}: it is resolved; reopen it first`, undefined, { status: incident.status });
      }
      const now = this.runtime.clock.now();
      if (request.handoff !== undefined) {
        // The timeline line says what is asked; the whole document stays in its data.
        await appendTimeline(trx, incident.id, now, {
          kind: 'handoff',
          actor,
          message: `Hand-off with the escalation — next steps needed: ${handoffNextSteps(request.handoff).replace(/\s+/g, ' ').slice(0, 500)}`,
          data: { markdown: request.handoff, reason: request.reason, ...(request.policyId ? { policy: request.policyId } : {}) },
        });
      }
      // Escalating brings someone new in: the incident is theirs to acknowledge again.
      if (incident.status === 'acknowledged') {
        incident = await applyTransition({ trx, dialect, events: this.events }, { incident, action: 'unacknowledge', actor, now, note: 'escalated by hand', restartEscalation: false });
      }

      if (request.policyId !== undefined) {
        const policy = await loadEscalationPolicy(trx, request.policyId);
        if (!policy) {
          throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no escalation policy "${request.policyId}"`, [{ path: '/policy', message: `no escalation policy "${request.policyId}"` }]);
        }
        await trx.updateTable('incidents').set({ escalation_policy_id: policy.id, updated_at: now }).where('id', '=', incident.id).execute();
        const step = await restartEscalation(trx, dialect, incident, now);
        await appendTimeline(trx, incident.id, now, {
          kind: 'escalated',
          actor,
          message: `Escalated to ${policy.name} (${policy.id}), from its first level: ${request.reason}`,
          data: { policy: policy.id, round: step.round, level: step.level, reason: request.reason },
        });
        await this.events.announce(trx, [{ kind: 'escalated', incident, message: `#${incident.number} handed to ${policy.name} by ${actor}: ${request.reason}` }], now);
        await recordAudit(trx, { actor }, now, {
          action: 'incident.escalate',
          entityType: 'incident',
          entityId: incident.id,
          before: { number: incident.number, escalation_policy: incident.escalation_policy_id },
          after: { number: incident.number, escalation_policy: policy.id, round: step.round, level: step.level, reason: request.reason },
        });
        return incident.id;
      }

      const service = incident.service_id ? await trx.selectFrom('services').select('escalation_policy_id').where('id', '=', incident.service_id).executeTakeFirst() : undefined;
      const policyId = incident.escalation_policy_id ?? service?.escalation_policy_id ?? null;
      const policy = policyId ? await loadEscalationPolicy(trx, policyId) : undefined;
      if (!policy || policy.levels.length === 0) {
        throw new VigilError('VIGIL_CONFLICT', `incident #${incident.number} has no escalation policy to escalate through; name one with "policy"`);
      }
      const current = { round: Math.max(1, incident.escalation_round), level: incident.escalation_level };
      // Past the last level (or the repeats), a manual escalation starts the next round.
      const step = nextStep(policy, current, incident.escalation_first_round) ?? { round: current.round + 1, level: 1 };
      await scheduleEscalation(trx, dialect, incident.id, step, now, now);
      await appendTimeline(trx, incident.id, now, {
        kind: 'escalated',
        actor,
        message: `Escalated by hand to level ${step.level} of ${policy.id}: ${request.reason}`,
        data: { policy: policy.id, round: step.round, level: step.level, reason: request.reason },
      });
      await this.events.announce(trx, [{ kind: 'escalated', incident, message: `#${incident.number} escalated by ${actor} to level ${step.level}: ${request.reason}` }], now);
      await recordAudit(trx, { actor }, now, {
        action: 'incident.escalate',
        entityType: 'incident',
        entityId: incident.id,
        before: { number: incident.number, escalation_policy: policy.id, round: current.round, level: current.level },
        after: { number: incident.number, escalation_policy: policy.id, round: step.round, level: step.level, reason: request.reason },
      });
      return incident.id;
    });
    this.runtime.jobSignal.notify();
    return id;
  }
}
