import { sql, SqliteAdapter, type Kysely } from 'kysely';

// The storm cap's count (alerts/storm.ts): open alerts per service, kept by the database itself
// so that reading it is one primary-key probe instead of counting up to `storm_limit` index
// entries on every batch that may open an alert (100,000 open alerts and a high limit made that
// count most of the ingest transaction). Triggers on `alerts` keep it exact whichever statement,
// process or node changes an alert: an insert, a status change, a delete (a service's alerts go
// with it). "Open" is what the cap has always counted: `triggered` or `acknowledged`; suppressed
// (held) alerts never count. A repeat or an acknowledgement changes no count and so never writes
// (or, on PostgreSQL, locks) the row: SQLite's row triggers say so in their WHEN, PostgreSQL's
// statement triggers sum each statement's changes per service and write only those not zero.
const OPEN = `('triggered', 'acknowledged')`;
const TRIGGERS = ['service_open_alerts_insert', 'service_open_alerts_update', 'service_open_alerts_delete'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_open_alerts')
    .addColumn('service_id', 'text', (c) => c.primaryKey().references('services.id').onDelete('cascade'))
    .addColumn('open', 'integer', (c) => c.notNull())
    .execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteTriggers(db);
  else await postgresTriggers(db);
  // After the triggers: on PostgreSQL creating them locks `alerts` against writes until this
  // migration commits, so no alert changes between this count and the first trigger.
  await sql.raw(`insert into service_open_alerts (service_id, "open") select service_id, count(*) from alerts where status in ${OPEN} group by service_id`).execute(db);
  // Only the count this table replaces read (service_id, status). PostgreSQL also chose it for
  // ingest's per-key probe of open alerts (service_id = … and dedup_key = … and status <> 'resolved'),
  // walking every open alert of the service instead of the unique index alerts_open_dedup: 3 ms a
  // batch at 10,000 open alerts, growing with them. And every alert written paid for it.
  await db.schema.dropIndex('alerts_service_status').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('alerts_service_status').on('alerts').columns(['service_id', 'status']).execute();
  for (const name of TRIGGERS) {
    if (db.getExecutor().adapter instanceof SqliteAdapter) await sql.raw(`drop trigger if exists ${name}`).execute(db);
    else await sql.raw(`drop trigger if exists ${name} on alerts`).execute(db);
  }
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    for (const name of ['service_open_alerts_inserted', 'service_open_alerts_updated', 'service_open_alerts_deleted']) await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await db.schema.dropTable('service_open_alerts').execute();
}

/** A decrement finds its row: the alert it counts made it. An increment may be the service's first. */
const increment = (serviceId: string) =>
  `insert into service_open_alerts (service_id, "open") values (${serviceId}, 1) on conflict (service_id) do update set "open" = service_open_alerts."open" + 1`;
const decrement = (serviceId: string) => `update service_open_alerts set "open" = "open" - 1 where service_id = ${serviceId}`;
const movedOrChanged = `old.service_id <> new.service_id or (old.status in ${OPEN}) <> (new.status in ${OPEN})`;

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create trigger service_open_alerts_insert after insert on alerts when new.status in ${OPEN} begin ${increment('new.service_id')}; end`).execute(db);
  // An UPSERT's DO UPDATE fires update triggers too: the alert processor writes stored alerts that way.
  await sql
    .raw(
      `create trigger service_open_alerts_update after update of status, service_id on alerts when ${movedOrChanged} begin
        update service_open_alerts set "open" = "open" - 1 where service_id = old.service_id and old.status in ${OPEN};
        insert into service_open_alerts (service_id, "open") select new.service_id, 1 where new.status in ${OPEN}
          on conflict (service_id) do update set "open" = service_open_alerts."open" + 1;
      end`,
    )
    .execute(db);
  await sql.raw(`create trigger service_open_alerts_delete after delete on alerts when old.status in ${OPEN} begin ${decrement('old.service_id')}; end`).execute(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  // Statement triggers over the transition tables: one write to a service's row per statement,
  // not per alert (a 100-alert message updated it 100 times, holding ingest's per-service lock
  // meanwhile). Transition tables allow no column list, so every update statement runs the
  // function; one that opens, closes or moves no alert sums to nothing and writes nothing.
  await sql
    .raw(
      `create function service_open_alerts_inserted() returns trigger language plpgsql as $$
      begin
        insert into service_open_alerts (service_id, "open")
          select service_id, count(*) from new_alerts where status in ${OPEN} group by service_id order by service_id
          on conflict (service_id) do update set "open" = service_open_alerts."open" + excluded."open";
        return null;
      end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function service_open_alerts_updated() returns trigger language plpgsql as $$
      begin
        insert into service_open_alerts (service_id, "open")
          select service_id, sum(change) from (
            select service_id, -1 as change from old_alerts where status in ${OPEN}
            union all
            select service_id, 1 as change from new_alerts where status in ${OPEN}
          ) changes group by service_id having sum(change) <> 0
          order by service_id
          on conflict (service_id) do update set "open" = service_open_alerts."open" + excluded."open";
        return null;
      end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function service_open_alerts_deleted() returns trigger language plpgsql as $$
      begin
        update service_open_alerts set "open" = service_open_alerts."open" - gone.n
          from (select service_id, count(*) as n from old_alerts where status in ${OPEN} group by service_id) gone
          where service_open_alerts.service_id = gone.service_id;
        return null;
      end $$`,
    )
    .execute(db);
  await sql.raw(`create trigger service_open_alerts_insert after insert on alerts referencing new table as new_alerts for each statement execute function service_open_alerts_inserted()`).execute(db);
  await sql
    .raw(`create trigger service_open_alerts_update after update on alerts referencing old table as old_alerts new table as new_alerts for each statement execute function service_open_alerts_updated()`)
    .execute(db);
  await sql.raw(`create trigger service_open_alerts_delete after delete on alerts referencing old table as old_alerts for each statement execute function service_open_alerts_deleted()`).execute(db);
}
