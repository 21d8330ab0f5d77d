import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-support/databases.js';
import { auditOf, fileAndApi, type FileAndApi } from '../test-support/file-and-api.js';

const BASE = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
schedules:
  - id: primary
    time_zone: UTC
    layers: [{ rotation: weekly, start: 2026-01-05, participants: [alice] }]
`;

const MINUTE = 60_000;
const FROM = '2026-03-10T09:00:00.000Z';
const TO = '2026-03-10T17:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`override store on ${dialect}`, () => {
    let both: FileAndApi;
    afterEach(async () => {
      await both?.close();
    });

    const rows = async (which: 'api' | 'file') =>
      both[which].database.db.selectFrom('schedule_overrides').selectAll().orderBy('start_at').execute();
    const schedule = async (which: 'api' | 'file') => both[which].database.db.selectFrom('schedules').selectAll().executeTakeFirstOrThrow();

    it('writes the same override and the same audit entries when the API or the file adds and removes it', async () => {
      both = await fileAndApi(dialect, BASE);
      const withOverride = `    overrides: [{ user: bob, from: "${FROM}", to: "${TO}" }]\n`;

      const before = await schedule('file');
      both.advance(MINUTE);
      const added = await both.api.request({ method: 'POST', url: '/api/v1/schedules/primary/overrides', payload: { user: 'bob', start: FROM, end: TO } });
      expect(added.statusCode, added.body).toBe(201);
      // The base file already lists the schedule: the override is all that changes.
      expect((await both.applyFile(withOverride)).errors).toEqual([]);
      const apiRows = await rows('api');
      const fileRows = await rows('file');
      const sameParts = (r: (typeof apiRows)[number]) => ({ schedule_id: r.schedule_id, user_id: r.user_id, start_at: r.start_at, end_at: r.end_at, created_at: r.created_at });
      expect(fileRows.map(sameParts)).toEqual(apiRows.map(sameParts));
      expect(fileRows.map((r) => r.created_by)).toEqual(['config']);
      expect(apiRows.map((r) => r.created_by)).toEqual(['token:bootstrap-admin']);
      // Neither path touches the schedule's own row for an override.
      expect(await schedule('file')).toEqual(await schedule('api'));
      expect(await schedule('file')).toEqual(before);

      both.advance(MINUTE);
      const removed = await both.api.request({ method: 'DELETE', url: `/api/v1/schedules/primary/overrides/${apiRows[0]!.id}` });
      expect(removed.statusCode, removed.body).toBe(204);
      const outcome = await both.applyFile('');
      expect(outcome.results.filter((r) => r.kind === 'schedule')).toEqual([{ kind: 'schedule', id: 'primary', action: 'updated', changes: ['overrides'] }]);
      expect(await rows('file')).toEqual([]);
      expect(await rows('api')).toEqual([]);

      const fromApi = await auditOf(both.api.database.db, 'override');
      const fromFile = await auditOf(both.file.database.db, 'override');
      expect(fromApi.map((e) => e.entity_id)).toEqual([apiRows[0]!.id, apiRows[0]!.id]);
      expect(fromFile.map((e) => e.entity_id)).toEqual([fileRows[0]!.id, fileRows[0]!.id]);
      const override = { schedule: 'primary', user: 'bob', start: FROM, end: TO };
      expect(fromApi.map(({ action, actor, at, before, after }) => ({ action, actor, at, before, after }))).toEqual([
        { action: 'override.create', actor: 'token:bootstrap-admin', at: Date.parse('2026-03-02T10:01:00Z'), before: null, after: override },
        { action: 'override.delete', actor: 'token:bootstrap-admin', at: Date.parse('2026-03-02T10:02:00Z'), before: { ...override, created_by: 'token:bootstrap-admin' }, after: null },
      ]);
      expect(fromFile.map(({ action, actor, at, before, after }) => ({ action, actor, at, before, after }))).toEqual([
        { action: 'override.create', actor: 'cli', at: Date.parse('2026-03-02T10:01:00Z'), before: null, after: override },
        { action: 'override.delete', actor: 'cli', at: Date.parse('2026-03-02T10:02:00Z'), before: { ...override, created_by: 'config' }, after: null },
      ]);
      // The schedule itself was only created, by the base file.
      expect((await auditOf(both.file.database.db, 'schedule')).map((e) => e.action)).toEqual(['schedule.create']);
    });
  });
}
