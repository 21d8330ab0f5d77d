import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { migrateToLatest } from '../core/db/database.js';
import { MIGRATIONS } from '../core/db/migrations/index.js';
import { hashSecret } from '../core/ids.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { findIntegrationByKey, IntegrationCache } from './integrations.js';

/**
 * Routing keys are compared only as SHA-256 digests: ingest finds an integration by the digest
 * of the presented key, so neither the database's index nor the cache ever compares the secret
 * itself byte by byte.
 */
const KEY = '0123456789abcdef0123456789abcdef';

for (const dialect of DIALECTS) {
  describe(`integration key digests on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
      database = undefined;
    });

    it('are written by apply, and the lookup goes by digest, not by the stored key', async () => {
      database = await createTestDatabase(dialect);
      const outcome = await applyYaml(database.db, dialect, `services:\n  - id: api\n    name: API\n    integrations:\n      - { type: events_v2, key: ${KEY} }\n`);
      expect(outcome.errors).toEqual([]);
      const row = await database.db.selectFrom('integrations').select(['key', 'key_hash']).executeTakeFirstOrThrow();
      expect(row).toEqual({ key: KEY, key_hash: hashSecret(KEY) });
      expect((await findIntegrationByKey(database.db, KEY))?.serviceId).toBe('api');
      // Only the digest is consulted: a stored key that no longer matches changes nothing.
      await database.db.updateTable('integrations').set({ key: 'something-else-entirely' }).execute();
      expect((await findIntegrationByKey(database.db, KEY))?.serviceId).toBe('api');
      expect(await findIntegrationByKey(database.db, 'something-else-entirely')).toBeUndefined();
    });

    it('are filled in for integrations that existed before the migration', async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
      expect((await migrator.migrateTo('005-access')).error).toBeUndefined();
      await sql`insert into services (id, name, created_at, updated_at) values ('api', 'API', 0, 0)`.execute(database.db);
      await sql`insert into integrations (id, service_id, type, key, position, created_at) values ('int_1', 'api', 'events_v2', ${KEY}, 0, 0)`.execute(database.db);
      expect((await migrateToLatest(database.db)).error).toBeUndefined();
      expect((await findIntegrationByKey(database.db, KEY))?.id).toBe('int_1');
    });
  });
}

describe('the integration cache', () => {
  it('holds entries by digest and still answers by key', async () => {
    const asked: string[] = [];
    const cache = new IntegrationCache(async (key) => {
      asked.push(key);
      return key === KEY ? ({ id: 'int_1' } as never) : undefined;
    }, { ttlMs: 5_000, maxEntries: 10, now: () => new FakeClock(0).now() });
    expect(await cache.get(KEY)).toEqual({ id: 'int_1' });
    expect(await cache.get(KEY)).toEqual({ id: 'int_1' });
    expect(await cache.get('unknown')).toBeUndefined();
    expect(asked).toEqual([KEY, 'unknown']);
    const held = [...(cache as unknown as { found: Map<string, unknown> }).found.keys()];
    expect(held).toEqual([hashSecret(KEY)]);
  });
});
