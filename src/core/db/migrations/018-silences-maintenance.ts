import type { Kysely } from 'kysely';

// Silences and maintenance windows (noise/): the human intent that holds alerts back. A silence
// is kept after it ends (expired), so what held an alert stays readable from its trail; it is
// indexed by its first `=` matcher so an event tests only the silences that can match it. A
// maintenance window lists its services as JSON and repeats weekly on the wall clock of its time
// zone; `maintenance_paused` remembers the escalation step each open incident was waiting for
// when a `pause_open` occurrence began, so its end resumes exactly that step.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('silences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('matchers', 'text', (c) => c.notNull())
    .addColumn('services', 'text')
    .addColumn('index_field', 'text')
    .addColumn('index_value', 'text')
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expired_by', 'text')
    .addColumn('expired_at', 'bigint')
    .execute();
  await db.schema.createIndex('silences_ends_at').on('silences').columns(['ends_at', 'id']).execute();

  await db.schema
    .createTable('maintenance_windows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('repeat', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('pause_open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('maintenance_paused')
    .addColumn('occurrence_ref', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('remaining_ms', 'bigint', (c) => c.notNull())
    .addColumn('paused_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('maintenance_paused_pk', ['occurrence_ref', 'incident_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('maintenance_paused').execute();
  await db.schema.dropTable('maintenance_windows').execute();
  await db.schema.dropTable('silences').execute();
}
