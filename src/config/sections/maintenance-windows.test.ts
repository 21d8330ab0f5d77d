import { afterEach, describe, expect, it } from 'vitest';
import { SQL_DIALECTS } from '../../core/db/database.js';
import { FakeClock } from '../../core/clock.js';
import { applyConfig, exportConfig, formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { yamlDocument } from '../../test-support/config.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

const SERVICES = `services:\n  - { id: orders-db, name: Orders DB }\n  - { id: storefront, name: Storefront }\n`;
const problems = (text: string) => validateConfig(yamlDocument(text)).errors.map((e) => `${e.line}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);

const WINDOWS = `${SERVICES}maintenance_windows:
  - id: pg-upgrade
    services: [orders-db]
    reason: Postgres 16 upgrade
    starts_at: "2026-03-10T22:00:00Z"
    ends_at: "2026-03-11T02:00:00Z"
  - id: patching
    services: [orders-db, storefront]
    reason: Kernel patching
    weekly: { day: saturday, start: "02:00", duration: 2h, time_zone: America/New_York }
    pause_open: true
`;

describe('maintenance_windows in vigil.yaml', () => {
  it('accepts one-off and weekly windows', () => {
    expect(problems(WINDOWS)).toEqual([]);
  });

  it('positions unknown services, missing or doubled times, bad zones and lengths', () => {
    const text = `${SERVICES}maintenance_windows:
  - { id: a, services: [nope], reason: A, starts_at: "2026-03-10T22:00:00Z", ends_at: "2026-03-11T02:00:00Z" }
  - { id: b, services: [orders-db], reason: B, starts_at: "2026-03-10T22:00:00Z" }
  - { id: c, services: [orders-db], reason: C, starts_at: "2026-03-10T22:00:00Z", ends_at: "2026-03-11T02:00:00Z", weekly: { day: monday, start: "01:00", duration: 1h } }
  - { id: d, services: [orders-db], reason: D, starts_at: "2026-03-11T22:00:00Z", ends_at: "2026-03-11T02:00:00Z" }
  - { id: e, services: [orders-db], reason: E, weekly: { day: funday, start: "25:00", duration: 8d, time_zone: Mars/Base } }
  - { id: f, services: [orders-db], reason: F, weekly: { day: monday, start: "01:00", duration: 8d } }
`;
    const found = problems(text);
    expect(found[0]).toMatch(/^5: unknown service "nope" in maintenance_windows\[0\] \(a\)\.services\[0\]/);
    expect(found).toContainEqual(expect.stringMatching(/^6: invalid maintenance_windows\[1\] \(b\): a window needs starts_at and ends_at, or weekly/));
    expect(found).toContainEqual(expect.stringMatching(/^7: invalid maintenance_windows\[2\] \(c\): give weekly or starts_at and ends_at, not both/));
    expect(found).toContainEqual('8: invalid ends_at in maintenance_windows[3] (d): must be after starts_at');
    expect(found.filter((f) => f.startsWith('9: '))).toEqual([
      expect.stringMatching(/needs starts_at and ends_at, or weekly/),
      expect.stringMatching(/invalid day .*got "funday" \(did you mean "sunday"\?\)/), expect.stringMatching(/invalid start .*"25:00" is not a time of day/), expect.stringMatching(/invalid time_zone .*"Mars\/Base" is not an IANA time zone/),
    ]);
    expect(found).toContainEqual('10: invalid duration in maintenance_windows[5] (f).weekly: a weekly window must last less than a week');
  });
});

for (const dialect of DIALECTS) {
  describe(`applying maintenance windows on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
    const apply = async (text: string, prune = false) => {
      const outcome = await applyConfig(database.db, SQL_DIALECTS[dialect], yamlDocument(text), { clock, prune, outbound: TEST_OUTBOUND });
      expect(outcome.errors, formatConfigErrors(outcome.errors)).toEqual([]);
      return outcome.results.filter((r) => r.kind === 'maintenance_window');
    };

    it('applies, changes nothing the second time, exports as written and round-trips; prune deletes only the file\'s', async () => {
      database = await createTestDatabase(dialect);
      expect(await apply(WINDOWS)).toEqual([
        { kind: 'maintenance_window', id: 'pg-upgrade', action: 'created' },
        { kind: 'maintenance_window', id: 'patching', action: 'created' },
      ]);
      expect((await apply(WINDOWS)).map((r) => r.action)).toEqual(['unchanged', 'unchanged']);
      const rows = await database.db.selectFrom('maintenance_windows').select(['id', 'source', 'repeat', 'time_zone', 'pause_open']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'mw_patching', source: 'config', repeat: 'weekly', time_zone: 'America/New_York', pause_open: 1 },
        { id: 'mw_pg-upgrade', source: 'config', repeat: null, time_zone: 'UTC', pause_open: 0 },
      ]);
      // Jobs for the next occurrence: Saturday 7 March 02:00 in New York is 07:00Z.
      const jobs = await database.db.selectFrom('jobs').select(['key', 'run_at']).where('kind', '=', 'maint.boundary').where('key', 'like', 'maint:mw_patching:%').orderBy('key').execute();
      expect(jobs.map((j) => new Date(Number(j.run_at)).toISOString())).toEqual(['2026-03-07T09:00:00.000Z', '2026-03-07T07:00:00.000Z']);

      const exported = await exportConfig(database.db);
      expect(exported).toContain('maintenance_windows:\n  - id: patching\n    services:\n      - orders-db\n      - storefront\n    reason: Kernel patching\n    weekly:\n      day: saturday\n      start: 02:00\n      duration: 2h\n      time_zone: America/New_York\n    pause_open: true\n  - id: pg-upgrade\n');
      expect((await apply(exported)).map((r) => r.action)).toEqual(['unchanged', 'unchanged']);

      const changed = WINDOWS.replace('Postgres 16 upgrade', 'Postgres 17 upgrade').replace('start: "02:00"', 'start: "03:00"');
      expect(await apply(changed)).toEqual([
        { kind: 'maintenance_window', id: 'pg-upgrade', action: 'updated', changes: ['reason'] },
        { kind: 'maintenance_window', id: 'patching', action: 'updated', changes: ['weekly'] },
      ]);
      const now = clock.now();
      await database.db.insertInto('maintenance_windows').values({ id: 'mw_console', services: '["orders-db"]', starts_at: now, ends_at: now + 3_600_000, reason: 'console', repeat: null, time_zone: 'UTC', pause_open: 0, source: 'api', created_by: 'user:x', created_at: now, updated_at: now }).execute();
      expect(await apply(`${SERVICES}maintenance_windows:\n  - { id: patching, services: [orders-db], reason: K, weekly: { day: sunday, start: "01:00", duration: 1h } }\n`, true)).toEqual([
        { kind: 'maintenance_window', id: 'pg-upgrade', action: 'deleted' },
        { kind: 'maintenance_window', id: 'patching', action: 'updated', changes: ['services', 'reason', 'weekly', 'pause_open'] },
      ]);
      expect((await database.db.selectFrom('maintenance_windows').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['mw_console', 'mw_patching']);
    });
  });
}
