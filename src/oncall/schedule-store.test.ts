import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-support/databases.js';
import { auditOf, fileAndApi, withoutActor, type AuditRecord, type FileAndApi } from '../test-support/file-and-api.js';

const USERS = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
  - { id: chen, name: Chen, email: chen@example.com }
`;

const MINUTE = 60_000;

/** Layer ids are made on each database; everything else the two paths write must agree. */
function withoutLayerIds(records: readonly AuditRecord[]): unknown[] {
  // Only `before` is a stored view with layer ids; `after` is the input as written.
  const strip = (view: unknown) => {
    if (view === null) return view;
    const { layers, ...rest } = view as { layers: { id: string }[] };
    return { ...rest, layers: layers.map(({ id: _id, ...layer }) => layer) };
  };
  return withoutActor(records).map((r) => ({ ...r, before: strip(r.before) }));
}

for (const dialect of DIALECTS) {
  describe(`schedule store on ${dialect}`, () => {
    let both: FileAndApi;
    afterEach(async () => {
      await both?.close();
    });

    const rows = async (which: 'api' | 'file') => {
      const db = both[which].database.db;
      return {
        schedules: await db.selectFrom('schedules').selectAll().orderBy('id').execute(),
        layers: (await db.selectFrom('schedule_layers').selectAll().orderBy('schedule_id').orderBy('position').execute()).map(({ id: _id, ...layer }) => layer),
      };
    };

    it('writes the same rows and the same audit entries for a schedule created, changed and deleted through the API or the file', async () => {
      both = await fileAndApi(dialect, USERS);
      const schedule = {
        id: 'primary',
        name: 'Primary',
        time_zone: 'America/New_York',
        layers: [
          { rotation: 'weekly', handoff: 'monday 09:00', start: '2026-01-07', participants: ['alice', 'bob'] },
          { name: 'nights', rotation: '12h', start: '2026-01-05T20:00', participants: ['chen'], restrictions: [{ days: ['saturday'], from: '20:00', to: '08:00' }] },
        ],
      };
      const yaml = (s: object) => `schedules:\n  - ${JSON.stringify(s)}\n`;

      const created = await both.api.request({ method: 'POST', url: '/api/v1/schedules', payload: schedule });
      expect(created.statusCode, created.body).toBe(201);
      expect((await both.applyFile(yaml(schedule))).results.filter((r) => r.kind === 'schedule')).toEqual([{ kind: 'schedule', id: 'primary', action: 'created' }]);
      expect(await rows('file')).toEqual(await rows('api'));

      both.advance(MINUTE);
      const edited = { ...schedule, name: 'Primary on-call', layers: [schedule.layers[0]!, { ...schedule.layers[1]!, participants: ['chen', 'alice'] }] };
      const { id: _id, ...body } = edited;
      const replaced = await both.api.request({ method: 'PUT', url: '/api/v1/schedules/primary', payload: body });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect((await both.applyFile(yaml(edited))).results.filter((r) => r.kind === 'schedule')).toEqual([
        { kind: 'schedule', id: 'primary', action: 'updated', changes: ['name', 'layers'] },
      ]);
      expect(await rows('file')).toEqual(await rows('api'));
      expect((await rows('file')).schedules[0]).toMatchObject({ name: 'Primary on-call', updated_at: both.file.clock.now() });

      both.advance(MINUTE);
      const deleted = await both.api.request({ method: 'DELETE', url: '/api/v1/schedules/primary' });
      expect(deleted.statusCode, deleted.body).toBe(204);
      expect((await both.applyFile('schedules: []\n', { prune: true })).results.filter((r) => r.action === 'deleted')).toEqual([
        { kind: 'schedule', id: 'primary', action: 'deleted' },
      ]);
      expect(await rows('file')).toEqual({ schedules: [], layers: [] });
      expect(await rows('api')).toEqual({ schedules: [], layers: [] });

      const fromApi = await auditOf(both.api.database.db, 'schedule');
      const fromFile = await auditOf(both.file.database.db, 'schedule');
      expect(fromFile.map((e) => [e.action, e.actor])).toEqual([
        ['schedule.create', 'cli'],
        ['schedule.update', 'cli'],
        ['schedule.delete', 'cli'],
      ]);
      expect(fromApi.map((e) => e.action)).toEqual(['schedule.create', 'schedule.update', 'schedule.delete']);
      expect(withoutLayerIds(fromFile)).toEqual(withoutLayerIds(fromApi));
      expect(fromFile[1]).toMatchObject({ before: { name: 'Primary', layers: [{ start: '2026-01-12' }, { participants: ['chen'] }] }, after: { name: 'Primary on-call' } });
    });

    it('leaves a schedule and its updated_at alone, and records nothing, when the file or a PUT repeats it as it is', async () => {
      both = await fileAndApi(dialect, USERS);
      const schedule = { id: 'solo', time_zone: 'UTC', layers: [{ rotation: 'daily', start: '2026-01-05', participants: ['alice'] }] };
      const { id: _id, ...body } = schedule;
      await both.applyFile(`schedules:\n  - ${JSON.stringify(schedule)}\n`);
      expect((await both.api.request({ method: 'POST', url: '/api/v1/schedules', payload: schedule })).statusCode).toBe(201);
      both.advance(MINUTE);
      expect((await both.applyFile(`schedules:\n  - ${JSON.stringify(schedule)}\n`)).results.filter((r) => r.kind === 'schedule')).toEqual([{ kind: 'schedule', id: 'solo', action: 'unchanged' }]);
      const replaced = await both.api.request({ method: 'PUT', url: '/api/v1/schedules/solo', payload: body });
      expect(replaced.json()).toMatchObject({ updated_at: '2026-03-02T10:00:00.000Z' });
      expect(await rows('file')).toEqual(await rows('api'));
      expect((await auditOf(both.api.database.db, 'schedule')).map((e) => e.action)).toEqual(['schedule.create']);
      expect((await auditOf(both.file.database.db, 'schedule')).map((e) => e.action)).toEqual(['schedule.create']);
    });
  });
}
