import { afterEach, describe, expect, it } from 'vitest';
import { Migrator, sql, type Kysely } from 'kysely';
import type { JobRow, Schema } from '../core/db/schema.js';
import { migrateToLatest } from '../core/db/database.js';
import { MIGRATIONS } from '../core/db/migrations/index.js';
import { alertEvent } from '../test-support/alert-events.js';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import type { AlertEvent } from './alert-event.js';
import { AlertService } from './alert-service.js';
import { holdReleaseHandler } from './hold-release.js';
import { bumpNoiseRevision, type Hold, type HoldSource } from './holds.js';
import { IncidentMerges } from './incident-merge.js';
import { mulberry32 as random } from '../test-support/seeded-random.js';

const CONFIG = `
services:
  - id: web
    name: Web
    storm_limit: 6
    integrations:
      - type: alertmanager
        key: web-am-key-000001
        routes:
          - match: [{ field: labels.team, op: '=', value: db }]
            service: db
            continue: true
  - id: db
    name: Databases
    grouping: { by: [component] }
    integrations:
      - { type: events_v2, key: db-events-key-0001 }
`;

const MIN = 60_000;

/** Alerts labelled `env: quiet` are held while `hold` is set. */
class QuietHold implements HoldSource {
  readonly name = 'quiet';
  hold: Hold | null = null;
  async load() {
    const hold = this.hold;
    return { holdFor: (_serviceId: string, event: AlertEvent, now: number) => (hold && event.labels.env === 'quiet' && (hold.until === null || now < hold.until) ? hold : null) };
  }
}

/** The kept counts against a real count of open alerts per service; services without any are 0 or absent. */
async function countsAgree(db: Kysely<Schema>): Promise<void> {
  const kept = await db.selectFrom('service_open_alerts').select(['service_id', 'open']).where('open', '<>', 0).orderBy('service_id').execute();
  const real = await sql<{ service_id: string; open: number }>`select service_id, count(*) as open from alerts where status in ('triggered', 'acknowledged') group by service_id order by service_id`.execute(db);
  expect(kept.map((r) => [r.service_id, Number(r.open)])).toEqual(real.rows.map((r) => [r.service_id, Number(r.open)]));
}

