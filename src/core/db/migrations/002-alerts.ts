import { type Kysely, sql } from 'kysely';

// Alerts, the incidents they group into, change events, and the per-service and
// per-integration ingest settings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.references('integrations.id').onDelete('set null'))
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('severity_id', 'text', (c) => c.notNull())
    .addColumn('incoming_severity', 'text')
    .addColumn('source', 'text')
    .addColumn('component', 'text')
    .addColumn('group_name', 'text')
    .addColumn('class', 'text')
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('images', 'text', (c) => c.notNull())
    .addColumn('client', 'text')
    .addColumn('client_url', 'text')
    .addColumn('occurred_at', 'bigint')
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('acknowledged_at', 'bigint')
    .addColumn('resolved_at', 'bigint')
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .execute();
  // At most one open alert per (service, dedup key): the database, not a read-then-write race,
  // decides which of two concurrent triggers opens the alert.
  await sql`create unique index alerts_open_dedup on alerts (service_id, dedup_key) where status <> 'resolved'`.execute(db);
  await db.schema.createIndex('alerts_incident').on('alerts').columns(['incident_id', 'status']).execute();

  // One open incident per alert group (Alertmanager/Grafana groupKey, per integration).
  await db.schema.alterTable('incidents').addColumn('alert_group_key', 'text').execute();
  await sql`create unique index incidents_open_alert_group on incidents (alert_group_key) where status <> 'resolved' and alert_group_key is not null`.execute(db);

  await db.schema
    .createTable('change_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.references('integrations.id').onDelete('set null'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_events_service_time').on('change_events').columns(['service_id', 'occurred_at']).execute();

  // JSON: incoming severity word → Vigil severity id, merged over the built-in map.
  await db.schema.alterTable('services').addColumn('severity_map', 'text').execute();
  // 1: resolve the incident when all its alerts have resolved; 0: leave that to a person.
  await db.schema.alterTable('services').addColumn('auto_resolve', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  // Events accepted per minute; null means the default.
  await db.schema.alterTable('integrations').addColumn('rate_limit_per_minute', 'integer').execute();
  // JSON: the field mapping of a generic webhook integration.
  await db.schema.alterTable('integrations').addColumn('mapping', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('integrations').dropColumn('mapping').execute();
  await db.schema.alterTable('integrations').dropColumn('rate_limit_per_minute').execute();
  await db.schema.alterTable('services').dropColumn('auto_resolve').execute();
  await db.schema.alterTable('services').dropColumn('severity_map').execute();
  await db.schema.dropTable('change_events').execute();
  await sql`drop index incidents_open_alert_group`.execute(db);
  await db.schema.alterTable('incidents').dropColumn('alert_group_key').execute();
  await db.schema.dropTable('alerts').execute();
}
