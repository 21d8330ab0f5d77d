import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../core/runtime.js';
import { ErrorResponse } from '../http/schemas.js';
import { listAudit } from './audit-log.js';

const Entry = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.String(),
  action: Type.String(),
  entity_type: Type.String(),
  entity_id: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  source_ip: Type.Union([Type.String(), Type.Null()]),
});

const Query = Type.Object({
  actor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'user:alice, token:ci-bot, cli, anonymous' })),
  entity: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'an entity type (schedule) or type:id (schedule:primary)' })),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'e.g. login.failed, incident.acknowledge' })),
  since: Type.Optional(Type.String({ format: 'date-time' })),
  until: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
});

/** The audit log: who changed what, when, before and after. Admins only. */
export function auditRoutes(runtime: Runtime): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/audit', {
      config: { access: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first; filter by actor, entity, action and time',
        querystring: Query,
        response: { 200: Type.Object({ entries: Type.Array(Entry), next_cursor: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    }, async (request) => {
      const q = request.query;
      const page = await listAudit(runtime.database.db, {
        actor: q.actor,
        entity: q.entity,
        action: q.action,
        since: q.since === undefined ? undefined : Date.parse(q.since),
        until: q.until === undefined ? undefined : Date.parse(q.until),
        limit: q.limit ?? 100,
        cursor: q.cursor,
      });
      return { entries: page.entries, next_cursor: page.nextCursor };
    });
  };
}
