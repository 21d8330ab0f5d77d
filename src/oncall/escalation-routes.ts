import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../access/http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { EscalationService } from './escalation-service.js';
import { iso } from '../core/db/row-codec.js';
import { HANDOFF_MAX_BYTES } from '../incidents/handoff-text.js';

const EscalateBody = Type.Object(
  {
    policy: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: "Another escalation policy (e.g. the database team's) to hand the incident to" })),
    reason: Type.String({ minLength: 1, maxLength: 2_000, description: 'Why; recorded in the timeline' }),
    handoff: Type.Optional(Type.String({ minLength: 1, maxLength: HANDOFF_MAX_BYTES, description: 'The hand-off for whoever is brought in (GET …/handoff drafts one), in Markdown, at most 16 KiB; its "Next steps needed" section must say what they are asked to do. Kept on the timeline as a `handoff` entry' })),
  },
  { additionalProperties: false },
);

const PageSchema = Type.Object({
  id: Type.String({ description: 'The deliveries sent for this page name it as their `page`' }),
  user: Type.String(),
  round: Type.Integer(),
  level: Type.Integer(),
  reason: Type.String(),
  target: Type.String(),
  at: Type.String({ format: 'date-time' }),
});

export function escalationRoutes(escalations: EscalationService, incidents: IncidentService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/incidents/:ref/escalate', {
      config: { access: 'write' },
      schema: {
        tags: ['incidents'],
        summary: 'Escalate by hand: page the next level now, or hand the incident to another escalation policy',
        params: IncidentRefParams,
        body: EscalateBody,
        response: { 200: Type.Ref('Incident'), 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
      },
    }, async (request) => {
      const body = request.body;
      const id = await escalations.escalate(request.params.ref, { reason: body.reason, ...(body.policy ? { policyId: body.policy } : {}), ...(body.handoff === undefined ? {} : { handoff: body.handoff }) }, principalOf(request).actor);
      return incidents.get(id);
    });

    app.get('/incidents/:ref/pages', {
      config: { access: 'read' },
      schema: { tags: ['incidents'], summary: 'Who was paged for an incident, when, at which level and why', params: IncidentRefParams, response: { 200: Type.Object({ pages: Type.Array(PageSchema) }), 404: ErrorResponse } },
    }, async (request) => {
      const incident = await incidents.get(request.params.ref);
      const rows = await escalations.pagesOf(incident.id);
      return { pages: rows.map((p) => ({ id: p.id, user: p.user_id, round: p.round, level: p.level, reason: p.reason, target: p.target, at: iso(p.created_at) })) };
    });
  };
}
