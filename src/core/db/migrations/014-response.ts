import type { Kysely } from 'kysely';

// The response to an incident (src/response/): the role catalogue `vigil.yaml` configures and who
// holds each role on an incident; status updates; each incident's update cadence (its own table,
// so the ingest path that inserts incidents writes nothing more); stakeholder subscriptions to a
// service or an incident.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_role_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incident_roles')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_roles_pk', ['incident_id', 'role'])
    .execute();

  await db.schema
    .createTable('update_cadence')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id').onDelete('cascade'))
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('anchor_at', 'bigint', (c) => c.notNull())
    .addColumn('due_at', 'bigint')
    .addColumn('interval_ms', 'bigint')
    .execute();

  await db.schema
    .createTable('status_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'bigint', (c) => c.notNull())
    .addColumn('next_update_at', 'bigint')
    .execute();
  await db.schema.createIndex('status_updates_incident').on('status_updates').columns(['incident_id', 'posted_at']).execute();

  await db.schema
    .createTable('stakeholder_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    // A user's id, or the address (email lowercased, webhook URL): one subscription per target.
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('confirmed_at', 'bigint')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stakeholder_subscriptions_target').on('stakeholder_subscriptions').columns(['scope', 'scope_id', 'kind', 'target']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['stakeholder_subscriptions', 'status_updates', 'update_cadence', 'incident_roles', 'incident_role_types']) {
    await db.schema.dropTable(table).execute();
  }
}
