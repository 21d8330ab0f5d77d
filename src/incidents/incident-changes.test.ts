import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { IncidentEvents } from './incident-changes.js';

describe('a change made by hand, when PostgreSQL breaks a deadlock with it', () => {
  let database: TestDatabase | undefined;
  let other: pg.Client | undefined;
  afterEach(async () => {
    await other?.end();
    other = undefined;
    await database?.destroy();
    database = undefined;
  });

  it('runs again once the other transaction is through, and commits once', async () => {
    database = await createTestDatabase('postgres');
    await sql`create table contested (id int primary key, v int not null)`.execute(database.db);
    await sql`insert into contested values (1, 0), (2, 0)`.execute(database.db);
    // Another writer (ingest, another node) holds row 1 and will want row 2. Its deadlock check
    // waits longer than the default second, so PostgreSQL picks the hand action to roll back.
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query('begin');
    await other.query(`set local deadlock_timeout = '20s'`);
    await other.query('update contested set v = v + 1 where id = 1');

    const client = other;
    let otherDone: Promise<unknown> | undefined;
    let attempts = 0;
    const events = new IncidentEvents(database.dialect);
    const result = await events.transaction(database.db, async (trx) => {
      attempts += 1;
      await sql`update contested set v = v + 10 where id = 2`.execute(trx);
      if (attempts === 1) otherDone = client.query('update contested set v = v + 1 where id = 2').then(() => client.query('commit'));
      await sql`update contested set v = v + 10 where id = 1`.execute(trx);
      return attempts;
    });
    await otherDone;

    expect(result).toBe(2);
    const rows = await sql<{ id: number; v: number }>`select id, v from contested order by id`.execute(database.db);
    // Each writer's change applied exactly once: the rolled-back first run left nothing.
    expect(rows.rows).toEqual([
      { id: 1, v: 11 },
      { id: 2, v: 11 },
    ]);
  });
});

describe('a change made by hand that fails otherwise', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  /** How many times a change whose every run throws `error` runs, and what its caller is told. */
  const runsUntilRefused = async (error: Error) => {
    database = await createTestDatabase('sqlite');
    let attempts = 0;
    const events = new IncidentEvents(database.dialect);
    const refusal = await events.transaction(database.db, () => {
      attempts += 1;
      throw error;
    }).catch((thrown: unknown) => thrown);
    return { attempts, refusal };
  };

  it('fails at once for an error another run would not mend', async () => {
    const error = new Error('the incident is already resolved');
    expect(await runsUntilRefused(error)).toEqual({ attempts: 1, refusal: error });
  });

  it('gives up after three deadlocks in a row, with the database error', async () => {
    const error = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    expect(await runsUntilRefused(error)).toEqual({ attempts: 3, refusal: error });
  });
});
