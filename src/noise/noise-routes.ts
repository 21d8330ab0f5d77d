import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../access/http-auth.js';
import { serviceScopedOwnership } from '../access/roles.js';
import { matcherProblems, MatcherListSchema, MatcherSchema } from '../alerts/matchers.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { invalidField } from '../core/errors.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import type { MaintenanceService, WindowInput } from './maintenance.js';
import { MAX_SILENCE_MS } from './silence-rules.js';
import { endFrom, PREVIEW_WINDOW_MS, type GivenEnd, type SilenceService } from './silences.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const ServiceList = Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { maxItems: 100 });

const Silence = Type.Object({
  id: Type.String(),
  state: Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('expired')], { description: 'pending: starts later; active: holds matching alerts now; expired: ended (at ends_at, or early)' }),
  matchers: Type.Array(MatcherSchema),
  services: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'The services whose alerts it holds; null: every service' }),
  starts_at: Timestamp,
  ends_at: Timestamp,
  comment: Type.String(),
  created_by: Type.String(),
  created_at: Timestamp,
  expired_by: Nullable(Type.String({ description: 'Who ended it early' })),
  expired_at: Nullable(Timestamp),
});
const SilenceBody = Type.Object(
  {
    matchers: MatcherListSchema,
    starts_at: Type.Optional(Timestamp),
    ends_at: Type.Optional(Timestamp),
    duration: Type.Optional(Type.String({ minLength: 2, maxLength: 20, description: `Instead of ends_at: how long from starts_at; ${DURATION_HINT}` })),
    comment: Type.String({ minLength: 1, maxLength: 1000, description: 'Why: shown on every alert it holds' }),
    services: Type.Optional(Type.Union([ServiceList, Type.Null()])),
  },
  { additionalProperties: false },
);
const SilencePatch = Type.Object(
  {
    ends_at: Type.Optional(Timestamp),
    duration: Type.Optional(Type.String({ minLength: 2, maxLength: 20, description: `Instead of ends_at: how long from starts_at; ${DURATION_HINT}` })),
    comment: Type.Optional(SilenceBody.properties.comment),
  },
  { additionalProperties: false, minProperties: 1 },
);
const PreviewBody = Type.Object({ matchers: MatcherListSchema, services: Type.Optional(Type.Union([ServiceList, Type.Null()])) }, { additionalProperties: false });
const Preview = Type.Object({
  matching: Type.Integer({ description: 'Alerts seen in the last 24 hours that meet every matcher' }),
  scanned: Type.Integer({ description: 'Alerts read (the latest 10,000 of the last 24 hours)' }),
  since: Timestamp,
  examples: Type.Array(Type.Object({ id: Type.String(), service: Type.String(), summary: Type.String(), last_seen_at: Timestamp })),
});
const IncidentSilenceBody = Type.Object(
  {
    duration: Type.String({ minLength: 2, maxLength: 20, description: `How long from now, such as 2h; ${DURATION_HINT}` }),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    dry_run: Type.Optional(Type.Boolean({ description: 'Answer the silence it would make, with a preview, and make nothing' })),
  },
  { additionalProperties: false },
);
const Proposal = Type.Object({
  silence: Type.Object({ matchers: Type.Array(MatcherSchema), services: Type.Union([Type.Array(Type.String()), Type.Null()]), starts_at: Timestamp, ends_at: Timestamp, comment: Type.String() }),
  preview: Preview,
});
const SilenceListQuery = Type.Object({
  state: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('pending'), Type.Literal('expired')], { default: 'active' })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
const SilenceParams = Type.Object({ id: Type.String({ pattern: '^sil_[0-9a-f]{32}$', description: 'The silence id (sil_…)' }) });

