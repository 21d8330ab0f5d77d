import { afterEach, describe, expect, it } from 'vitest';
import { formatConfigErrors } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { applyYaml } from '../../test-support/config.js';

const USERS = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
`;

for (const dialect of DIALECTS) {
  describe(`users on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const apply = (text: string) => applyYaml(database.db, dialect, text);

    it('lets two users trade email addresses in one apply', async () => {
      database = await createTestDatabase(dialect);
      await apply(USERS);
      const swapped = USERS.replace('alice@example.com', 'x').replace('bob@example.com', 'alice@example.com').replace('x', 'bob@example.com');
      const outcome = await apply(swapped);
      expect(outcome.results).toEqual([
        { kind: 'user', id: 'alice', action: 'updated', changes: ['email'] },
        { kind: 'user', id: 'bob', action: 'updated', changes: ['email'] },
      ]);
      const rows = await database.db.selectFrom('users').select(['id', 'email']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'alice', email: 'bob@example.com' },
        { id: 'bob', email: 'alice@example.com' },
      ]);
    });

    it('refuses an email that belongs to a user the file does not list', async () => {
      database = await createTestDatabase(dialect);
      await apply(USERS);
      const outcome = await apply('users:\n  - { id: carol, name: Carol, email: Bob@Example.com }\n');
      expect(formatConfigErrors(outcome.errors)).toBe(
        'vigil.yaml:2:38: email "Bob@Example.com" in users[0] (carol) already belongs to user "bob", which this file does not list' +
          ' — list "bob" under users: with another email, or remove that user',
      );
      expect(await database.db.selectFrom('users').select('id').where('id', '=', 'carol').execute()).toEqual([]);
    });
  });
}