for (const dialect of DIALECTS) {
  describe(`open alerts per service on ${dialect}`, () => {
    let t: TestApp | undefined;
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('stay exact through triggers, acks, resolves, holds and releases, merges, splits and deletes', async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      const app = t;
      const db = app.database.db;
      const quiet = new QuietHold();
      const service = new AlertService(app.runtime, app.events, [quiet]);
      const merges = new IncidentMerges(app.runtime, app.events);
      const send = async (key: string, events: AlertEvent[]) => {
        const integration = await service.integrationForKey(key);
        if (!integration) throw new Error(`no integration ${key}`);
        await service.ingest(integration, { events, complete: true, title: null });
      };
      const bump = () => db.transaction().execute((trx) => bumpNoiseRevision(trx, app.clock.now()));
      const openIncidents = () => db.selectFrom('incidents').select(['id', 'number']).where('status', '<>', 'resolved').orderBy('number').execute();
      const next = random(dialect === 'sqlite' ? 22 : 23);
      const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
      const done = new Map<string, number>();
      let holds = 0;

      for (let step = 0; step < 150; step++) {
        const roll = next();
        const key = `k${Math.floor(next() * 14)}`;
        let op: string;
        if (roll < 0.4) {
          // Triggers in a batch: some held, some routed to db as well as web, some grouped on db.
          op = 'trigger';
          const events = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
            alertEvent({ dedupKey: `k${Math.floor(next() * 14)}`, component: pick(['api', 'disk']) ?? null, labels: { env: next() < 0.25 ? 'quiet' : 'prod', team: next() < 0.4 ? 'db' : 'web' } }),
          );
          await send(next() < 0.7 ? 'web-am-key-000001' : 'db-events-key-0001', events);
        } else if (roll < 0.5) {
          op = 'acknowledge';
          await send(pick(['web-am-key-000001', 'db-events-key-0001']) as string, [alertEvent({ action: 'acknowledge', dedupKey: key })]);
        } else if (roll < 0.62) {
          op = 'resolve';
          await send(pick(['web-am-key-000001', 'db-events-key-0001']) as string, [alertEvent({ action: 'resolve', dedupKey: key }), alertEvent({ action: 'resolve', dedupKey: `k${Math.floor(next() * 14)}` })]);
        } else if (roll < 0.68) {
          op = 'resolve by hand';
          const incident = pick(await openIncidents());
          if (incident) expect((await app.request({ method: 'POST', url: `/api/v1/incidents/${incident.number}/resolve` })).statusCode).toBe(200);
        } else if (roll < 0.76) {
          op = 'hold or release';
          if (quiet.hold === null) {
            holds += 1;
            quiet.hold = { kind: 'silenced', ref: `sil_${holds}`, label: 'quiet', until: app.clock.now() + 10 * MIN };
          } else {
            const { ref, until } = quiet.hold as Hold & { until: number };
            app.clock.advance(11 * MIN);
            quiet.hold = null;
            await db.transaction().execute((trx) =>
              holdReleaseHandler({ runtime: app.runtime, events: app.events, holdSources: [quiet] })({ trx, payload: { ref, at: until }, job: {} as JobRow, now: app.clock.now() }),
            );
          }
          await bump();
        } else if (roll < 0.84) {
          op = 'merge';
          const open = await openIncidents();
          const from = pick(open);
          const into = pick(open.filter((i) => i.id !== from?.id));
          if (from && into) await merges.merge(String(from.number), String(into.number), 'test');
        } else if (roll < 0.92) {
          op = 'split';
          const crowded = await sql<{ id: string }>`select a.id from alerts a join incidents i on i.id = a.incident_id
            where a.status <> 'resolved' and a.status <> 'suppressed' and i.status <> 'resolved' and i.merged_into is null
            and (select count(*) from alerts b where b.incident_id = a.incident_id and b.status <> 'resolved') > 1 order by a.id`.execute(db);
          const alert = pick(crowded.rows);
          if (alert) await merges.split(alert.id, 'test');
        } else {
          // As retention or a service's removal deletes alerts, in any state.
          op = 'delete';
          const alert = pick(await db.selectFrom('alerts').select('id').orderBy('id').execute());
          if (alert) await db.deleteFrom('alerts').where('id', '=', alert.id).execute();
        }
        done.set(op, (done.get(op) ?? 0) + 1);
        await countsAgree(db);
      }
      // The sequence went through every kind of change, and the cap was reached on the way.
      expect([...done.keys()].sort()).toEqual(['acknowledge', 'delete', 'hold or release', 'merge', 'resolve', 'resolve by hand', 'split', 'trigger']);
      expect(await db.selectFrom('alert_storms').select('service_id').execute()).toEqual([{ service_id: 'web' }]);
    });

    it('is filled from the alerts already stored when the migration runs, and dropped by its down', async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
      expect((await migrator.migrateTo('021-analytics-facts')).error).toBeUndefined();
      const { db } = database;
      await db.insertInto('services').values(['a', 'b', 'c'].map((id) => ({ id, name: id, description: null, team_id: null, escalation_policy_id: null, severity_map: null, auto_resolve: 1, created_at: 0, updated_at: 0 }))).execute();
      const statuses = { a: ['triggered', 'acknowledged', 'resolved', 'suppressed'], b: ['resolved'], c: ['suppressed', 'triggered'] } as const;
      let n = 0;
      for (const [serviceId, list] of Object.entries(statuses)) {
        for (const status of list) {
          n += 1;
          await sql`insert into alerts (id, service_id, integration_id, incident_id, dedup_key, status, summary, severity_id, labels, details, links, images, first_seen_at, last_seen_at, event_count)
            values (${`alt_${n}`}, ${serviceId}, null, null, ${`k${n}`}, ${status}, 's', 'SEV-1', '{}', '{}', '[]', '[]', 0, 0, 1)`.execute(db);
        }
      }
      expect((await migrateToLatest(db)).error).toBeUndefined();
      expect(await db.selectFrom('service_open_alerts').select(['service_id', 'open']).orderBy('service_id').execute()).toEqual([
        { service_id: 'a', open: 2 },
        { service_id: 'c', open: 1 },
      ]);
      await countsAgree(db);
      expect((await migrator.migrateTo('021-analytics-facts')).error).toBeUndefined();
      // The triggers went with the table: alerts change freely again.
      await db.updateTable('alerts').set({ status: 'resolved' }).execute();
      await db.deleteFrom('alerts').execute();
      const left = await sql<{ n: number }>`select count(*) as n from alerts`.execute(db);
      expect(Number(left.rows[0]?.n)).toBe(0);
    });
  });
}
