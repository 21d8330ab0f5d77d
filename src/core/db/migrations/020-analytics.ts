import { sql, type Kysely } from 'kysely';

// Analytics (src/analytics/): each incident's facts kept on its row, so a summary over a range
// reads one row per incident: the first acknowledgement by a person before the first resolve,
// the first resolve, whether a person made the final resolve, a hand escalation, and whether
// it repeats an alert of the 30 days before. An incident subscriber keeps them (analytics/
// incident-facts.ts, the same statement as the back-fill below). On-call load reads pages by
// when they were sent; repeats find alerts of a service and signature by when first seen.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('incidents').addColumn('person_ack_at', 'bigint').execute();
  await db.schema.alterTable('incidents').addColumn('first_resolved_at', 'bigint').execute();
  await db.schema.alterTable('incidents').addColumn('resolved_by_person', 'integer').execute();
  await db.schema.alterTable('incidents').addColumn('escalated_by_hand', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('incidents').addColumn('repeat_of_recent', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('pages_created_at').on('pages').column('created_at').execute();
  await db.schema.createIndex('timeline_entries_facts').on('timeline_entries').columns(['incident_id', 'kind', 'at', 'actor']).execute();
  await db.schema.createIndex('alerts_service_signature_seen').on('alerts').columns(['service_id', 'signature', 'first_seen_at', 'incident_id']).execute();
  // Back-fill, as analytics/incident-facts.ts computes them (a person: a `user:` actor or the CLI).
  await sql`update incidents set
    first_resolved_at = (select min(t.at) from timeline_entries t where t.incident_id = incidents.id and t.kind = 'resolved'),
    person_ack_at = (select min(t.at) from timeline_entries t where t.incident_id = incidents.id and t.kind = 'acknowledged' and (t.actor like 'user:%' or t.actor = 'cli')
      and t.seq < coalesce((select min(r.seq) from timeline_entries r where r.incident_id = incidents.id and r.kind = 'resolved'), t.seq + 1)),
    resolved_by_person = case when status = 'resolved' then coalesce((select max(case when t.actor like 'user:%' or t.actor = 'cli' then 1 else 0 end) from timeline_entries t
      where t.incident_id = incidents.id and t.kind = 'resolved' and t.at = incidents.resolved_at), 0) end,
    escalated_by_hand = case when exists (select 1 from timeline_entries t where t.incident_id = incidents.id and t.kind = 'escalated') then 1 else 0 end,
    repeat_of_recent = case when exists (select 1 from alerts a1 join alerts a2 on a2.service_id = a1.service_id and a2.signature = a1.signature
      and a2.first_seen_at >= incidents.triggered_at - 2592000000 and a2.incident_id <> a1.incident_id
      and (a2.first_seen_at < incidents.triggered_at or (a2.first_seen_at = incidents.triggered_at and a2.incident_id < a1.incident_id))
      where a1.incident_id = incidents.id and a1.signature is not null) then 1 else 0 end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('alerts_service_signature_seen').execute();
  await db.schema.dropIndex('timeline_entries_facts').execute();
  await db.schema.dropIndex('pages_created_at').execute();
  for (const column of ['repeat_of_recent', 'escalated_by_hand', 'resolved_by_person', 'first_resolved_at', 'person_ack_at']) {
    await db.schema.alterTable('incidents').dropColumn(column).execute();
  }
}
