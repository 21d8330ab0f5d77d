import { afterEach, describe, expect, it } from 'vitest';
import { applyConfig } from '../config/index.js';
import { createTestApp, TEST_OUTBOUND, type TestApp } from '../test-support/app.js';
import { yamlDocument } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';
import { startSession } from './sessions.js';

interface Entry {
  readonly actor: string;
  readonly action: string;
  readonly entity_type: string;
  readonly entity_id: string | null;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

const SESSION = { idleMs: 3_600_000, maxMs: 86_400_000 };

/** The parts of a user row a change decides, with the id and email (which differ by path) named apart. */
const decided = ({ id: _id, email: _email, created_at: _created, updated_at: _updated, ...rest }: Record<string, unknown>) => rest;
const shapeOf = (state: Record<string, unknown> | null) => (state === null ? null : decided(state));

for (const dialect of DIALECTS) {
  describe(`users written by the API and by vigil apply on ${dialect}`, () => {
    let t: TestApp;
    afterEach(async () => {
      await t?.close();
    });

    const applyAsCli = async (text: string, prune = false) => {
      const outcome = await applyConfig(t.database.db, t.database.dialect, yamlDocument(text), { clock: t.clock, actor: 'cli', prune, outbound: TEST_OUTBOUND });
      expect(outcome.errors).toEqual([]);
      return outcome;
    };
    const row = (id: string) => t.database.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const entries = async (id: string): Promise<Entry[]> => {
      const rows = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).orderBy('at').orderBy('id').execute();
      return rows.map((r) => ({
        actor: r.actor, action: r.action, entity_type: r.entity_type, entity_id: r.entity_id,
        before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
        after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
      }));
    };
    /** What an entry says, whoever wrote it about whichever user. */
    const kind = (e: Entry) => ({ action: e.action, entity_type: e.entity_type, before: shapeOf(e.before), after: shapeOf(e.after) });
    const openSessions = async (id: string) =>
      (await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', id).where('revoked_at', 'is', null).execute()).length;

    it('creates, changes and deletes the same row with the same user.* entries, whether through the API or the file', async () => {
      t = await createTestApp(dialect);
      const created = await t.request({ method: 'POST', url: '/api/v1/users', payload: { id: 'by-api', name: 'Ann', email: 'ann@example.com', time_zone: 'Europe/Berlin', role: 'viewer' } });
      expect(created.statusCode, created.body).toBe(201);
      const file = 'users:\n  - { id: by-file, name: Ann, email: ann@example.org, time_zone: Europe/Berlin, role: viewer }\n';
      await applyAsCli(file);
      expect(decided(await row('by-file'))).toEqual(decided(await row('by-api')));

      t.clock.advance(60_000);
      await startSession(t.database.db, t.clock, 'by-api', 'password', SESSION);
      await startSession(t.database.db, t.clock, 'by-file', 'password', SESSION);
      const patched = await t.request({ method: 'PATCH', url: '/api/v1/users/by-api', payload: { name: 'Ann Lee', role: 'admin', time_zone: 'Asia/Tokyo' } });
      expect(patched.statusCode, patched.body).toBe(200);
      const edited = 'users:\n  - { id: by-file, name: Ann Lee, email: ann@example.org, time_zone: Asia/Tokyo, role: admin }\n';
      expect((await applyAsCli(edited)).results).toEqual([{ kind: 'user', id: 'by-file', action: 'updated', changes: ['name', 'time_zone', 'role'] }]);
      expect(decided(await row('by-file'))).toEqual(decided(await row('by-api')));
      // A session must not outlive the role it was opened with, whichever path changed the role.
      expect(await openSessions('by-api')).toBe(0);
      expect(await openSessions('by-file')).toBe(0);

      t.clock.advance(60_000);
      expect((await t.request({ method: 'DELETE', url: '/api/v1/users/by-api' })).statusCode).toBe(204);
      await applyAsCli('users:\n  - { id: placeholder, name: P, email: p@example.org }\n', true);

      const api = await entries('by-api');
      const cli = await entries('by-file');
      expect(api.map((e) => e.actor)).toEqual(['token:bootstrap-admin', 'token:bootstrap-admin', 'token:bootstrap-admin']);
      expect(cli.map((e) => e.actor)).toEqual(['cli', 'cli', 'cli']);
      expect(cli.map((e) => e.action)).toEqual(['user.create', 'user.update', 'user.delete']);
      expect(cli.map(kind)).toEqual(api.map(kind));
      expect(cli[1]).toMatchObject({ before: { id: 'by-file', email: 'ann@example.org', role: 'viewer', password_set: false }, after: { name: 'Ann Lee', role: 'admin' } });
    });

    it('records a file edit as the user.update entry the API writes, by cli, and no generic config entry', async () => {
      t = await createTestApp(dialect);
      await applyAsCli('users:\n  - { id: amy, name: Amy, email: amy@example.com }\n');
      t.clock.advance(60_000);
      await applyAsCli('users:\n  - { id: amy, name: Amy, email: amy@example.com, time_zone: Europe/Paris }\n');
      const log = await entries('amy');
      expect(log.map((e) => `${e.actor} ${e.action}`)).toEqual(['cli user.create', 'cli user.update']);
      expect(log[1]).toMatchObject({ before: { time_zone: 'UTC' }, after: { time_zone: 'Europe/Paris' } });
      const generic = await t.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'config.%').where('entity_type', '=', 'user').execute();
      expect(generic).toEqual([]);
    });

    it('records users trading addresses with their real addresses before and after, never the placeholder', async () => {
      t = await createTestApp(dialect);
      const both = 'users:\n  - { id: sam, name: Sam, email: sam@example.com }\n  - { id: kim, name: Kim, email: kim@example.com }\n';
      await applyAsCli(both);
      await applyAsCli(both.replace('sam@example.com', 'x').replace('kim@example.com', 'sam@example.com').replace('x', 'kim@example.com'));
      const [sam] = (await entries('sam')).filter((e) => e.action === 'user.update');
      expect(sam).toMatchObject({ before: { email: 'sam@example.com' }, after: { email: 'kim@example.com' } });
      expect(JSON.stringify(await entries('kim'))).not.toContain('.invalid');
    });
  });
}
