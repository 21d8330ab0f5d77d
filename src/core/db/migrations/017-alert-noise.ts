import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Alert noise control (docs/noise.md): routing rules on integrations, flapping and storm-cap
// settings on services, and alerts that open nothing.
//
// A held alert (silence, maintenance window) is stored as `status = 'suppressed'` with no
// incident, so `alerts.incident_id` becomes nullable. The unique index on open alerts keeps
// `status <> 'resolved'`: a suppressed alert is the one live alert of its (service, dedup key),
// so its repeats find it and only bump its counters, and a trigger never makes a second row
// beside it. Everything that counts *open* alerts (an incident's, the storm cap's) reads
// `status in ('triggered', 'acknowledged')`, so suppressed alerts never count there.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await rebuildSqliteAlertsWithNullableIncident(db);
  } else {
    await sql`alter table alerts alter column incident_id drop not null`.execute(db);
  }
  // The group a suppressed alert would have joined, kept so that its release groups it as its
  // trigger would have been (a sender's group key is not otherwise stored); null once it opens.
  await db.schema.alterTable('alerts').addColumn('group_key', 'text').execute();

  // GET /alerts: newest first with an (first_seen_at, id) cursor, optionally per service or status.
  await db.schema.createIndex('alerts_seen').on('alerts').columns(['first_seen_at', 'id']).execute();
  await db.schema.createIndex('alerts_service_seen').on('alerts').columns(['service_id', 'first_seen_at', 'id']).execute();
  // Status filters, the storm cap's bounded count of a service's open alerts.
  await db.schema.createIndex('alerts_service_status').on('alerts').columns(['service_id', 'status']).execute();
  await db.schema.createIndex('alerts_status_seen').on('alerts').columns(['status', 'first_seen_at', 'id']).execute();
  // Releases find what a hold kept back.
  await sql`create index alerts_held_by on alerts (held_by) where held_by is not null`.execute(db);
  // An acknowledge or resolve follows its trigger to whichever service a route sent it.
  await sql`create index alerts_open_integration on alerts (integration_id, dedup_key) where status <> 'resolved'`.execute(db);

  // JSON list of routing rules `{ match, service, severity?, continue? }` (alerts/routing.ts).
  await db.schema.alterTable('integrations').addColumn('routes', 'text').execute();
  // JSON `{ threshold, window_ms }`; null: the defaults (5 in 30 minutes).
  await db.schema.alterTable('services').addColumn('flapping', 'text').execute();
  // Open alerts past which new ones are counted on one storm incident; null: 1,000.
  await db.schema.alterTable('services').addColumn('storm_limit', 'integer').execute();

  // Flapping per alert identity, written only on a resolve or a re-fire (alerts/flapping.ts).
  await db.schema
    .createTable('alert_flaps')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    // JSON list of the last 2N change times (firing ↔ resolved), oldest first.
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    // The incident held open while flapping; null when stable.
    .addColumn('incident_id', 'text')
    .addColumn('settle_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_flaps_pk', ['service_id', 'dedup_key'])
    .execute();

  // The storm cap per service (alerts/storm.ts): whether a storm is on and what it has counted.
  await db.schema
    .createTable('alert_storms')
    .addColumn('service_id', 'text', (c) => c.primaryKey().references('services.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .addColumn('capped_count', 'integer', (c) => c.notNull())
    .addColumn('first_alert_id', 'text')
    .addColumn('last_alert_id', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('alert_storms').execute();
  await db.schema.dropTable('alert_flaps').execute();
  await db.schema.alterTable('services').dropColumn('storm_limit').execute();
  await db.schema.alterTable('services').dropColumn('flapping').execute();
  await db.schema.alterTable('integrations').dropColumn('routes').execute();
  for (const index of ['alerts_open_integration', 'alerts_held_by', 'alerts_status_seen', 'alerts_service_status', 'alerts_service_seen', 'alerts_seen']) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable('alerts').dropColumn('group_key').execute();
  // incident_id stays nullable: suppressed alerts may exist that have none.
}

/**
 * SQLite cannot drop a NOT NULL: the table is rebuilt from its own stored definition (so every
 * column added by any earlier migration is kept as it is) and its indexes, the partial unique
 * index on open alerts included, are made again from theirs. Nothing references `alerts`.
 */
async function rebuildSqliteAlertsWithNullableIncident(db: Kysely<unknown>): Promise<void> {
  const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'alerts'`.execute(db);
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'alerts' and sql is not null`.execute(db);
  const definition = table.rows[0]?.sql;
  if (definition === undefined) throw new Error('the alerts table is missing');
  const nullable = definition.replace(/("incident_id"\s+text)\s+not null/i, '$1');
  if (nullable === definition) throw new Error('alerts.incident_id is not declared as expected (text not null); it cannot be made nullable');
  const rebuilt = nullable.replace(/^create table "?alerts"?/i, 'create table "alerts_rebuilt"');
  await sql.raw(rebuilt).execute(db);
  await sql`insert into alerts_rebuilt select * from alerts`.execute(db);
  await sql`drop table alerts`.execute(db);
  await sql`alter table alerts_rebuilt rename to alerts`.execute(db);
  for (const { sql: text } of indexes.rows) await sql.raw(text).execute(db);
}
