import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import { VigilError } from '../core/errors.js';
import { constantTimeEqual } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { actorOf, setSessionCookie, type AuthSettings } from './http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import { CREDENTIAL_RATE_LIMIT, LOGIN_RATE_PER_MINUTE } from './rate-limits.js';
import { OidcProvider, describe, resolveOidcUser, unavailable, type OidcIdentity } from './oidc.js';
import type { OidcSettings } from './oidc-settings.js';
import { startSession } from './sessions.js';

/**
 * Where a login in progress is kept between leaving for the provider and coming back: a signed,
 * HttpOnly, SameSite=Lax cookie scoped to the two SSO routes, rather than a table. The state's
 * job is to prove that the browser coming back is the one that left, and a cookie is exactly
 * that browser; a table would need a cookie to find its row anyway, plus clean-up of abandoned
 * logins. The signature (a key derived from VIGIL_SECRET, shared by every process on the
 * database) stops the browser from choosing its own nonce, verifier or return path; the issue
 * time inside it is checked here, since a cookie's own expiry is only the browser's promise.
 * Lax is sent on the provider's top-level redirect back, and on nothing another site's form posts.
 */
export const OIDC_STATE_COOKIE = 'vigil_oidc';
const STATE_COOKIE_PATH = '/api/v1/auth/oidc';
export const OIDC_STATE_TTL_MS = 10 * 60_000;

interface LoginState {
  /** state, nonce, PKCE code verifier, return path, issued at (ms). */
  readonly s: string;
  readonly n: string;
  readonly v: string;
  readonly r: string;
  readonly t: number;
}

const ReturnTo = Type.Optional(Type.String({ maxLength: 2048 }));
const errors = { 401: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse, 503: ErrorResponse };

/**
 * Where to send someone after login: only a path on Vigil itself. `//host`, `/\host` (browsers
 * read a backslash as a slash), absolute URLs and control characters are refused, so a login link
 * cannot be made to end on another site.
 */
