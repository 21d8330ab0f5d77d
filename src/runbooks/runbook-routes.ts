import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, principalOf } from '../access/http-auth.js';
import { serviceScopedOwnership } from '../access/roles.js';
import { MatcherListSchema, MatcherSchema } from '../alerts/matchers.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { invalidField } from '../core/errors.js';
import { ID_PATTERN } from '../core/ids.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import type { RunbookInput, RunbookService } from './runbook-service.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const RunbookId = Type.String({ minLength: 1, maxLength: 63, pattern: ID_PATTERN.source, description: '1–63 letters, digits, ".", "_" or "-", starting with a letter or digit' });
const IdParams = Type.Object({ id: RunbookId });
const VersionParams = Type.Object({ id: RunbookId, version: Type.Integer({ minimum: 1 }) });
const TickParams = Type.Object({ ...IncidentRefParams.properties, id: RunbookId, item_key: Type.String({ minLength: 1, maxLength: 40, description: 'The item\'s key as GET /incidents/{ref}/runbooks gives it' }) });

const RunbookSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  managed_by: Type.Union([Type.Literal('config'), Type.Literal('api')], { description: 'config: vigil.yaml defines it (change it there); api: written through the API or the console' }),
  file: Nullable(Type.String({ description: 'The Markdown file vigil.yaml reads it from' })),
  services: Type.Array(Type.String()),
  match: Type.Array(MatcherSchema),
  version: Type.Integer({ description: 'The current version; every version is kept' }),
  updated_at: Timestamp,
  updated_by: Type.String(),
  reviewed_at: Nullable(Timestamp),
  reviewed_by: Nullable(Type.String()),
  review_after: Type.String({ description: 'How long a review (or a new version) keeps the runbook fresh' }),
  review_due_at: Timestamp,
  stale: Type.Boolean({ description: 'Neither reviewed nor changed within review_after' }),
});
const Runbook = Type.Object({ ...RunbookSummary.properties, body: Type.String({ description: 'Markdown (GitHub flavoured), as written' }) });
const Version = Type.Object({ version: Type.Integer(), sha256: Type.String(), author: Type.String(), at: Timestamp });
const VersionWithBody = Type.Object({ ...Version.properties, body: Type.String() });
const ChecklistItem = Type.Object({
  key: Type.String({ description: 'ordinal-hash: the step in this version of the runbook' }),
  ordinal: Type.Integer(),
  line: Type.Integer({ description: 'Its line in the body, from 1' }),
  text: Type.String(),
  checked: Type.Boolean(),
  checked_by: Nullable(Type.String()),
  checked_at: Nullable(Timestamp),
});
const IncidentRunbook = Type.Object({
  ...Runbook.properties,
  reason: Type.Union(['runbook_url', 'service', 'alerts', 'service_and_alerts'].map((r) => Type.Literal(r)), {
    description: 'runbook_url: an alert names it; service: it is for the incident\'s service; alerts: an alert meets its matchers; service_and_alerts: both',
  }),
  checklist: Type.Array(ChecklistItem),
});
const IncidentRunbooks = Type.Object({
  incident: Type.Integer(),
  runbooks: Type.Array(IncidentRunbook, { description: 'Those its alerts name first, then the matching ones by title' }),
  links: Type.Array(Type.Object({ href: Type.String(), text: Type.String() }), { description: 'runbook_url annotations that name no Vigil runbook (http and https only)' }),
});

const RunbookBody = Type.Object(
  {
    id: Type.Optional(RunbookId),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ description: 'Markdown, at most 256 KiB' }),
    services: Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { maxItems: 100, description: 'The services it is for; none: every service whose alerts meet `match`' }),
    match: MatcherListSchema,
    review_after: Type.Optional(Type.Union([Type.String({ minLength: 2, maxLength: 20, description: `Flag it stale when neither reviewed nor changed for this long (default 90d); ${DURATION_HINT}` }), Type.Null()])),
  },
  { additionalProperties: false },
);
const UpdateBody = Type.Object(
  { title: RunbookBody.properties.title, body: RunbookBody.properties.body, services: RunbookBody.properties.services, match: RunbookBody.properties.match, review_after: RunbookBody.properties.review_after },
  { additionalProperties: false },
);
const TickBody = Type.Object({ checked: Type.Boolean() }, { additionalProperties: false });

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

