import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { isSchemaCurrent } from '../core/db/database.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { countHttpRequest, metricsRegistry } from '../core/metrics.js';
import { refreshDatabaseMetrics } from '../core/metrics-scrape.js';
import { handleError } from './error-mapping.js';
import { buildSerializer } from './serialization.js';
import { buildValidator } from './validation.js';
import { addSecurityHeaders, type HstsPolicy } from './security-headers.js';
import { jsonTextProblem } from './json-guard.js';
import { HEALTHZ_SCHEMA, METRICS_SCHEMA, READYZ_SCHEMA } from './health-schemas.js';

export interface HttpKitOptions {
  readonly runtime: Runtime;
  /** Largest accepted request body; 1 MiB for the API. */
  readonly bodyLimit?: number;
  readonly version?: string;
  /**
   * Installs authentication before any route exists (access/http-auth.ts): every route's
   * `config.access` is checked by what it installs.
   */
  readonly authenticate: (app: FastifyInstance) => Promise<void>;
  /** When answers carry Strict-Transport-Security (security-headers.ts); from the public URL. */
  readonly hsts: HstsPolicy;
  /** Serve HTTPS with this PEM certificate and key; its context can be replaced later with `server.setSecureContext`. */
  readonly https?: { readonly cert: Buffer; readonly key: Buffer } | null;
  /**
   * Reverse proxies whose `X-Forwarded-For` decides `request.ip` (addresses, CIDR networks):
   * rate limits, the audit log and the request log then see the client, not the proxy. Empty:
   * every such header is ignored, since anyone can send one.
   */
  readonly trustProxy?: readonly string[];
}

/**
 * The Fastify app every slice's routes are registered on, without listening: error mapping, the
 * JSON guard, security headers, the OpenAPI document, authentication, and the health and
 * metrics routes. The composition root (`app/`) adds the slices.
 */
export async function createHttpKit(options: HttpKitOptions): Promise<FastifyInstance> {
  const { runtime } = options;
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key } } : {}),
    ...(options.trustProxy && options.trustProxy.length > 0 ? { trustProxy: [...options.trustProxy] } : {}),
    loggerInstance: runtime.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    return503OnClosing: true,
    // Routing keys in paths may be up to 255 characters.
    routerOptions: { maxParamLength: 300 },
    // Malformed URLs are answered in the documented error shapes, not Fastify's own.
    frameworkErrors: (error, request, reply) => {
      if (/^\/(v2|generic|integrations)\//.test(request.url)) {
        void (reply as FastifyReply).status(400).send({ status: 'invalid event', message: 'Event object is invalid', errors: [error.message] });
        return;
      }
      handleError(error, request, reply);
    },
    // Fastify's types describe its own Ajv builder; ours has the same call shape.
    schemaController: { compilersFactory: { buildValidator: buildValidator as never, buildSerializer: buildSerializer as never } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  // JSON for the API: refused before parsing when nested absurdly deep or carrying NUL characters.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.length === 0) return done(Object.assign(new Error('the body is empty but Content-Type is application/json; send a JSON object'), { code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 }), undefined);
    const problem = jsonTextProblem(text);
    if (problem !== null) return done(new VigilError('VIGIL_VALIDATION_FAILED', problem), undefined);
    try {
      done(null, JSON.parse(text) as unknown);
    } catch (error) {
      done(Object.assign(new Error((error as Error).message), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }), undefined);
    }
  });
  // Counters only: an increment per answer, off the request's own path (after it is sent).
  app.addHook('onResponse', (request, reply, done) => {
    countHttpRequest(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  app.addHook('onRequest', async (request) => {
    if (/%00/.test(request.url)) throw new VigilError('VIGIL_VALIDATION_FAILED', 'the URL contains a NUL character (%00)');
  });
  app.setNotFoundHandler((request, reply) => {
    handleError(new VigilError('VIGIL_ROUTE_NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`), request, reply);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Vigil API', version: options.version ?? '0.1.0', description: 'Incident management and on-call.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  // Security headers on every answer, errors included (docs/ARCHITECTURE.md, HTTP). Helmet's
  // default CSP already lets the docs UI (its scripts and styles come from /docs) and the
  // acknowledge pages (an inline style, a same-origin form) work; upgrade-insecure-requests is
  // left out because it would break both wherever Vigil is served over plain http.
  addSecurityHeaders(app, { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }, options.hsts);
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await options.authenticate(app);

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  let schemaCurrent = false;
  const checkSchema = async () => (schemaCurrent ||= await isSchemaCurrent(runtime.database.db));
  app.get('/metrics', { config: { access: 'public' }, schema: METRICS_SCHEMA }, async (_request, reply) => {
    await refreshDatabaseMetrics(runtime.database, checkSchema, runtime.clock.now());
    return reply.header('content-type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  app.get('/healthz', { config: { access: 'public' }, schema: HEALTHZ_SCHEMA }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', { config: { access: 'public' }, schema: READYZ_SCHEMA }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(runtime.database.db);
      await checkSchema();
    } catch (error) {
      runtime.logger.warn({ err: error }, 'readiness check: database unreachable');
      return reply.status(503).send({ code: 'VIGIL_NOT_READY', message: 'the database is unreachable' });
    }
    if (!schemaCurrent) return reply.status(503).send({ code: 'VIGIL_NOT_READY', message: 'database migrations have not run' });
    return { status: 'ready' as const, database: runtime.database.dialect.name };
  });

  return app;
}
