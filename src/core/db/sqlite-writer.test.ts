import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUniqueViolation } from './dialect.js';
import { migrateToLatest, openDatabase, type VigilDatabase } from './database.js';
import type { Schema } from './schema.js';

interface Scratch {
  notes: { id: number; body: string };
}

describe('SQLite with its writer on a thread of its own', () => {
  let dir: string;
  let database: VigilDatabase | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-writer-'));
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => {
    database = openDatabase(join(dir, 'vigil.db'), { sqliteWriter: 'thread' });
    const db = database.db as unknown as Kysely<Scratch>;
    await sql`create table notes (id integer primary key, body text not null unique)`.execute(db);
    return db;
  };

  it('writes, commits and reads back what it committed', async () => {
    const db = await open();
    await db.insertInto('notes').values({ id: 1, body: 'one' }).execute();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 2, body: 'two' }).execute();
      // Inside the transaction the write connection answers, so it sees its own row.
      expect(await trx.selectFrom('notes').select('body').orderBy('id').execute()).toEqual([{ body: 'one' }, { body: 'two' }]);
    });
    expect(await db.selectFrom('notes').select('body').orderBy('id').execute()).toEqual([{ body: 'one' }, { body: 'two' }]);
    const updated = await db.updateTable('notes').set({ body: 'uno' }).where('id', '=', 1).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);
  });

  it('rolls a failed transaction back, keeps SQLite error codes, and lets the next one run', async () => {
    const db = await open();
    await db.insertInto('notes').values({ id: 1, body: 'one' }).execute();
    const failure = await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('notes').values({ id: 2, body: 'two' }).execute();
        await trx.insertInto('notes').values({ id: 3, body: 'one' }).execute();
      })
      .then(() => undefined, (error: unknown) => error);
    expect(isUniqueViolation(failure)).toBe(true);
    expect((failure as Error).message).toContain('UNIQUE constraint failed');
    expect(await db.selectFrom('notes').select('id').execute()).toEqual([{ id: 1 }]);
    await db.transaction().execute((trx) => trx.insertInto('notes').values({ id: 2, body: 'two' }).execute());
    expect(await db.selectFrom('notes').select('id').orderBy('id').execute()).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('runs transactions one at a time while reads outside them go on', async () => {
    const db = await open();
    const order: string[] = [];
    let letFirstFinish!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (letFirstFinish = resolve));
    const first = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 1, body: 'first' }).execute();
      order.push('first wrote');
      await firstMayFinish;
      order.push('first commits');
    });
    const second = db.transaction().execute(async (trx) => {
      order.push('second began');
      await trx.insertInto('notes').values({ id: 2, body: 'second' }).execute();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The second waits for the write lock; a read is not held up and sees only what is committed.
    expect(order).toEqual(['first wrote']);
    expect(await db.selectFrom('notes').select('id').execute()).toEqual([]);
    letFirstFinish();
    await Promise.all([first, second]);
    expect(order).toEqual(['first wrote', 'first commits', 'second began']);
    expect(await db.selectFrom('notes').select('id').orderBy('id').execute()).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('keeps many concurrent single writes and transactions apart', async () => {
    const db = await open();
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2 === 0
          ? db.insertInto('notes').values({ id: i, body: `n${i}` }).execute()
          : db.transaction().execute(async (trx) => {
              const before = await trx.selectFrom('notes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
              await trx.insertInto('notes').values({ id: i, body: `n${i}:${before.n}` }).execute();
            }),
      ),
    );
    expect((await db.selectFrom('notes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBe(200);
  });

  it('migrates a new database', async () => {
    database = openDatabase(join(dir, 'vigil.db'), { sqliteWriter: 'thread' });
    expect((await migrateToLatest(database.db)).error).toBeUndefined();
    const db: Kysely<Schema> = database.db;
    expect(await db.selectFrom('incidents').select('id').execute()).toEqual([]);
    expect((await migrateToLatest(database.db)).results).toEqual([]);
  });
});