function inputOf(body: Static<typeof UpdateBody> & { id?: string }): RunbookInput {
  let reviewAfterMs: number | null = null;
  if (body.review_after !== undefined && body.review_after !== null) {
    const ms = parseDuration(body.review_after);
    if (ms === undefined || ms <= 0) throw invalidField('body.review_after', `"${body.review_after}" is not a positive duration; ${DURATION_HINT}`);
    reviewAfterMs = ms;
  }
  return { ...(body.id === undefined ? {} : { id: body.id }), title: body.title, body: body.body, services: body.services, match: body.match, reviewAfterMs };
}

/**
 * Runbooks and an incident's runbooks. Writing one is for the teams of its services (members),
 * and for admins alone when it names no service, as it may then match any team's incident.
 */
export function runbookRoutes(runbooks: RunbookService, teamsOfServices: (ids: readonly string[]) => Promise<(string | null)[]>): FastifyPluginAsyncTypebox {
  const { creating, existing, replacing } = serviceScopedOwnership((id) => runbooks.teamsOf(id), teamsOfServices);

  return async (app) => {
    const tags = ['runbooks'];

    app.get('/runbooks', {
      config: { access: 'read' },
      schema: { tags, summary: 'Every runbook, by title, with when it was last reviewed and whether that is too long ago', response: { 200: Type.Object({ runbooks: Type.Array(RunbookSummary) }), ...errors } },
    }, async () => ({ runbooks: await runbooks.list() }));

    app.post('/runbooks', {
      config: { access: { team: creating, as: 'member' } },
      schema: {
        tags,
        summary: 'Write a runbook (members of the teams of its services; admins for one of no service)',
        description: 'The id is made from the title unless given. Matching: the service is listed (or none are) and one of the incident\'s alerts meets every matcher (or none are set); a runbook with neither matches nothing.',
        body: RunbookBody,
        response: { 201: Runbook, ...errors },
      },
    }, async (request, reply) => {
      const view = await runbooks.create(inputOf(request.body), actorOf(request));
      return reply.status(201).header('location', `/api/v1/runbooks/${encodeURIComponent(view.id)}`).send(view);
    });

    app.get('/runbooks/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'A runbook with its current body', params: IdParams, response: { 200: Runbook, ...errors } },
    }, async (request) => runbooks.get(request.params.id));

    app.put('/runbooks/:id', {
      config: { access: { team: replacing, as: 'member' } },
      schema: {
        tags,
        summary: 'Change a runbook; a changed body is a new version, and every version is kept',
        description: 'Runbooks from vigil.yaml answer 409 VIGIL_MANAGED_BY_CONFIG: change their file and apply it.',
        params: IdParams,
        body: UpdateBody,
        response: { 200: Runbook, ...errors },
      },
    }, async (request) => runbooks.update(request.params.id, inputOf(request.body), actorOf(request)));

    app.delete('/runbooks/:id', {
      config: { access: { team: existing, as: 'member' } },
      schema: { tags, summary: 'Delete a runbook with its versions and the ticks made on it', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await runbooks.remove(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });

    app.post('/runbooks/:id/review', {
      config: { access: { team: existing, as: 'member' } },
      schema: { tags, summary: 'Mark a runbook reviewed: it is still right as it is', params: IdParams, response: { 200: Runbook, ...errors } },
    }, async (request) => runbooks.review(request.params.id, actorOf(request)));

    app.get('/runbooks/:id/versions', {
      config: { access: 'read' },
      schema: { tags, summary: 'Every version of a runbook, newest first, with author and time', params: IdParams, response: { 200: Type.Object({ versions: Type.Array(Version) }), ...errors } },
    }, async (request) => ({ versions: await runbooks.versions(request.params.id) }));

    app.get('/runbooks/:id/versions/:version', {
      config: { access: 'read' },
      schema: { tags, summary: 'One version of a runbook, with its body', params: VersionParams, response: { 200: VersionWithBody, ...errors } },
    }, async (request) => runbooks.version(request.params.id, request.params.version));

    app.get('/incidents/:ref/runbooks', {
      config: { access: 'read' },
      schema: { tags, summary: 'The runbooks for an incident, with their checklists as ticked on it', params: IncidentRefParams, response: { 200: IncidentRunbooks, ...errors } },
    }, async (request) => runbooks.forIncident(request.params.ref));

    app.put('/incidents/:ref/runbooks/:id/checklist/:item_key', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Tick or untick a runbook step on an incident; the timeline records it (the runbook itself is never changed)',
        params: TickParams,
        body: TickBody,
        response: { 200: IncidentRunbooks, ...errors },
      },
    }, async (request) => runbooks.tick(request.params.ref, request.params.id, request.params.item_key, request.body.checked, principalOf(request).actor));
  };
}
