import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { recordingDatabase } from '../../test-support/recording-database.js';
import { POSTGRES_DIALECT as dialect } from './postgres-dialect.js';

describe('the PostgreSQL dialect', () => {
  it('cuts a batch only where the 65,535 parameters of a statement run out', () => {
    expect(dialect.chunkSizes(100, 14)).toEqual([100]);
    expect(dialect.chunkSizes(10, 20_000)).toEqual([3, 3, 3, 1]);
    expect(dialect.chunkSizes(0, 14)).toEqual([]);
  });

  it('writes a multi-row insert with numbered parameters and the suffix', async () => {
    const { db, queries } = recordingDatabase('postgres');
    const rows = [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ];
    await db.transaction().execute((trx) => dialect.insertRows(trx, 'jobs', ['id', 'attempts'], rows, 'on conflict do nothing'));
    const inserts = queries.filter((q) => q.sql.startsWith('insert'));
    expect(inserts).toEqual([{ sql: 'insert into "jobs" ("id", "attempts") values ($1, $2), ($3, $4), ($5, $6) on conflict do nothing', parameters: ['a', 1, 'b', 2, 'c', 3] }]);
  });

  it('matches many values with one array parameter, or one index probe per value', async () => {
    const { db, queries } = recordingDatabase('postgres');
    await db.transaction().execute(async (trx) => {
      await dialect.selectByValues(trx, ['x', 'y', 'z'], (list) => sql`select id from incidents where id ${list}`);
      await dialect.selectPerValue(trx, ['x', 'y'], (match) => sql`select * from alerts where dedup_key ${match} ${dialect.forUpdate}`);
      await dialect.selectPerValue(trx, [], (match) => sql`select * from alerts where dedup_key ${match}`);
    });
    const selects = queries.filter((q) => /^(\/\*.*?\*\/ )?select/.test(q.sql));
    expect(selects).toEqual([
      { sql: 'select id from incidents where id = any($1::text[])', parameters: [['x', 'y', 'z']] },
      // The leading comment keeps the probe unnamed, so it is planned with each call's statistics.
      { sql: '/* planned per call */ select a.* from unnest($1::text[]) as k(key) cross join lateral (select * from alerts where dedup_key = k.key for update) as a', parameters: [['x', 'y']] },
    ]);
  });

  it('locks rows, takes advisory locks and notifies', async () => {
    const { db, queries } = recordingDatabase('postgres');
    expect(dialect.lockForUpdate(db.selectFrom('incidents').selectAll()).compile().sql).toBe('select * from "incidents" for update');
    await db.transaction().execute(async (trx) => {
      await dialect.lockForTransaction(trx, 42);
      await dialect.notify(trx, 'vigil_jobs', 'hello');
    });
    expect(queries.filter((q) => q.sql.startsWith('select'))).toEqual([
      { sql: 'select pg_advisory_xact_lock($1)', parameters: [42] },
      { sql: 'select pg_notify($1, $2)', parameters: ['vigil_jobs', 'hello'] },
    ]);
    expect(dialect.caseInsensitiveLike).toBe('ilike');
    expect(dialect.concurrentWriters).toBe(true);
    expect(dialect.notifies).toBe(true);
  });

  it('claims in one statement that skips rows another transaction holds', async () => {
    const { db, queries } = recordingDatabase('postgres');
    await dialect.claimRows(
      db,
      (lock) => sql<{ id: string }>`select id from jobs where status = 'pending' limit ${5} ${lock}`,
      (ids) => sql`update jobs set status = 'running' where id ${ids} and status = 'pending' returning *`,
    );
    expect(queries).toEqual([
      { sql: "update jobs set status = 'running' where id in (select id from jobs where status = 'pending' limit $1 for update skip locked) and status = 'pending' returning *", parameters: [5] },
    ]);
  });
});
