import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { hashPassword } from './passwords.js';
import { LOCKOUT } from './login.js';

const PASSWORD = 'correct horse battery staple';
const MINUTE = 60_000;

function sessionCookie(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('vigil_session='));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(response.headers)}`);
  return header.split(';')[0]!;
}

for (const dialect of DIALECTS) {
  describe(`people and access on ${dialect}`, () => {
    let t: TestApp;
    let ip = 0;
    // Each test logs in from its own address, so the per-address login limit is tested on its own.
    const nextIp = () => `10.1.0.${++ip}`;
    const login = (email: string, password: string, remoteAddress = nextIp()) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });
    const asCookie = (cookie: string, options: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object; csrf?: string }) =>
      t.app.inject({ method: options.method, url: options.url, headers: { cookie, ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}) }, ...(options.payload ? { payload: options.payload } : {}) });
    const asToken = (token: string, options: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object }) =>
      t.app.inject({ method: options.method, url: options.url, headers: { authorization: `Bearer ${token}` }, ...(options.payload ? { payload: options.payload } : {}) });
    const audit = async (query: string) => (await t.request({ method: 'GET', url: `/api/v1/audit?${query}` })).json<{ entries: { action: string; actor: string; entity_id: string | null; before: unknown; after: Record<string, unknown> | null; source_ip: string | null }[] }>().entries;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const now = t.clock.now();
      const hash = await hashPassword(PASSWORD);
      await t.database.db.insertInto('users').values([
        { id: 'alice', name: 'Alice', email: 'alice@example.com', time_zone: 'UTC', role: 'admin', created_at: now, updated_at: now, password_hash: hash },
        { id: 'rita', name: 'Rita', email: 'Rita@Example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now, password_hash: hash },
        { id: 'vera', name: 'Vera', email: 'vera@example.com', time_zone: 'UTC', role: 'viewer', created_at: now, updated_at: now, password_hash: hash },
        { id: 'lena', name: 'Lena', email: 'lena@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now, password_hash: hash },
        { id: 'nopass', name: 'No Password', email: 'nopass@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now },
      ]).execute();
    });
    afterAll(async () => {
      await t.close();
    });

    describe('password login and sessions', () => {
      it('logs in with email (any case) and password into an HttpOnly, SameSite cookie session', async () => {
        const response = await login('rita@example.COM', PASSWORD);
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<{ user: { id: string; role: string }; csrf_token: string; expires_at: string }>();
        expect(body.user).toMatchObject({ id: 'rita', role: 'responder', password_set: true });
        const header = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('vigil_session='))!;
        expect(header).toMatch(/HttpOnly/);
        expect(header).toMatch(/SameSite=Lax/);
        expect(header).toMatch(/Path=\//);
        const me = await asCookie(sessionCookie(response), { method: 'GET', url: '/api/v1/me' });
        expect(me.json()).toMatchObject({ user: { id: 'rita' }, role: 'responder', via: 'session', csrf_token: body.csrf_token });
      });

      it('refuses a write made with the cookie alone (CSRF), accepts it with the session\'s token', async () => {
        const response = await login('rita@example.com', PASSWORD);
        const cookie = sessionCookie(response);
        const { csrf_token } = response.json<{ csrf_token: string }>();
        const payload = { title: 'Checkout down', severity: 'SEV-2' };
        const bare = await asCookie(cookie, { method: 'POST', url: '/api/v1/incidents', payload });
        expect(bare.statusCode).toBe(403);
        expect(bare.json()).toMatchObject({ code: 'VIGIL_CSRF_FAILED' });
        const forged = await asCookie(cookie, { method: 'POST', url: '/api/v1/incidents', payload, csrf: `${csrf_token.slice(0, -2)}xx` });
        expect(forged.json()).toMatchObject({ code: 'VIGIL_CSRF_FAILED' });
        // Another session's token does not fit this one.
        const other = (await login('rita@example.com', PASSWORD)).json<{ csrf_token: string }>().csrf_token;
        expect((await asCookie(cookie, { method: 'POST', url: '/api/v1/incidents', payload, csrf: other })).statusCode).toBe(403);
        const made = await asCookie(cookie, { method: 'POST', url: '/api/v1/incidents', payload, csrf: csrf_token });
        expect(made.statusCode, made.body).toBe(201);
        expect(made.json()).toMatchObject({ timeline: [{ actor: 'user:rita' }] });
      });

      it('ends the session at logout, and after 12 idle hours', async () => {
        const first = sessionCookie(await login('rita@example.com', PASSWORD));
        const out = await asCookie(first, { method: 'POST', url: '/api/v1/auth/logout' });
        expect(out.statusCode).toBe(204);
        const after = await asCookie(first, { method: 'GET', url: '/api/v1/me' });
        expect(after.statusCode).toBe(401);
        expect(after.json()).toMatchObject({ code: 'VIGIL_UNAUTHENTICATED', message: 'the session has ended; log in again' });

        const second = sessionCookie(await login('rita@example.com', PASSWORD));
        t.clock.advance(11 * 60 * MINUTE);
        expect((await asCookie(second, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
        t.clock.advance(11 * 60 * MINUTE);
        expect((await asCookie(second, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
        t.clock.advance(12 * 60 * MINUTE + 1);
        expect((await asCookie(second, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      });

      it('refuses a forged session cookie', async () => {
        const response = await asCookie('vigil_session=made-up-value', { method: 'GET', url: '/api/v1/me' });
        expect(response.statusCode).toBe(401);
      });

      it('answers a wrong password and an unknown email alike, and audits both', async () => {
        const wrong = await login('vera@example.com', 'not the password at all');
        const unknown = await login('nobody@example.com', PASSWORD);
        const nopass = await login('nopass@example.com', PASSWORD);
        for (const response of [wrong, unknown, nopass]) {
          expect(response.statusCode).toBe(401);
          expect(response.json()).toEqual({ code: 'VIGIL_UNAUTHENTICATED', message: 'the email or password is wrong' });
        }
        const failed = await audit('action=login.failed');
        expect(failed.find((e) => e.entity_id === 'vera')).toMatchObject({ actor: 'anonymous', after: { reason: 'wrong password', failed_logins: 1 } });
        expect(failed.find((e) => e.after?.email === 'nobody@example.com')).toMatchObject({ entity_id: null, after: { reason: 'unknown email' } });
        expect(failed.find((e) => e.entity_id === 'nopass')).toMatchObject({ after: { reason: 'no password set' } });
        expect(JSON.stringify(failed)).not.toContain('not the password at all');
        // A success resets the count.
        expect((await login('vera@example.com', PASSWORD)).statusCode).toBe(200);
        const user = await t.database.db.selectFrom('users').select('failed_logins').where('id', '=', 'vera').executeTakeFirstOrThrow();
        expect(user.failed_logins).toBe(0);
      });

      it('locks an account after repeated failures, from any address, for a time that doubles', async () => {
        for (let i = 0; i < LOCKOUT.freeFailures - 1; i++) expect((await login('lena@example.com', 'wrong password number x')).statusCode).toBe(401);
        expect((await login('lena@example.com', 'wrong password number x')).statusCode).toBe(401);
        const locked = await login('lena@example.com', PASSWORD);
        expect(locked.statusCode).toBe(429);
        expect(locked.json()).toMatchObject({ code: 'VIGIL_LOGIN_LOCKED' });
        expect(locked.headers['retry-after']).toBe('60');
        t.clock.advance(MINUTE);
        // The lock has passed; one more failure locks for twice as long.
        expect((await login('lena@example.com', 'wrong again, sorry')).statusCode).toBe(401);
        const again = await login('lena@example.com', PASSWORD);
        expect(again.statusCode).toBe(429);
        expect(again.headers['retry-after']).toBe('120');
        t.clock.advance(2 * MINUTE);
        expect((await login('lena@example.com', PASSWORD)).statusCode).toBe(200);
        expect((await audit('entity=user:lena&action=login.refused')).length).toBe(2);
      });

      it('locks an account under many parallel wrong guesses, checking no more of them than the free failures', async () => {
        const now = t.clock.now();
        await t.database.db.insertInto('users').values({ id: 'petra', name: 'Petra', email: 'petra@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now, password_hash: await hashPassword(PASSWORD) }).execute();
        // 40 guesses at once from 8 addresses, 5 each: well under the per-address limit.
        const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => login('petra@example.com', `wrong guess number ${i}`, `10.2.0.${i % 8}`)));
        expect(guesses.filter((r) => r.statusCode === 401)).toHaveLength(LOCKOUT.freeFailures);
        expect(guesses.filter((r) => r.statusCode === 429).map((r) => r.json<{ code: string }>().code)).toEqual(Array(40 - LOCKOUT.freeFailures).fill('VIGIL_LOGIN_LOCKED'));
        const right = await login('petra@example.com', PASSWORD);
        expect(right.statusCode).toBe(429);
        expect(right.json()).toMatchObject({ code: 'VIGIL_LOGIN_LOCKED' });
        const user = await t.database.db.selectFrom('users').select('failed_logins').where('id', '=', 'petra').executeTakeFirstOrThrow();
        expect(user.failed_logins).toBe(LOCKOUT.freeFailures);
      });

      it('limits login attempts per address', async () => {
        const address = '10.9.9.9';
        let last: LightMyRequestResponse | undefined;
        for (let i = 0; i < 21; i++) last = await login(`ghost${i}@example.com`, 'whatever-password', address);
        expect(last!.statusCode).toBe(429);
        expect(last!.json()).toMatchObject({ code: 'VIGIL_RATE_LIMITED' });
        expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
        // Another address is not affected.
        expect((await login('alice@example.com', PASSWORD)).statusCode).toBe(200);
      });
    });

    describe('API tokens', () => {
      it('creates a personal token shown once, stored hashed, usable as a bearer, with its last use', async () => {
        const response = await login('rita@example.com', PASSWORD);
        const cookie = sessionCookie(response);
        const { csrf_token } = response.json<{ csrf_token: string }>();
        const created = await asCookie(cookie, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'rita-laptop' }, csrf: csrf_token });
        expect(created.statusCode, created.body).toBe(201);
        expect(created.headers['cache-control']).toBe('no-store');
        const { token, secret } = created.json<{ token: { id: string; kind: string; role: string; user: string; expires_at: string }; secret: string }>();
        expect(token).toMatchObject({ kind: 'personal', role: 'responder', user: 'rita', last_used_at: null });
        expect(Date.parse(token.expires_at) - t.clock.now()).toBe(90 * 24 * 60 * MINUTE);
        const stored = await t.database.db.selectFrom('api_tokens').select('token_hash').where('id', '=', token.id).executeTakeFirstOrThrow();
        expect(stored.token_hash).not.toContain(secret);

        const me = await asToken(secret, { method: 'GET', url: '/api/v1/me' });
        expect(me.json()).toMatchObject({ user: { id: 'rita' }, via: 'token', token: 'rita-laptop', csrf_token: null });
        const listed = await asToken(secret, { method: 'GET', url: '/api/v1/tokens' });
        expect(listed.body).not.toContain(secret);
        expect(listed.json<{ tokens: { id: string; last_used_at: string | null }[] }>().tokens).toEqual([expect.objectContaining({ id: token.id, last_used_at: new Date(t.clock.now()).toISOString() })]);

        t.clock.advance(1000);
        const revoked = await asToken(secret, { method: 'DELETE', url: `/api/v1/tokens/${token.id}` });
        expect(revoked.json()).toMatchObject({ revoked_at: expect.any(String) });
        const refused = await asToken(secret, { method: 'GET', url: '/api/v1/me' });
        expect(refused.statusCode).toBe(401);
        expect(refused.json()).toMatchObject({ message: 'the token "rita-laptop" was revoked' });
        const entries = await audit(`entity=token:${token.id}`);
        expect(entries.map((e) => e.action)).toEqual(['token.revoke', 'token.create']);
        expect(JSON.stringify(entries)).not.toContain(secret);
      });

      it('refuses an expired token, a token above its user\'s role, and service tokens from non-admins', async () => {
        const session = await login('vera@example.com', PASSWORD);
        const cookie = sessionCookie(session);
        const csrf = session.json<{ csrf_token: string }>().csrf_token;
        const above = await asCookie(cookie, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'x', role: 'admin' }, csrf });
        expect(above.statusCode).toBe(403);
        expect(above.json()).toMatchObject({ message: 'a personal token cannot have more than your role (viewer)' });
        const service = await asCookie(cookie, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'x', kind: 'service' }, csrf });
        expect(service.statusCode).toBe(403);
        const past = await asCookie(cookie, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'x', expires_at: '2020-01-01T00:00:00Z' }, csrf });
        expect(past.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.expires_at', message: 'must be in the future' }] });

        const short = await asCookie(cookie, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'short', expires_at: new Date(t.clock.now() + MINUTE).toISOString() }, csrf });
        const { secret } = short.json<{ secret: string }>();
        expect((await asToken(secret, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
        t.clock.advance(MINUTE);
        const expired = await asToken(secret, { method: 'GET', url: '/api/v1/me' });
        expect(expired.statusCode).toBe(401);
        expect(expired.json<{ message: string }>().message).toMatch(/^the token "short" expired at /);
      });

      it('lets admins make service tokens that never expire, and demoting a user demotes their tokens', async () => {
        const service = await t.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'ci-bot', kind: 'service', role: 'responder', expires_at: null } });
        expect(service.statusCode, service.body).toBe(201);
        expect(service.json()).toMatchObject({ token: { kind: 'service', user: null, expires_at: null, created_by: 'token:bootstrap-admin' } });
        const bot = service.json<{ secret: string }>().secret;
        const declared = await asToken(bot, { method: 'POST', url: '/api/v1/incidents', payload: { title: 'from CI' } });
        expect(declared.json()).toMatchObject({ timeline: [{ actor: 'token:ci-bot' }] });

        const session = await login('lena@example.com', PASSWORD);
        const personal = await asCookie(sessionCookie(session), { method: 'POST', url: '/api/v1/tokens', payload: { name: 'lena-cli' }, csrf: session.json<{ csrf_token: string }>().csrf_token });
        const lena = personal.json<{ secret: string }>().secret;
        expect((await asToken(lena, { method: 'POST', url: '/api/v1/incidents', payload: { title: 'by lena' } })).statusCode).toBe(201);
        const demoted = await t.request({ method: 'PATCH', url: '/api/v1/users/lena', payload: { role: 'viewer' } });
        expect(demoted.statusCode, demoted.body).toBe(200);
        const refused = await asToken(lena, { method: 'POST', url: '/api/v1/incidents', payload: { title: 'by lena' } });
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toMatchObject({ message: 'this needs the responder role; the token "lena-cli" has viewer' });
        // Demotion also ended her sessions.
        expect((await asCookie(sessionCookie(session), { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      });

      it('does not let people revoke each other\'s tokens', async () => {
        const other = await t.database.db.selectFrom('api_tokens').select('id').where('name', '=', 'ci-bot').executeTakeFirstOrThrow();
        const session = await login('rita@example.com', PASSWORD);
        const response = await asCookie(sessionCookie(session), { method: 'DELETE', url: `/api/v1/tokens/${other.id}`, csrf: session.json<{ csrf_token: string }>().csrf_token });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ code: 'VIGIL_TOKEN_NOT_FOUND' });
        // Nor the bootstrap token, which only admins retire (bootstrap.test.ts).
        const bootstrap = await asCookie(sessionCookie(session), { method: 'DELETE', url: '/api/v1/tokens/tok_bootstrap_admin', csrf: session.json<{ csrf_token: string }>().csrf_token });
        expect(bootstrap.statusCode).toBe(404);
        expect((await t.request({ method: 'GET', url: '/api/v1/me' })).json()).toMatchObject({ role: 'admin', via: 'token', user: null });
      });
    });

    describe('users', () => {
      it('lets an admin create a user who can then log in', async () => {
        const created = await t.request({ method: 'POST', url: '/api/v1/users', payload: { id: 'nina', name: 'Nina', email: 'nina@example.com', role: 'viewer', password: 'a long enough passphrase' } });
        expect(created.statusCode, created.body).toBe(201);
        expect(created.body).not.toContain('passphrase');
        expect((await login('nina@example.com', 'a long enough passphrase')).statusCode).toBe(200);
        const weak = await t.request({ method: 'POST', url: '/api/v1/users', payload: { id: 'weak', name: 'W', email: 'weak@example.com', password: 'short' } });
        expect(weak.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.password', message: 'the password must be at least 12 characters long' }] });
        const taken = await t.request({ method: 'POST', url: '/api/v1/users', payload: { id: 'nina2', name: 'N', email: 'NINA@example.com' } });
        expect(taken.statusCode).toBe(409);
        const [entry] = await audit('entity=user:nina&action=user.create');
        expect(entry).toMatchObject({ actor: 'token:bootstrap-admin', after: { id: 'nina', role: 'viewer', password_set: true } });
        expect(JSON.stringify(entry)).not.toContain('scrypt');
        const typo = await t.request({ method: 'PATCH', url: '/api/v1/users/ninna', payload: { name: 'Nina' } });
        expect(typo.statusCode).toBe(404);
        expect(typo.json()).toEqual({ code: 'VIGIL_USER_NOT_FOUND', message: 'no user has id "ninna"; did you mean "nina"?' });
      });

      it('lets people change their own password only with the current one, and not their role', async () => {
        const session = await login('nina@example.com', 'a long enough passphrase');
        const cookie = sessionCookie(session);
        const csrf = session.json<{ csrf_token: string }>().csrf_token;
        const without = await asCookie(cookie, { method: 'PATCH', url: '/api/v1/users/nina', payload: { password: 'another long passphrase' }, csrf });
        expect(without.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'body.current_password' }] });
        const promote = await asCookie(cookie, { method: 'PATCH', url: '/api/v1/users/nina', payload: { role: 'admin' }, csrf });
        expect(promote.statusCode).toBe(403);
        const someoneElse = await asCookie(cookie, { method: 'PATCH', url: '/api/v1/users/rita', payload: { name: 'R' }, csrf });
        expect(someoneElse.statusCode).toBe(403);
        const changed = await asCookie(cookie, { method: 'PATCH', url: '/api/v1/users/nina', payload: { password: 'another long passphrase', current_password: 'a long enough passphrase' }, csrf });
        expect(changed.statusCode, changed.body).toBe(200);
        expect((await login('nina@example.com', 'a long enough passphrase')).statusCode).toBe(401);
        expect((await login('nina@example.com', 'another long passphrase')).statusCode).toBe(200);
      });

      it('refuses to give anyone an email another user has in any case, so each address logs in one user', async () => {
        const session = await login('vera@example.com', PASSWORD);
        const csrf = session.json<{ csrf_token: string }>().csrf_token;
        const own = await asCookie(sessionCookie(session), { method: 'PATCH', url: '/api/v1/users/vera', payload: { email: 'ALICE@example.com' }, csrf });
        expect(own.statusCode, own.body).toBe(409);
        expect(own.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: 'the email ALICE@example.com belongs to user "alice"', fields: [{ path: 'body.email' }] });
        const byAdmin = await t.request({ method: 'PATCH', url: '/api/v1/users/lena', payload: { email: 'rita@EXAMPLE.com' } });
        expect(byAdmin.statusCode, byAdmin.body).toBe(409);
        // Changing the case of one's own address is not a conflict.
        const recased = await t.request({ method: 'PATCH', url: '/api/v1/users/alice', payload: { email: 'Alice@Example.com' } });
        expect(recased.statusCode, recased.body).toBe(200);
        for (const email of ['alice@example.com', 'ALICE@EXAMPLE.COM', 'Alice@Example.com']) {
          const response = await login(email, PASSWORD);
          expect(response.statusCode, response.body).toBe(200);
          expect(response.json()).toMatchObject({ user: { id: 'alice' } });
        }
        expect((await t.request({ method: 'GET', url: '/api/v1/users/vera' })).json()).toMatchObject({ email: 'vera@example.com' });
      });
    });

    describe('audit log', () => {
      it('records changes to schedules and incident state with who, when, before and after, filtered by actor, entity and time', async () => {
        const start = t.clock.now();
        const schedule = { id: 'primary', name: 'Primary', time_zone: 'UTC', layers: [{ rotation: 'weekly', handoff: 'monday 09:00', start: '2026-03-02', participants: ['rita'] }] };
        const created = await t.request({ method: 'POST', url: '/api/v1/schedules', payload: schedule });
        expect(created.statusCode, created.body).toBe(201);
        t.clock.advance(MINUTE);
        const replaced = await t.request({ method: 'PUT', url: '/api/v1/schedules/primary', payload: { ...schedule, id: undefined, name: 'Primary on-call' } });
        expect(replaced.statusCode, replaced.body).toBe(200);
        const entries = await audit('entity=schedule:primary');
        expect(entries.map((e) => e.action)).toEqual(['schedule.update', 'schedule.create']);
        expect(entries[0]).toMatchObject({ actor: 'token:bootstrap-admin', before: { name: 'Primary' }, after: { name: 'Primary on-call' }, source_ip: '127.0.0.1' });

        const incident = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Disk full' } });
        const number = incident.json<{ number: number }>().number;
        t.clock.advance(1000);
        await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge` });
        const moves = await audit(`entity=incident&since=${new Date(start).toISOString()}`);
        expect(moves.slice(0, 2).map((e) => [e.action, e.before, e.after])).toEqual([
          ['incident.acknowledge', { number, status: 'triggered' }, { number, status: 'acknowledged' }],
          ['incident.declare', null, expect.objectContaining({ number, status: 'triggered' })],
        ]);
        const later = await audit(`actor=token:bootstrap-admin&since=${new Date(t.clock.now() + 1).toISOString()}`);
        expect(later).toEqual([]);
        const page = await t.request({ method: 'GET', url: '/api/v1/audit?limit=1' });
        const next = page.json<{ next_cursor: string }>().next_cursor;
        const second = await t.request({ method: 'GET', url: `/api/v1/audit?limit=1&cursor=${next}` });
        expect(second.json<{ entries: { id: string }[] }>().entries[0]!.id).not.toBe(page.json<{ entries: { id: string }[] }>().entries[0]!.id);
        expect((await t.request({ method: 'GET', url: '/api/v1/audit?cursor=bogus' })).statusCode).toBe(400);
      });

      it('is for admins only', async () => {
        const session = await login('rita@example.com', PASSWORD);
        expect((await asCookie(sessionCookie(session), { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
        expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}x` } })).statusCode).toBe(401);
      });
    });
  });
}
