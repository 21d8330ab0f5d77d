import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../access/http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import type { IncidentMerges } from './incident-merge.js';

const IncidentLink = Type.Object({ id: Type.String(), number: Type.Integer() });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

/** `POST /incidents/{ref}/merge` and `POST /alerts/{id}/split`. */
export function mergeRoutes(merges: IncidentMerges): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/incidents/:ref/merge', {
      config: { access: 'write' },
      schema: {
        tags: ['incidents'],
        summary: 'Merge this incident into another: its alerts, timeline, pages and alert group move there, and it resolves pointing at it',
        description: 'Refused (409) when either incident was already merged or the target is resolved, and (400) for the incident itself.',
        params: IncidentRefParams,
        body: Type.Object({ into: IncidentRefParams.properties.ref }, { additionalProperties: false }),
        response: { 200: Type.Object({ merged: IncidentLink, into: IncidentLink, alerts: Type.Integer(), pages: Type.Integer(), timeline_entries: Type.Integer() }), ...errors },
      },
    }, async (request) => merges.merge(request.params.ref, request.body.into, principalOf(request).actor));

    app.post('/alerts/:id/split', {
      config: { access: 'write' },
      schema: {
        tags: ['alerts'],
        summary: 'Split an alert out of its incident into a new incident of its own, which pages as any new incident does',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 80 }) }),
        response: { 201: Type.Object({ alert: Type.String(), from: IncidentLink, incident: IncidentLink }), ...errors },
      },
    }, async (request, reply) => {
      const result = await merges.split(request.params.id, principalOf(request).actor);
      return reply.status(201).header('location', `/api/v1/incidents/${result.incident.number}`).send(result);
    });
  };
}
