import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../core/runtime.js';
import { actorOf } from '../access/http-auth.js';
import { IdParams, Policy, PolicyCreateBody, PolicyReplaceBody, errors } from './oncall-schemas.js';
import { EscalationPolicyService } from './policy-service.js';
import { policyScheduleReferences, teamOwnership } from './ownership.js';

/** Escalation policies: who is paged, in which order, and how long each level has to respond. */
export function policyRoutes(runtime: Runtime): FastifyPluginAsyncTypebox {
  const policies = new EscalationPolicyService(runtime);
  const owner = teamOwnership(runtime.database.db, 'escalation_policies');
  const schedules = policyScheduleReferences(runtime.database.db);
  return async (app) => {
    const tags = ['escalation policies'];

    app.get('/escalation-policies', {
      config: { access: 'read' },
      schema: { tags, summary: 'Escalation policies with their levels and the services using them', response: { 200: Type.Object({ escalation_policies: Type.Array(Policy) }), ...errors } },
    }, async () => ({ escalation_policies: await policies.list() }));

    app.get('/escalation-policies/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'One escalation policy', params: IdParams, response: { 200: Policy, ...errors } },
    }, async (request) => policies.get(request.params.id));

    app.post('/escalation-policies', {
      config: { access: { team: owner.created, as: 'manager', references: schedules } },
      schema: { tags, summary: 'Create an escalation policy', body: PolicyCreateBody, response: { 201: Policy, ...errors } },
    }, async (request, reply) => {
      const { id, ...input } = request.body;
      const created = await policies.create(id, input, actorOf(request));
      return reply.status(201).header('location', `/api/v1/escalation-policies/${encodeURIComponent(id)}`).send(created);
    });

    app.put('/escalation-policies/:id', {
      config: { access: { team: owner.replaced, as: 'manager', references: schedules } },
      schema: { tags, summary: 'Replace an escalation policy\'s name, description, team, repeat and levels', params: IdParams, body: PolicyReplaceBody, response: { 200: Policy, ...errors } },
    }, async (request) => policies.replace(request.params.id, request.body, actorOf(request)));

    app.delete('/escalation-policies/:id', {
      config: { access: { team: owner.existing, as: 'manager' } },
      schema: { tags, summary: 'Delete an escalation policy (refused while a service uses it)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await policies.remove(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });
  };
}
