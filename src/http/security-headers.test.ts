import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';

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
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    const policy = csp(response.headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(response.headers['x-powered-by']).toBeUndefined();
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
