import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { applyConfig, applyConfigFile, formatConfigErrors, loadConfigFile } from './index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { TEST_OUTBOUND } from '../test-support/outbound.js';

const EXAMPLE = fileURLToPath(new URL('../../deploy/example/vigil.yaml', import.meta.url));

describe('loadConfigFile', () => {
  it('loads and validates the example configuration shipped in deploy/example', async () => {
    const { config, errors } = await loadConfigFile(EXAMPLE, { outbound: TEST_OUTBOUND });
    expect(formatConfigErrors(errors)).toBe('');
    const sections = config!.sections;
    expect(sections.severities?.map((s) => s.value.id)).toEqual(['SEV-1', 'SEV-2', 'SEV-3']);
    expect(sections.users).toHaveLength(5);
    expect(sections.teams?.map((t) => t.value.id)).toEqual(['platform', 'payments']);
    const integrations = sections.services!.flatMap((s) => s.value.integrations ?? []);
    expect(sections.services).toHaveLength(3);
    expect(integrations.filter((i) => i.type === 'events_v2').every((i) => /^[0-9a-f]{32}$/.test(i.key))).toBe(true);
    expect(integrations.some((i) => i.type === 'alertmanager')).toBe(true);
  });

  it('reports a file that cannot be read as an error naming the file', async () => {
    const { config, errors } = await loadConfigFile('/nonexistent/vigil.yaml');
    expect(config).toBeUndefined();
    expect(formatConfigErrors(errors)).toBe('/nonexistent/vigil.yaml:1:1: cannot read the configuration file: no such file');
  });
});

for (const dialect of DIALECTS) {
  describe(`applyConfigFile on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });

    it('applies the example configuration, and applying it again changes nothing', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      const first = await applyConfigFile(database.db, database.dialect, EXAMPLE, { clock, outbound: TEST_OUTBOUND });
      expect(first.errors).toEqual([]);
      expect(first.results.every((r) => r.action === 'created')).toBe(true);
      const second = await applyConfigFile(database.db, database.dialect, EXAMPLE, { clock, outbound: TEST_OUTBOUND });
      expect(second.results.every((r) => r.action === 'unchanged')).toBe(true);
      expect(second.results).toHaveLength(first.results.length);
    });

    it('applies a configuration loadConfigFile validated', async () => {
      database = await createTestDatabase(dialect);
      const { config } = await loadConfigFile(EXAMPLE, { outbound: TEST_OUTBOUND });
      const outcome = await applyConfig(database.db, database.dialect, config!, { clock: new FakeClock(), outbound: TEST_OUTBOUND });
      expect(outcome.errors).toEqual([]);
      expect(outcome.results).toContainEqual({ kind: 'team', id: 'payments', action: 'created' });
    });
  });
}
