import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { ErrorResponse } from '../http/schemas.js';
import { findIncident, IncidentRefParams } from '../incidents/incident-ref.js';
import type { Channel } from './channels.js';
import { nextSendSlot, scheduleFlush } from './deliveries.js';
import { recordDelivery } from './delivery-log.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { NotifyServices } from './notify-services.js';
import { Delivery, loadIncidentDeliveries } from './delivery-view.js';


/** Who was notified for an incident, through what, when and with what outcome; and retrying a failure. */
export function deliveryRoutes(runtime: Runtime, notify: NotifyServices): FastifyPluginAsyncTypebox {
  const { db, dialect } = runtime.database;
  return async (app) => {
    app.get('/incidents/:ref/deliveries', {
      config: { access: 'read' },
      schema: { tags: ['incidents'], summary: 'Notifications sent for an incident and what happened to each', params: IncidentRefParams, response: { 200: Type.Object({ deliveries: Type.Array(Delivery) }), 404: ErrorResponse } },
    }, async (request) => {
      const incident = await findIncident(db, request.params.ref);
      return { deliveries: await loadIncidentDeliveries(db, incident.id) };
    });

    app.post('/deliveries/:id/retry', {
      config: { access: 'write' },
      schema: { tags: ['incidents'], summary: 'Send a failed notification again', params: Type.Object({ id: Type.String({ pattern: '^dlv_[0-9a-f]{32}$' }) }), response: { 202: Type.Object({ status: Type.String() }), 404: ErrorResponse, 409: ErrorResponse } },
    }, async (request, reply) => {
      const now = runtime.clock.now();
      await db.transaction().execute(async (trx) => {
        const delivery = await trx.selectFrom('deliveries').selectAll().where('id', '=', request.params.id).executeTakeFirst();
        if (!delivery) throw new VigilError('VIGIL_DELIVERY_NOT_FOUND', `no delivery ${request.params.id}`);
        if (delivery.status !== 'failed') {
          throw new VigilError('VIGIL_CONFLICT', `delivery ${delivery.id} is ${delivery.status}; only a failed one can be retried`, undefined, { status: delivery.status });
        }
        if (delivery.contact_method_id) {
          // A disabled method is one its owner (or Vigil, for a gone push subscription) stopped: a retry would undo that.
          const method = await trx.selectFrom('contact_methods').select(['id', 'disabled', 'disabled_reason']).where('id', '=', delivery.contact_method_id).executeTakeFirst();
          if (method && method.disabled !== 0) {
            const why = method.disabled_reason === null ? 'its owner disabled it' : `Vigil disabled it because ${method.disabled_reason}`;
            throw new VigilError('VIGIL_CONFLICT', `contact method "${method.id}" is disabled (${why}); enable it, or add another method, before retrying`, undefined, { contact_method: method.id });
          }
        }
        await recordDelivery(trx, [delivery.id], { status: 'queued', at: now, detail: `retry requested by ${request.principal?.actor ?? 'someone'}`, patch: { attempts: 0, last_error: null } });
        if (delivery.kind === 'event') {
          await enqueueJob(trx, dialect, { kind: 'notify.event', key: jobKeys.notifyEventRetry(delivery.id, now), payload: { deliveryId: delivery.id }, runAt: now, incidentId: delivery.incident_id }, now);
        } else if (delivery.contact_method_id) {
          const slot = await nextSendSlot(trx, delivery.contact_method_id, notify.settings.throttleMs[delivery.channel as Channel] ?? 0, now);
          await scheduleFlush(trx, dialect, delivery.contact_method_id, slot, now);
        } else {
          throw new VigilError('VIGIL_CONFLICT', 'the contact method of this delivery was removed; nothing to retry');
        }
      });
      runtime.jobSignal.notify();
      return reply.status(202).send({ status: 'queued' });
    });
  };
}
