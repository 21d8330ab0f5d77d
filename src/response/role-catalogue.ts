import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../core/db/schema.js';

export const COMMANDER_ROLE = 'commander';
export const COMMUNICATIONS_ROLE = 'communications';

export interface RoleType {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
}

/** The roles an incident has when `vigil.yaml` names none (`incident_roles:`). */
export const DEFAULT_ROLES: readonly RoleType[] = [
  { id: COMMANDER_ROLE, name: 'Incident commander', description: 'Runs the response and decides' },
  { id: COMMUNICATIONS_ROLE, name: 'Communications lead', description: 'Keeps stakeholders updated' },
  { id: 'scribe', name: 'Scribe', description: 'Keeps the timeline' },
];

/**
 * The configured roles, in their order; the defaults when none are configured. The commander
 * is always one (it is the incident's `commander`), first unless the configuration places it.
 */
export async function readRoleCatalogue(db: Kysely<Schema> | Transaction<Schema>): Promise<RoleType[]> {
  const rows = await db.selectFrom('incident_role_types').selectAll().orderBy('position').execute();
  if (rows.length === 0) return [...DEFAULT_ROLES];
  const roles = rows.map((r) => ({ id: r.id, name: r.name, description: r.description }));
  return roles.some((r) => r.id === COMMANDER_ROLE) ? roles : [DEFAULT_ROLES[0]!, ...roles];
}
