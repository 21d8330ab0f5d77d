import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-support/databases.js';
import { auditOf, fileAndApi, withoutActor, type FileAndApi } from '../test-support/file-and-api.js';

const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: dana, name: Dana, email: dana@example.com }
teams:
  - { id: platform, name: Platform, members: [alice, dana] }
schedules:
  - id: primary
    time_zone: UTC
    layers: [{ rotation: weekly, start: 2026-01-05, participants: [alice, dana] }]
`;

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`escalation policy store on ${dialect}`, () => {
    let both: FileAndApi;
    afterEach(async () => {
      await both?.close();
    });

    const rows = async (which: 'api' | 'file') => {
      const db = both[which].database.db;
      return {
        policies: await db.selectFrom('escalation_policies').selectAll().orderBy('id').execute(),
        levels: await db.selectFrom('escalation_levels').selectAll().orderBy('policy_id').orderBy('position').execute(),
      };
    };

    it('writes the same rows and the same audit entries for a policy created, changed and deleted through the API or the file', async () => {
      both = await fileAndApi(dialect, ORG);
      const policy = {
        id: 'platform',
        name: 'Platform',
        team: 'platform',
        repeat: 2,
        levels: [
          { targets: ['schedule:primary'], escalate_after: '5m' },
          { targets: ['user:dana', 'user:alice'], escalate_after: '10m' },
        ],
      };
      const yaml = (p: typeof policy) => `escalation_policies:\n  - ${JSON.stringify(p)}\n`;

      const created = await both.api.request({ method: 'POST', url: '/api/v1/escalation-policies', payload: policy });
      expect(created.statusCode, created.body).toBe(201);
      expect((await both.applyFile(yaml(policy))).results.filter((r) => r.kind === 'escalation_policy')).toEqual([
        { kind: 'escalation_policy', id: 'platform', action: 'created' },
      ]);

      both.advance(MINUTE);
      const edited = { ...policy, repeat: 0, levels: [policy.levels[0]!, { ...policy.levels[1]!, escalate_after: '15m' }] };
      const { id: _id, ...body } = edited;
      const replaced = await both.api.request({ method: 'PUT', url: '/api/v1/escalation-policies/platform', payload: body });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect((await both.applyFile(yaml(edited))).results.filter((r) => r.kind === 'escalation_policy')).toEqual([
        { kind: 'escalation_policy', id: 'platform', action: 'updated', changes: ['repeat', 'levels'] },
      ]);
      expect(await rows('file')).toEqual(await rows('api'));
      expect((await rows('file')).policies[0]).toMatchObject({ repeat: 0, updated_at: both.file.clock.now() });

      both.advance(MINUTE);
      const deleted = await both.api.request({ method: 'DELETE', url: '/api/v1/escalation-policies/platform' });
      expect(deleted.statusCode, deleted.body).toBe(204);
      expect((await both.applyFile('escalation_policies: []\n', { prune: true })).results.filter((r) => r.action === 'deleted')).toEqual([
        { kind: 'escalation_policy', id: 'platform', action: 'deleted' },
      ]);
      expect(await rows('file')).toEqual({ policies: [], levels: [] });
      expect(await rows('api')).toEqual({ policies: [], levels: [] });

      const fromApi = await auditOf(both.api.database.db, 'escalation_policy');
      const fromFile = await auditOf(both.file.database.db, 'escalation_policy');
      expect(fromFile.map((e) => [e.action, e.actor])).toEqual([
        ['escalation_policy.create', 'cli'],
        ['escalation_policy.update', 'cli'],
        ['escalation_policy.delete', 'cli'],
      ]);
      expect(fromApi.map((e) => e.actor)).toEqual(['token:bootstrap-admin', 'token:bootstrap-admin', 'token:bootstrap-admin']);
      expect(withoutActor(fromFile)).toEqual(withoutActor(fromApi));
      expect(fromFile[1]).toMatchObject({ before: { repeat: 2, updated_at: '2026-03-02T10:00:00.000Z' }, after: { repeat: 0 } });
    });

    it('leaves a policy and its updated_at alone, and records nothing, when the file or a PUT repeats it as it is', async () => {
      both = await fileAndApi(dialect, ORG);
      const text = 'escalation_policies:\n  - { id: solo, levels: [{ targets: ["user:alice"], escalate_after: 10m }] }\n';
      await both.applyFile(text);
      both.advance(MINUTE);
      expect((await both.applyFile(text)).results.filter((r) => r.kind === 'escalation_policy')).toEqual([{ kind: 'escalation_policy', id: 'solo', action: 'unchanged' }]);
      const policy = await both.file.database.db.selectFrom('escalation_policies').select('updated_at').executeTakeFirstOrThrow();
      expect(policy.updated_at).toBe(Date.parse('2026-03-02T10:00:00Z'));

      const created = await both.api.request({ method: 'POST', url: '/api/v1/escalation-policies', payload: { id: 'solo', levels: [{ targets: ['user:alice'], escalate_after: '10m' }] } });
      expect(created.statusCode, created.body).toBe(201);
      both.advance(MINUTE);
      const replaced = await both.api.request({ method: 'PUT', url: '/api/v1/escalation-policies/solo', payload: { levels: [{ targets: ['user:alice'], escalate_after: '10m' }] } });
      expect(replaced.json()).toMatchObject({ updated_at: '2026-03-02T10:01:00.000Z' });
      expect((await auditOf(both.api.database.db, 'escalation_policy')).map((e) => e.action)).toEqual(['escalation_policy.create']);
      expect((await auditOf(both.file.database.db, 'escalation_policy')).map((e) => e.action)).toEqual(['escalation_policy.create']);
    });
  });
}
