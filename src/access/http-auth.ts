import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import { authenticateToken, type CredentialCheck } from './api-tokens.js';
import { atLeast, decideReferences, decideScoped, minimumRole, type Access, type Principal, type TeamRole } from './roles.js';
import { CSRF_HEADER, SESSION_COOKIE, authenticateSession, csrfTokenMatches, type SessionSettings } from './sessions.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route declares who may call it; the app refuses to start with a route that does not. */
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every route registered with its rule, for tests that check each role against each route. */
    readonly routeRules: RouteRule[];
    /**
     * Who is calling a public route, if anyone: a valid token or session, else null. For public
     * pages that show more to someone signed in; never throws for bad credentials.
     */
    callerOf(request: FastifyRequest): Promise<Principal | null>;
  }
}

export interface RouteRule {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

export interface AuthSettings {
  /** Derives CSRF tokens; the same key signs acknowledge links. */
  readonly signingSecret: string;
  readonly sessions: SessionSettings;
  /** Session cookies carry `Secure`: on whenever Vigil is reached over https. */
  readonly secureCookies: boolean;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds who is calling: a bearer token wins over a session cookie; null when neither is presented. */
async function identify(request: FastifyRequest, runtime: Runtime, settings: AuthSettings): Promise<CredentialCheck | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = BEARER.exec(header);
    if (!match?.[1]) return { ok: false, reason: 'the Authorization header must be "Bearer <token>"' };
    return authenticateToken(runtime.database.db, match[1], runtime.clock);
  }
  const session = request.cookies[SESSION_COOKIE];
  if (session) return authenticateSession(runtime.database.db, session, runtime.clock, settings.sessions);
  return null;
}

export async function registerAuth(app: FastifyInstance, runtime: Runtime, settings: AuthSettings): Promise<void> {
  // Signed cookies (the single sign-on state) use a key derived from the signing secret, so a
  // cookie signature is never also valid as a link signature or CSRF token.
  await app.register(cookie, { secret: createHmac('sha256', settings.signingSecret).update('cookie-signing').digest('base64url') });
  app.decorateRequest('principal', null);
  const rules: RouteRule[] = [];
  app.decorate('routeRules', rules);
  app.decorate('callerOf', async (request: FastifyRequest) => {
    const check = await identify(request, runtime, settings);
    return check?.ok ? check.principal : null;
  });
  const db = runtime.database.db;

  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (access === undefined) {
      if (route.url.startsWith('/docs')) return;
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
    }
    for (const method of [route.method].flat()) rules.push({ method: String(method), url: route.url, access });
  });

  // Who is calling and whether their role could ever be enough: before the body is read.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    const check = await identify(request, runtime, settings);
    if (check === null) {
      throw new VigilError('VIGIL_UNAUTHENTICATED', 'log in, or send an API token as "Authorization: Bearer <token>"');
    }
    if (!check.ok) throw new VigilError('VIGIL_UNAUTHENTICATED', check.reason);
    const principal = check.principal;
    // A browser sends cookies with requests other sites make it send; a write must also prove
    // it came from a page of Vigil's own that could read the session's CSRF token.
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const presented = request.headers[CSRF_HEADER];
      if (!csrfTokenMatches(settings.signingSecret, principal.credentialId, typeof presented === 'string' ? presented : undefined)) {
        throw new VigilError('VIGIL_CSRF_FAILED', `a change made with a session cookie needs the session's CSRF token in the ${CSRF_HEADER} header (GET /api/v1/me returns it)`);
      }
    }
    const needed = minimumRole(access);
    if (!atLeast(principal.role, needed)) {
      const holder = principal.via === 'session' ? `you have ${principal.role}` : `the token "${principal.credentialName}" has ${principal.role}`;
      throw new VigilError('VIGIL_FORBIDDEN', `this needs the ${needed} role; ${holder}`);
    }
    request.principal = principal;
  });

  // Rules that depend on who owns the resource: once the body is parsed (a body may name the team
  // a resource moves to) but before it is validated, so a refusal does not depend on the body's
  // shape and tells nothing about it.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || typeof access === 'string') return;
    const principal = principalOf(request);
    if (principal.role === 'admin') return;
    const lookup = 'team' in access ? access.team : access.self;
    const ownership = await lookup({ params: request.params, body: request.body });
    const memberships = new Map<string, TeamRole>();
    if ('team' in access && principal.userId !== null) {
      const rows = await db.selectFrom('team_members').select(['team_id', 'role']).where('user_id', '=', principal.userId).execute();
      for (const row of rows) memberships.set(row.team_id, row.role);
    }
    const decision = decideScoped(principal, access, ownership, memberships);
    if (!decision.ok) throw new VigilError('VIGIL_FORBIDDEN', decision.reason);
    if ('team' in access && access.references !== undefined) {
      const consent = decideReferences(principal, await access.references({ params: request.params, body: request.body }), memberships);
      if (!consent.ok) {
        const { reference, reason } = consent;
        throw new VigilError('VIGIL_TEAM_CONSENT_REQUIRED', reason, [{ path: reference.path, message: reason }], { team: reference.team });
      }
    }
  });
}

/** The principal of an authenticated route; routes marked public never call this. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new VigilError('VIGIL_UNAUTHENTICATED', 'this route needs credentials');
  return request.principal;
}

/** Who made a change, for the audit log. */
export function actorOf(request: FastifyRequest): { actor: string; sourceIp: string } {
  return { actor: request.principal?.actor ?? 'anonymous', sourceIp: request.ip };
}

export function setSessionCookie(reply: FastifyReply, secret: string, expiresAt: number, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, secret, { httpOnly: true, secure, sameSite: 'lax', path: '/', expires: new Date(expiresAt) });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure, sameSite: 'lax', path: '/' });
}
