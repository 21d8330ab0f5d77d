import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { authenticateToken } from '../access/api-tokens.js';
import { ensureAdminToken } from '../access/bootstrap.js';
import { verifyPassword } from '../access/passwords.js';
import { systemClock } from '../core/clock.js';
import { openDatabase } from '../core/db/database.js';
import { createTestApp, TEST_ADMIN_TOKEN } from '../test-support/app.js';

const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));

function vigil(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VIGIL, ...args], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

describe('vigil users and vigil audit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-users-'));
  const env = { VIGIL_DATABASE_URL: `sqlite:${join(dir, 'vigil.db')}` };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the first admin before any exists, with a password from stdin, and refuses a second with the same email', async () => {
    const created = await vigil(['users', 'create', 'root', '--email', 'root@example.com', '--name', 'Root', '--admin', '--password-stdin'], { env, stdin: 'a long admin passphrase\n' });
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('created admin root <root@example.com>\n');
    const database = openDatabase(env.VIGIL_DATABASE_URL);
    try {
      const row = await database.db.selectFrom('users').selectAll().where('id', '=', 'root').executeTakeFirstOrThrow();
      expect(row.role).toBe('admin');
      expect((await verifyPassword('a long admin passphrase', row.password_hash)).ok).toBe(true);
      const audit = await database.db.selectFrom('audit_log').select(['actor', 'action']).where('entity_id', '=', 'root').execute();
      expect(audit).toEqual([{ actor: 'cli', action: 'user.create' }]);
    } finally {
      await database.close();
    }
    const again = await vigil(['users', 'create', 'root2', '--email', 'ROOT@example.com', '--admin'], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('VIGIL_CONFLICT: the email ROOT@example.com belongs to user "root"');
  });

  it('generates and prints a password once when none is given, and sets a new one on request', async () => {
    const created = await vigil(['users', 'create', 'amy', '--email', 'amy@example.com', '--role', 'viewer'], { env });
    const password = /^password: (\S+) /m.exec(created.stdout)?.[1];
    expect(password).toBeDefined();
    const reset = await vigil(['users', 'set-password', 'amy', '--password-stdin'], { env, stdin: 'brand new passphrase' });
    expect(reset.stdout).toBe('password set for amy\n');
    const database = openDatabase(env.VIGIL_DATABASE_URL);
    try {
      const row = await database.db.selectFrom('users').select('password_hash').where('id', '=', 'amy').executeTakeFirstOrThrow();
      expect((await verifyPassword(password!, row.password_hash)).ok).toBe(false);
      expect((await verifyPassword('brand new passphrase', row.password_hash)).ok).toBe(true);
    } finally {
      await database.close();
    }
    const bad = await vigil(['users', 'create', 'x', '--email', 'x@example.com', '--role', 'owner'], { env });
    expect(bad.stderr).toContain('--role must be one of viewer, responder, admin');
  });

  it('retires the bootstrap admin token once an admin can sign in, so no start brings it back', async () => {
    const empty = { VIGIL_DATABASE_URL: `sqlite:${join(dir, 'empty.db')}` };
    const early = await vigil(['tokens', 'retire-bootstrap'], { env: empty });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('VIGIL_CONFLICT: no admin can sign in yet');

    // root, the admin made above, has a password.
    const retired = await vigil(['tokens', 'retire-bootstrap'], { env });
    expect(retired.stderr).toBe('');
    expect(retired.stdout).toBe(`retired the bootstrap admin token: VIGIL_ADMIN_TOKEN and ${join(dir, 'admin-token')} are ignored from now on (delete them); admins sign in instead\n`);
    writeFileSync(join(dir, 'admin-token'), 'file-token-0123456789abcdef\n');
    const database = openDatabase(env.VIGIL_DATABASE_URL);
    try {
      expect(await ensureAdminToken(database.db, 'variable-token-0123456789abcdef', join(dir, 'admin-token'), systemClock)).toMatchObject({ kind: 'retired' });
      expect((await authenticateToken(database.db, 'file-token-0123456789abcdef', systemClock)).ok).toBe(false);
      expect((await authenticateToken(database.db, 'variable-token-0123456789abcdef', systemClock)).ok).toBe(false);
      const audit = await database.db.selectFrom('audit_log').select(['actor', 'action']).where('action', '=', 'token.retire').execute();
      expect(audit).toEqual([{ actor: 'cli', action: 'token.retire' }]);
    } finally {
      await database.close();
    }
  });

  it('prints the audit log of a running Vigil, filtered', async () => {
    const t = await createTestApp('sqlite');
    try {
      await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Disk full' } });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const listed = await vigil(['audit', '--url', url, '--token', TEST_ADMIN_TOKEN, '--entity', 'incident']);
      expect(listed.stderr).toBe('');
      expect(listed.stdout).toMatch(/^2026-03-02T10:00:00\.000Z {2}token:bootstrap-admin +incident\.declare +incident:inc_[0-9a-f]{32}\n$/);
      const none = await vigil(['audit', '--url', url, '--token', TEST_ADMIN_TOKEN, '--actor', 'user:nobody']);
      expect(none.stdout).toBe('no audit entries\n');
    } finally {
      await t.close();
    }
  });
});
