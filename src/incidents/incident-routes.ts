import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../access/http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import { VigilError } from '../core/errors.js';
import { INCIDENT_STATUSES, type IncidentStatus } from './status-machine.js';
import { IncidentRefParams } from './incident-ref.js';
import type { IncidentFilters, IncidentService } from './incident-service.js';

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
    roles: Type.Optional(Type.Array(Type.Object({
      role: Type.String({ description: 'The role\'s id: commander, communications, scribe, or one configured under incident_roles' }),
      name: Type.String(),
      user: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
      assigned_at: Nullable(Timestamp),
    }), { description: 'Every configured incident role and who holds it (the commander is `commander`)' })),
    next_update_due_at: Type.Optional(Nullable(Timestamp)),
    update_state: Type.Optional(Type.Union([Type.Literal('none'), Type.Literal('on_time'), Type.Literal('due'), Type.Literal('late')], {
      description: 'none: no status update expected; on_time: the next is not due yet; due: due now; late: half an update interval past due',
    })),
    maintenance: Type.Optional(Type.Union([Type.Object({ window: Type.String(), reason: Type.String(), ends_at: Timestamp }), Type.Null()], {
      description: 'The maintenance window the incident\'s service is in now (its alerts are held, nothing new pages), or null',
    })),
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

/** The filters the list and its counts share. */
const FilterFields = {
  status: CsvOrList(Type.String({ description: `${INCIDENT_STATUSES.join(', ')}; repeat or comma-separate` })),
  service: CsvOrList(Id),
  severity: CsvOrList(Id),
  team: CsvOrList(Type.String({ minLength: 1, maxLength: 128, description: 'Incidents on services these teams own; repeat or comma-separate' })),
  mine: Type.Optional(Type.Boolean({ description: 'Only the caller\'s incidents: those they command or were paged for. Needs a person (a session or a personal token), not a service token' })),
  since: Type.Optional(Timestamp),
  until: Type.Optional(Timestamp),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
};

const ListQuery = Type.Object(
  {
    ...FilterFields,
    // No schema default: a default makes the parameter required in generated client types.
    order: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('severity')], {
      description: 'newest (when left out): newest first; severity: most severe first, newest first within a severity (what the console shows)',
    })),
    // Pages stay small so every answer is quick and bounded; a list of 1,000 open incidents is
    // ten pages, and the console reads the next while the first is on screen.
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'next_cursor of the previous page, read with the same order and filters' })),
  },
  { additionalProperties: false },
);

const SummaryQuery = Type.Object(FilterFields, { additionalProperties: false });

const IncidentPage = Type.Object({ incidents: Type.Array(Type.Ref('Incident')), next_cursor: Type.Union([Type.String(), Type.Null()]) });

const Count = Type.Integer({ minimum: 0 });
const IncidentSummary = Type.Object({
  total: Type.Integer({ minimum: 0, description: 'Incidents matching every filter' }),
  by_status: Type.Object(
    { triggered: Count, acknowledged: Count, resolved: Count },
    { description: 'Per status, with every filter but status applied: what choosing that status would show' },
  ),
  by_severity: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), rank: Type.Integer(), count: Count }),
    { description: 'Every configured severity, most severe first, with every filter but severity applied' },
  ),
  last_resolved_at: Type.Union([Timestamp, Type.Null()], { description: 'When the last incident matching every filter but status was resolved; null if none was' }),
});

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

    /** The query's filters for the service; `mine` needs a person behind the credentials. */
    const filtersOf = (q: Static<typeof SummaryQuery>, request: FastifyRequest): IncidentFilters => {
      const statuses = splitCommas(q.status);
      const invalid = statuses?.find((s) => !(INCIDENT_STATUSES as readonly string[]).includes(s));
      if (invalid) throw new VigilError('VIGIL_VALIDATION_FAILED', `unknown status "${invalid}"; use ${INCIDENT_STATUSES.join(', ')}`, [{ path: 'query.status', message: `must be one of ${INCIDENT_STATUSES.join(', ')}` }]);
      let involving: string | undefined;
      if (q.mine === true) {
        const principal = principalOf(request);
        if (principal.userId === null) {
          throw new VigilError('VIGIL_VALIDATION_FAILED', `mine means the caller's incidents, and the token "${principal.credentialName}" is no person's; sign in or use a personal token`, [{ path: 'query.mine', message: 'needs a person' }]);
        }
        involving = principal.userId;
      }
      return {
        statuses: statuses as IncidentStatus[] | undefined,
        serviceIds: splitCommas(q.service),
        severityIds: splitCommas(q.severity),
        teamIds: splitCommas(q.team),
        since: instant(q.since, 'since'),
        until: instant(q.until, 'until'),
        text: q.q,
        ...(involving === undefined ? {} : { involving }),
      };
    };

    app.get('/incidents', {
      config: { access: 'read' },
      schema: { tags, summary: 'List incidents, newest or most severe first', querystring: ListQuery, response: { 200: IncidentPage, ...errors } },
    }, async (request) => {
      const q = request.query;
      const page = await incidents.list(filtersOf(q, request), { limit: q.limit, order: q.order ?? 'newest', ...(q.cursor ? { cursor: q.cursor } : {}) });
      return { incidents: page.incidents, next_cursor: page.nextCursor };
    });

    app.get('/incidents/summary', {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Count incidents by status and severity',
        description: 'Takes the filters of `GET /incidents`. Each breakdown leaves out its own filter, so a count says how many choosing it would list.',
        querystring: SummaryQuery,
        response: { 200: IncidentSummary, ...errors },
      },
    }, async (request) => {
      const summary = await incidents.summary(filtersOf(request.query, request));
      return { total: summary.total, by_status: summary.byStatus, by_severity: [...summary.bySeverity], last_resolved_at: summary.lastResolvedAt };
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
