import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Schema } from '../core/db/schema.js';

/**
 * Two of analytics' per-incident facts, kept on the incident row by the slices that change what
 * they read (analytics/definitions.ts has the rules; analytics/incident-facts.ts works every fact
 * out again on each incident change):
 * - `reached_level_2`: 1 once a page at escalation level 2 or beyond was sent for it (set by the
 *   escalation step in the statement that moves `escalation_level`);
 * - `update_outcome`: status updates, 0 not due, 1 on time, 2 late. Due when the incident has an
 *   update cadence and either a reminder was written or an update posted; late when a reminder
 *   other than "Status update due" was written. Set by the writers of cadences, reminders and
 *   status updates (response/).
 */
export function reachedLevel2Sql(incidentId: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`case when exists (select 1 from pages p where p.incident_id = ${incidentId} and p.level >= 2) then 1 else 0 end`;
}

export function updateOutcomeSql(incidentId: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`case when exists (select 1 from update_cadence c where c.incident_id = ${incidentId}) then
      case
        when exists (select 1 from timeline_entries t where t.incident_id = ${incidentId} and t.kind = 'update_reminder' and t.message not like 'Status update due%') then 2
        when exists (select 1 from timeline_entries t where t.incident_id = ${incidentId} and t.kind = 'update_reminder')
          or exists (select 1 from status_updates u where u.incident_id = ${incidentId}) then 1
        else 0
      end
    else 0 end`;
}

/** Works out `update_outcome` of one incident again, in the caller's transaction (after its cadence, reminder or update is written). */
export async function refreshUpdateOutcome(db: Kysely<Schema> | Transaction<Schema>, incidentId: string): Promise<void> {
  await sql`update incidents set update_outcome = ${updateOutcomeSql(sql.ref('incidents.id'))} where id = ${incidentId}`.execute(db);
}
