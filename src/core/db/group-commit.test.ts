import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../test-support/databases.js';
import { GroupCommitter, type Merger } from './group-commit.js';

describe('group commit', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
  });

  const committerOn = async () => {
    database = await createTestDatabase('sqlite');
    await sql`create table notes (value text not null unique)`.execute(database.db);
    return new GroupCommitter(database.db, { lanes: 1, maxBatch: 100, isRetryable: () => false, maxAttempts: 1 });
  };
  const stored = async () => (await sql<{ value: string }>`select value from notes order by rowid`.execute(database!.db)).rows.map((r) => r.value);
  /** Inserts each unit as a note (a repeated one breaks the unique constraint), recording every call. */
  const notesMerger = (calls: string[][], answer: (unit: string) => string = (unit) => unit): Merger<string, string> => ({
    run: async (trx, units) => {
      calls.push([...units]);
      for (const unit of units) await sql`insert into notes (value) values (${unit})`.execute(trx);
      return units.map(answer);
    },
  });

  it('hands concurrent units of one merger over together, in order, each caller getting its own result', async () => {
    const committer = await committerOn();
    const calls: string[][] = [];
    const merger = notesMerger(calls, (unit) => unit.toUpperCase());
    const plain = committer.submit('x', async (trx) => {
      await sql`insert into notes (value) values ('plain')`.execute(trx);
      return 'plain done';
    });
    const merged = ['a', 'b', 'c'].map((unit) => committer.submitMerged('x', merger, unit));
    const after = committer.submitMerged('x', merger, 'd');
    expect(await Promise.all([plain, ...merged, after])).toEqual(['plain done', 'A', 'B', 'C', 'D']);
    // One group: the plain unit alone, then the four merged units in one call.
    expect(calls).toEqual([['a', 'b', 'c', 'd']]);
    expect(await stored()).toEqual(['plain', 'a', 'b', 'c', 'd']);
  });

  it('keeps units sent to different lanes apart: a lane named by number is that lane', async () => {
    database = await createTestDatabase('postgres');
    await sql`create table notes (value text not null unique)`.execute(database.db);
    const committer = new GroupCommitter(database.db, { lanes: 3, maxBatch: 100, isRetryable: () => false, maxAttempts: 1 });
    const calls: string[][] = [];
    const merger = notesMerger(calls);
    await Promise.all([
      committer.submitMerged(0, merger, 'a'),
      committer.submitMerged(2, merger, 'b'),
      committer.submitMerged(0, merger, 'c'),
      committer.submitMerged(5, merger, 'd'), // 5 % 3: lane 2
    ]);
    expect(calls.map((c) => c.join('')).sort()).toEqual(['ac', 'bd']);
  });

  it('runs a failing merged group again unit by unit, so only the failing unit is refused', async () => {
    const committer = await committerOn();
    const calls: string[][] = [];
    const merger = notesMerger(calls);
    // 'a' twice: the unique constraint refuses the second.
    const results = await Promise.allSettled(['a', 'b', 'a', 'c'].map((unit) => committer.submitMerged('x', merger, unit)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([['a', 'b', 'a', 'c'], ['a'], ['b'], ['a'], ['c']]);
    expect(await stored()).toEqual(['a', 'b', 'c']);
  });
});
