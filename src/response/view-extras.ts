import { iso } from '../core/db/row-codec.js';
import type { IncidentViewExtension } from '../incidents/incident-service.js';
import type { IncidentRoleView, IncidentViewExtras } from '../incidents/incident-view.js';
import { updateState } from './cadence.js';
import { readCadences } from './cadence-store.js';
import { COMMANDER_ROLE, readRoleCatalogue } from './role-catalogue.js';

/** What an incident view gains from the response: its roles and when the next status update is due. */
export const responseViewExtras: IncidentViewExtension = async (db, incidents, now) => {
  const ids = incidents.map((incident) => incident.id);
  const [catalogue, held, cadences] = await Promise.all([
    readRoleCatalogue(db),
    db.selectFrom('incident_roles').selectAll().where('incident_id', 'in', ids).execute(),
    readCadences(db, ids),
  ]);
  const userIds = [...new Set([...held.map((r) => r.user_id), ...incidents.flatMap((i) => (i.commander_id === null ? [] : [i.commander_id]))])];
  const names = new Map((userIds.length === 0 ? [] : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()).map((u) => [u.id, u.name]));
  const user = (id: string) => ({ id, name: names.get(id) ?? id });
  const extras = new Map<string, IncidentViewExtras>();
  for (const incident of incidents) {
    const roles: IncidentRoleView[] = catalogue.map((role) => {
      if (role.id === COMMANDER_ROLE) return { role: role.id, name: role.name, user: incident.commander_id === null ? null : user(incident.commander_id), assigned_at: null };
      const row = held.find((r) => r.incident_id === incident.id && r.role === role.id);
      return { role: role.id, name: role.name, user: row ? user(row.user_id) : null, assigned_at: row ? iso(Number(row.assigned_at)) : null };
    });
    const cadence = cadences.get(incident.id) ?? null;
    extras.set(incident.id, { roles, next_update_due_at: cadence?.dueAt == null ? null : iso(cadence.dueAt), update_state: updateState(cadence, now) });
  }
  return extras;
};
