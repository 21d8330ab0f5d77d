import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { recordingDatabase } from '../../test-support/recording-database.js';
import { SQLITE_DIALECT as dialect } from './sqlite-dialect.js';

describe('the SQLite dialect', () => {
  it('cuts a batch into power-of-two chunks, at most 256 rows each', () => {
    expect(dialect.chunkSizes(100, 14)).toEqual([64, 32, 4]);
    expect(dialect.chunkSizes(600, 3)).toEqual([256, 256, 64, 16, 8]);
    expect(dialect.chunkSizes(0, 14)).toEqual([]);
  });

  it('keeps a chunk within the 32,766 variables of a statement', () => {
    // 128 rows of 200 values are 25,600 variables; 256 would be 51,200.
    expect(dialect.chunkSizes(300, 200)).toEqual([128, 128, 32, 8, 4]);
  });

  it('writes a multi-row insert per chunk with ? marks and the suffix on each', async () => {
    const { db, queries } = recordingDatabase('sqlite');
    const rows = [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ];
    await db.transaction().execute((trx) => dialect.insertRows(trx, 'jobs', ['id', 'attempts'], rows, 'on conflict do nothing'));
    const inserts = queries.filter((q) => q.sql.startsWith('insert'));
    expect(inserts).toEqual([
      { sql: 'insert into "jobs" ("id", "attempts") values (?, ?), (?, ?) on conflict do nothing', parameters: ['a', 1, 'b', 2] },
      { sql: 'insert into "jobs" ("id", "attempts") values (?, ?) on conflict do nothing', parameters: ['c', 3] },
    ]);
  });

  it('pads an in-list to a power of two with the last value, and runs nothing for no values', async () => {
    const { db, queries } = recordingDatabase('sqlite');
    await db.transaction().execute(async (trx) => {
      await dialect.selectByValues(trx, ['x', 'y', 'z'], (list) => sql`select id from incidents where id ${list}`);
      await dialect.selectByValues(trx, [], (list) => sql`select id from incidents where id ${list}`);
      await dialect.selectPerValue(trx, ['x'], (match) => sql`select id from incidents where id ${match}`);
    });
    const selects = queries.filter((q) => q.sql.startsWith('select'));
    expect(selects).toEqual([
      { sql: 'select id from incidents where id in (?, ?, ?, ?)', parameters: ['x', 'y', 'z', 'z'] },
      { sql: 'select id from incidents where id in (?)', parameters: ['x'] },
    ]);
  });

  it('takes no locks and sends no notices: its one writer excludes the others', async () => {
    const { db, queries } = recordingDatabase('sqlite');
    expect(dialect.lockForUpdate(db.selectFrom('incidents').selectAll()).compile().sql).toBe('select * from "incidents"');
    expect(sql`select 1 ${dialect.forUpdate}`.compile(db).sql).toBe('select 1 ');
    await db.transaction().execute(async (trx) => {
      await dialect.lockForTransaction(trx, 42);
      await dialect.notify(trx, 'vigil_jobs', '');
    });
    expect(queries.filter((q) => !/^(begin|commit)/.test(q.sql))).toEqual([]);
    expect(dialect.caseInsensitiveLike).toBe('like');
    expect(dialect.concurrentWriters).toBe(false);
    expect(dialect.notifies).toBe(false);
  });

  it('claims by reading first, and does not write when nothing is due', async () => {
    const { db, queries } = recordingDatabase('sqlite');
    const claimed = await dialect.claimRows(
      db,
      (lock) => sql<{ id: string }>`select id from jobs where status = 'pending' ${lock}`,
      (ids) => sql`update jobs set status = 'running' where id ${ids} and status = 'pending' returning *`,
    );
    expect(claimed).toEqual([]);
    expect(queries.map((q) => q.sql)).toEqual(["select id from jobs where status = 'pending' "]);
  });
});
