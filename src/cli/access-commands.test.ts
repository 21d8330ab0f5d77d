import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../access/passwords.js';
import { createTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../test-support/app.js';
import { runVigil } from '../test-support/cli.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';

const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigil-users-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const dialect of DIALECTS) {
  describe(`vigil users on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
      database = undefined;
    });

    async function migrated(name: string) {
      database = await createTestDatabase(dialect, dialect === 'sqlite' ? { file: join(dir, `${name}.db`) } : {});
      const where = dialect === 'sqlite' ? `${database.url} (SQLite)` : `${database.url} (PostgreSQL)`;
      return { db: database.db, env: { VIGIL_DATABASE_URL: database.url }, where };
    }

    it('creates the first admin before any exists, with a password from stdin, and refuses a second with the same email', async () => {
      const { db, env, where } = await migrated('first-admin');
      const created = await runVigil(['users', 'create', 'root', '--email', 'root@example.com', '--name', 'Root', '--admin', '--password-stdin'], { env, stdin: 'a long admin passphrase\n' });
      expect(created).toEqual({ code: 0, stdout: `created admin root <root@example.com> in ${where}\n`, stderr: '' });
      const row = await db.selectFrom('users').selectAll().where('id', '=', 'root').executeTakeFirstOrThrow();
      expect(row.role).toBe('admin');
      expect((await verifyPassword('a long admin passphrase', row.password_hash)).ok).toBe(true);
      const audit = await db.selectFrom('audit_log').select(['actor', 'action']).where('entity_id', '=', 'root').execute();
      expect(audit).toEqual([{ actor: 'cli', action: 'user.create' }]);
      const again = await runVigil(['users', 'create', 'root2', '--email', 'ROOT@example.com', '--admin'], { env });
      expect(again.code).toBe(2);
      expect(again.stderr).toBe('vigil: VIGIL_CONFLICT: the email ROOT@example.com belongs to user "root"\n');
    });

    it('generates and prints a password once when none is given, and sets a new one on request', async () => {
      const { db, env, where } = await migrated('passwords');
      const created = await runVigil(['users', 'create', 'amy', '--email', 'amy@example.com', '--role', 'viewer'], { env });
      const password = /^password: (\S+) /m.exec(created.stdout)?.[1];
      expect(password).toBeDefined();
      const reset = await runVigil(['users', 'set-password', 'amy', '--password-stdin'], { env, stdin: 'brand new passphrase' });
      expect(reset.stdout).toBe(`password set for amy in ${where}\n`);
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', 'amy').executeTakeFirstOrThrow();
      expect((await verifyPassword(password!, row.password_hash)).ok).toBe(false);
      expect((await verifyPassword('brand new passphrase', row.password_hash)).ok).toBe(true);
      const bad = await runVigil(['users', 'create', 'x', '--email', 'x@example.com', '--role', 'owner'], { env });
      expect(bad.stderr).toBe('vigil: --role must be one of viewer, responder, admin\n');
    });

    it('prints the audit log of a running Vigil, filtered', async () => {
      const t: TestApp = await createTestApp(dialect);
      try {
        await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Disk full' } });
        await t.app.listen({ host: '127.0.0.1', port: 0 });
        const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
        const listed = await runVigil(['audit', '--url', url, '--token', TEST_ADMIN_TOKEN, '--entity', 'incident']);
        expect(listed.stderr).toBe('');
        expect(listed.stdout).toMatch(/^2026-03-02T10:00:00\.000Z {2}token:bootstrap-admin +incident\.declare +incident:inc_[0-9a-f]{32}\n$/);
        const none = await runVigil(['audit', '--url', url, '--token', TEST_ADMIN_TOKEN, '--actor', 'user:nobody']);
        expect(none.stdout).toBe('no audit entries\n');
      } finally {
        await t.close();
      }
    });
  });
}

describe('the vigil executable', () => {
  it('refuses to create a database in the working folder, in one line on stderr and exit 2', async () => {
    const env = { ...process.env };
    delete env.VIGIL_DATABASE_URL;
    const child = spawn(process.execPath, [VIGIL, 'users', 'create', 'zed', '--email', 'zed@example.com'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe(`vigil: no database at ${join(dir, 'data', 'vigil.db')} (SQLite, the default ./data/vigil.db, as VIGIL_DATABASE_URL is unset): set VIGIL_DATABASE_URL to your Vigil database, or pass --create to make a new one there\n`);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
