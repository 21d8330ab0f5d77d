import { DEFAULT_SESSION_SETTINGS } from '../access/sessions.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { ERROR_CATALOGUE } from '../core/errors.js';
import { createRuntime } from '../core/runtime.js';
import { registerAuth } from '../access/http-auth.js';
import { createTestApp, type TestApp } from '../test-support/app.js';

describe('the HTTP app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health and readiness without credentials', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: 'sqlite' });
  });

  it('reports not ready when the database is gone', async () => {
    const other = await createTestApp('sqlite');
    await other.database.close();
    const ready = await other.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().code).toBe('VIGIL_NOT_READY');
    await other.app.close();
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: '/api/v1/nothing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'VIGIL_ROUTE_NOT_FOUND', message: 'no route for DELETE /api/v1/nothing' });
  });

  it('publishes an OpenAPI document covering every API route, and the docs UI', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ openapi: string; paths: Record<string, object> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/incidents', '/api/v1/incidents/{ref}', '/api/v1/incidents/{ref}/acknowledge', '/api/v1/incidents/{ref}/severity', '/api/v1/services']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('refuses a route that declares no access rule', async () => {
    const app = Fastify();
    await registerAuth(app, createRuntime(t.database, { clock: t.clock }), { signingSecret: 'x', sessions: DEFAULT_SESSION_SETTINGS, secureCookies: false });
    expect(() => app.get('/api/v1/unguarded', async () => ({}))).toThrow(/declares no access rule/);
    await app.close();
  });
});

describe('the error catalogue', () => {
  it('documents every code in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(ERROR_CATALOGUE)) expect(readme, `README lacks ${code}`).toContain(code);
  });
  it('gives every code a client or server error status', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
    }
  });
});
