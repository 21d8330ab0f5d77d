import { recordAudit } from '../audit/audit-log.js';
import type { StatusUpdatesTable } from '../core/db/schema.js';
import { iso, parseJson } from '../core/db/row-codec.js';
import { VigilError } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { suggestStoredId } from '../core/suggest.js';
import type { Selectable } from 'kysely';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { findIncident, lockIncident, type IncidentRef } from '../incidents/incident-ref.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { refreshUpdateOutcome } from '../incidents/incident-facts-sql.js';
import { appendTimeline } from '../incidents/timeline.js';
import { incidentCost, type IncidentCostView } from '../cost/cost-store.js';
import { enqueueIncidentEvents } from '../notify/incident-events.js';
import { snoozeProblem, updatePosted } from './cadence.js';
import { buildHandoff, type Handoff } from './handoff.js';
import { applyCadenceStep, readCadence, severityInterval } from './cadence-store.js';
import { COMMANDER_ROLE, readRoleCatalogue, type RoleType } from './role-catalogue.js';
import { noticeRoleAssigned } from './response-notices.js';
import { queueStakeholderUpdate, type LinkSettings } from './stakeholders.js';

export const UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];
export type Audience = 'internal' | 'stakeholders';

export interface NewStatusUpdate {
  readonly status: UpdateStatus;
  readonly message: string;
  readonly audience: Audience;
  /** When the next update will come (a snooze), instead of one interval from now. */
  readonly nextInMs?: number;
}

export interface StatusUpdateView {
  readonly id: string;
  readonly status: UpdateStatus;
  readonly audience: Audience;
  readonly message: string;
  readonly author: string;
  readonly posted_at: string;
  readonly next_update_at: string | null;
}

