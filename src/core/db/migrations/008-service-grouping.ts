import type { Kysely } from 'kysely';

// A service's content-based grouping rule, `{ "by": [field, …] }` as JSON: which alert fields
// make alerts that their sender did not group into one incident.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('services').addColumn('grouping', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('services').dropColumn('grouping').execute();
}
