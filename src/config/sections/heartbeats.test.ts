import { afterEach, describe, expect, it } from 'vitest';
import { SQL_DIALECTS } from '../../core/db/database.js';
import { FakeClock } from '../../core/clock.js';
import { applyConfig, exportConfig, formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { yamlDocument } from '../../test-support/config.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

const SERVICES = `services:\n  - { id: billing, name: Billing }\n  - { id: search, name: Search }\n`;
const problems = (text: string) => validateConfig(yamlDocument(text)).errors.map((e) => `${e.line}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);

describe('heartbeats in vigil.yaml', () => {
  it('accepts a heartbeat with and without a key', () => {
    expect(problems(`${SERVICES}heartbeats:\n  - { id: backup, service: billing, name: Nightly backup, interval: 1d, grace: 30m }\n  - { id: watchdog, service: search, name: Watchdog, interval: 1m, key: watchdog-0123456789abcdef }\n`)).toEqual([]);
  });

  it('positions unknown services, bad durations, too short intervals and duplicate keys', () => {
    const text = `${SERVICES}heartbeats:
  - { id: a, service: nope, name: A, interval: 1m }
  - { id: b, service: billing, name: B, interval: soon }
  - { id: c, service: billing, name: C, interval: 0s }
  - { id: d, service: billing, name: D, interval: 1m, key: shared-key-0123456789 }
  - { id: e, service: billing, name: E, interval: 1m, key: shared-key-0123456789 }
`;
    const found = problems(text);
    expect(found).toEqual([
      '5: unknown service "nope" in heartbeats[0] (a) (define service "nope" under services:)',
      expect.stringMatching(/^6: invalid interval in heartbeats\[1\] \(b\): "soon" is not a positive duration/),
      expect.stringMatching(/^7: invalid interval in heartbeats\[2\] \(c\): "0s" is not a positive duration/),
      '9: duplicate heartbeat key in heartbeats[4] (e): first used at line 8 (each heartbeat needs its own ping address; leave key out to have one made)',
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`applying heartbeats on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
    const apply = async (db: TestDatabase, text: string, prune = false) => {
      const outcome = await applyConfig(db.db, SQL_DIALECTS[dialect], yamlDocument(text), { clock, prune, outbound: TEST_OUTBOUND });
      expect(outcome.errors, formatConfigErrors(outcome.errors)).toEqual([]);
      return outcome.results.filter((r) => r.kind === 'heartbeat' || r.kind === 'integration');
    };
    const FILE = `${SERVICES}heartbeats:\n  - { id: backup, service: billing, name: Nightly backup, interval: 1d, grace: 30m }\n`;

    it('makes a key once and keeps it across applies; the service\'s integrations list never sees the heartbeat\'s own', async () => {
      database = await createTestDatabase(dialect);
      expect(await apply(database, FILE)).toEqual([{ kind: 'heartbeat', id: 'backup', action: 'created'}]);
      const first = await database.db.selectFrom('heartbeats').select(['key', 'state', 'managed_by']).executeTakeFirstOrThrow();
      expect(first).toMatchObject({ state: 'inactive', managed_by: 'config' });
      expect(first.key.length).toBeGreaterThanOrEqual(32);
      expect(await apply(database, FILE)).toEqual([{ kind: 'heartbeat', id: 'backup', action: 'unchanged' }]);
      expect((await database.db.selectFrom('heartbeats').select('key').executeTakeFirstOrThrow()).key).toBe(first.key);
      // Applying the services again (with their integrations list) leaves the heartbeat's integration alone.
      await apply(database, `services:\n  - { id: billing, name: Billing, integrations: [{ type: events_v2, key: billing-events-0123456789 }] }\n  - { id: search, name: Search }\n`);
      expect(await database.db.selectFrom('integrations').select('type').where('service_id', '=', 'billing').orderBy('type').execute()).toEqual([{ type: 'events_v2' }, { type: 'heartbeat' }]);
      const changed = await apply(database, FILE.replace('interval: 1d, grace: 30m', 'interval: 12h, grace: 30m'));
      expect(changed).toContainEqual({ kind: 'heartbeat', id: 'backup', action: 'updated', changes: ['interval']});
    });

    it('exports with the key, round-trips into a fresh database, and prunes only heartbeats from the file', async () => {
      database = await createTestDatabase(dialect);
      await apply(database, FILE);
      const exported = await exportConfig(database.db);
      expect(exported).toMatch(/heartbeats:\n {2}- id: backup\n {4}service: billing\n {4}name: Nightly backup\n {4}interval: 1d\n {4}grace: 30m\n {4}key: \S+\n/);
      const fresh = await createTestDatabase(dialect);
      try {
        await apply(fresh, exported);
        expect(await exportConfig(fresh.db)).toBe(exported);
      } finally {
        await fresh.destroy();
      }
      const now = clock.now();
      await database.db.insertInto('integrations').values({ id: 'int_api', service_id: 'billing', type: 'heartbeat', name: 'heartbeat api', key: 'api-internal', key_hash: 'x', position: 1_000_000, created_at: now, rate_limit_per_minute: null, mapping: null }).execute();
      await database.db.insertInto('heartbeats').values({ id: 'hb_api', service_id: 'billing', integration_id: 'int_api', name: 'API made', key: 'k', key_hash: 'k-hash', interval_ms: 60_000, grace_ms: 60_000, state: 'inactive', last_ping_at: null, armed_at: null, missed_at: null, managed_by: 'api', created_at: now, updated_at: now }).execute();
      expect(await exportConfig(database.db)).not.toContain('API made');
      expect(await apply(database, `${SERVICES}heartbeats:\n  - { id: other, service: search, name: Other, interval: 5m }\n`, true)).toEqual(expect.arrayContaining([
        { kind: 'heartbeat', id: 'backup', action: 'deleted'},
        { kind: 'heartbeat', id: 'other', action: 'created'},
      ]));
      expect((await database.db.selectFrom('heartbeats').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['hb_api', 'other']);
    });
  });
}
