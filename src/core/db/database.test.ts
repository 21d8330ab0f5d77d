import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { isSchemaCurrent, parseDatabaseUrl } from './database.js';
import { isRetryableConflict } from './dialect.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';

describe('parseDatabaseUrl', () => {
  it('treats a plain path as SQLite', () => {
    expect(parseDatabaseUrl('./data/vigil.db')).toEqual({ dialect: 'sqlite', target: './data/vigil.db' });
  });
  it('accepts sqlite: URLs', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/vigil.db')).toEqual({ dialect: 'sqlite', target: '/var/lib/vigil.db' });
    expect(parseDatabaseUrl('sqlite:///tmp/x.db')).toEqual({ dialect: 'sqlite', target: '/tmp/x.db' });
  });
  it('recognises postgres and postgresql URLs', () => {
    expect(parseDatabaseUrl('postgres://u@h/db').dialect).toBe('postgres');
    expect(parseDatabaseUrl('postgresql://u@h/db').dialect).toBe('postgres');
  });
  it('rejects other schemes without echoing the password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@h/db')).toThrow(/unsupported database URL scheme in "mysql:\/\/root:\*\*\*@h\/db"/);
  });
});

for (const dialect of DIALECTS) {
  describe(`migrations on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    it('creates the schema and reports it current', async () => {
      database = await createTestDatabase(dialect);
      expect(await isSchemaCurrent(database.db)).toBe(true);
      const counter = await database.db.selectFrom('counters').selectAll().executeTakeFirstOrThrow();
      expect(counter).toEqual({ name: 'incident_number', value: 0 });
    });

    it('reports a database without migrations as not current', async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      expect(await isSchemaCurrent(database.db)).toBe(false);
      await sql`select 1`.execute(database.db);
    });
  });
}

describe('repeated statements on PostgreSQL', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('prepares a statement run again on a connection, and recovers once its table changes shape', async () => {
    database = await createTestDatabase('postgres', { migrate: false });
    await sql`create table shapes (id int primary key, a text)`.execute(database.db);
    await sql`insert into shapes values (1, 'one')`.execute(database.db);
    await database.db.connection().execute(async (connection) => {
      const read = () => sql<Record<string, unknown>>`select * from shapes where id = ${1}`.execute(connection);
      for (let i = 0; i < 3; i += 1) expect((await read()).rows).toEqual([{ id: 1, a: 'one' }]);
      const prepared = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement like 'select * from shapes%'`.execute(connection);
      expect(prepared.rows[0]?.n).toBe(1);
      // A migration adds a column while the statement is prepared: at most one failure, which
      // callers retry, then the new shape.
      await sql`alter table shapes add column b text`.execute(connection);
      const failure = await read().then(
        () => undefined,
        (error: unknown) => error,
      );
      if (failure !== undefined) expect(isRetryableConflict(failure)).toBe(true);
      expect((await read()).rows).toEqual([{ id: 1, a: 'one', b: null }]);
    });
  });
});
