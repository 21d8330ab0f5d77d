import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { queueUserNotice } from '../notify/notices.js';

/** Tells someone they hold a role on an incident, through their contact methods (not a page). */
export async function noticeRoleAssigned(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  incident: { readonly id: string; readonly number: number; readonly title: string },
  userId: string,
  roleName: string,
  by: string,
  now: number,
): Promise<number> {
  return queueUserNotice(trx, dialect, userId, { incidentId: incident.id, type: 'role', text: `you are now ${roleName} (assigned by ${by})` }, now);
}
