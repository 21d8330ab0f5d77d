import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../access/http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import { VigilError } from '../core/errors.js';
import { INCIDENT_STATUSES } from './status-machine.js';
import { IncidentRefParams } from './incident-ref.js';
import type { IncidentService } from './incident-service.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const TimelineEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Timestamp,
  kind: Type.String(),
  actor: Type.String(),
  message: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});

/** Shared as `Incident`: added once at the app's root so every slice can refer to it. */
export const IncidentSchema = Type.Object(
  {
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    description: Nullable(Type.String()),
    status: Type.Union(INCIDENT_STATUSES.map((s) => Type.Literal(s))),
    severity: Type.Object({ id: Type.String(), name: Type.String() }),
    urgency: Type.Union([Type.Literal('high'), Type.Literal('low')]),
    service: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
    commander: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
    team: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], { description: "The team that owns the incident's service" }),
    created_by: Type.String(),
    triggered_at: Timestamp,
    acknowledged_at: Nullable(Timestamp),
    first_acknowledged_at: Nullable(Timestamp),
    resolved_at: Nullable(Timestamp),
    updated_at: Timestamp,
    response: Type.Object({
      respond_within_seconds: Type.Integer(),
      respond_by: Timestamp,
      responded_at: Nullable(Timestamp),
      state: Type.Union([Type.Literal('met'), Type.Literal('breached'), Type.Literal('pending')]),
      met: Type.Union([Type.Boolean(), Type.Null()]),
    }),
    escalation: Type.Object({
      policy: Nullable(Type.String({ description: 'The escalation policy in effect: the one set on the incident, else its service\'s' })),
      source: Type.Union([Type.Literal('incident'), Type.Literal('service'), Type.Null()], { description: 'Where the policy comes from: set on the incident (a hand-off), or its service\'s; null when there is none' }),
      round: Type.Integer(),
      level: Type.Integer(),
      next: Type.Union([Type.Object({ at: Timestamp, round: Type.Integer(), level: Type.Integer() }), Type.Null()], {
        description: 'The step escalation waits for: this level is paged at `at` unless someone responds first; null when nothing is pending (acknowledged, resolved, exhausted)',
      }),
    }),
    timeline: Type.Optional(Type.Array(TimelineEntrySchema)),
  },
  { $id: 'Incident' },
);


const Title = Type.String({ minLength: 1, maxLength: 1024 });
const Text = Type.String({ minLength: 1, maxLength: 10_000 });
const Id = Type.String({ minLength: 1, maxLength: 128 });