const Occurrence = Type.Object({ ref: Type.String({ description: 'The hold reference alerts held by it carry: <window id>:<start ms>' }), starts_at: Timestamp, ends_at: Timestamp });
const Window = Type.Object({
  id: Type.String(),
  state: Type.Union([Type.Literal('active'), Type.Literal('scheduled'), Type.Literal('ended')]),
  services: Type.Array(Type.String()),
  starts_at: Timestamp,
  ends_at: Timestamp,
  reason: Type.String(),
  repeat: Type.Union([Type.Literal('weekly'), Type.Null()]),
  time_zone: Type.String(),
  pause_open: Type.Boolean({ description: 'Its occurrences pause the escalation of open incidents of its services, and resume it at their end' }),
  managed_by: Type.Union([Type.Literal('api'), Type.Literal('config')], { description: 'config: vigil.yaml defines it (change it there)' }),
  created_by: Type.String(),
  created_at: Timestamp,
  updated_at: Timestamp,
  current_occurrence: Type.Union([Occurrence, Type.Null()]),
  next_occurrence: Type.Union([Occurrence, Type.Null()]),
});
const WindowFields = {
  services: Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { minItems: 1, maxItems: 100, description: 'The services it quiets' }),
  starts_at: Type.Optional(Timestamp),
  ends_at: Type.Optional(Timestamp),
  duration: Type.Optional(Type.String({ minLength: 2, maxLength: 20, description: `Instead of ends_at: how long each occurrence lasts; ${DURATION_HINT}` })),
  reason: Type.String({ minLength: 1, maxLength: 1000 }),
  repeat: Type.Optional(Type.Union([Type.Literal('weekly'), Type.Null()], { description: 'weekly: again every week at the same wall-clock time in time_zone' })),
  time_zone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone a weekly window keeps its time in (default UTC)' })),
  pause_open: Type.Optional(Type.Boolean({ description: 'Pause the escalation of incidents already open (default false: they keep escalating)' })),
};
const WindowBody = Type.Object(WindowFields, { additionalProperties: false });
const WindowPatch = Type.Object({
  services: Type.Optional(WindowFields.services),
  starts_at: WindowFields.starts_at,
  ends_at: WindowFields.ends_at,
  duration: WindowFields.duration,
  reason: Type.Optional(WindowFields.reason),
  repeat: WindowFields.repeat,
  time_zone: WindowFields.time_zone,
  pause_open: WindowFields.pause_open,
}, { additionalProperties: false });
const WindowParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80, pattern: '^mw_[A-Za-z0-9._-]+$', description: 'The window id (mw_…)' }) });
const WindowListQuery = Type.Object({
  service: Type.Optional(Type.String({ maxLength: 128 })),
  state: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('scheduled'), Type.Literal('ended')])),
});
const ServiceParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
const ServiceMaintenance = Type.Object({
  service: Type.String(),
  in_maintenance: Type.Boolean(),
  active: Type.Array(Type.String(), { description: 'The windows in force now' }),
  windows: Type.Array(Window),
});

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

function durationOf(text: string, path: string, max: number): number {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) throw invalidField(path, `"${text}" is not a positive duration; ${DURATION_HINT}`);
  if (ms > max) throw invalidField(path, `"${text}" is longer than ${Math.round(max / 86_400_000)} days`);
  return ms;
}

function instant(text: string): number {
  return Date.parse(text);
}

/** The end asked for by ends_at or duration (one of them, not both), or undefined when neither is given. */
function givenEnd(body: { ends_at?: string; duration?: string }, max: number): GivenEnd | undefined {
  if (body.ends_at !== undefined && body.duration !== undefined) throw invalidField('body.duration', 'give ends_at or duration, not both');
  if (body.ends_at !== undefined) return { at: instant(body.ends_at) };
  if (body.duration !== undefined) return { after: durationOf(body.duration, 'body.duration', max) };
  return undefined;
}

/** The end from ends_at or duration (one of them, not both). */
function endOf(body: { ends_at?: string; duration?: string }, startsAt: number, max: number, required: boolean): number | undefined {
  const end = givenEnd(body, max);
  if (end !== undefined) return endFrom(end, startsAt);
  if (required) throw invalidField('body.ends_at', 'is required (or give a duration, such as "2h")');
  return undefined;
}

function windowInput(body: Static<typeof WindowBody>, now: number): WindowInput {
  const startsAt = body.starts_at === undefined ? now : instant(body.starts_at);
  return {
    services: body.services,
    startsAt,
    endsAt: endOf(body, startsAt, 366 * 86_400_000, true)!,
    reason: body.reason,
    repeat: body.repeat ?? null,
    timeZone: body.time_zone ?? 'UTC',
    pauseOpen: body.pause_open ?? false,
  };
}