/** Incident roles and status updates. */
export class ResponseService {
  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
    private readonly incidents: IncidentService,
    private readonly links: LinkSettings,
  ) {}

  private get db() {
    return this.runtime.database.db;
  }

  /** Gives `role` to `userId`; the commander goes through the incident's own commander change. */
  async assignRole(ref: IncidentRef, roleId: string, userId: string, actor: string): Promise<IncidentView> {
    const role = await this.requireRole(roleId);
    await this.requireUser(userId);
    if (role.id === COMMANDER_ROLE) {
      const incident = await findIncident(this.db, ref);
      return incident.commander_id === userId ? this.incidents.get(incident.id) : this.incidents.setCommander(incident.id, userId, actor);
    }
    const { dialect } = this.runtime.database;
    const id = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, dialect, ref);
      const now = this.runtime.clock.now();
      const held = await trx.selectFrom('incident_roles').selectAll().where('incident_id', '=', incident.id).where('role', '=', role.id).executeTakeFirst();
      if (held?.user_id === userId) return incident.id;
      if (held) await trx.updateTable('incident_roles').set({ user_id: userId, assigned_by: actor, assigned_at: now }).where('incident_id', '=', incident.id).where('role', '=', role.id).execute();
      else await trx.insertInto('incident_roles').values({ incident_id: incident.id, role: role.id, user_id: userId, assigned_by: actor, assigned_at: now }).execute();
      await trx.updateTable('incidents').set({ updated_at: now }).where('id', '=', incident.id).execute();
      const deliveries = await noticeRoleAssigned(trx, dialect, incident, userId, `the ${role.name.toLowerCase()}`, actor, now);
      await appendTimeline(trx, incident.id, now, {
        kind: 'role_assigned',
        actor,
        message: `${role.name}: ${userId}${held ? ` (was ${held.user_id})` : ''}`,
        data: { role: role.id, user: userId, from: held?.user_id ?? null, deliveries },
      });
      await recordAudit(trx, { actor }, now, { action: 'incident.role_assign', entityType: 'incident', entityId: incident.id, before: { number: incident.number, role: role.id, user: held?.user_id ?? null }, after: { number: incident.number, role: role.id, user: userId } });
      await this.events.announce(trx, [{ kind: 'updated', incident }], now);
      return incident.id;
    });
    this.runtime.jobSignal.notify();
    return this.incidents.get(id);
  }

  /** Nobody holds `role` any more; clearing a role nobody holds changes nothing. */
  async clearRole(ref: IncidentRef, roleId: string, actor: string): Promise<IncidentView> {
    const role = await this.requireRole(roleId);
    if (role.id === COMMANDER_ROLE) {
      const incident = await findIncident(this.db, ref);
      return incident.commander_id === null ? this.incidents.get(incident.id) : this.incidents.setCommander(incident.id, null, actor);
    }
    const id = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, this.runtime.database.dialect, ref);
      const now = this.runtime.clock.now();
      const held = await trx.selectFrom('incident_roles').selectAll().where('incident_id', '=', incident.id).where('role', '=', role.id).executeTakeFirst();
      if (!held) return incident.id;
      await trx.deleteFrom('incident_roles').where('incident_id', '=', incident.id).where('role', '=', role.id).execute();
      await trx.updateTable('incidents').set({ updated_at: now }).where('id', '=', incident.id).execute();
      await appendTimeline(trx, incident.id, now, { kind: 'role_cleared', actor, message: `${role.name} cleared (was ${held.user_id})`, data: { role: role.id, from: held.user_id } });
      await recordAudit(trx, { actor }, now, { action: 'incident.role_clear', entityType: 'incident', entityId: incident.id, before: { number: incident.number, role: role.id, user: held.user_id }, after: { number: incident.number, role: role.id, user: null } });
      await this.events.announce(trx, [{ kind: 'updated', incident }], now);
      return incident.id;
    });
    return this.incidents.get(id);
  }

  /**
   * Posts a status update: the timeline has it, the cadence starts a new cycle (the next update
   * due one interval from now, or when `nextInMs` says), team channels that follow status
   * updates get it, and a stakeholder update goes to the incident's and its service's
   * subscribers. A `resolved` update does not resolve the incident.
   */
  async postUpdate(ref: IncidentRef, input: NewStatusUpdate, actor: string): Promise<StatusUpdateView> {
    const { dialect } = this.runtime.database;
    const row = await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, dialect, ref);
      const now = this.runtime.clock.now();
      const intervalMs = await severityInterval(trx, incident.severity_id);
      if (input.nextInMs !== undefined) {
        const problem = snoozeProblem(input.nextInMs, intervalMs);
        if (problem) throw new VigilError('VIGIL_VALIDATION_FAILED', `next_update_in ${problem}`, [{ path: '/next_update_in', message: problem }]);
      }
      const step = updatePosted(await readCadence(trx, incident.id), intervalMs, now, { resolved: incident.status === 'resolved', ...(input.nextInMs === undefined ? {} : { nextInMs: input.nextInMs }) });
      const update = {
        id: newOrderedId('upd'),
        incident_id: incident.id,
        status: input.status,
        audience: input.audience,
        message: input.message,
        author: actor,
        posted_at: now,
        next_update_at: step.next?.dueAt ?? null,
      };
      await trx.insertInto('status_updates').values(update).execute();
      await applyCadenceStep(trx, dialect, incident.id, step, now);
      await trx.updateTable('incidents').set({ updated_at: now }).where('id', '=', incident.id).execute();
      await refreshUpdateOutcome(trx, incident.id);
      const label = STATUS_LABEL[input.status];
      await appendTimeline(trx, incident.id, now, {
        kind: 'status_update',
        actor,
        message: `${input.audience === 'stakeholders' ? 'Stakeholder update' : 'Internal update'} — ${label}: ${input.message}`,
        data: { update: update.id, status: input.status, audience: input.audience, text: input.message, next_update_at: iso(update.next_update_at) },
      });
      await enqueueIncidentEvents(trx, dialect, [{ incident, type: 'status_update', text: `${label}: ${input.message}` }], now);
      if (input.audience === 'stakeholders') {
        // Stakeholders are told when to expect the next one, a snooze included.
        const next = update.next_update_at === null ? '' : ` (next update by ${new Date(update.next_update_at).toISOString().slice(11, 16)} UTC)`;
        await queueStakeholderUpdate(trx, dialect, this.links, incident, `${label}: ${input.message}${next}`, now);
      }
      await this.events.announce(trx, [{ kind: 'updated', incident }], now);
      return update;
    });
    this.runtime.jobSignal.notify();
    return statusUpdateView(row);
  }

  async listUpdates(ref: IncidentRef): Promise<StatusUpdateView[]> {
    const incident = await findIncident(this.db, ref);
    const rows = await this.db.selectFrom('status_updates').selectAll().where('incident_id', '=', incident.id).orderBy('posted_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(statusUpdateView);
  }

  /** The escalation hand-off, computed afresh from the incident as it stands. */
  async handoff(ref: IncidentRef): Promise<Handoff> {
    const view = await this.incidents.get(ref);
    const [alerts, updates] = await Promise.all([
      this.db.selectFrom('alerts').select(['summary', 'status', 'links', 'client_url']).where('incident_id', '=', view.id).orderBy('first_seen_at').execute(),
      this.db.selectFrom('status_updates').selectAll().where('incident_id', '=', view.id).orderBy('posted_at', 'desc').orderBy('id', 'desc').execute(),
    ]);
    const stakeholder = updates.find((u) => u.audience === 'stakeholders');
    // Who did what, by name: the person handed to knows people, not ids.
    const timeline = view.timeline ?? [];
    const userIds = [...new Set(timeline.flatMap((t) => (t.actor.startsWith('user:') ? [t.actor.slice('user:'.length)] : [])))];
    const names = new Map(
      userIds.length === 0 ? [] : (await this.db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()).map((u) => [`user:${u.id}`, u.name]),
    );
    const asUpdate = (u: (typeof updates)[number] | undefined) => (u === undefined ? null : { status: STATUS_LABEL[u.status], message: u.message, at: Number(u.posted_at) });
    return buildHandoff({
      number: view.number,
      title: view.title,
      severity: view.severity,
      service: view.service?.name ?? null,
      status: view.status,
      commander: view.commander?.name ?? null,
      description: view.description,
      triggeredAt: Date.parse(view.triggered_at),
      now: this.runtime.clock.now(),
      latestStakeholderUpdate: asUpdate(stakeholder),
      latestUpdate: asUpdate(updates[0]),
      costSoFar: costSoFar(await incidentCost(this.db, ref, this.runtime.clock.now())),
      timeline: timeline.map((t) => ({ at: Date.parse(t.at), kind: t.kind, actor: names.get(t.actor) ?? t.actor, message: t.message })),
      alerts: alerts.map((a) => ({
        summary: a.summary,
        status: a.status,
        links: [...(parseJson<{ href?: unknown }[]>(a.links) ?? []).flatMap((l) => (typeof l.href === 'string' ? [l.href] : [])), ...(a.client_url ? [a.client_url] : [])],
      })),
      roles: (view.roles ?? []).map((r) => ({ name: r.name, user: r.user?.name ?? null })),
      nextUpdateDueAt: view.next_update_due_at ? Date.parse(view.next_update_due_at) : null,
    });
  }

  private async requireRole(roleId: string): Promise<RoleType> {
    const catalogue = await readRoleCatalogue(this.db);
    const role = catalogue.find((r) => r.id === roleId);
    if (!role) throw new VigilError('VIGIL_ROLE_NOT_FOUND', `no incident role "${roleId}"; the roles are ${catalogue.map((r) => r.id).join(', ')}`);
    return role;
  }

  private async requireUser(userId: string): Promise<void> {
    const row = await this.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (row) return;
    const suggestion = await suggestStoredId(this.db, 'users', userId);
    throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no user "${userId}"${suggestion || '; see GET /api/v1/users'}`, [{ path: '/user', message: `no user "${userId}"${suggestion}` }]);
  }
}

export const STATUS_LABEL: Readonly<Record<UpdateStatus, string>> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

function statusUpdateView(row: Selectable<StatusUpdatesTable>): StatusUpdateView {
  return {
    id: row.id,
    status: row.status,
    audience: row.audience,
    message: row.message,
    author: row.author,
    posted_at: iso(Number(row.posted_at)),
    next_update_at: row.next_update_at === null ? null : iso(Number(row.next_update_at)),
  };
}

/** The hand-off's cost line: the figure so far, and that it still grows while the incident is open. */
function costSoFar(cost: IncidentCostView): string | null {
  if (cost.amount === null || cost.currency === null) return null;
  const amount = new Intl.NumberFormat('en', { style: 'currency', currency: cost.currency }).format(cost.amount);
  return `${amount} over ${Math.round(cost.impact_minutes)} min of impact${cost.provisional ? ', still counting' : ''}`;
}
