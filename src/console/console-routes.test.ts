import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { BUILD_INFO_FILE, loadConsoleBundle } from './console-bundle.js';
import { consoleRoutes } from './console-routes.js';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PAGE = '<!doctype html><html><head><script type="module" src="/assets/main-abc123.js"></script></head><body><div id="root"></div></body></html>';

/** A bundle as the build leaves it: the page, a hashed asset with its .gz, the worker, the build's own files. */
function fixtureBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-console-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'assets', 'main-abc123.js'), 'console.log("console")');
  writeFileSync(join(dir, 'assets', 'main-abc123.js.gz'), gzipSync('console.log("console")'));
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Vigil"}');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  writeFileSync(join(dir, BUILD_INFO_FILE), '{"sourceHash":"x"}');
  return dir;
}

describe('the console served at /', () => {
  let t: TestApp;
  const dir = fixtureBundle();
  beforeAll(async () => {
    t = await createTestApp('sqlite', { consoleBundle: loadConsoleBundle(dir, null) });
    expect((await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout down', severity: 'SEV-2' } })).statusCode).toBe(201);
  });
  afterAll(() => t.close());
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('answers every console route with the page, uncached, and nothing about any incident', async () => {
    for (const url of ['/', '/login', '/incidents', '/incidents/1', '/incidents/987', '/oncall', '/schedules', '/schedules/x', '/escalation-policies', '/services', '/services/checkout', '/profile', '/admin']) {
      const response = await get(url, { accept: BROWSER });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(PAGE);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-security-policy'], url).toMatch(/script-src 'self'/);
    }
  });

  it('sends API clients from /incidents/N to the API, which checks their credentials', async () => {
    for (const accept of ['application/json', '*/*', undefined]) {
      const response = await get('/incidents/1', accept === undefined ? {} : { accept });
      expect(response.statusCode, String(accept)).toBe(303);
      expect(response.headers.location).toBe('/api/v1/incidents/1');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/incidents/1' })).statusCode).toBe(401);
  });

  it('describes itself to API clients at /', async () => {
    const response = await get('/', { accept: 'application/json' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Vigil', links: { console: '/incidents', docs: '/docs' } });
  });

  it('serves hashed assets for a year, compressed when the browser takes it, and the worker uncached at the root', async () => {
    const asset = await get('/assets/main-abc123.js', { 'accept-encoding': 'gzip, deflate' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    const plain = await get('/assets/main-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("console")');
    const worker = await get('/sw.js');
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['service-worker-allowed']).toBe('/');
    expect((await get('/manifest.webmanifest')).headers['content-type']).toBe('application/manifest+json');
  });

  it('keeps the build\'s own files and unknown assets out of reach', async () => {
    for (const url of ['/.vite/manifest.json', `/${BUILD_INFO_FILE}`, '/index.html', '/assets/missing.js', '/assets/../index.html', '/assets/main-abc123.js.gz']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });
});

describe('without a built console', () => {
  it('says how to build it instead of serving nothing', async () => {
    const app = Fastify();
    await app.register(consoleRoutes({ bundle: loadConsoleBundle(join(tmpdir(), 'no-such-console-dir'), null), version: '0.1.0' }));
    const response = await app.inject({ method: 'GET', url: '/incidents', headers: { accept: BROWSER } });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:web');
    await app.close();
  });

  it('knows a bundle built from other sources is stale', () => {
    const dir = fixtureBundle();
    const bundle = loadConsoleBundle(dir);
    expect(bundle.state === 'ready' && bundle.stale).toBe(true);
  });
});
