import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../core/db/dialect.js';
import { hashSecret } from '../core/ids.js';
import { jsonTextProblem } from '../http/json-guard.js';
import { ERROR_CATALOGUE, isVigilError } from '../core/errors.js';
import { countIngested, ingestDuration, ingestEvents, type IngestFormat, type IngestOutcome } from '../core/metrics.js';
import type { AlertService } from '../alerts/alert-service.js';
import type { Integration, IntegrationType } from '../alerts/integrations.js';
import type { AlertBatch } from '../alerts/alert-event.js';
import { PAGERDUTY_CHANGE_SCHEMA, PAGERDUTY_V1_SCHEMA, PAGERDUTY_V2_SCHEMA, webhookSchema, withArticle } from './ingest-schemas.js';
import {
  invalidEvent,
  parseAlertmanagerWebhook,
  parseGenericWebhook,
  parseGrafanaWebhook,
  parsePagerDutyChange,
  parsePagerDutyV1,
  parsePagerDutyV2,
  unrecognizedObject,
  type GenericMapping,
  type PagerDutyError,
} from './adapters/index.js';

/** PagerDuty, Alertmanager and Grafana all cap a request at 512 KB. */
export const INGEST_BODY_LIMIT = 512 * 1024;
/** Events a minute per integration unless its configuration says otherwise: 40× Grafana OnCall's. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 12_000;

/** The body as received: the bytes (for signatures) and the JSON, or why it is not JSON. */
interface RawBody {
  readonly raw: Buffer;
  readonly json: unknown;
  readonly parseError: string | null;
}

/** A refusal in PagerDuty's error shape, which every sender here logs usefully. */
class IngestRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: PagerDutyError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.errors.join('; ') || body.message);
  }
}

const refuse = (statusCode: number, errors: string[]) => new IngestRefusal(statusCode, invalidEvent(errors));

const ACCEPTS: Record<'pagerduty' | 'alertmanager' | 'grafana' | 'webhook', readonly IntegrationType[]> = {
  // One PagerDuty-style integration key serves both Events API versions, as on PagerDuty.
  pagerduty: ['events_v2', 'events_v1'],
  alertmanager: ['alertmanager'],
  grafana: ['grafana'],
  webhook: ['webhook'],
};

const ENDPOINT_FOR: Record<IntegrationType, string> = {
  events_v2: '/v2/enqueue',
  events_v1: '/v2/enqueue',
  alertmanager: '/integrations/alertmanager/{key}',
  grafana: '/integrations/grafana/{key}',
  webhook: '/integrations/webhook/{key}',
  heartbeat: '/integrations/heartbeat/{key} (the ping address the heartbeat shows)',
};

/** The wire format a request's URL says it carries, for /metrics. */
function formatOf(request: FastifyRequest): IngestFormat {
  const url = request.url;
  if (url.startsWith('/generic/')) return 'events_v1';
  if (url.startsWith('/integrations/alertmanager')) return 'alertmanager';
  if (url.startsWith('/integrations/grafana')) return 'grafana';
  if (url.startsWith('/integrations/webhook')) return 'webhook';
  return 'events_v2';
}

/** A refusal's outcome as /metrics counts it: the sender's mistake, an unknown key, or too many. */
function refusalOutcome(statusCode: number): IngestOutcome {
  if (statusCode === 429 || statusCode === 403) return 'throttled';
  if (statusCode === 400) return 'invalid';
  if (statusCode === 503) return 'unavailable';
  if (statusCode >= 500) return 'error';
  return 'refused';
}

/** Counts a committed request's events and how long it took from arrival to commit. */
function recordIngested(request: FastifyRequest, reply: FastifyReply, outcomes: readonly { readonly result: string }[]): void {
  const format = formatOf(request);
  countIngested(format, outcomes);
  ingestDuration.observe({ integration_type: format }, reply.elapsedTime / 1000);
}

function bodyOf(request: FastifyRequest): RawBody {
  const body = request.body as RawBody | undefined;
  if (!body || body.raw.length === 0) throw new IngestRefusal(400, unrecognizedObject('the request has no body; send a JSON object'));
  if (body.parseError !== null) throw new IngestRefusal(400, unrecognizedObject(body.json === undefined && /nests deeper|NUL character|unpaired UTF-16 surrogate/.test(body.parseError) ? body.parseError : `JSON parse error: ${body.parseError}`));
  return body;
}

