import type { Kysely } from 'kysely';

// Learning from incidents: a service's impact model and each incident's cost ledger (lines are
// voided and rewritten, never edited, so every figure ever shown can be traced), postmortems
// with their incidents and reviewers, action items, and the alert signature that finds
// similar incidents. Due dates are calendar dates (`YYYY-MM-DD`) in the owner's zone, not instants.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('services').addColumn('impact', 'text').execute();

  await db.schema.alterTable('alerts').addColumn('signature', 'text').execute();
  await db.schema.createIndex('alerts_service_signature').on('alerts').columns(['service_id', 'signature', 'incident_id']).execute();

  await db.schema
    .createTable('incident_impact')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id').onDelete('cascade'))
    .addColumn('start_at', 'bigint')
    .addColumn('end_at', 'bigint')
    /** JSON: failure_rate, cost_per_minute, amount + reason set on this incident. */
    .addColumn('overrides', 'text', (c) => c.notNull())
    /** JSON: the service's impact model as it was when the incident resolved; null while open. */
    .addColumn('frozen_model', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cost_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('formula', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('voided_at', 'bigint')
    .execute();
  await db.schema.createIndex('cost_lines_incident').on('cost_lines').columns(['incident_id', 'voided_at']).execute();

  await db.schema
    .createTable('postmortems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('timeline', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('root_cause', 'text', (c) => c.notNull())
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('went_wrong', 'text', (c) => c.notNull())
    .addColumn('lessons', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('published_by', 'text')
    .execute();
  await db.schema.createIndex('postmortems_status').on('postmortems').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('postmortem_incidents')
    .addColumn('postmortem_id', 'text', (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('incident_id', 'text', (c) => c.notNull().unique().references('incidents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('postmortem_incidents_postmortem').on('postmortem_incidents').column('postmortem_id').execute();

  await db.schema
    .createTable('postmortem_reviewers')
    .addColumn('postmortem_id', 'text', (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('decided_at', 'bigint')
    .addPrimaryKeyConstraint('postmortem_reviewers_pk', ['postmortem_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('postmortem_id', 'text', (c) => c.references('postmortems.id').onDelete('set null'))
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id').onDelete('set null'))
    .addColumn('external_url', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_status_due').on('action_items').columns(['status', 'due_date']).execute();
  await db.schema.createIndex('action_items_owner_status').on('action_items').columns(['owner_id', 'status']).execute();
  await db.schema.createIndex('action_items_team_status').on('action_items').columns(['team_id', 'status']).execute();
  await db.schema.createIndex('action_items_postmortem').on('action_items').column('postmortem_id').execute();
  await db.schema.createIndex('action_items_incident').on('action_items').column('incident_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_items').execute();
  await db.schema.dropTable('postmortem_reviewers').execute();
  await db.schema.dropTable('postmortem_incidents').execute();
  await db.schema.dropTable('postmortems').execute();
  await db.schema.dropTable('cost_lines').execute();
  await db.schema.dropTable('incident_impact').execute();
  await db.schema.dropIndex('alerts_service_signature').execute();
  await db.schema.alterTable('alerts').dropColumn('signature').execute();
  await db.schema.alterTable('services').dropColumn('impact').execute();
}
