import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createRuntime } from '../core/runtime.js';
import { createTestApp, testNotifyServices, type TestApp } from '../test-support/app.js';
import { createTestDatabase } from '../test-support/databases.js';
import { buildApp } from '../app/build-app.js';
import { addSecurityHeaders, type HstsPolicy } from './security-headers.js';

/** The CSP as directive → sources. */
function csp(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['an API answer', { method: 'GET', url: '/api/v1/incidents' }, 200],
    ['an API refusal', { method: 'GET', url: '/api/v1/incidents', headers: { authorization: 'Bearer nope-nope-nope-nope' } }, 401],
    ['an unknown route', { method: 'GET', url: '/nowhere' }, 404],
    ['an ingest answer', { method: 'POST', url: '/v2/enqueue', payload: { routing_key: 'unknown-key', event_action: 'trigger' } }, 400],
    ['the health check', { method: 'GET', url: '/healthz' }, 200],
  ] as const)('are on %s', async (_what, request, status) => {
    const response = await t.request(request);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    const policy = csp(response.headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(response.headers['x-powered-by']).toBeUndefined();
    // The test app's public URL is http, and the request came without TLS.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('leave the docs UI working: its page loads only same-origin scripts and styles, which the CSP allows', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    const policy = csp(page.headers['content-security-policy']);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    // Swagger UI sets style attributes and draws images from data: URLs.
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(policy.get('img-src')).toContain('data:');
    // Over plain http (the default) upgrading every request to https would break the page.
    expect(policy.has('upgrade-insecure-requests')).toBe(false);

    // No inline script (script-src 'self' would block it); every script and stylesheet loads.
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\.\/static\/[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/(static\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual(expect.arrayContaining(['static/swagger-ui-bundle.js', 'static/swagger-initializer.js', 'static/swagger-ui.css']));
    for (const asset of assets) {
      const response = await t.app.inject({ method: 'GET', url: `/docs/${asset}` });
      expect(response.statusCode, asset).toBe(200);
    }
    // The initializer fetches the document from the same origin (connect-src falls back to 'self').
    const initializer = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    const code = initializer.body.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
    expect(code).not.toMatch(/https?:\/\//);
    const spec = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json()).toHaveProperty('openapi');
  });
});

describe('Strict-Transport-Security', () => {
  const answer = async (hsts: HstsPolicy, headers: Record<string, string> = {}) => {
    // trustProxy lets a test say the request came over TLS, as a TLS listener would.
    const app = Fastify({ trustProxy: true });
    addSecurityHeaders(app, {}, hsts);
    app.get('/', async () => 'ok');
    try {
      return (await app.inject({ method: 'GET', url: '/', headers })).headers['strict-transport-security'];
    } finally {
      await app.close();
    }
  };

  it('is sent on every answer when the public URL is https, since TLS then ends in front of Vigil', async () => {
    expect(await answer('https-public-url')).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it('is sent over plain http only when the request itself arrived over TLS', async () => {
    expect(await answer('tls-requests')).toBeUndefined();
    expect(await answer('tls-requests', { 'x-forwarded-proto': 'https' })).toMatch(/^max-age=\d+/);
  });

  it('follows VIGIL_PUBLIC_URL in the wired app', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      for (const [publicUrl, sent] of [['https://vigil.example.com', true], ['http://127.0.0.1:8080', false]] as const) {
        const app = await buildApp({ runtime: createRuntime(database), notify: testNotifyServices(), publicUrl });
        const response = await app.inject({ method: 'GET', url: '/healthz' });
        expect(response.headers['strict-transport-security'] !== undefined, publicUrl).toBe(sent);
        await app.close();
      }
    } finally {
      await database.destroy();
    }
  });
});
