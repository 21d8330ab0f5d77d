import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { authenticateToken } from '../access/api-tokens.js';
import { ensureAdminToken } from '../access/bootstrap.js';
import { verifyPassword } from '../access/passwords.js';
import { systemClock } from '../core/clock.js';
import { recordAudit } from '../audit/audit-log.js';
import { createTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../test-support/app.js';
import { expectAligned, runVigil } from '../test-support/cli.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';

const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigil-users-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORG = `teams:
  - id: payments
    name: Payments
    members:
      - { user: alice, role: manager }
      - { user: bob }
users:
  - { id: alice, name: Alice Appleby, email: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
`;

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

    it('retires the bootstrap admin token once an admin can sign in, so no start brings it back', async () => {
      const { db, env, where } = await migrated('retire');
      const early = await runVigil(['tokens', 'retire-bootstrap'], { env });
      expect(early.code).toBe(2);
      expect(early.stderr).toContain('VIGIL_CONFLICT: no admin can sign in yet');
      await runVigil(['users', 'create', 'root', '--email', 'root@example.com', '--admin', '--password-stdin'], { env, stdin: 'a long admin passphrase' });
      const file = dialect === 'sqlite' ? join(dir, 'admin-token') : join(dir, `admin-token-${dialect}`);
      const retired = await runVigil(['tokens', 'retire-bootstrap'], { env });
      expect(retired.stderr).toBe('');
      expect(retired.stdout).toMatch(new RegExp(`^retired the bootstrap admin token: VIGIL_ADMIN_TOKEN and .+ \\(database ${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\) are ignored from now on`));
      expect(await ensureAdminToken(db, 'variable-token-0123456789abcdef', file, systemClock)).toMatchObject({ kind: 'retired' });
      expect((await authenticateToken(db, 'variable-token-0123456789abcdef', systemClock)).ok).toBe(false);
      const audit = await db.selectFrom('audit_log').select(['actor', 'action']).where('action', '=', 'token.retire').execute();
      expect(audit).toEqual([{ actor: 'cli', action: 'token.retire' }]);
    });

    it('generates and prints a password once when none is given, and sets a new one on request', async () => {
      const { db, env, where } = await migrated('passwords');
      const created = await runVigil(['users', 'create', 'amy', '--email', 'amy@example.com', '--role', 'viewer'], { env });
      const password = /^password: (\S+) /m.exec(created.stdout)?.[1];
      expect(password).toBeDefined();
      const reset = await runVigil(['users', 'set-password', 'amy', '--password-stdin'], { env, stdin: 'brand new passphrase' });
      expect(reset.stdout).toBe(`password set for amy in ${where}\n`);
      const typo = await runVigil(['users', 'set-password', 'ammy', '--password-stdin'], { env, stdin: 'brand new passphrase' });
      expect(typo.stderr).toContain('VIGIL_USER_NOT_FOUND: no user has id "ammy"; did you mean "amy"?');
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', 'amy').executeTakeFirstOrThrow();
      expect((await verifyPassword(password!, row.password_hash)).ok).toBe(false);
      expect((await verifyPassword('brand new passphrase', row.password_hash)).ok).toBe(true);
      const bad = await runVigil(['users', 'create', 'x', '--email', 'x@example.com', '--role', 'owner'], { env });
      expect(bad.stderr).toBe('vigil: --role must be one of viewer, responder, admin\n');
    });

    it('lists users as an aligned table with their role, login and teams, naming the database on stderr', async () => {
      const { db, env, where } = await migrated('list');
      expect((await applyYaml(db, dialect, ORG)).errors).toEqual([]);
      await runVigil(['users', 'create', 'root', '--email', 'root@example.com', '--admin', '--password-stdin'], { env, stdin: 'a long admin passphrase' });
      const listed = await runVigil(['users', 'list'], { env });
      expect(listed.stderr).toBe(`vigil: reading ${where}\n`);
      const lines = listed.stdout.trimEnd().split('\n');
      expect(lines).toEqual([
        'ID     NAME           EMAIL              ROLE       LOGIN     TEAMS',
        'alice  Alice Appleby  alice@example.com  responder  -         payments (manager)',
        'bob    Bob            bob@example.com    responder  -         payments (member)',
        'root   root           root@example.com   admin      password  -',
      ]);
      expectAligned(lines);
    });

    it('prints users with --json exactly as GET /api/v1/users answers', async () => {
      const t: TestApp = await createTestApp(dialect, dialect === 'sqlite' ? { file: join(dir, 'users-json.db') } : {});
      try {
        expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
        const listed = await runVigil(['users', 'list', '--json'], { env: { VIGIL_DATABASE_URL: t.database.url } });
        expect(listed.code).toBe(0);
        const api = await t.request({ method: 'GET', url: '/api/v1/users' });
        expect(JSON.parse(listed.stdout)).toEqual(api.json());
        expect(JSON.parse(listed.stdout).users.map((u: { id: string }) => u.id)).toEqual(['alice', 'bob']);
      } finally {
        await t.close();
      }
    });

    it('prints the audit log of a running Vigil as a table whose columns line up whoever the actor was', async () => {
      const t: TestApp = await createTestApp(dialect);
      try {
        await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Disk full' } });
        // Actors of different lengths: the old fixed widths pushed the longer ones out of line.
        await recordAudit(t.database.db, { actor: 'cli' }, t.clock.now() + 1_000, { action: 'user.create', entityType: 'user', entityId: 'zed' });
        await recordAudit(t.database.db, { actor: 'user:someone-with-a-long-name' }, t.clock.now() + 2_000, { action: 'escalation_policy.replace', entityType: 'escalation_policy', entityId: 'checkout' });
        await t.app.listen({ host: '127.0.0.1', port: 0 });
        const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
        const listed = await runVigil(['audit', '--url', url, '--token', TEST_ADMIN_TOKEN]);
        expect(listed.stderr).toBe('');
        const lines = listed.stdout.trimEnd().split('\n');
        expect(lines[0]).toBe('AT (UTC)             ACTOR                          ACTION                     ENTITY');
        expect(lines[1]).toBe('2026-03-02 10:00:02  user:someone-with-a-long-name  escalation_policy.replace  escalation_policy:checkout');
        expect(lines[3]).toMatch(/^2026-03-02 10:00:00 {2}token:bootstrap-admin {10}incident\.declare {11}incident:inc_[0-9a-f]{32}$/);
        expectAligned(lines);
        const json = await runVigil(['audit', '--url', url, '--token', TEST_ADMIN_TOKEN, '--entity', 'incident', '--json']);
        const api = await t.request({ method: 'GET', url: '/api/v1/audit?limit=50&entity=incident' });
        expect(JSON.parse(json.stdout)).toEqual(api.json());
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
