import type { Kysely } from 'kysely';

// Analytics (src/analytics/): on-call load reads pages by when they were sent, and the summary
// reads a range of incidents' acknowledgements, resolves and escalations from the timeline.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('pages_created_at').on('pages').column('created_at').execute();
  // The summary's facts from the timeline without reading its rows: kind, time and actor per incident.
  await db.schema.createIndex('timeline_entries_facts').on('timeline_entries').columns(['incident_id', 'kind', 'at', 'actor']).execute();
  // Repeats: alerts of the same service and signature first seen in the 30 days before a trigger, a range scan.
  await db.schema.createIndex('alerts_service_signature_seen').on('alerts').columns(['service_id', 'signature', 'first_seen_at', 'incident_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('alerts_service_signature_seen').execute();
  await db.schema.dropIndex('timeline_entries_facts').execute();
  await db.schema.dropIndex('pages_created_at').execute();
}
