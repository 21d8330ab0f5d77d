import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../core/runtime.js';
import { actorOf, clearSessionCookie, principalOf, setSessionCookie, type AuthSettings } from './http-auth.js';
import { IdParams, LoginBody, Me, SessionInfo, Token, TokenCreateBody, TokenCreated, User, UserCreateBody, UserPatchBody, errors } from './access-schemas.js';
import { checkPassword } from './login.js';
import { CREDENTIAL_RATE_LIMIT, LOGIN_RATE_PER_MINUTE, TOKEN_RATE_PER_MINUTE } from './rate-limits.js';
import { userInPath } from './roles.js';
import { SESSION_COOKIE, csrfTokenFor, endSession, startSession } from './sessions.js';
import { TokenService } from './token-service.js';
import { UserService } from './user-service.js';



/** Login and logout, who am I, users, and API tokens. */
export function accessRoutes(runtime: Runtime, settings: AuthSettings): FastifyPluginAsyncTypebox {
  const db = runtime.database.db;
  const users = new UserService(db, runtime.clock);
  const tokens = new TokenService(db, runtime.clock);
  return async (app) => {
    await app.register(rateLimit, CREDENTIAL_RATE_LIMIT);

    app.post('/auth/login', {
      config: { access: 'public', rateLimit: { max: LOGIN_RATE_PER_MINUTE } },
      schema: { tags: ['access'], summary: 'Log in with email and password: sets the session cookie, answers the CSRF token', security: [], body: LoginBody, response: { 200: SessionInfo, ...errors } },
    }, async (request, reply) => {
      const userId = await checkPassword(db, runtime.database.dialect, runtime.clock, request.body.email, request.body.password, actorOf(request));
      const session = await startSession(db, runtime.clock, userId, 'password', settings.sessions);
      setSessionCookie(reply, session.secret, session.expiresAt, settings.secureCookies);
      return { user: await users.get(userId), csrf_token: csrfTokenFor(settings.signingSecret, session.id), expires_at: new Date(session.expiresAt).toISOString() };
    });

    app.post('/auth/logout', {
      config: { access: 'public' },
      schema: { tags: ['access'], summary: 'End the session of the cookie sent, if any', security: [], response: { 204: Type.Null() } },
    }, async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) {
        const userId = await endSession(db, secret, runtime.clock);
        if (userId !== null) runtime.logger.info({ user: userId }, 'session ended by logout');
      }
      clearSessionCookie(reply, settings.secureCookies);
      return reply.status(204).send(null);
    });

    app.get('/me', {
      config: { access: 'read' },
      schema: { tags: ['access'], summary: 'Who is calling: the user, role, and the session\'s CSRF token', response: { 200: Me, ...errors } },
    }, async (request) => {
      const principal = principalOf(request);
      return {
        user: principal.userId === null ? null : await users.get(principal.userId),
        role: principal.role,
        via: principal.via,
        token: principal.via === 'token' ? principal.credentialName : null,
        csrf_token: principal.via === 'session' ? csrfTokenFor(settings.signingSecret, principal.credentialId) : null,
      };
    });

    app.get('/users', {
      config: { access: 'read' },
      schema: { tags: ['users'], summary: 'Users with their roles and teams', response: { 200: Type.Object({ users: Type.Array(User) }), ...errors } },
    }, async () => ({ users: await users.list() }));

    app.get('/users/:id', {
      config: { access: 'read' },
      schema: { tags: ['users'], summary: 'A user', params: IdParams, response: { 200: User, ...errors } },
    }, async (request) => users.get(request.params.id));

    app.post('/users', {
      config: { access: 'admin' },
      schema: { tags: ['users'], summary: 'Create a user, with a password for login if given', body: UserCreateBody, response: { 201: User, ...errors } },
    }, async (request, reply) => reply.status(201).header('location', `/api/v1/users/${encodeURIComponent(request.body.id)}`).send(await users.create(request.body, actorOf(request))));

    app.patch('/users/:id', {
      config: { access: { self: userInPath, minimum: 'viewer' } },
      schema: { tags: ['users'], summary: 'Change a user: themselves (name, email, time zone, password with the current one) or an admin (also the role)', params: IdParams, body: UserPatchBody, response: { 200: User, ...errors } },
    }, async (request) => {
      const principal = principalOf(request);
      return users.update(request.params.id, request.body, { ...actorOf(request), byAdmin: principal.role === 'admin', self: principal.userId === request.params.id });
    });

    app.delete('/users/:id', {
      config: { access: 'admin' },
      schema: { tags: ['users'], summary: 'Delete a user with their tokens, sessions and contact methods', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await users.remove(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });

    app.get('/tokens', {
      config: { access: 'read' },
      schema: { tags: ['tokens'], summary: 'Your API tokens (admins: every token), with when each was last used', response: { 200: Type.Object({ tokens: Type.Array(Token) }), ...errors } },
    }, async (request) => ({ tokens: await tokens.list(principalOf(request)) }));

    app.post('/tokens', {
      config: { access: 'read', rateLimit: { max: TOKEN_RATE_PER_MINUTE } },
      schema: { tags: ['tokens'], summary: 'Create an API token; the secret is in this answer only', body: TokenCreateBody, response: { 201: TokenCreated, ...errors } },
    }, async (request, reply) => {
      const created = await tokens.create(request.body, principalOf(request), actorOf(request));
      return reply.status(201).header('cache-control', 'no-store').send(created);
    });

    app.delete('/tokens/:id', {
      config: { access: 'read', rateLimit: { max: TOKEN_RATE_PER_MINUTE } },
      schema: { tags: ['tokens'], summary: 'Revoke an API token (yours, or any for admins)', params: IdParams, response: { 200: Token, ...errors } },
    }, async (request) => tokens.revoke(request.params.id, principalOf(request), actorOf(request)));
  };
}
