import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { VigilError } from '../core/errors.js';
import { ErrorResponse } from '../http/schemas.js';
import type { NotifySettings } from './notify-settings.js';

/**
 * What a browser needs to subscribe to push: Vigil's VAPID public key, the
 * `applicationServerKey` of `pushManager.subscribe()`. The subscription it returns is then
 * added as a push contact method (`POST /api/v1/users/{id}/contact-methods`).
 */
export function pushRoutes(settings: NotifySettings): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/push/vapid-public-key', {
      config: { access: 'read' },
      schema: {
        tags: ['contact methods'],
        summary: 'The VAPID public key browsers subscribe to push with (base64url, 65 bytes: an uncompressed P-256 point)',
        response: { 200: Type.Object({ public_key: Type.String() }), 401: ErrorResponse, 404: ErrorResponse },
      },
    }, async (_request, reply) => {
      if (settings.vapidPublicKey === null) throw new VigilError('VIGIL_PUSH_NOT_CONFIGURED', 'browser push is not set up in this process: it has no VAPID keys');
      // The key changes only when an operator replaces it; a browser holding an old one must not subscribe with it.
      return reply.header('cache-control', 'no-cache').send({ public_key: settings.vapidPublicKey });
    });
  };
}
