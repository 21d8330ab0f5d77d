import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../access/passwords.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const TITLE = 'Checkout <script>alert(1)</script> down';

for (const dialect of DIALECTS) {
  describe(`links into Vigil before a web console exists (${dialect})`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const now = t.clock.now();
      await t.database.db.insertInto('users').values({ id: 'vera', name: 'Vera', email: 'vera@example.com', time_zone: 'UTC', role: 'viewer', created_at: now, updated_at: now, password_hash: await hashPassword('correct horse battery') }).execute();
      const declared = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: TITLE, severity: 'SEV-2' } });
      expect(declared.statusCode, declared.body).toBe(201);
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'vera@example.com', password: 'correct horse battery' } });
      expect(login.statusCode, login.body).toBe(200);
      cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    });
    afterAll(() => t.close());

    const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

    it('sends API clients from /incidents/N to the API representation, which checks their credentials', async () => {
      for (const accept of ['application/json', '*/*', undefined]) {
        const response = await page('/incidents/1', accept === undefined ? {} : { accept });
        expect(response.statusCode, String(accept)).toBe(303);
        expect(response.headers.location).toBe('/api/v1/incidents/1');
        expect(response.body).not.toContain('Checkout');
      }
      expect((await page('/api/v1/incidents/1')).statusCode).toBe(401);
    });

    it('shows a browser that is not signed in only how to sign in, the same for an incident that exists and one that does not', async () => {
      const known = await page('/incidents/1', { accept: BROWSER });
      const unknown = await page('/incidents/987', { accept: BROWSER });
      expect(known.statusCode).toBe(200);
      expect(known.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(known.body).toContain('Sign in to see this incident');
      expect(known.body).toContain('POST /api/v1/auth/login');
      expect(known.body).not.toContain('Checkout');
      expect(known.body).not.toContain('SEV-2');
      const withoutNumber = (body: string) => body.replace(/incidents\/\d+|show \d+/g, '…');
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(withoutNumber(unknown.body)).toBe(withoutNumber(known.body));
      // A bad credential is treated as none, not as an error page that differs.
      expect((await page('/incidents/1', { accept: BROWSER, cookie: 'vigil_session=forged' })).body).toBe(known.body);
    });

    it('shows a signed-in browser the incident: number, title (escaped), status, and links to the API and the docs', async () => {
      const response = await page('/incidents/1', { accept: BROWSER, cookie });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.body).toContain('<title>#1 Checkout &lt;script&gt;alert(1)&lt;/script&gt; down · Vigil</title>');
      expect(response.body).not.toContain('<script>');
      expect(response.body).toContain('<dt>Status</dt><dd>triggered</dd>');
      expect(response.body).toContain('<dt>Severity</dt><dd>SEV-2 (High)</dd>');
      expect(response.body).toContain('<a href="/api/v1/incidents/1"><code>GET /api/v1/incidents/1</code></a>');
      expect(response.body).toContain('<a href="/docs">API documentation</a>');
      const missing = await page('/incidents/987', { accept: BROWSER, cookie });
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('no incident #987');
    });

    it('says at / what Vigil is and where the API docs are: a page for browsers, JSON for API clients', async () => {
      const html = await page('/', { accept: BROWSER });
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.body).toContain('Vigil is a self-hosted incident-management and on-call platform');
      expect(html.body).toContain('<a href="/docs">API documentation</a>');
      for (const accept of ['application/json', '*/*']) {
        const json = await page('/', { accept });
        expect(json.statusCode).toBe(200);
        expect(json.json()).toMatchObject({ name: 'Vigil', links: { docs: '/docs', openapi: '/openapi.json', incidents: '/api/v1/incidents' } });
      }
    });
  });
}