const DeclareBody = Type.Object(
  {
    title: Title,
    description: Type.Optional(Type.Union([Type.String({ maxLength: 10_000 }), Type.Null()])),
    service: Type.Optional(Type.Union([Id, Type.Null()])),
    severity: Type.Optional(Id),
    commander: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
);

const TransitionBody = Type.Optional(Type.Object({ note: Type.Optional(Text) }, { additionalProperties: false }));
const NoteBody = Type.Object({ text: Text }, { additionalProperties: false });
const SeverityBody = Type.Object({ severity: Id, reason: Type.Optional(Text) }, { additionalProperties: false });
const CommanderBody = Type.Object({ commander: Type.Union([Id, Type.Null()]) }, { additionalProperties: false });

const CsvOrList = (item: ReturnType<typeof Type.String>) => Type.Optional(Type.Array(item, { maxItems: 50 }));

const ListQuery = Type.Object(
  {
    status: CsvOrList(Type.String({ description: `${INCIDENT_STATUSES.join(', ')}; repeat or comma-separate` })),
    service: CsvOrList(Id),
    severity: CsvOrList(Id),
    since: Type.Optional(Timestamp),
    until: Type.Optional(Timestamp),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

const IncidentPage = Type.Object({ incidents: Type.Array(Type.Ref('Incident')), next_cursor: Type.Union([Type.String(), Type.Null()]) });

/** `?status=triggered,acknowledged` and `?status=triggered&status=acknowledged` mean the same. */
function splitCommas(values: readonly string[] | undefined): string[] | undefined {
  return values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function instant(text: string | undefined, field: string): number | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new VigilError('VIGIL_VALIDATION_FAILED', `${field} is not a valid date-time`, [{ path: `query.${field}`, message: 'not a date-time' }]);
  return ms;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

export function incidentRoutes(incidents: IncidentService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['incidents'];
    const incident = Type.Ref('Incident');

    app.get('/incidents', {
      config: { access: 'read' },
      schema: { tags, summary: 'List incidents, newest first', querystring: ListQuery, response: { 200: IncidentPage, ...errors } },
    }, async (request) => {
      const q = request.query;
      const statuses = splitCommas(q.status);
      const invalid = statuses?.find((s) => !(INCIDENT_STATUSES as readonly string[]).includes(s));
      if (invalid) throw new VigilError('VIGIL_VALIDATION_FAILED', `unknown status "${invalid}"; use ${INCIDENT_STATUSES.join(', ')}`, [{ path: 'query.status', message: `must be one of ${INCIDENT_STATUSES.join(', ')}` }]);
      const page = await incidents.list(
        {
          statuses: statuses as typeof INCIDENT_STATUSES[number][] | undefined,
          serviceIds: splitCommas(q.service),
          severityIds: splitCommas(q.severity),
          since: instant(q.since, 'since'),
          until: instant(q.until, 'until'),
          text: q.q,
        },
        { limit: q.limit, ...(q.cursor ? { cursor: q.cursor } : {}) },
      );
      return { incidents: page.incidents, next_cursor: page.nextCursor };
    });

    app.post('/incidents', {
      config: { access: 'write' },
      schema: { tags, summary: 'Declare an incident', body: DeclareBody, response: { 201: incident, ...errors } },
    }, async (request, reply) => {
      const body = request.body;
      const view = await incidents.declare(
        {
          title: body.title,
          description: body.description ?? null,
          serviceId: body.service ?? null,
          ...(body.severity ? { severityId: body.severity } : {}),
          commanderId: body.commander ?? null,
        },
        principalOf(request).actor,
      );
      return reply.status(201).header('location', `/api/v1/incidents/${view.number}`).send(view);
    });

    app.get('/incidents/:ref', {
      config: { access: 'read' },
      schema: { tags, summary: 'An incident with its timeline', params: IncidentRefParams, response: { 200: incident, ...errors } },
    }, async (request) => incidents.get(request.params.ref));

    const transitions = [
      ['acknowledge', 'Acknowledge: someone is on it', (ref: string, actor: string, note?: string) => incidents.acknowledge(ref, actor, note)],
      ['unacknowledge', 'Un-acknowledge: back to triggered', (ref: string, actor: string, note?: string) => incidents.unacknowledge(ref, actor, note)],
      ['resolve', 'Resolve', (ref: string, actor: string, note?: string) => incidents.resolve(ref, actor, note)],
      ['reopen', 'Reopen a resolved incident', (ref: string, actor: string, note?: string) => incidents.reopen(ref, actor, note)],
    ] as const;
    for (const [action, summary, run] of transitions) {
      app.post(`/incidents/:ref/${action}`, {
        config: { access: 'write' },
        // The body is optional (`curl -X POST …/acknowledge` is enough); validate an empty one.
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: { tags, summary, params: IncidentRefParams, body: TransitionBody, response: { 200: incident, ...errors } },
      }, async (request) => run(request.params.ref, principalOf(request).actor, request.body?.note));
    }

    app.post('/incidents/:ref/notes', {
      config: { access: 'write' },
      schema: { tags, summary: 'Add a note to the timeline', params: IncidentRefParams, body: NoteBody, response: { 201: incident, ...errors } },
    }, async (request, reply) => reply.status(201).send(await incidents.addNote(request.params.ref, principalOf(request).actor, request.body.text)));

    app.put('/incidents/:ref/severity', {
      config: { access: 'write' },
      schema: { tags, summary: 'Change the severity', params: IncidentRefParams, body: SeverityBody, response: { 200: incident, ...errors } },
    }, async (request) => incidents.changeSeverity(request.params.ref, request.body.severity, principalOf(request).actor, request.body.reason));

    app.put('/incidents/:ref/commander', {
      config: { access: 'write' },
      schema: { tags, summary: 'Set or clear the incident commander', params: IncidentRefParams, body: CommanderBody, response: { 200: incident, ...errors } },
    }, async (request) => incidents.setCommander(request.params.ref, request.body.commander, principalOf(request).actor));
  };
}

export type DeclareIncidentBody = Static<typeof DeclareBody>;
