import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { actorOf, principalOf } from '../access/http-auth.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { invalidField } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import { createActionItem, getActionItem, ITEM_STATUSES, listActionItems, updateActionItem, type ItemStatus } from './action-items.js';
import {
  ActionItemListQuery, CreatePostmortemBody, NewActionItemBody, PatchActionItemBody, PatchPostmortemBody, PostmortemListQuery, PostmortemSummarySchema, ReviewBody, SimilarIncidentSchema,
} from './learning-schemas.js';
import { POSTMORTEM_STATUSES, PostmortemService, type PostmortemStatus, type Principal } from './postmortem-store.js';
import { similarIncidents } from './similar-store.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

function splitList<T extends string>(text: string | undefined, allowed: readonly T[], path: string): T[] | undefined {
  if (text === undefined) return undefined;
  const values = text.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const wrong = values.find((v) => !(allowed as readonly string[]).includes(v));
  if (wrong !== undefined) throw invalidField(path, `has "${wrong}"; use ${allowed.join(', ')}`);
  return values as T[];
}

function who(request: FastifyRequest): Principal {
  const principal = principalOf(request);
  return { actor: principal.actor, role: principal.role, userId: principal.userId, sourceIp: actorOf(request).sourceIp };
}

/** Wants the Markdown export rather than JSON: `Accept: text/markdown` preferred over JSON. */
function wantsMarkdown(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\btext\/markdown\b/i.test(accept) && !/^\s*application\/json/i.test(accept);
}

