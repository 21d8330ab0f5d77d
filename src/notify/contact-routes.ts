import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { userInPath, type OwnershipLookup } from '../access/roles.js';
import type { Runtime } from '../core/runtime.js';
import { actorOf } from '../access/http-auth.js';
import type { Channel } from './channels.js';
import {
  ContactMethod,
  ContactMethodBody,
  ContactMethodCreated,
  ContactMethodPatch,
  MethodParams,
  Rules,
  RulesBody,
  TestPageBody,
  TestPageSent,
  UserParams,
  VerificationSent,
  VerifyBody,
  CODE_LIMITS_DESCRIPTION,
  codeErrors,
  errors,
} from './contact-schemas.js';
import { ContactService } from './contact-service.js';
import { Delivery, loadDelivery } from './delivery-view.js';

/**
 * How people are reached: their contact methods (verified with a code sent to them), the rules
 * that say which method is used when, a test page that proves the chain, and what became of
 * any one message. People manage their own; admins manage anyone's.
 */
export function contactRoutes(runtime: Runtime): FastifyPluginAsyncTypebox {
  const contacts = new ContactService(runtime);
  const db = runtime.database.db;
  const methodOwner: OwnershipLookup = async ({ params }) => {
    const row = await db.selectFrom('contact_methods').select('user_id').where('id', '=', (params as { id: string }).id).executeTakeFirst();
    return row ? { kind: 'user', userId: row.user_id } : { kind: 'missing' };
  };
  return async (app) => {
    const tags = ['contact methods'];

    app.get('/users/:id/contact-methods', {
      config: { access: { self: userInPath, minimum: 'viewer' } },
      schema: { tags, summary: 'A user\'s contact methods', params: UserParams, response: { 200: Type.Object({ contact_methods: Type.Array(ContactMethod) }), ...errors } },
    }, async (request) => ({ contact_methods: await contacts.list(request.params.id) }));

    app.post('/users/:id/contact-methods', {
      config: { access: { self: userInPath } },
      schema: {
        tags,
        summary: 'Add a contact method; it is sent a 6-digit code and is used only once verified (push: body.subscription is the browser\'s PushSubscription.toJSON())',
        description: CODE_LIMITS_DESCRIPTION,
        params: UserParams,
        body: ContactMethodBody,
        response: { 201: ContactMethodCreated, ...codeErrors },
      },
    }, async (request, reply) => {
      const { type, address, subscription, name, label } = request.body;
      const created = await contacts.create(actorOf(request), request.params.id, { type: type as Channel, address, subscription, name, label });
      return reply.status(201).header('location', `/api/v1/users/${encodeURIComponent(request.params.id)}/contact-methods`).send(created);
    });

    app.post('/contact-methods/:id/verify', {
      config: { access: { self: methodOwner } },
      schema: { tags, summary: 'Verify a contact method with the code sent to it (5 tries, 15 minutes)', params: MethodParams, body: VerifyBody, response: { 200: ContactMethod, ...errors } },
    }, async (request) => contacts.verify(actorOf(request), request.params.id, request.body.code));

    app.post('/contact-methods/:id/verification', {
      config: { access: { self: methodOwner } },
      schema: {
        tags,
        summary: 'Send a new verification code; the previous one stops working',
        description: CODE_LIMITS_DESCRIPTION,
        params: MethodParams,
        response: { 202: VerificationSent, ...codeErrors },
      },
    }, async (request, reply) => reply.status(202).send(await contacts.resendCode(request.params.id)));

    app.patch('/contact-methods/:id', {
      config: { access: { self: methodOwner } },
      schema: { tags, summary: 'Rename, disable or enable a contact method', params: MethodParams, body: ContactMethodPatch, response: { 200: ContactMethod, ...errors } },
    }, async (request) => contacts.update(actorOf(request), request.params.id, request.body));

    app.delete('/contact-methods/:id', {
      config: { access: { self: methodOwner } },
      schema: { tags, summary: 'Delete a contact method and the rules that use it (not one vigil.yaml defines)', params: MethodParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await contacts.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    });

    app.get('/users/:id/notification-rules', {
      config: { access: { self: userInPath, minimum: 'viewer' } },
      schema: { tags, summary: 'Which contact method is used how long after a page', params: UserParams, response: { 200: Rules, ...errors } },
    }, async (request) => ({ rules: await contacts.rules(request.params.id) }));

    app.put('/users/:id/notification-rules', {
      config: { access: { self: userInPath } },
      schema: { tags, summary: 'Replace a user\'s notification rules', params: UserParams, body: RulesBody, response: { 200: Rules, ...errors } },
    }, async (request) => ({ rules: await contacts.replaceRules(actorOf(request), request.params.id, request.body.rules) }));

    app.post('/users/:id/test-page', {
      config: { access: { self: userInPath } },
      // The body is optional (`curl -X POST …/test-page` pages every verified method); validate an empty one.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags,
        summary: 'Send a test page to one verified contact method, or to every verified and enabled one',
        params: UserParams,
        body: Type.Optional(TestPageBody),
        response: { 202: TestPageSent, ...errors },
      },
    }, async (request, reply) => reply.status(202).send({ deliveries: await contacts.testPage(request.params.id, request.body?.contact_method) }));

    app.get('/deliveries/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'One notification delivery with its history', params: MethodParams, response: { 200: Delivery, ...errors } },
    }, async (request) => loadDelivery(runtime.database.db, request.params.id));
  };
}
