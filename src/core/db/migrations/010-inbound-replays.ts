import type { Kysely } from 'kysely';

// Signed answers from Twilio and Slack that were already acted on, by a key each source
// defines (a message sid, a digest of the signed request). The primary key is what stops two
// nodes from both accepting one answer: the second insert finds the first's row. Rows go once
// `expires_at` has passed, when a replay would be refused without them or is too old to matter.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbound_replays')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inbound_replays_expiry').on('inbound_replays').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inbound_replays').execute();
}