export function learningRoutes(runtime: Runtime, dialect: SqlDialect): FastifyPluginAsyncTypebox {
  const db = runtime.database.db;
  const postmortems = new PostmortemService(db, dialect, runtime.clock);
  return async (app) => {
    const pmTags = ['postmortems'];
    const postmortem = Type.Ref('Postmortem');
    const actionItem = Type.Ref('ActionItem');

    app.post('/incidents/:ref/postmortem', {
      config: { access: 'write' },
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags: pmTags,
        summary: 'Draft a postmortem from a resolved incident (and merged ones), its facts and key timeline filled in',
        description: 'One postmortem per incident: a second is refused with 409 naming the first.',
        params: IncidentRefParams,
        body: CreatePostmortemBody,
        response: { 201: postmortem, ...errors },
      },
    }, async (request, reply) => {
      const view = await postmortems.create(request.params.ref, request.body ?? {}, who(request));
      return reply.status(201).header('location', `/api/v1/postmortems/${view.id}`).send(view);
    });

    app.get('/postmortems', {
      config: { access: 'read' },
      schema: { tags: pmTags, summary: 'Postmortems, newest first', querystring: PostmortemListQuery, response: { 200: Type.Object({ postmortems: Type.Array(PostmortemSummarySchema) }), ...errors } },
    }, async (request) => {
      const q = request.query;
      const statuses = splitList<PostmortemStatus>(q.status, POSTMORTEM_STATUSES, 'query.status');
      return { postmortems: (await postmortems.list({ ...(statuses ? { statuses } : {}), ...(q.team ? { team: q.team } : {}), ...(q.service ? { service: q.service } : {}), ...(q.owner ? { owner: q.owner } : {}), ...(q.incident ? { incident: q.incident } : {}) })).map((p) => ({ ...p, incidents: [...p.incidents] })) };
    });

    app.get('/postmortems/:id', {
      config: { access: 'read' },
      schema: {
        tags: pmTags,
        summary: 'A postmortem; with `Accept: text/markdown`, its export in the guide\'s template',
        params: IdParams,
        produces: ['application/json', 'text/markdown'],
        response: {
          200: {
            description: 'The postmortem, or its Markdown export',
            content: {
              'application/json': { schema: postmortem },
              'text/markdown': { schema: Type.String({ description: 'Byte-stable Markdown: the same postmortem always exports the same bytes' }) },
            },
          },
          ...errors,
        },
      },
    }, async (request, reply) => {
      if (wantsMarkdown(request)) {
        const markdown = await postmortems.markdown(request.params.id);
        return reply.type('text/markdown; charset=utf-8').header('content-disposition', `inline; filename="postmortem-${request.params.id}.md"`).send(markdown);
      }
      return reply.type('application/json; charset=utf-8').send(await postmortems.get(request.params.id));
    });

    app.patch('/postmortems/:id', {
      config: { access: 'write' },
      schema: {
        tags: pmTags,
        summary: 'Edit a postmortem: sections, curated timeline, owner, reviewers, status (draft → in_review → published)',
        description: '`version` must be the one last read (409 otherwise). Review needs a root cause and a reviewer; publishing needs every reviewer\'s approval, or a manager of its team or an admin. Published postmortems are read-only; admins may set them back to draft.',
        params: IdParams,
        body: PatchPostmortemBody,
        response: { 200: postmortem, ...errors },
      },
    }, async (request) => postmortems.update(request.params.id, request.body, who(request)));

    app.post('/postmortems/:id/reviews', {
      config: { access: 'write' },
      schema: {
        tags: pmTags,
        summary: 'A reviewer approves the postmortem, or asks for changes (back to draft)',
        params: IdParams,
        body: ReviewBody,
        response: { 200: postmortem, ...errors },
      },
    }, async (request) => postmortems.review(request.params.id, request.body, who(request)));

    app.delete('/postmortems/:id', {
      config: { access: 'admin' },
      schema: { tags: pmTags, summary: 'Delete a draft postmortem (admins)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await postmortems.remove(request.params.id, who(request));
      return reply.status(204).send(null);
    });

    const aiTags = ['action items'];
    app.get('/action-items', {
      config: { access: 'read' },
      schema: { tags: aiTags, summary: 'Action items across the organisation, soonest due first', querystring: ActionItemListQuery, response: { 200: Type.Object({ action_items: Type.Array(actionItem) }), ...errors } },
    }, async (request) => {
      const q = request.query;
      const statuses = splitList<ItemStatus>(q.status, ITEM_STATUSES, 'query.status');
      return {
        action_items: await listActionItems(db, {
          ...(statuses ? { statuses } : {}),
          ...(q.owner ? { owner: q.owner } : {}),
          ...(q.team ? { team: q.team } : {}),
          ...(q.postmortem ? { postmortemId: q.postmortem } : {}),
          ...(q.overdue ? { overdue: true } : {}),
        }, runtime.clock.now()),
      };
    });

    app.post('/action-items', {
      config: { access: 'write' },
      schema: {
        tags: aiTags,
        summary: 'Add an action item; its owner is reminded 2 days before the due date, on the day and weekly for 4 weeks after, at 09:00 their time',
        body: NewActionItemBody,
        response: { 201: actionItem, ...errors },
      },
    }, async (request, reply) => {
      const view = await createActionItem(db, dialect, request.body, actorOf(request), runtime.clock.now());
      return reply.status(201).header('location', `/api/v1/action-items/${view.id}`).send(view);
    });

    app.get('/action-items/:id', {
      config: { access: 'read' },
      schema: { tags: aiTags, summary: 'One action item', params: IdParams, response: { 200: actionItem, ...errors } },
    }, async (request) => getActionItem(db, request.params.id, runtime.clock.now()));

    app.patch('/action-items/:id', {
      config: { access: 'write' },
      schema: {
        tags: aiTags,
        summary: 'Change an action item (its owner, whoever created it, its team\'s members, or admins); a new due date replaces its reminders',
        params: IdParams,
        body: PatchActionItemBody,
        response: { 200: actionItem, ...errors },
      },
    }, async (request) => updateActionItem(db, dialect, request.params.id, request.body, who(request), runtime.clock.now()));

    app.get('/incidents/:ref/similar', {
      config: { access: 'read' },
      schema: {
        tags: ['incidents'],
        summary: 'Past incidents on the same service with the same alert signature or a similar title, each with its postmortem and unfinished action items',
        params: IncidentRefParams,
        response: { 200: Type.Object({ similar: Type.Array(SimilarIncidentSchema) }), ...errors },
      },
    }, async (request) => ({ similar: await similarIncidents(db, request.params.ref, runtime.clock.now()) }));
  };
}