export function safeReturnPath(text: string | undefined): string | null {
  if (text === undefined || text === '') return '/';
  if (!text.startsWith('/') || text.startsWith('//') || text.includes('\\') || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  try {
    const base = 'http://vigil.invalid';
    const url = new URL(text, base);
    if (url.origin !== base) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

function parseState(value: string): LoginState | null {
  try {
    const parsed = JSON.parse(value) as Partial<LoginState>;
    if (typeof parsed.s !== 'string' || typeof parsed.n !== 'string' || typeof parsed.v !== 'string' || typeof parsed.r !== 'string' || typeof parsed.t !== 'number') return null;
    return parsed as LoginState;
  } catch {
    return null;
  }
}

/** Errors that mean the provider, or what came back from it, refused this login (not that it was unreachable). */
function isRefusal(error: unknown): boolean {
  if (error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError || error instanceof client.ClientError) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('OAUTH_');
}

function claimText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Single sign-on with OpenID Connect (authorization code with PKCE, state and nonce), and the
 * list of login methods a login page offers. Without settings the SSO routes answer 404.
 */
export function oidcRoutes(runtime: Runtime, auth: AuthSettings, settings: OidcSettings | null): FastifyPluginAsyncTypebox {
  const db = runtime.database.db;
  const provider = settings === null ? null : new OidcProvider(settings);
  const cookieOptions = { httpOnly: true, secure: auth.secureCookies, sameSite: 'lax' as const, path: STATE_COOKIE_PATH };

  const configured = (): OidcProvider => {
    if (provider === null) throw new VigilError('VIGIL_OIDC_NOT_CONFIGURED', 'single sign-on is not configured on this Vigil (VIGIL_OIDC_ISSUER is unset); log in with a password');
    return provider;
  };

  const fail = async (who: Actor, reason: string, facts: Record<string, unknown> = {}, userId: string | null = null): Promise<never> => {
    await recordAudit(db, who, runtime.clock.now(), { action: 'login.failed', entityType: 'user', entityId: userId, after: { method: 'oidc', reason, ...facts } });
    throw new VigilError('VIGIL_OIDC_FAILED', `single sign-on failed: ${reason}`);
  };

  return async (app) => {
    await app.register(rateLimit, CREDENTIAL_RATE_LIMIT);

    app.get('/auth/methods', {
      config: { access: 'public' },
      schema: {
        tags: ['access'], summary: 'How one may log in here: password, and single sign-on with the button\'s label', security: [],
        response: { 200: Type.Object({ password: Type.Boolean(), oidc: Type.Union([Type.Object({ name: Type.String(), login_url: Type.String() }), Type.Null()]) }) },
      },
    }, async () => ({ password: true, oidc: settings === null ? null : { name: settings.name, login_url: `${STATE_COOKIE_PATH}/login` } }));

    app.get('/auth/oidc/login', {
      config: { access: 'public', rateLimit: { max: LOGIN_RATE_PER_MINUTE } },
      schema: {
        tags: ['access'], summary: 'Start a single sign-on login: redirects to the provider', security: [],
        querystring: Type.Object({ return_to: ReturnTo }),
        response: { 302: Type.Null(), 400: ErrorResponse, ...errors },
      },
    }, async (request, reply) => {
      const sso = configured();
      const returnTo = safeReturnPath(request.query.return_to);
      if (returnTo === null) {
        throw new VigilError('VIGIL_VALIDATION_FAILED', 'invalid request: query.return_to must be a path on Vigil such as /incidents/42, not an address elsewhere', [{ path: 'query.return_to', message: 'must be a path starting with a single /' }]);
      }
      const config = await sso.configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state: LoginState = { s: client.randomState(), n: client.randomNonce(), v: verifier, r: returnTo, t: runtime.clock.now() };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: sso.settings.redirectUrl,
        scope: sso.settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: state.s,
        nonce: state.n,
      });
      void reply.setCookie(OIDC_STATE_COOKIE, JSON.stringify(state), { ...cookieOptions, signed: true, maxAge: OIDC_STATE_TTL_MS / 1000 });
      return reply.header('cache-control', 'no-store').redirect(url.href, 302);
    });

    app.get('/auth/oidc/callback', {
      config: { access: 'public', rateLimit: { max: LOGIN_RATE_PER_MINUTE } },
      schema: {
        tags: ['access'], summary: 'Where the provider sends the browser back: finishes the login, sets the session cookie, redirects', security: [],
        querystring: Type.Object({}, { additionalProperties: Type.String() }),
        response: { 302: Type.Null(), ...errors },
      },
    }, async (request, reply) => {
      const sso = configured();
      const who = actorOf(request);
      const raw = request.cookies[OIDC_STATE_COOKIE];
      // Whatever happens next, this login attempt is used up.
      void reply.clearCookie(OIDC_STATE_COOKIE, cookieOptions);
      const query = request.query as Record<string, string | undefined>;
      const state = await readState(request, raw, who);

      if (query.error !== undefined) {
        const description = query.error_description === undefined ? '' : ` (${query.error_description})`;
        await fail(who, `the provider answered ${query.error}${description}`, { provider_error: query.error });
      }
      if (query.state === undefined || !constantTimeEqual(query.state, state.s)) {
        await fail(who, 'the state does not match the login this browser started (a forged or replayed callback); start again');
      }

      const config = await sso.configuration();
      const current = new URL(sso.settings.redirectUrl);
      current.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      let identity: OidcIdentity;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: state.v, expectedState: state.s, expectedNonce: state.n, idTokenExpected: true });
        const claims = tokens.claims();
        if (!claims) return await fail(who, 'the provider sent no ID token');
        let profile: Record<string, unknown> = claims;
        // Many providers put the email and name only in userinfo for the code flow.
        if (claimText(claims.email) === null && tokens.access_token) {
          profile = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
        }
        identity = { issuer: claims.iss, subject: claims.sub, email: claimText(profile.email), emailVerified: profile.email_verified === true || profile.email_verified === 'true', name: claimText(profile.name) };
      } catch (error) {
        if (error instanceof VigilError) throw error;
        if (isRefusal(error)) return await fail(who, `the provider's answer was refused: ${describe(error)}`);
        throw unavailable(sso.settings.issuer, 'code exchange', error);
      }

      const resolution = await resolveOidcUser(db, runtime.clock, sso.settings, identity, who);
      const facts = { issuer: identity.issuer, subject: identity.subject, email: identity.email };
      if (!resolution.ok) return await fail(who, resolution.reason, facts, resolution.userId);
      const session = await startSession(db, runtime.clock, resolution.userId, 'oidc', auth.sessions);
      await recordAudit(db, who, runtime.clock.now(), { action: 'login.succeeded', entityType: 'user', entityId: resolution.userId, after: { method: 'oidc', ...facts, ...(resolution.how === 'known' ? {} : { first_login: resolution.how }) } });
      request.log.info({ user: resolution.userId, how: resolution.how }, 'single sign-on login');
      setSessionCookie(reply, session.secret, session.expiresAt, auth.secureCookies);
      return reply.header('cache-control', 'no-store').redirect(state.r, 302);
    });

    async function readState(request: FastifyRequest, raw: string | undefined, who: Actor): Promise<LoginState> {
      if (raw === undefined) return fail(who, 'no login was started in this browser, or it took longer than 10 minutes; start again');
      const unsigned = request.unsignCookie(raw);
      const state = unsigned.valid && unsigned.value !== null ? parseState(unsigned.value) : null;
      if (state === null) return fail(who, 'the login state cookie was altered; start again');
      const age = runtime.clock.now() - state.t;
      if (age < 0 || age > OIDC_STATE_TTL_MS) return fail(who, 'the login took longer than 10 minutes; start again');
      return state;
    }
  };
}
