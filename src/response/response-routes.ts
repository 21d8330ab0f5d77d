import formbody from '@fastify/formbody';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../access/http-auth.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { VigilError } from '../core/errors.js';
import { escapeHtml, sendLinkPage } from '../http/html-page.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import { readRoleCatalogue } from './role-catalogue.js';
import { UPDATE_STATUSES, type ResponseService } from './response-service.js';
import type { StakeholderService, SubscriberInput, SubscriptionScope } from './stakeholders.js';
import type { Runtime } from '../core/runtime.js';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const tags = ['response'];
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = Type.String({ minLength: 1, maxLength: 128 });

const RoleParams = Type.Object({ ...IncidentRefParams.properties, role: Type.String({ minLength: 1, maxLength: 64, description: 'commander, communications, scribe, or a role configured under incident_roles' }) });
const AssignBody = Type.Object({ user: Type.String({ minLength: 1, maxLength: 128, description: 'The user id of who takes the role' }) }, { additionalProperties: false });

const UpdateStatus = Type.Union(UPDATE_STATUSES.map((s) => Type.Literal(s)));
const Audience = Type.Union([Type.Literal('internal'), Type.Literal('stakeholders')]);
const StatusUpdateBody = Type.Object(
  {
    status: UpdateStatus,
    message: Type.String({ minLength: 1, maxLength: 4_000, description: 'Plain text (at most 4,000 characters); stakeholders get it by email, Slack or Teams' }),
    audience: Audience,
    next_update_in: Type.Optional(Type.String({ minLength: 2, maxLength: 16, description: 'When the next update will come instead of one update interval from now: 1m to twice the severity\'s update_every (e.g. 30m)' })),
  },
  { additionalProperties: false },
);
const StatusUpdateSchema = Type.Object({
  id: Type.String(),
  status: UpdateStatus,
  audience: Audience,
  message: Type.String(),
  author: Type.String(),
  posted_at: Timestamp,
  next_update_at: Nullable(Timestamp),
});

const HandoffSchema = Type.Object({
  markdown: Type.String({ description: 'The hand-off as Markdown, "Next steps needed" left empty for the sender to fill' }),
  sections: Type.Object({
    incident: Type.String(),
    started: Type.String(),
    impact: Type.String(),
    tried: Type.Array(Type.String(), { description: 'The last 20 things tried (notes, steps, escalations, reassignments, severity changes), oldest first' }),
    tried_earlier: Type.Integer({ description: 'How many earlier ones are left out' }),
    current_state: Type.Array(Type.String()),
    evidence: Type.Array(Type.String()),
    next_steps: Type.String(),
  }),
});

const SubscribeBody = Type.Object(
  {
    user: Type.Optional(Id),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 320 })),
    slack: Type.Optional(Type.String({ minLength: 8, maxLength: 2_048, description: "A Slack channel's incoming-webhook URL" })),
    teams: Type.Optional(Type.String({ minLength: 8, maxLength: 2_048, description: "A Teams channel's workflow or webhook URL" })),
  },
  { additionalProperties: false, description: 'Exactly one of user, email, slack, teams' },
);
const SubscriptionSchema = Type.Object({
  id: Type.String(),
  scope: Type.Union([Type.Literal('incident'), Type.Literal('service')]),
  scope_id: Type.String(),
  kind: Type.Union([Type.Literal('user'), Type.Literal('email'), Type.Literal('slack'), Type.Literal('teams')]),
  user: Nullable(Type.String()),
  address: Nullable(Type.String()),
  state: Type.Union([Type.Literal('active'), Type.Literal('pending')], { description: 'pending: an outside address that has not confirmed yet' }),
  created_by: Type.String(),
  created_at: Timestamp,
});
const RoleTypeSchema = Type.Object({ id: Type.String(), name: Type.String(), description: Nullable(Type.String()) });

function subscriberOf(body: { user?: string; email?: string; slack?: string; teams?: string }): SubscriberInput {
  const given = (['user', 'email', 'slack', 'teams'] as const).filter((k) => body[k] !== undefined);
  if (given.length !== 1) {
    const message = given.length === 0 ? 'name who subscribes: one of user, email, slack, teams' : `name one subscriber, not ${given.join(' and ')}`;
    throw new VigilError('VIGIL_VALIDATION_FAILED', message, [{ path: '/', message }]);
  }
  const kind = given[0]!;
  return kind === 'user' ? { kind, userId: body.user! } : { kind, address: body[kind]! };
}

