import { afterEach, describe, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { migrateToLatest } from '../database.js';
import { isUniqueViolation } from '../dialect.js';
import { MIGRATIONS } from './index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test-support/databases.js';

const user = (id: string, email: string) => ({ id, name: id, email, time_zone: 'UTC', role: 'responder' as const, created_at: 0, updated_at: 0 });

for (const dialect of DIALECTS) {
  describe(`emails unique without case on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    async function migratedTo(name: string): Promise<TestDatabase> {
      database = await createTestDatabase(dialect, { migrate: false });
      const { error } = await new Migrator({ db: database.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } }).migrateTo(name);
      if (error) throw error;
      return database;
    }

    it('refuses to migrate while users share an email in different case, naming every such address', async () => {
      const { db } = await migratedTo('008-service-grouping');
      await db.insertInto('users').values([user('alice', 'alice@example.com'), user('mallory', 'ALICE@example.com'), user('bob', 'Bob@example.com'), user('bobby', 'bob@EXAMPLE.com'), user('carol', 'carol@example.com')]).execute();
      const outcome = await migrateToLatest(db);
      const message = (outcome.error as Error).message;
      expect(message).toContain('"alice@example.com" (alice), "ALICE@example.com" (mallory)');
      expect(message).toContain('"Bob@example.com" (bob), "bob@EXAMPLE.com" (bobby)');
      expect(message).not.toContain('carol');
      // Nothing was picked: every address is as it was, and once they differ the migration runs.
      expect((await db.selectFrom('users').select('email').orderBy('id').execute()).map((r) => r.email)).toEqual(['alice@example.com', 'Bob@example.com', 'bob@EXAMPLE.com', 'carol@example.com', 'ALICE@example.com']);
      await db.updateTable('users').set({ email: 'mallory@example.com' }).where('id', '=', 'mallory').execute();
      await db.updateTable('users').set({ email: 'bobby@example.com' }).where('id', '=', 'bobby').execute();
      expect((await migrateToLatest(db)).error).toBeUndefined();
    });

    it('refuses a second user whose email differs from another only in case', async () => {
      const { db } = await migratedTo('009-email-unique');
      await db.insertInto('users').values(user('alice', 'alice@example.com')).execute();
      const failure = await db.insertInto('users').values(user('mallory', 'Alice@Example.COM')).execute().then(() => undefined, (error: unknown) => error);
      expect(isUniqueViolation(failure)).toBe(true);
    });
  });
}
