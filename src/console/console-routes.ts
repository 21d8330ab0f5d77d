import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { prefersHtml, sendHtmlPage } from '../http/html-page.js';
import type { ConsoleBundle } from './console-bundle.js';

/**
 * The console's own addresses. A browser asking for any of them gets the console's page and the
 * console draws the route; these are the routes links point at (pages carry `/incidents/N`).
 */
export const CONSOLE_ROUTES = [
  '/login',
  '/incidents',
  '/incidents/:ref',
  '/alerts',
  '/oncall',
  '/schedules',
  '/schedules/:id',
  '/escalation-policies',
  '/escalation-policies/:id',
  '/services',
  '/services/:id',
  '/runbooks',
  '/heartbeats',
  '/runbooks/:id',
  '/silences',
  '/maintenance',
  '/profile',
  '/admin',
  '/postmortems',
  '/postmortems/:id',
  '/action-items',
  '/analytics',
] as const;

const NOT_BUILT =
  '<p>The web console has not been built, so there is nothing to show here yet.</p>' +
  '<p>Build it with <code>npm run build:web</code> (about 20 seconds; <code>npm start</code> does it for you), then reload this page.</p>' +
  '<p>Everything also works through the API: <a href="/docs">API documentation</a>.</p>';

export interface ConsoleRouteOptions {
  readonly bundle: ConsoleBundle;
  readonly version: string;
}

/**
 * Serves the built console: its page for every console route (no-cache, so a deploy shows at
 * once), hashed assets cached for a year, and the service worker at the root. API clients asking
 * for `/` get a JSON index and for `/incidents/N` are sent to the API's representation.
 */
export function consoleRoutes({ bundle, version }: ConsoleRouteOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    const sendConsole = (reply: FastifyReply) => {
      if (bundle.state === 'missing') return sendHtmlPage(reply, 503, 'The console is not built', NOT_BUILT);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'Accept')
        .send(bundle.indexHtml);
    };

    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      if (prefersHtml(request.headers.accept)) return sendConsole(reply);
      return reply.header('vary', 'Accept').send({
        name: 'Vigil',
        description: 'Self-hosted incident management and on-call: alerts in, the right person paged, the team recovers and learns.',
        version,
        links: { console: '/incidents', docs: '/docs', openapi: '/openapi.json', api: '/api/v1', incidents: '/api/v1/incidents', login: '/api/v1/auth/login', health: '/healthz', ready: '/readyz' },
      });
    });

    for (const route of CONSOLE_ROUTES) {
      app.get(route, { config: { access: 'public' }, schema: { hide: true } }, async (request: FastifyRequest, reply) => {
        // Links in pages and messages name `/incidents/N`; a script following one wants the incident.
        if (route === '/incidents/:ref' && !prefersHtml(request.headers.accept)) {
          const ref = (request.params as { ref: string }).ref;
          return reply.header('vary', 'Accept').redirect(`/api/v1/incidents/${encodeURIComponent(ref)}`, 303);
        }
        return sendConsole(reply);
      });
    }

    if (bundle.state === 'missing') return;
    const files = bundle.files;
    const serveFile = (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '';
      const file = files.get(path);
      if (file === undefined) return reply.callNotFound();
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const encoding = file.br !== null && /\bbr\b/.test(accepted) ? 'br' : file.gzip !== null && /\bgzip\b/.test(accepted) ? 'gzip' : null;
      reply
        .header('content-type', file.type)
        .header('cache-control', file.cacheControl)
        .header('vary', 'Accept-Encoding');
      if (path === '/sw.js') reply.header('service-worker-allowed', '/');
      if (encoding !== null) reply.header('content-encoding', encoding);
      return reply.send(encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.body);
    };
    app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, serveFile);
    for (const path of files.keys()) {
      if (!path.startsWith('/assets/')) app.get(path, { config: { access: 'public' }, schema: { hide: true } }, serveFile);
    }
  };
}
