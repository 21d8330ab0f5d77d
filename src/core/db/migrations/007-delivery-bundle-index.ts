import type { Kysely } from 'kysely';

// A send reads its bundle's deliveries by bundle id; without an index that read went over every
// delivery ever made, so each page took longer to go out the more pages had gone before it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('deliveries_bundle').on('deliveries').column('bundle_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deliveries_bundle').execute();
}
