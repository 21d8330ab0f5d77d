import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { actorOf, principalOf } from '../access/http-auth.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { invalidField } from '../core/errors.js';
import { ErrorResponse } from '../http/schemas.js';
import type { HeartbeatService, HeartbeatView } from './heartbeat-service.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const HeartbeatId = Type.String({ minLength: 1, maxLength: 80 });
const IdParams = Type.Object({ id: HeartbeatId });
const Duration = (description: string) => Type.String({ minLength: 2, maxLength: 20, description: `${description}; ${DURATION_HINT}` });

const Heartbeat = Type.Object({
  id: Type.String(),
  service: Type.String(),
  name: Type.String(),
  interval: Type.String({ description: 'How often pings are expected' }),
  grace: Type.String({ description: 'How late a ping may be before the heartbeat misses' }),
  state: Type.Union(['inactive', 'armed', 'missing', 'paused'].map((s) => Type.Literal(s)), {
    description: 'inactive: never pinged (never misses); armed: pinged in time; missing: a ping is late and its alert is open; paused: never misses',
  }),
  last_ping_at: Nullable(Timestamp),
  next_deadline: Nullable({ ...Timestamp, description: 'When it misses unless pinged (armed only)' } as ReturnType<typeof Type.String>),
  missed_at: Nullable(Timestamp),
  url: Type.Union([Type.String(), Type.Null()], { description: 'The ping address: GET or POST; an Alertmanager webhook counts when it holds a firing alert. Null for viewers: whoever has it can keep the heartbeat quiet' }),
  managed_by: Type.Union([Type.Literal('config'), Type.Literal('api')], { description: 'config: vigil.yaml defines it (pause and resume work here; change the rest there)' }),
  created_at: Timestamp,
});

export const MIN_INTERVAL_MS = 1_000;
export const MAX_DURATION_MS = 30 * 86_400_000;
export const DEFAULT_GRACE = '1m';