function bearerKey(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** The routing key a request presents: in the path, as a bearer token, or in a PD body. */
function presentedKey(request: FastifyRequest): string | null {
  const params = request.params as { key?: string } | undefined;
  if (params?.key) return params.key;
  const bearer = bearerKey(request);
  if (bearer) return bearer;
  const json = (request.body as RawBody | undefined)?.json as { routing_key?: unknown; service_key?: unknown } | undefined;
  const key = json?.routing_key ?? json?.service_key;
  return typeof key === 'string' ? key : null;
}

export function ingestRoutes(alerts: AlertService) {
  return async (app: FastifyInstance): Promise<void> => {
    // Senders differ in what Content-Type they claim (curl's default is form encoding); every
    // ingest body is read as JSON whatever the header says, and kept raw for signatures.
    app.removeAllContentTypeParsers();
    // The route schemas document the wire formats for /openapi.json; the adapters do the checking
    // (leniently, in PagerDuty's error shape), and answers go out exactly as the handlers build them.
    app.setValidatorCompiler(() => () => true);
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: INGEST_BODY_LIMIT }, (_request, raw: Buffer, done) => {
      if (raw.length === 0) return done(null, { raw, json: undefined, parseError: null } satisfies RawBody);
      const text = raw.toString('utf8');
      const problem = jsonTextProblem(text);
      if (problem !== null) return done(null, { raw, json: undefined, parseError: problem } satisfies RawBody);
      try {
        done(null, { raw, json: JSON.parse(text) as unknown, parseError: null } satisfies RawBody);
      } catch (error) {
        done(null, { raw, json: undefined, parseError: (error as Error).message } satisfies RawBody);
      }
    });

    /**
     * One digest of the presented key and one integration lookup per request, shared by the rate
     * limiter (its key and its limit) and the handler: each was a SHA-256 and a cache probe of
     * its own.
     */
    const lookups = new WeakMap<FastifyRequest, { readonly key: string; readonly digest: string; readonly integration: Promise<Integration | undefined> }>();
    const lookupFor = (request: FastifyRequest, key: string) => {
      const known = lookups.get(request);
      if (known?.key === key) return known;
      const digest = hashSecret(key);
      const entry = { key, digest, integration: alerts.integrationForDigest(digest, key) };
      // A failed lookup (database down) is answered by the handler; nobody else awaits it.
      entry.integration.catch(() => undefined);
      lookups.set(request, entry);
      return entry;
    };

    await app.register(rateLimit, {
      global: false,
      hook: 'preHandler',
      timeWindow: 60_000,
      // Counted by the key's digest: the limiter's store never holds or compares routing keys.
      keyGenerator: (request) => {
        const key = presentedKey(request);
        return key === null ? `ip:${request.ip}` : `integration:${lookupFor(request, key).digest}`;
      },
      max: async (request) => {
        const key = presentedKey(request);
        const integration = key ? await lookupFor(request, key).integration.catch(() => undefined) : undefined;
        return integration?.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
      },
      errorResponseBuilder: (request, context) => {
        // PagerDuty answers 429 on v2 and 403 on v1; both tell the sender to retry later.
        const v1 = request.url.startsWith('/generic/');
        return new IngestRefusal(
          v1 ? 403 : 429,
          { status: 'throttle event', message: 'Requests for this integration are arriving too quickly. Please retry later.', errors: [`more than ${context.max} events a minute; retry in ${context.after}`] },
          { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
        );
      },
    });

    app.setErrorHandler(async (error, request, reply) => {
      const answered = await answerError(error, request, reply);
      ingestEvents.inc({ integration_type: formatOf(request), outcome: refusalOutcome(reply.statusCode) });
      return answered;
    });

    const answerError = async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof IngestRefusal) {
        return reply.status(error.statusCode).headers(error.headers).send(error.body);
      }
      const code = (error as { code?: string }).code;
      if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply.status(request.url.startsWith('/integrations/') ? 413 : 400).send(invalidEvent([`the request body is larger than ${INGEST_BODY_LIMIT / 1024} KB`]));
      }
      if (isVigilError(error)) {
        // Refusals raised before routing (a NUL in the URL), in the ingest error shape.
        return reply.status(ERROR_CATALOGUE[error.code].status).send(invalidEvent([error.message]));
      }
      const status = (error as { statusCode?: number }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        // Fastify's own refusals (content type, content length): the sender's fault, in PD's shape.
        return reply.status(status === 415 ? 415 : 400).send(invalidEvent([(error as Error).message]));
      }
      // An error no rule recognises while the database has stopped answering is still an outage:
      // the sender must retry, so it gets 503, not 500.
      if (isDatabaseUnavailable(error) || !(await alerts.databaseAnswers())) {
        request.log.error({ err: error }, 'ingest: database unavailable; event not stored, sender told to retry');
        return reply.status(503).header('retry-after', '5').send({ status: 'unavailable', message: 'The event was not stored; retry shortly.', errors: ['the database cannot be reached'] });
      }
      request.log.error({ err: error }, 'ingest failed');
      return reply.status(500).send({ status: 'error', message: 'The event was not stored; retry shortly.', errors: ['internal error'] });
    };

    /** Resolves a key to its integration, refusing without revealing which keys exist. */
    const integrationFor = async (request: FastifyRequest, key: string | null, accepts: readonly IntegrationType[], refusal: () => IngestRefusal): Promise<Integration> => {
      const integration = key ? await lookupFor(request, key).integration : undefined;
      if (!integration) throw refusal();
      if (!accepts.includes(integration.type)) {
        throw refuse(400, [`this key belongs to ${withArticle(integration.type)} integration; send its events to ${ENDPOINT_FOR[integration.type]}`]);
      }
      return integration;
    };

    const warn = (request: FastifyRequest, warnings: readonly string[], batch?: AlertBatch) => {
      if (warnings.length > 0) request.log.warn({ warnings }, 'ingest: accepted with parts dropped');
      const notes = batch?.events.flatMap((e) => e.notes ?? []) ?? [];
      // The same advice goes on the incident's timeline; the answer's body stays PagerDuty's.
      if (notes.length > 0) request.log.warn({ notes }, 'ingest: accepted; the sender\'s configuration needs a change');
    };

    const limited = { rateLimit: {} };
    const routeConfig = { access: 'public' as const, ...limited };

    app.post('/v2/enqueue', { config: routeConfig, schema: PAGERDUTY_V2_SCHEMA }, async (request, reply) => {
      const parsed = parsePagerDutyV2(bodyOf(request).json, { newKey: randomUUID });
      if (!parsed.ok) throw new IngestRefusal(400, parsed.error);
      const integration = await integrationFor(request, parsed.routingKey, ACCEPTS.pagerduty, () => refuse(400, ["'routing_key' is not a valid integration key"]));
      warn(request, parsed.warnings, parsed.batch);
      recordIngested(request, reply, await alerts.ingest(integration, parsed.batch));
      return reply.status(202).send({ status: 'success', message: 'Event processed', dedup_key: parsed.batch.events[0]?.dedupKey });
    });

    app.post('/v2/change/enqueue', { config: routeConfig, schema: PAGERDUTY_CHANGE_SCHEMA }, async (request, reply) => {
      const parsed = parsePagerDutyChange(bodyOf(request).json);
      if (!parsed.ok) throw new IngestRefusal(400, parsed.error);
      const integration = await integrationFor(request, parsed.routingKey, ACCEPTS.pagerduty, () => refuse(400, ["'routing_key' is not a valid integration key"]));
      warn(request, parsed.warnings);
      await alerts.recordChange(integration, parsed.change);
      recordIngested(request, reply, [{ result: 'change' }]);
      return reply.status(202).send({ status: 'success', message: 'Change event processed' });
    });

    app.post('/generic/2010-04-15/create_event.json', { config: routeConfig, schema: PAGERDUTY_V1_SCHEMA }, async (request, reply) => {
      const parsed = parsePagerDutyV1(bodyOf(request).json, { newKey: randomUUID });
      if (!parsed.ok) throw new IngestRefusal(400, parsed.error);
      const integration = await integrationFor(request, parsed.routingKey, ACCEPTS.pagerduty, () => refuse(400, ["'service_key' is not a valid integration key"]));
      warn(request, parsed.warnings);
      recordIngested(request, reply, await alerts.ingest(integration, parsed.batch));
      // v1 answers 200, not 202.
      return reply.status(200).send({ status: 'success', message: 'Event processed', incident_key: parsed.batch.events[0]?.dedupKey });
    });

    type GroupParser = (body: unknown, integration: Integration) => { ok: true; batch: AlertBatch; warnings: readonly string[] } | { ok: false; errors: readonly string[] };
    const webhooks: { name: Exclude<keyof typeof ACCEPTS, 'pagerduty'>; parse: GroupParser }[] = [
      { name: 'alertmanager', parse: (body) => parseAlertmanagerWebhook(body) },
      { name: 'grafana', parse: (body) => parseGrafanaWebhook(body) },
      { name: 'webhook', parse: (body, integration) => parseGenericWebhook(body, (integration.mapping ?? {}) as GenericMapping, { newKey: randomUUID }) },
    ];
    for (const { name, parse } of webhooks) {
      const handle = async (request: FastifyRequest, reply: FastifyReply) => {
        const pathKey = (request.params as { key?: string }).key ?? null;
        const key = pathKey ?? bearerKey(request);
        const integration = await integrationFor(request, key, ACCEPTS[name], () =>
          pathKey !== null
            ? refuse(404, ['no integration has this key; check the URL the sender is configured with'])
            : refuse(401, [key === null ? 'send the integration key in the path or as "Authorization: Bearer <key>"' : 'the bearer token is not a valid integration key']),
        );
        const parsed = parse(bodyOf(request).json, integration);
        if (!parsed.ok) throw refuse(400, [...parsed.errors]);
        warn(request, parsed.warnings);
        const outcomes = await alerts.ingest(integration, parsed.batch);
        recordIngested(request, reply, outcomes);
        const incidents = [...new Set(outcomes.flatMap((o) => ('incidentNumber' in o ? [o.incidentNumber] : [])))];
        return reply.status(202).send({ status: 'success', message: `Processed ${outcomes.length} alert${outcomes.length === 1 ? '' : 's'}`, incidents });
      };
      for (const withKey of [true, false]) {
        const url = withKey ? `/integrations/${name}/:key` : `/integrations/${name}`;
        app.route({ method: ['POST', 'PUT'], url, config: routeConfig, schema: webhookSchema(name, withKey), handler: handle });
      }
    }
  };
}
