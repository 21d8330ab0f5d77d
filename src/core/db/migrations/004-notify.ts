import type { Kysely } from 'kysely';

// Contact methods, notification rules, deliveries with their event log, acknowledge links and
// SMS reply codes, and channel subscriptions for incident events.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contact_methods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'bigint')
    .addColumn('verification_hash', 'text')
    .addColumn('verification_expires_at', 'bigint')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_methods_user').on('contact_methods').column('user_id').execute();
  await db.schema.createIndex('contact_methods_address').on('contact_methods').columns(['type', 'address']).execute();

  await db.schema
    .createTable('notification_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_method_id', 'text', (c) => c.notNull().references('contact_methods.id').onDelete('cascade'))
    .addColumn('delay_ms', 'bigint', (c) => c.notNull())
    .addColumn('urgency', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_rules_user').on('notification_rules').column('user_id').execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('page_id', 'text', (c) => c.references('pages.id').onDelete('cascade'))
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('contact_method_id', 'text', (c) => c.references('contact_methods.id').onDelete('set null'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('external_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    /** Deliveries sent together as one message share a bundle id. */
    .addColumn('bundle_id', 'text')
    /** Event posts: JSON { type, text }. */
    .addColumn('event', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .addColumn('delivered_at', 'bigint')
    .execute();
  await db.schema.createIndex('deliveries_incident').on('deliveries').columns(['incident_id', 'created_at']).execute();
  await db.schema.createIndex('deliveries_contact_status').on('deliveries').columns(['contact_method_id', 'status']).execute();
  await db.schema.createIndex('deliveries_external').on('deliveries').column('external_id').execute();

  await db.schema
    .createTable('delivery_events')
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('deliveries.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addPrimaryKeyConstraint('delivery_events_pk', ['delivery_id', 'seq'])
    .execute();

  await db.schema
    .createTable('ack_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** JSON list of incident ids the link acknowledges (several when bundled). */
    .addColumn('incident_ids', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reply_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code', 'integer', (c) => c.notNull())
    .addColumn('incident_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('reply_codes_pk', ['user_id', 'code'])
    .execute();

  await db.schema
    .createTable('event_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    /** JSON list of event types; empty: all. */
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_subscriptions', 'reply_codes', 'ack_links', 'delivery_events', 'deliveries', 'notification_rules', 'contact_methods']) {
    await db.schema.dropTable(table).execute();
  }
}