const CreateBody = Type.Object(
  {
    service: Type.String({ minLength: 1, maxLength: 128 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    interval: Duration('How often pings are expected (1s to 30d)'),
    grace: Type.Optional(Duration('How late a ping may be before it counts as missed (default 1m; keep it above the clocks\' skew)')),
  },
  { additionalProperties: false },
);
const PatchBody = Type.Object(
  {
    name: Type.Optional(CreateBody.properties.name),
    interval: Type.Optional(CreateBody.properties.interval),
    grace: CreateBody.properties.grace,
    paused: Type.Optional(Type.Boolean({ description: 'true pauses (never misses; an open miss resolves), false resumes with a full interval and grace from now' })),
  },
  { additionalProperties: false },
);
/** Per client address: far above any sender's cadence (a Watchdog every few seconds), far below a flood. */
export const PINGS_PER_MINUTE_PER_CLIENT = 600;
const PingAnswer = Type.Object({ counted: Type.Boolean(), state: Type.String(), reason: Type.String() });

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

/** Parses a duration field: `30s`, `5m`; `minimum` in ms. */
export function durationField(path: string, text: string, minimum: number): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw invalidField(path, `"${text}" is not a duration; ${DURATION_HINT}`);
  if (ms < minimum) throw invalidField(path, `must be at least ${minimum / 1000}s`);
  if (ms > MAX_DURATION_MS) throw invalidField(path, 'must be at most 30d');
  return ms;
}

/** The ping address is a secret, as routing keys are: viewers see that a heartbeat exists, not how to ping it. */
function forReader(request: FastifyRequest, view: HeartbeatView): Omit<HeartbeatView, 'url'> & { url: string | null } {
  return principalOf(request).role === 'viewer' ? { ...view, url: null } : view;
}

/** The heartbeats API: `/api/v1/heartbeats`. */
export function heartbeatRoutes(heartbeats: HeartbeatService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['heartbeats'];

    app.get('/heartbeats', {
      config: { access: 'read' },
      schema: { tags, summary: 'Every heartbeat (or one service\'s), with its state, last ping and next deadline', querystring: Type.Object({ service: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) }), response: { 200: Type.Object({ heartbeats: Type.Array(Heartbeat) }), ...errors } },
    }, async (request, reply) => {
      const list = await heartbeats.list(request.query.service);
      reply.header('cache-control', 'no-store');
      return { heartbeats: list.map((view) => forReader(request, view)) };
    });

    app.post('/heartbeats', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Create a heartbeat (dead man\'s switch) on a service',
        description: 'It stays inactive until its first ping; then a ping missing for interval + grace opens an alert "No heartbeat from <name> since …" on the service, and the next ping resolves it.',
        body: CreateBody,
        response: { 201: Heartbeat, ...errors },
      },
    }, async (request, reply) => {
      const body: Static<typeof CreateBody> = request.body;
      const view = await heartbeats.create(
        { serviceId: body.service, name: body.name, intervalMs: durationField('body.interval', body.interval, MIN_INTERVAL_MS), graceMs: durationField('body.grace', body.grace ?? DEFAULT_GRACE, 0) },
        actorOf(request),
      );
      return reply.status(201).header('location', `/api/v1/heartbeats/${encodeURIComponent(view.id)}`).header('cache-control', 'no-store').send(view);
    });

    app.get('/heartbeats/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'A heartbeat', params: IdParams, response: { 200: Heartbeat, ...errors } },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return forReader(request, await heartbeats.get(request.params.id));
    });

    app.patch('/heartbeats/:id', {
      config: { access: 'write' },
      schema: { tags, summary: 'Rename, re-time, pause or resume a heartbeat', params: IdParams, body: PatchBody, response: { 200: Heartbeat, ...errors } },
    }, async (request) => {
      const body = request.body;
      return heartbeats.update(
        request.params.id,
        {
          ...(body.name === undefined ? {} : { name: body.name }),
          ...(body.interval === undefined ? {} : { intervalMs: durationField('body.interval', body.interval, MIN_INTERVAL_MS) }),
          ...(body.grace === undefined ? {} : { graceMs: durationField('body.grace', body.grace, 0) }),
          ...(body.paused === undefined ? {} : { paused: body.paused }),
        },
        actorOf(request),
      );
    });

    app.delete('/heartbeats/:id', {
      config: { access: 'write' },
      schema: { tags, summary: 'Delete a heartbeat (an open miss resolves first)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await heartbeats.remove(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });
  };
}

/**
 * The ping address, `/integrations/heartbeat/{key}`, GET or POST. Whatever the body (none, text,
 * JSON) it is a ping, except an Alertmanager message without a firing alert.
 */
export function heartbeatPingRoutes(heartbeats: HeartbeatService): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Pings are cheap (one indexed read, and a write at most once a second per heartbeat), but
    // the address is public: a client hammering it, any key, is slowed per address.
    await app.register(rateLimit, { global: false, hook: 'preHandler', timeWindow: 60_000, max: PINGS_PER_MINUTE_PER_CLIENT, keyGenerator: (request) => `hb:${request.ip}` });
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1_048_576 }, (_request, text: string, done) => {
      try {
        done(null, text.length === 0 ? undefined : (JSON.parse(text) as unknown));
      } catch {
        // Not JSON: a plain ping with a body nobody reads.
        done(null, undefined);
      }
    });
    const schema = {
      tags: ['heartbeats'],
      params: Type.Object({ key: Type.String({ minLength: 1, maxLength: 256 }) }),
      response: { 200: PingAnswer, 404: ErrorResponse },
    };
    app.get('/integrations/heartbeat/:key', { config: { access: 'public', rateLimit: {} }, schema: { ...schema, summary: 'Ping a heartbeat' } }, async (request) => {
      return heartbeats.ping(request.params.key, undefined);
    });
    app.post('/integrations/heartbeat/:key', {
      config: { access: 'public', rateLimit: {} },
      schema: { ...schema, summary: 'Ping a heartbeat; an Alertmanager webhook counts only when it holds a firing alert (point an always-firing Watchdog route here)' },
    }, async (request) => heartbeats.ping(request.params.key, request.body));
  };
}