/**
 * Silences (any responder, as Alertmanager) and maintenance windows (members of the teams of
 * their services), and the maintenance state of a service.
 */
export function noiseRoutes(silences: SilenceService, maintenance: MaintenanceService, teamsOfServices: (ids: readonly string[]) => Promise<(string | null)[]>, now: () => number): FastifyPluginAsyncTypebox {
  const { creating, existing, replacing } = serviceScopedOwnership((id) => maintenance.teamsOf(id), teamsOfServices);

  return async (app) => {
    const tags = ['silences'];

    app.get('/silences', {
      config: { access: 'read' },
      schema: { tags, summary: 'Silences in one state (active by default): active by end, pending by start, expired latest first', querystring: SilenceListQuery, response: { 200: Type.Object({ silences: Type.Array(Silence), next_cursor: Nullable(Type.String()) }), ...errors } },
    }, async (request) => silences.list({ ...(request.query.state ? { state: request.query.state } : {}), ...(request.query.cursor ? { cursor: request.query.cursor } : {}), ...(request.query.limit ? { limit: request.query.limit } : {}) }));

    app.post('/silences', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Silence alerts: those meeting every matcher, arriving between starts_at and ends_at, are recorded as suppressed and open and page nothing',
        description: 'starts_at defaults to now; give ends_at or a duration. A silence must have a matcher that an alert without that field fails (Alertmanager\'s rule), else 422: it would hold every alert. At most 20 matchers and 366 days. Alerts still firing when it ends open their incidents then.',
        body: SilenceBody,
        response: { 201: Silence, ...errors },
      },
    }, async (request, reply) => {
      const startsAt = request.body.starts_at === undefined ? now() : instant(request.body.starts_at);
      const endsAt = endOf(request.body, startsAt, MAX_SILENCE_MS, true)!;
      const view = await silences.create({ matchers: request.body.matchers, services: request.body.services ?? null, startsAt, endsAt, comment: request.body.comment }, actorOf(request));
      return reply.status(201).header('location', `/api/v1/silences/${view.id}`).send(view);
    });

    app.post('/silences/preview', {
      config: { access: 'read' },
      schema: { tags, summary: `How many alerts of the last ${PREVIEW_WINDOW_MS / 3_600_000} hours these matchers would have held; makes nothing`, body: PreviewBody, response: { 200: Preview, ...errors } },
    }, async (request) => {
      const problems = matcherProblems(request.body.matchers);
      if (problems.length > 0) throw invalidField(['body.matchers', ...problems[0]!.path].join('.'), problems[0]!.message);
      return silences.preview(request.body.matchers, request.body.services ?? null);
    });

    app.get('/silences/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'A silence', params: SilenceParams, response: { 200: Silence, ...errors } },
    }, async (request) => silences.get(request.params.id));

    app.delete('/silences/:id', {
      config: { access: 'write' },
      schema: { tags, summary: 'Expire a silence now: the alerts it holds and still firing open their incidents; the silence is kept as expired', params: SilenceParams, response: { 200: Silence, ...errors } },
    }, async (request) => silences.expire(request.params.id, actorOf(request)));

    app.patch('/silences/:id', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Extend a silence or end it later or sooner, or rewrite its comment; what it matches stays',
        description: 'Give ends_at or a duration from starts_at, and/or comment. The new end must be in the future (to end it now, DELETE it) and at most 366 days after its start. An ended silence answers 409: make a new one. To match other alerts, make a new silence and expire this one.',
        params: SilenceParams,
        body: SilencePatch,
        response: { 200: Silence, ...errors },
      },
    }, async (request) => {
      const end = givenEnd(request.body, MAX_SILENCE_MS);
      return silences.change(request.params.id, { ...(end === undefined ? {} : { end }), ...(request.body.comment === undefined ? {} : { comment: request.body.comment }) }, actorOf(request));
    });

    app.post('/incidents/:ref/silence', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Silence alerts like this incident\'s: "=" on every label all its alerts share, on its service, from now for the duration',
        description: 'With dry_run, answers the silence it would make and a preview, and makes nothing: the console\'s form starts from it.',
        params: IncidentRefParams,
        body: IncidentSilenceBody,
        response: { 200: Proposal, 201: Silence, ...errors },
      },
    }, async (request, reply) => {
      const duration = durationOf(request.body.duration, 'body.duration', MAX_SILENCE_MS);
      const { input } = await silences.proposalFor(request.params.ref, duration, request.body.comment);
      if (request.body.dry_run) {
        const preview = await silences.preview(input.matchers, input.services);
        return reply.status(200).send({
          silence: { matchers: [...input.matchers], services: input.services === null ? null : [...input.services], starts_at: new Date(input.startsAt).toISOString(), ends_at: new Date(input.endsAt).toISOString(), comment: input.comment },
          preview,
        });
      }
      const view = await silences.create(input, actorOf(request));
      return reply.status(201).header('location', `/api/v1/silences/${view.id}`).send(view);
    });

    const windowTags = ['maintenance'];

    app.get('/maintenance-windows', {
      config: { access: 'read' },
      schema: { tags: windowTags, summary: 'Maintenance windows, by start, with their current and next occurrence', querystring: WindowListQuery, response: { 200: Type.Object({ maintenance_windows: Type.Array(Window) }), ...errors } },
    }, async (request) => ({ maintenance_windows: await maintenance.list({ ...(request.query.service ? { service: request.query.service } : {}), ...(request.query.state ? { state: request.query.state } : {}) }) }));

    app.post('/maintenance-windows', {
      config: { access: { team: creating, as: 'member' } },
      schema: {
        tags: windowTags,
        summary: 'Put services in maintenance: their alerts are recorded and held, nothing pages (members of the teams of its services)',
        description: 'starts_at omitted: now. Give ends_at or duration. repeat weekly: every week at the same wall-clock time in time_zone. pause_open: incidents already open stop escalating until it ends (default: they keep escalating).',
        body: WindowBody,
        response: { 201: Window, ...errors },
      },
    }, async (request, reply) => {
      const view = await maintenance.create(windowInput(request.body, now()), actorOf(request));
      return reply.status(201).header('location', `/api/v1/maintenance-windows/${view.id}`).send(view);
    });

    app.get('/maintenance-windows/:id', {
      config: { access: 'read' },
      schema: { tags: windowTags, summary: 'A maintenance window', params: WindowParams, response: { 200: Window, ...errors } },
    }, async (request) => maintenance.get(request.params.id));

    app.patch('/maintenance-windows/:id', {
      config: { access: { team: replacing, as: 'member' } },
      schema: {
        tags: windowTags,
        summary: 'Change a maintenance window; a running occurrence ends at the new end (or now, when it no longer covers now)',
        description: 'Windows from vigil.yaml answer 409 VIGIL_MANAGED_BY_CONFIG.',
        params: WindowParams,
        body: WindowPatch,
        response: { 200: Window, ...errors },
      },
    }, async (request) => {
      const body = request.body;
      const current = await maintenance.get(request.params.id);
      const startsAt = body.starts_at === undefined ? instant(current.starts_at) : instant(body.starts_at);
      const endsAt = endOf(body, startsAt, 366 * 86_400_000, false);
      const change: Partial<WindowInput> = {
        ...(body.services === undefined ? {} : { services: body.services }),
        ...(body.starts_at === undefined ? {} : { startsAt }),
        ...(endsAt === undefined ? {} : { endsAt }),
        ...(body.reason === undefined ? {} : { reason: body.reason }),
        ...(body.repeat === undefined ? {} : { repeat: body.repeat }),
        ...(body.time_zone === undefined ? {} : { timeZone: body.time_zone }),
        ...(body.pause_open === undefined ? {} : { pauseOpen: body.pause_open }),
      };
      return maintenance.update(request.params.id, change, actorOf(request));
    });

    app.delete('/maintenance-windows/:id', {
      config: { access: { team: existing, as: 'member' } },
      schema: { tags: windowTags, summary: 'End a maintenance window now (if running: held alerts still firing open their incidents, paused escalation resumes) and delete it', params: WindowParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await maintenance.remove(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });

    app.get('/services/:id/maintenance', {
      config: { access: 'read' },
      schema: { tags: windowTags, summary: 'Whether a service is in maintenance now, and its maintenance windows', params: ServiceParams, response: { 200: ServiceMaintenance, ...errors } },
    }, async (request) => maintenance.forService(request.params.id));
  };
}