export function responseRoutes(response: ResponseService, stakeholders: StakeholderService, runtime: Runtime): FastifyPluginAsyncTypebox {
  return async (app) => {
    const incident = Type.Ref('Incident');

    app.get('/incident-roles', {
      config: { access: 'read' },
      schema: { tags, summary: 'The incident roles (commander, communications, scribe unless vigil.yaml configures others)', response: { 200: Type.Object({ roles: Type.Array(RoleTypeSchema) }), ...errors } },
    }, async () => ({ roles: await readRoleCatalogue(runtime.database.db) }));

    app.put('/incidents/:ref/roles/:role', {
      config: { access: 'write' },
      schema: { tags, summary: 'Give an incident role to someone; they are notified through their contact methods', params: RoleParams, body: AssignBody, response: { 200: incident, ...errors } },
    }, async (request) => response.assignRole(request.params.ref, request.params.role, request.body.user, principalOf(request).actor));

    app.delete('/incidents/:ref/roles/:role', {
      config: { access: 'write' },
      schema: { tags, summary: 'Clear an incident role', params: RoleParams, response: { 200: incident, ...errors } },
    }, async (request) => response.clearRole(request.params.ref, request.params.role, principalOf(request).actor));

    app.get('/incidents/:ref/status-updates', {
      config: { access: 'read' },
      schema: { tags, summary: "An incident's status updates, newest first", params: IncidentRefParams, response: { 200: Type.Object({ status_updates: Type.Array(StatusUpdateSchema) }), ...errors } },
    }, async (request) => ({ status_updates: await response.listUpdates(request.params.ref) }));

    app.post('/incidents/:ref/status-updates', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Post a status update: the next one falls due an update interval later; stakeholder updates go to subscribers',
        params: IncidentRefParams,
        body: StatusUpdateBody,
        response: { 201: StatusUpdateSchema, ...errors },
      },
    }, async (request, reply) => {
      const body = request.body;
      let nextInMs: number | undefined;
      if (body.next_update_in !== undefined) {
        nextInMs = parseDuration(body.next_update_in);
        if (nextInMs === undefined) throw new VigilError('VIGIL_VALIDATION_FAILED', `next_update_in "${body.next_update_in}" is not a duration: ${DURATION_HINT}`, [{ path: '/next_update_in', message: 'not a duration' }]);
      }
      const update = await response.postUpdate(request.params.ref, { status: body.status, message: body.message, audience: body.audience, ...(nextInMs === undefined ? {} : { nextInMs }) }, principalOf(request).actor);
      return reply.status(201).send(update);
    });

    app.get('/incidents/:ref/handoff', {
      config: { access: 'read' },
      schema: { tags, summary: 'A generated escalation hand-off, recomputed on each call; send it edited with POST …/escalate', params: IncidentRefParams, response: { 200: HandoffSchema, ...errors } },
    }, async (request) => {
      const { markdown, sections } = await response.handoff(request.params.ref);
      return { markdown, sections: { ...sections, tried: [...sections.tried], current_state: [...sections.current_state], evidence: [...sections.evidence] } };
    });

    const scopes: readonly [SubscriptionScope, string, typeof IncidentRefParams | ReturnType<typeof serviceParams>][] = [
      ['incident', '/incidents/:ref/subscriptions', IncidentRefParams],
      ['service', '/services/:id/subscriptions', serviceParams()],
    ];
    for (const [scope, url, params] of scopes) {
      const refOf = (p: unknown) => (scope === 'incident' ? (p as { ref: string }).ref : (p as { id: string }).id);
      app.get(url, {
        config: { access: 'read' },
        schema: { tags, summary: `Who gets stakeholder updates on ${scope === 'incident' ? 'this incident' : "this service's incidents"}`, params, response: { 200: Type.Object({ subscriptions: Type.Array(SubscriptionSchema) }), ...errors } },
      }, async (request) => ({ subscriptions: await stakeholders.list(scope, await stakeholders.scopeId(scope, refOf(request.params))) }));

      app.post(url, {
        config: { access: 'read' },
        schema: {
          tags,
          summary: `Subscribe to stakeholder updates on ${scope === 'incident' ? 'this incident' : "this service's incidents"}`,
          description: 'Anyone may subscribe themself ({ "user": "<own id>" }); others, email addresses, Slack and Teams webhooks need the responder role. An email address stays pending until its owner follows the confirmation link mailed to it, unless an admin adds it. 201 when new, 200 when it already was.',
          params,
          body: SubscribeBody,
          response: { 200: SubscriptionSchema, 201: SubscriptionSchema, ...errors },
        },
      }, async (request, reply) => {
        const principal = principalOf(request);
        const scopeId = await stakeholders.scopeId(scope, refOf(request.params));
        const { subscription, created } = await stakeholders.subscribe(scope, scopeId, subscriberOf(request.body), { actor: principal.actor, userId: principal.userId, role: principal.role });
        return reply.status(created ? 201 : 200).send(subscription);
      });
    }

    app.delete('/subscriptions/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'Remove a stakeholder subscription (your own, or any as a responder)', params: Type.Object({ id: Id }), response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      const principal = principalOf(request);
      await stakeholders.remove(request.params.id, { actor: principal.actor, userId: principal.userId, role: principal.role });
      return reply.status(204).send(null);
    });
  };
}

