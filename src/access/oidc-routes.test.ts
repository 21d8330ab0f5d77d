import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-support/databases.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../test-support/app.js';
import { OIDC_CALLBACK_PATH, type OidcSettings } from './oidc-settings.js';
import { OIDC_STATE_COOKIE, safeReturnPath } from './oidc-routes.js';
import { idFromEmail } from './oidc.js';
import { LOGIN_RATE_PER_MINUTE } from './rate-limits.js';

/**
 * Single sign-on end to end against a real OpenID provider (oidc-provider, its development
 * login and consent pages) on a loopback port. Vigil is driven with inject(); the browser is a
 * cookie jar that follows the provider's redirects until one leads back to Vigil's callback.
 */

const CLIENT_ID = 'vigil';
const CLIENT_SECRET = 'vigil-client-secret-0123456789abcdef';
const REDIRECT_URL = `${TEST_PUBLIC_URL}${OIDC_CALLBACK_PATH}`;

interface Account {
  readonly email?: string;
  readonly email_verified?: boolean;
  readonly name?: string;
}

const ACCOUNTS: Record<string, Account> = {
  'okta-alice': { email: 'Alice@Example.com', email_verified: true, name: 'Alice Liddell' },
  'okta-mallory': { email: 'bob@example.com', email_verified: false, name: 'Not Bob' },
  'okta-newbie': { email: 'new.person+sso@example.com', email_verified: true, name: 'New Person' },
  'okta-carol': { email: 'carol@example.com', email_verified: true, name: 'Carol' },
};

interface TestProvider {
  readonly issuer: string;
  close(): Promise<void>;
}

async function startProvider(): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URL], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { methods: ['S256'], required: () => true },
    cookies: { keys: ['test-provider-cookie-key'] },
    ttl: { AccessToken: 600, IdToken: 600, Grant: 600, Interaction: 600, Session: 600 },
    findAccount: (_ctx, sub) => {
      const account = ACCOUNTS[sub];
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined;
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('provider error', error));
  handler = provider.callback();
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A browser's cookies for one site: enough for these flows (names unique across paths). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(setCookie: string | string[] | undefined | null): void {
    for (const line of [setCookie ?? []].flat()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

interface Browser {
  readonly vigil: CookieJar;
  readonly provider: CookieJar;
}

function newBrowser(): Browser {
  return { vigil: new CookieJar(), provider: new CookieJar() };
}

async function vigilGet(t: TestApp, browser: Browser, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: browser.vigil.header() } });
  browser.vigil.take(response.headers['set-cookie']);
  return response;
}

/**
 * Goes through the provider from its authorization URL: logs in as `sub`, consents (or aborts
 * when `abort`), and returns the address it sends the browser back to.
 */
async function throughProvider(browser: Browser, authorizeUrl: string, sub: string, abort = false): Promise<string> {
  let url = authorizeUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string> | undefined), cookie: browser.provider.header() } });
    browser.provider.take(response.headers.getSetCookie());
    init = {};
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url).href;
      if (next.startsWith(TEST_PUBLIC_URL)) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    expect(response.status, html).toBe(200);
    if (abort) {
      url = `${url.replace(/\/$/, '')}/abort`;
      continue;
    }
    const form = new URLSearchParams();
    if (html.includes('name="prompt" value="login"')) {
      form.set('prompt', 'login');
      form.set('login', sub);
      form.set('password', 'anything');
    } else if (html.includes('name="prompt" value="consent"')) {
      form.set('prompt', 'consent');
    } else {
      throw new Error(`unexpected provider page at ${url}: ${html.slice(0, 300)}`);
    }
    init = { method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('the provider never sent the browser back to Vigil');
}

/** The whole flow: Vigil login → provider → callback. Answers Vigil's callback response. */
async function ssoLogin(t: TestApp, sub: string, options: { returnTo?: string; abort?: boolean; browser?: Browser } = {}) {
  const browser = options.browser ?? newBrowser();
  const start = await vigilGet(t, browser, `/api/v1/auth/oidc/login${options.returnTo === undefined ? '' : `?return_to=${encodeURIComponent(options.returnTo)}`}`);
  expect(start.statusCode, start.body).toBe(302);
  const authorize = new URL(start.headers.location as string);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  expect(browser.vigil.get(OIDC_STATE_COOKIE)).toBeTruthy();
  const callback = await throughProvider(browser, authorize.href, sub, options.abort ?? false);
  const url = new URL(callback);
  const response = await vigilGet(t, browser, `${url.pathname}${url.search}`);
  return { response, browser, callback: url };
}

async function me(t: TestApp, browser: Browser) {
  return t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: browser.vigil.header() } });
}

