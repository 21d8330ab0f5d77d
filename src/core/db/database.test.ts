import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { isSchemaCurrent, parseDatabaseUrl } from './database.js';
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
