import { afterEach, describe, expect, it } from 'vitest';
import { SQL_DIALECTS } from '../../core/db/database.js';
import { FakeClock } from '../../core/clock.js';
import { applyConfig, exportConfig, formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/databases.js';
import { yamlDocument } from '../../test-support/config.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

const problems = (text: string) => validateConfig(yamlDocument(text)).errors.map((e) => `${e.line}: ${e.message}`);

describe('a service\'s grouping wait and interval', () => {
  it('accepts durations and positions what is wrong with them', () => {
    expect(problems('services:\n  - { id: api, name: API, grouping: { by: [component], wait: 30s, interval: 5m } }\n')).toEqual([]);
    expect(problems('services:\n  - { id: api, name: API, grouping: { by: [component], wait: soon, interval: 0s } }\n  - { id: b, name: B, grouping: { by: [component], wait: 2h } }\n')).toEqual([
      expect.stringMatching(/^2: invalid wait in services\[0\] \(api\)\.grouping: "soon" is not a positive duration/),
      expect.stringMatching(/^2: invalid interval in services\[0\] \(api\)\.grouping: "0s" is not a positive duration/),
      '3: wait in services[1] (b).grouping must be at most 1h: the first page of every new incident waits this long',
    ]);
  });

  describe('stored and exported', () => {
    let database: TestDatabase;
    afterEach(async () => database?.destroy());

    it('round-trips, and a rule without timers is stored exactly as before', async () => {
      database = await createTestDatabase('sqlite');
      const apply = async (text: string) => {
        const outcome = await applyConfig(database.db, SQL_DIALECTS.sqlite, yamlDocument(text), { clock: new FakeClock(), prune: false, outbound: TEST_OUTBOUND });
        expect(outcome.errors, formatConfigErrors(outcome.errors)).toEqual([]);
      };
      await apply('services:\n  - { id: api, name: API, grouping: { by: [component], wait: 30s, interval: 5m } }\n  - { id: old, name: Old, grouping: { by: [component] } }\n');
      const rows = await database.db.selectFrom('services').select(['id', 'grouping']).orderBy('id').execute();
      expect(rows).toEqual([{ id: 'api', grouping: '{"by":["component"],"wait_ms":30000,"interval_ms":300000}' }, { id: 'old', grouping: '{"by":["component"]}' }]);
      const exported = await exportConfig(database.db);
      expect(exported).toContain('    grouping:\n      by:\n        - component\n      wait: 30s\n      interval: 5m\n');
      await apply(exported);
      expect(await exportConfig(database.db)).toBe(exported);
    });
  });
});