async function auditActions(t: TestApp, action: string) {
  const response = await t.request({ method: 'GET', url: `/api/v1/audit?action=${action}&limit=100` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { entries: { entity_id: string | null; after: Record<string, unknown> }[] }).entries;
}

function oidcSettings(issuer: string, provision: boolean): OidcSettings {
  return { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUrl: REDIRECT_URL, scopes: 'openid email profile', provision, defaultRole: 'viewer', name: 'Okta', allowHttp: true };
}

async function addUser(t: TestApp, id: string, email: string, role = 'responder') {
  const response = await t.request({ method: 'POST', url: '/api/v1/users', payload: { id, name: id, email, role } });
  expect(response.statusCode, response.body).toBe(201);
}

describe('safeReturnPath', () => {
  it('keeps paths on Vigil and refuses anything that could leave it', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath('/incidents/42?tab=timeline#notes')).toBe('/incidents/42?tab=timeline#notes');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'evil.example', 'javascript:alert(1)', '/\t/evil.example', '/ok\r\nSet-Cookie: x=1']) {
      expect(safeReturnPath(bad), bad).toBeNull();
    }
  });

  it('derives user ids from email local parts', () => {
    expect(idFromEmail('New.Person+sso@example.com')).toBe('new.person-sso');
    expect(idFromEmail('__@example.com')).toBe('user');
  });
});

