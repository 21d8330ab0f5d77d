import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../test-support/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { authenticateToken } from './api-tokens.js';
import { adminTokenProblem, ensureAdminToken } from './bootstrap.js';
import { hashPassword } from './passwords.js';

const VARIABLE_TOKEN = 'variable-token-0123456789abcdef';
const FILE_TOKEN = 'file-token-0123456789abcdef';

describe('adminTokenProblem', () => {
  it('asks the same of every source: 16 or more printable characters without spaces', () => {
    expect(adminTokenProblem(VARIABLE_TOKEN)).toBeNull();
    expect(adminTokenProblem('abc')).toMatch(/at least 16 characters/);
    expect(adminTokenProblem('sixteen chars but spaced')).toMatch(/without spaces/);
    expect(adminTokenProblem('control\u0007characters-0123456789')).toMatch(/printable/);
  });
});

for (const dialect of DIALECTS) {
  describe(`the bootstrap admin token at start on ${dialect}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bootstrap-'));
    const file = join(dir, 'admin-token');
    const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
    let database: TestDatabase;
    const works = async (token: string) => (await authenticateToken(database.db, token, clock)).ok;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(() => rmSync(file, { force: true }));
    afterAll(async () => {
      await database.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses an admin-token file the variable would refuse, naming the file', async () => {
      writeFileSync(file, 'abc\n');
      const started = await ensureAdminToken(database.db, null, file, clock);
      expect(started).toMatchObject({ kind: 'refused' });
      expect(started.kind === 'refused' && started.message).toBe(`the admin token in ${file} must be at least 16 characters long (it has 3); generate one with \`openssl rand -hex 32\``);
      expect(await works('abc')).toBe(false);
    });

    it('stops accepting the variable\'s token at the first start without it', async () => {
      expect(await ensureAdminToken(database.db, VARIABLE_TOKEN, file, clock)).toEqual({ kind: 'environment' });
      expect(await works(VARIABLE_TOKEN)).toBe(true);
      expect(await ensureAdminToken(database.db, null, file, clock)).toEqual({ kind: 'generated', file });
      expect(await works(VARIABLE_TOKEN)).toBe(false);
      expect(await works(readFileSync(file, 'utf8').trim())).toBe(true);
    });

    it('stops accepting a file\'s token once the file is gone', async () => {
      writeFileSync(file, `${FILE_TOKEN}\n`);
      expect(await ensureAdminToken(database.db, null, file, clock)).toEqual({ kind: 'file', file });
      expect(await works(FILE_TOKEN)).toBe(true);
      rmSync(file);
      expect(await ensureAdminToken(database.db, null, file, clock)).toEqual({ kind: 'generated', file });
      expect(await works(FILE_TOKEN)).toBe(false);
      expect(await works(readFileSync(file, 'utf8').trim())).toBe(true);
    });
  });

  describe(`retiring the bootstrap admin token on ${dialect}`, () => {
    let t: TestApp;
    const dir = mkdtempSync(join(tmpdir(), 'vigil-retire-'));
    const file = join(dir, 'admin-token');
    const user = (id: string, role: 'admin' | 'responder', passwordHash: string | null, oidcSubject: string | null = null) => ({
      id, name: id, email: `${id}@example.com`, time_zone: 'UTC', role, created_at: 0, updated_at: 0, password_hash: passwordHash,
      oidc_issuer: oidcSubject === null ? null : 'https://sso.example.com', oidc_subject: oidcSubject,
    });
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const retire = () => t.request({ method: 'DELETE', url: '/api/v1/tokens/tok_bootstrap_admin' });

    it('refuses while no admin but the token can sign in', async () => {
      const hash = await hashPassword('a long admin passphrase');
      await t.database.db.insertInto('users').values([user('quiet', 'admin', null), user('rita', 'responder', hash)]).execute();
      const refused = await retire();
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: expect.stringContaining('no admin can sign in yet') });
      expect((await t.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    });

    it('retires it once an admin can sign in (here through single sign-on), for good: neither the file nor the variable brings it back', async () => {
      await t.database.db.insertInto('users').values(user('sso-admin', 'admin', null, 'subject-1')).execute();
      const retired = await retire();
      expect(retired.statusCode, retired.body).toBe(200);
      expect(retired.json()).toMatchObject({ id: 'tok_bootstrap_admin', revoked_at: expect.any(String) });
      const refused = await t.request({ method: 'GET', url: '/api/v1/me' });
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ message: 'the token "bootstrap-admin" was revoked' });

      writeFileSync(file, `${FILE_TOKEN}\n`);
      expect(await ensureAdminToken(t.database.db, null, file, t.clock)).toMatchObject({ kind: 'retired' });
      expect(await ensureAdminToken(t.database.db, TEST_ADMIN_TOKEN, file, t.clock)).toMatchObject({ kind: 'retired' });
      for (const token of [FILE_TOKEN, TEST_ADMIN_TOKEN]) {
        expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
      }
      rmSync(file);
      expect(await ensureAdminToken(t.database.db, null, file, t.clock)).toMatchObject({ kind: 'retired' });
      expect(existsSync(file)).toBe(false);
    });
  });
}
