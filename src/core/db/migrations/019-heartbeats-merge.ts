import type { Kysely } from 'kysely';

// Heartbeats (dead man's switches, heartbeats/): a monitor on a service that opens an alert when
// its pings stop. Each has an internal integration of type `heartbeat` through which its misses
// enter the alert pipeline like any sender's alerts. The ping key is a secret, looked up by its
// digest. One cluster row says when some node last proved it was running (`alive_at`) and since
// when the cluster has been up without a gap (`up_since`): deadlines never fall inside Vigil's own outage.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('heartbeats')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('interval_ms', 'bigint', (c) => c.notNull())
    .addColumn('grace_ms', 'bigint', (c) => c.notNull())
    /** inactive | armed | missing | paused */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('last_ping_at', 'bigint')
    /** When the current watch began (first ping, resume): a deadline is never earlier than this + interval + grace. */
    .addColumn('armed_at', 'bigint')
    .addColumn('missed_at', 'bigint')
    /** config: vigil.yaml defines it; api: made through the API or the console. */
    .addColumn('managed_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('heartbeats_service').on('heartbeats').columns(['service_id', 'name']).execute();

  await db.schema
    .createTable('heartbeat_cluster')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alive_at', 'bigint', (c) => c.notNull())
    .addColumn('up_since', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('heartbeat_cluster').execute();
  await db.schema.dropTable('heartbeats').execute();
}