describe.each(DIALECTS)('single sign-on (%s)', (dialect) => {
  let provider: TestProvider;
  let t: TestApp;
  let provisioning: TestApp;

  beforeAll(async () => {
    provider = await startProvider();
    t = await createTestApp(dialect, { oidc: oidcSettings(provider.issuer, false) });
    provisioning = await createTestApp(dialect, { oidc: { ...oidcSettings(provider.issuer, true), defaultRole: 'responder' } });
    await addUser(t, 'alice', 'alice@example.com');
    await addUser(t, 'bob', 'bob@example.com');
    await addUser(provisioning, 'new.person-sso', 'someone.else@example.com');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await provisioning?.close();
    await provider?.close();
  });

  it('tells a login page which methods exist', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
    expect(response.json()).toEqual({ password: true, oidc: { name: 'Okta', login_url: '/api/v1/auth/oidc/login' } });
  });

  it('links an existing user by verified email on first login, then finds them by subject', async () => {
    const { response, browser } = await ssoLogin(t, 'okta-alice', { returnTo: '/incidents/7?tab=timeline' });
    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe('/incidents/7?tab=timeline');
    expect(browser.vigil.get('vigil_session')).toBeTruthy();
    expect(browser.vigil.get(OIDC_STATE_COOKIE)).toBeUndefined();
    const who = await me(t, browser);
    expect(who.statusCode, who.body).toBe(200);
    expect(who.json()).toMatchObject({ user: { id: 'alice', sso_linked: true }, role: 'responder', via: 'session' });

    const links = await auditActions(t, 'user.oidc_link');
    expect(links).toEqual([expect.objectContaining({ entity_id: 'alice', after: { issuer: provider.issuer, subject: 'okta-alice', email: 'Alice@Example.com' } })]);
    const logins = await auditActions(t, 'login.succeeded');
    expect(logins).toEqual([expect.objectContaining({ entity_id: 'alice', after: expect.objectContaining({ method: 'oidc', first_login: 'linked' }) })]);

    // Second login: found by (issuer, subject), default return path, no second link.
    const again = await ssoLogin(t, 'okta-alice');
    expect(again.response.statusCode).toBe(302);
    expect(again.response.headers.location).toBe('/');
    expect((await me(t, again.browser)).json()).toMatchObject({ user: { id: 'alice' }, via: 'session' });
    expect(await auditActions(t, 'user.oidc_link')).toHaveLength(1);
  });

  it('does not link by an email the provider has not verified', async () => {
    const { response, browser } = await ssoLogin(t, 'okta-mallory');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'VIGIL_OIDC_FAILED', message: expect.stringMatching(/has not verified the email bob@example.com/) });
    expect(browser.vigil.get('vigil_session')).toBeUndefined();
    expect((await me(t, browser)).statusCode).toBe(401);
    const failures = (await auditActions(t, 'login.failed')).filter((entry) => entry.after.subject === 'okta-mallory');
    expect(failures).toEqual([expect.objectContaining({ entity_id: 'bob', after: expect.objectContaining({ method: 'oidc' }) })]);
    const bob = await t.request({ method: 'GET', url: '/api/v1/users/bob' });
    expect(bob.json()).toMatchObject({ sso_linked: false });
  });

  it('refuses someone unknown while provisioning is off', async () => {
    const { response } = await ssoLogin(t, 'okta-newbie');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'VIGIL_OIDC_FAILED', message: expect.stringMatching(/VIGIL_OIDC_PROVISION is off/) });
    const failures = (await auditActions(t, 'login.failed')).filter((entry) => entry.after.subject === 'okta-newbie');
    expect(failures).toEqual([expect.objectContaining({ entity_id: null, after: expect.objectContaining({ email: 'new.person+sso@example.com' }) })]);
  });

  it('provisions someone unknown when provisioning is on, with a unique id and the default role', async () => {
    const { response, browser } = await ssoLogin(provisioning, 'okta-newbie');
    expect(response.statusCode, response.body).toBe(302);
    const who = (await me(provisioning, browser)).json() as { user: { id: string; name: string; email: string; role: string; password_set: boolean; sso_linked: boolean }; via: string };
    expect(who).toMatchObject({ user: { id: 'new.person-sso-2', name: 'New Person', email: 'new.person+sso@example.com', role: 'responder', password_set: false, sso_linked: true }, via: 'session' });
    const created = (await auditActions(provisioning, 'user.create')).filter((entry) => entry.entity_id === 'new.person-sso-2');
    expect(created).toEqual([expect.objectContaining({ after: expect.objectContaining({ provisioned_by: 'oidc', role: 'responder' }) })]);

    // The next login finds the same user.
    const again = await ssoLogin(provisioning, 'okta-newbie');
    expect((await me(provisioning, again.browser)).json()).toMatchObject({ user: { id: 'new.person-sso-2' } });
  });

  it('refuses a callback whose state was tampered with, and a state cookie that was altered', async () => {
    const browser = newBrowser();
    const start = await vigilGet(t, browser, '/api/v1/auth/oidc/login');
    const callback = new URL(await throughProvider(browser, start.headers.location as string, 'okta-alice'));
    callback.searchParams.set('state', 'forged-state');
    const forged = await vigilGet(t, browser, `${callback.pathname}${callback.search}`);
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'VIGIL_OIDC_FAILED', message: expect.stringMatching(/state does not match/) });
    // The attempt is used up: the state cookie was cleared.
    expect(browser.vigil.get(OIDC_STATE_COOKIE)).toBeUndefined();

    const second = newBrowser();
    const begun = await vigilGet(t, second, '/api/v1/auth/oidc/login');
    const signed = decodeURIComponent(second.vigil.get(OIDC_STATE_COOKIE) ?? '');
    const dot = signed.lastIndexOf('.');
    const altered = JSON.stringify({ ...(JSON.parse(signed.slice(0, dot)) as object), r: 'https://evil.example/' });
    second.vigil.set(OIDC_STATE_COOKIE, encodeURIComponent(`${altered}${signed.slice(dot)}`));
    const back = new URL(await throughProvider(second, begun.headers.location as string, 'okta-alice'));
    const refused = await vigilGet(t, second, `${back.pathname}${back.search}`);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ message: expect.stringMatching(/cookie was altered/) });

    // No cookie at all (another browser, or after 10 minutes).
    const stranger = await t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(stranger.statusCode).toBe(401);
  });

  it('refuses a login state older than 10 minutes', async () => {
    const browser = newBrowser();
    const start = await vigilGet(t, browser, '/api/v1/auth/oidc/login');
    const back = new URL(await throughProvider(browser, start.headers.location as string, 'okta-alice'));
    t.clock.advance(11 * 60_000);
    const late = await vigilGet(t, browser, `${back.pathname}${back.search}`);
    expect(late.statusCode).toBe(401);
    expect(late.json()).toMatchObject({ message: expect.stringMatching(/longer than 10 minutes/) });
  });

  it('answers 401 when the provider sends an error back (the person declined)', async () => {
    const { response, callback } = await ssoLogin(t, 'okta-alice', { abort: true });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'VIGIL_OIDC_FAILED', message: expect.stringMatching(/access_denied/) });
  });

  it('refuses return paths that leave Vigil', async () => {
    for (const target of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/auth/oidc/login?return_to=${encodeURIComponent(target)}` });
      expect(response.statusCode, target).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'query.return_to' }] });
    }
  });
});

describe('single sign-on not configured, or its provider down', () => {
  let t: TestApp;
  let down: TestApp;
  let provider: TestProvider | null = null;
  let port = 0;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    // A provider address nothing listens on yet: Vigil must start anyway and retry discovery.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    down = await createTestApp('sqlite', { oidc: oidcSettings(`http://127.0.0.1:${port}`, false) });
  });

  afterAll(async () => {
    await t?.close();
    await down?.close();
    await provider?.close();
  });

  it('answers 404 VIGIL_OIDC_NOT_CONFIGURED on both routes and lists only passwords', async () => {
    for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ code: 'VIGIL_OIDC_NOT_CONFIGURED' });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/methods' })).json()).toEqual({ password: true, oidc: null });
  });

  it('limits both routes per address like password login', async () => {
    const fresh = await createTestApp('sqlite');
    try {
      for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback']) {
        const statuses = [];
        for (let i = 0; i <= LOGIN_RATE_PER_MINUTE; i += 1) statuses.push((await fresh.app.inject({ method: 'GET', url })).statusCode);
        expect(statuses.slice(0, LOGIN_RATE_PER_MINUTE).every((status) => status === 404), url).toBe(true);
        expect(statuses.at(-1), url).toBe(429);
      }
    } finally {
      await fresh.close();
    }
  });

  it('answers 503 while the provider is unreachable, and works once it is back', async () => {
    const response = await down.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'VIGIL_OIDC_UNAVAILABLE' });
    expect(response.headers['retry-after']).toBe('5');

    // The provider comes up on that address.
    let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
    const server = createServer((req, res) => handler?.(req, res));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${port}`;
    handler = new Provider(issuer, {
      clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URL] }],
      cookies: { keys: ['k'] },
    }).callback();
    provider = { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
    const later = await down.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    expect(later.statusCode, later.body).toBe(302);
    expect(later.headers.location).toMatch(new RegExp(`^${issuer}/auth\\?`));
  });
});
