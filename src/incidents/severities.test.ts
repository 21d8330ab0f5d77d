import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../core/db/database.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { DEFAULT_SEVERITIES, ensureDefaultSeverities } from './severities.js';

describe('default severities', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
  });

  it('are seeded once when several processes start on a new PostgreSQL database at the same moment', async () => {
    database = await createTestDatabase('postgres');
    const nodes = Array.from({ length: 4 }, () => openDatabase(database!.url, { poolSize: 2 }));
    try {
      await Promise.all(nodes.flatMap((node) => [ensureDefaultSeverities(node.db), ensureDefaultSeverities(node.db)]));
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
    }
    const rows = await database.db.selectFrom('severities').select('id').orderBy('rank').execute();
    expect(rows.map((r) => r.id)).toEqual(DEFAULT_SEVERITIES.map((s) => s.id));
  });
});
