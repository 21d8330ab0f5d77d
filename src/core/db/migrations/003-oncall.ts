import { type Kysely, sql } from 'kysely';

// Schedules, escalation policies, the durable job table and page records.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('schedule_layers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('schedules.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('rotation_kind', 'text', (c) => c.notNull())
    .addColumn('rotation_every', 'integer')
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('handoff', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('restrictions', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'bigint')
    .execute();
  await db.schema.createIndex('schedule_layers_schedule').on('schedule_layers').columns(['schedule_id', 'position']).execute();

  await db.schema
    .createTable('schedule_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('schedules.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('schedule_overrides_schedule_time').on('schedule_overrides').columns(['schedule_id', 'end_at']).execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('schedule_id', 'text', (c) => c.references('schedules.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();

  await db.schema
    .createTable('escalation_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('repeat', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('escalation_levels')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('escalation_policies.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('escalate_after_ms', 'bigint', (c) => c.notNull())
    /** JSON list of "user:<id>" / "schedule:<id>". */
    .addColumn('targets', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('escalation_levels_pk', ['policy_id', 'position'])
    .execute();

  await db.schema.alterTable('services').addColumn('escalation_policy_id', 'text', (c) => c.references('escalation_policies.id').onDelete('set null')).execute();
  // The policy escalating this incident (the service's, or another team's after a hand-over),
  // and where it has got to.
  await db.schema.alterTable('incidents').addColumn('escalation_policy_id', 'text').execute();
  await db.schema.alterTable('incidents').addColumn('escalation_round', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('incidents').addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // The round the current run of the policy began at: `repeat` counts within one run, and an
  // un-acknowledge starts a new run at the next round.
  await db.schema.alterTable('incidents').addColumn('escalation_first_round', 'integer', (c) => c.notNull().defaultTo(1)).execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // What the claim query walks: only jobs that can run, by due time.
  await sql`create index jobs_pending_run_at on jobs (run_at) where status = 'pending'`.execute(db);
  await sql`create index jobs_running_locked_until on jobs (locked_until) where status = 'running'`.execute(db);
  await db.schema.createIndex('jobs_incident').on('jobs').columns(['incident_id', 'status']).execute();

  await db.schema
    .createTable('pages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('pages_once', ['incident_id', 'round', 'level', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['pages', 'jobs']) await db.schema.dropTable(table).execute();
  for (const column of ['escalation_first_round', 'escalation_level', 'escalation_round', 'escalation_policy_id']) {
    await db.schema.alterTable('incidents').dropColumn(column).execute();
  }
  await db.schema.alterTable('services').dropColumn('escalation_policy_id').execute();
  for (const table of ['escalation_levels', 'escalation_policies', 'calendar_feeds', 'schedule_overrides', 'schedule_layers', 'schedules']) {
    await db.schema.dropTable(table).execute();
  }
}
