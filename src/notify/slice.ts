import type { FastifyInstance } from 'fastify';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { ackRoutes } from './ack-routes.js';
import type { Channel } from './channels.js';
import { contactRoutes } from './contact-routes.js';
import { flushContactMethod, queueRuleDelivery } from './deliveries.js';
import { deliveryRoutes } from './delivery-routes.js';
import { inboundRoutes } from './inbound-routes.js';
import { channelSubscriber, sendEvent } from './incident-events.js';
import type { NotifyServices } from './notify-services.js';
import { pushRoutes } from './push-routes.js';
import { sendBundle } from './send-bundle.js';
import { SendGate } from './send-gate.js';

/** Contact methods, deliveries, providers, and the answers that come back. */
export const notifySlice = {
  name: 'notify',
  incidentSubscribers: (dialect: SqlDialect) => [channelSubscriber(dialect)],
  jobs(engine: Engine, { runtime, notify, throttle }: { runtime: Runtime; notify: NotifyServices; throttle: (channel: Channel) => number }) {
    const { dialect } = runtime.database;
    // One gate per process: its limits are this process's sends.
    const senders = { ...notify, gate: new SendGate(runtime.clock) };
    engine
      .register('notify.rule', ({ trx, payload, now }) => queueRuleDelivery(trx, dialect, payload, throttle, now))
      .register('notify.flush', ({ trx, payload, now }) => flushContactMethod(trx, dialect, payload.contactMethodId, throttle, now))
      .registerOutside('notify.send', ({ payload, lastAttempt }) => sendBundle(runtime, senders, payload.bundleId, lastAttempt))
      .registerOutside('notify.event', ({ payload, lastAttempt }) => sendEvent(runtime, senders, payload.deliveryId, lastAttempt));
  },
  async routes(app: FastifyInstance, { runtime, incidents, notify }: { runtime: Runtime; incidents: IncidentService; notify: NotifyServices }) {
    await app.register(ackRoutes(runtime, incidents, notify.settings.secret, notify.settings.publicUrl));
    await app.register(deliveryRoutes(runtime, notify), { prefix: '/api/v1' });
    await app.register(contactRoutes(runtime), { prefix: '/api/v1' });
    await app.register(pushRoutes(notify.settings), { prefix: '/api/v1' });
    await app.register(inboundRoutes(runtime, incidents, notify));
  },
};