function serviceParams() {
  return Type.Object({ id: Id });
}

/** Largest body the confirm and unsubscribe forms' POST accepts: they post no fields. */
const LINK_FORM_BODY_LIMIT = 16 * 1024;


const LINK_WORDS = {
  confirm: { ask: 'Receive status updates?', verb: 'Confirm', done: 'Subscribed', doneText: 'You will receive status updates. Each message carries a link to stop them.' },
  unsubscribe: { ask: 'Stop status updates?', verb: 'Unsubscribe', done: 'Unsubscribed', doneText: 'You will receive no more status updates from this subscription.' },
} as const;

/**
 * The confirm and unsubscribe links in stakeholder mail, usable without signing in: GET shows
 * a page with one button, only its POST acts, so mail scanners that fetch every link change nothing.
 */
export function stakeholderLinkRoutes(stakeholders: StakeholderService) {
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(formbody, { bodyLimit: LINK_FORM_BODY_LIMIT });
    for (const purpose of ['confirm', 'unsubscribe'] as const) {
      const words = LINK_WORDS[purpose];
      const url = `/stakeholders/${purpose}/:id`;
      const describe = (s: { scope: string; scope_id: string; address: string | null; user: string | null }) =>
        `<p>${escapeHtml(s.address ?? s.user ?? '')}: updates on ${s.scope === 'incident' ? 'an incident' : `service ${escapeHtml(s.scope_id)}`}.</p>`;
      app.get<{ Params: { id: string }; Querystring: { token?: string } }>(url, { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
        try {
          const subscription = await stakeholders.byLink(purpose, request.params.id, String(request.query.token ?? ''));
          return sendLinkPage(reply, 200, words.ask, `${describe(subscription)}<form method="post"><button type="submit">${words.verb}</button></form>`);
        } catch (error) {
          if (error instanceof VigilError && error.code === 'VIGIL_SUBSCRIPTION_NOT_FOUND') return sendLinkPage(reply, 404, 'Link not valid', `<p>${escapeHtml(error.message)}</p>`);
          throw error;
        }
      });
      app.post<{ Params: { id: string }; Querystring: { token?: string } }>(url, { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
        try {
          const subscription = await stakeholders.followLink(purpose, request.params.id, String(request.query.token ?? ''));
          return sendLinkPage(reply, 200, words.done, `${describe(subscription)}<p>${words.doneText}</p>`);
        } catch (error) {
          if (error instanceof VigilError && error.code === 'VIGIL_SUBSCRIPTION_NOT_FOUND') return sendLinkPage(reply, 404, 'Link not valid', `<p>${escapeHtml(error.message)}</p>`);
          throw error;
        }
      });
    }
  };
}
