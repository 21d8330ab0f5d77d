import { sql, type Kysely } from 'kysely';

// Analytics (src/analytics/): two more facts on the incident row, so the summary reads nothing
// per incident beyond its own row: `reached_level_2` (a page at escalation level 2 or beyond was
// sent; the escalation step sets it with `escalation_level`) and `update_outcome` (status
// updates 0 not due, 1 on time, 2 late; the writers of cadences, reminders and status updates set
// it). Both are back-filled below with the rules of incidents/incident-facts-sql.ts. The index
// `incidents_analytics` holds every column the summary reads, led by the severity and the trigger
// time, so a range is read from the index alone, one severity after another, already grouped.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('incidents').addColumn('reached_level_2', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('incidents').addColumn('update_outcome', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update incidents set reached_level_2 = 1 where exists (select 1 from pages p where p.incident_id = incidents.id and p.level >= 2)`.execute(db);
  await sql`update incidents set update_outcome = case
      when exists (select 1 from timeline_entries t where t.incident_id = incidents.id and t.kind = 'update_reminder' and t.message not like 'Status update due%') then 2
      when exists (select 1 from timeline_entries t where t.incident_id = incidents.id and t.kind = 'update_reminder')
        or exists (select 1 from status_updates u where u.incident_id = incidents.id) then 1
      else 0 end
    where exists (select 1 from update_cadence c where c.incident_id = incidents.id)`.execute(db);
  await db.schema
    .createIndex('incidents_analytics')
    .on('incidents')
    .columns([
      'severity_id', 'triggered_at', 'merged_into', 'status', 'service_id', 'person_ack_at', 'resolved_at', 'respond_by', 'first_resolved_at',
      'resolved_by_person', 'escalated_by_hand', 'repeat_of_recent', 'reached_level_2', 'update_outcome', 'number', 'id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_analytics').execute();
  await db.schema.alterTable('incidents').dropColumn('update_outcome').execute();
  await db.schema.alterTable('incidents').dropColumn('reached_level_2').execute();
}
