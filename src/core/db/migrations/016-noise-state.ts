import type { Kysely } from 'kysely';

// Noise control's revision: one row, bumped in the transaction of every change to a route, a
// silence or a maintenance window. Each ingest batch reads it and reloads its cached rules when
// it moved, so a silence committed on one node binds the next batch on every other.
// Each alert's decision trail (alerts/decision-trail.ts), and the hold keeping it back, if any.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alerts').addColumn('trail', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('alerts').addColumn('held_by', 'text').execute();
  // An incident merged into another resolves and points at it; analytics leaves it out.
  await db.schema.alterTable('incidents').addColumn('merged_into', 'text').execute();
  await db.schema
    .createTable('noise_state')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ noise_state: { id: string; rev: number; updated_at: number } }>).insertInto('noise_state').values({ id: 'noise', rev: 1, updated_at: 0 }).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('noise_state').execute();
  await db.schema.alterTable('incidents').dropColumn('merged_into').execute();
  await db.schema.alterTable('alerts').dropColumn('held_by').execute();
  await db.schema.alterTable('alerts').dropColumn('trail').execute();
}
