import type { Kysely } from 'kysely';

// Analytics (src/analytics/): on-call load reads pages by when they were sent, and the summary
// reads a range of incidents' acknowledgements, resolves and escalations from the timeline.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('pages_created_at').on('pages').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('pages_created_at').execute();
}
