import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import type { IncidentSubscriber } from '../incidents/incident-changes.js';
import { reachedLevel2Sql, updateOutcomeSql } from '../incidents/incident-facts-sql.js';
import { CLI_ACTOR, PERSON_ACTOR_PREFIX, REPEAT_WINDOW_MS } from './definitions.js';

const PERSON = (alias: string) => sql`(${sql.ref(`${alias}.actor`)} like ${sql.lit(`${PERSON_ACTOR_PREFIX}%`)} or ${sql.ref(`${alias}.actor`)} = ${sql.lit(CLI_ACTOR)})`;

/**
 * Works out the incidents' facts again from their rows, timelines and alerts, and keeps them on
 * the incident (migration 020 added the columns and back-filled them with the same statement):
 * - `person_ack_at`: the first acknowledgement by a person before the first resolve (by timeline order);
 * - `first_resolved_at`; `resolved_by_person` (the final resolve's actor, while resolved);
 * - `escalated_by_hand`: an `escalated` timeline entry (pages at level 2 are read from `pages`);
 * - `repeat_of_recent`: one of its alerts has the signature of another incident's alert on the
 *   service first seen in the 30 days before the trigger;
 * - `reached_level_2` and `update_outcome` (migration 021; the escalation step and the writers of
 *   cadences, reminders and status updates keep them as they write, incidents/incident-facts-sql.ts).
 */
export async function refreshIncidentFacts(db: Kysely<Schema> | Transaction<Schema>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`update incidents set
    first_resolved_at = (select min(t.at) from timeline_entries t where t.incident_id = incidents.id and t.kind = 'resolved'),
    person_ack_at = (select min(t.at) from timeline_entries t where t.incident_id = incidents.id and t.kind = 'acknowledged' and ${PERSON('t')}
      and t.seq < coalesce((select min(r.seq) from timeline_entries r where r.incident_id = incidents.id and r.kind = 'resolved'), t.seq + 1)),
    resolved_by_person = case when status = 'resolved' then coalesce((select max(case when ${PERSON('t')} then 1 else 0 end) from timeline_entries t
      where t.incident_id = incidents.id and t.kind = 'resolved' and t.at = incidents.resolved_at), 0) end,
    escalated_by_hand = case when exists (select 1 from timeline_entries t where t.incident_id = incidents.id and t.kind = 'escalated') then 1 else 0 end,
    repeat_of_recent = case when exists (select 1 from alerts a1 join alerts a2 on a2.service_id = a1.service_id and a2.signature = a1.signature
      and a2.first_seen_at >= incidents.triggered_at - ${sql.lit(REPEAT_WINDOW_MS)} and a2.incident_id <> a1.incident_id
      -- Seen before the trigger; alerts of one batch share its instant, and the earlier incident (ids are ordered) is the one repeated.
      and (a2.first_seen_at < incidents.triggered_at or (a2.first_seen_at = incidents.triggered_at and a2.incident_id < a1.incident_id))
      where a1.incident_id = incidents.id and a1.signature is not null) then 1 else 0 end,
    reached_level_2 = ${reachedLevel2Sql(sql.ref('incidents.id'))},
    update_outcome = ${updateOutcomeSql(sql.ref('incidents.id'))}
    where id in (${sql.join([...new Set(ids)])})`.execute(db);
}

/** Keeps the facts in step with every change to an incident, in the transaction that made it. */
export function incidentFactsSubscriber(): IncidentSubscriber {
  return async (trx, changes) => {
    const ids = [...new Set(changes.map((c) => c.incident.id))];
    // Chunks keep each statement's parameter list well inside both databases' limits.
    for (let i = 0; i < ids.length; i += 500) await refreshIncidentFacts(trx, ids.slice(i, i + 500));
  };
}
