import { afterEach, describe, expect, it } from 'vitest';
import { exportConfig } from '../config/export-config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { applyYaml } from '../test-support/config.js';

for (const dialect of DIALECTS) {
  describe(`a service's impact model in vigil.yaml on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });

    it('stores each form exactly as written, exports it back, and audits a change', async () => {
      database = await createTestDatabase(dialect);
      const first = await applyYaml(database.db, dialect, `services:
  - { id: shop, name: Shop, impact: { users: 10000, orders_per_user_hour: 1.5, order_value: 85, failure_rate: 0.4, currency: EUR } }
  - { id: api, name: API, impact: { cost_per_minute: 5600 } }
`);
      expect(first.errors).toEqual([]);
      const rows = await database.db.selectFrom('services').select(['id', 'impact']).orderBy('id').execute();
      expect(rows.map((r) => [r.id, JSON.parse(r.impact!)])).toEqual([
        ['api', { kind: 'per_minute', cost_per_minute: '5600', currency: 'USD' }],
        ['shop', { kind: 'orders', users: '10000', orders_per_user_hour: '1.5', order_value: '85', failure_rate: '0.4', currency: 'EUR' }],
      ]);
      const exported = await exportConfig(database.db);
      expect(exported).toContain('failure_rate: 0.4');
      expect(exported).toContain('cost_per_minute: 5600');
      await applyYaml(database.db, dialect, 'services:\n  - { id: api, name: API, impact: { cost_per_minute: 6000, currency: USD } }\n');
      const audit = await database.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'service.update').where('entity_id', '=', 'api').executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before!).impact).toMatchObject({ cost_per_minute: '5600' });
      expect(JSON.parse(audit.after!).impact).toMatchObject({ cost_per_minute: '6000' });
    });

    it('refuses a mixed, incomplete or impossible model with the line and a hint, writing nothing', async () => {
      database = await createTestDatabase(dialect);
      const outcome = await applyYaml(database.db, dialect, `services:
  - { id: a, name: A, impact: { cost_per_minute: 10, users: 5 } }
  - { id: b, name: B, impact: { users: 5, order_value: 3 } }
  - { id: c, name: C, impact: { cost_per_minute: 10, currency: dollars } }
  - { id: d, name: D, impact: { users: 5, orders_per_user_hour: 1, order_value: 3, failure_rate: 40 } }
`);
      const messages = outcome.errors.map((e) => e.message);
      expect(messages).toEqual([
        expect.stringContaining('has cost_per_minute and users'),
        expect.stringContaining('lacks orders_per_user_hour, failure_rate'),
        expect.stringContaining('"dollars" is not an ISO 4217 currency code'),
        expect.stringContaining('failure_rate must be above 0 and at most 1'),
      ]);
      expect(outcome.errors[0]).toMatchObject({ line: 2 });
      expect(await database.db.selectFrom('services').select('id').execute()).toEqual([]);
    });
  });
}
