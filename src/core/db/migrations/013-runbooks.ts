import type { Kysely } from 'kysely';

// Runbooks: Markdown kept with every version (author, time, SHA-256 of the body), the services
// they are for and the matchers over alert fields that pick them for an incident. `source` says
// who owns one: `config` (vigil.yaml, read from a file at apply) or `api` (written in the
// console). Checklist ticks are per incident and runbook, keyed by the item's ordinal and a
// prefix of its text's hash, and remember the version they were ticked against.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('runbooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('file', 'text')
    /** JSON list of matchers (alerts/matchers.ts). */
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('review_after_ms', 'bigint')
    .addColumn('reviewed_at', 'bigint')
    .addColumn('reviewed_by', 'text')
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('runbook_services')
    .addColumn('runbook_id', 'text', (c) => c.notNull().references('runbooks.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('runbook_services_pk', ['runbook_id', 'service_id'])
    .execute();
  // An incident's runbooks are looked up by its service.
  await db.schema.createIndex('runbook_services_service').on('runbook_services').columns(['service_id', 'runbook_id']).execute();

  await db.schema
    .createTable('runbook_versions')
    .addColumn('runbook_id', 'text', (c) => c.notNull().references('runbooks.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('runbook_versions_pk', ['runbook_id', 'version'])
    .execute();

  await db.schema
    .createTable('checklist_ticks')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('runbook_id', 'text', (c) => c.notNull().references('runbooks.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('checked', 'integer', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_ticks_pk', ['incident_id', 'runbook_id', 'item_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_ticks').execute();
  await db.schema.dropTable('runbook_versions').execute();
  await db.schema.dropTable('runbook_services').execute();
  await db.schema.dropTable('runbooks').execute();
}
