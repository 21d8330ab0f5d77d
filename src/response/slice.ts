import type { FastifyInstance } from 'fastify';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { NotifyServices } from '../notify/notify-services.js';
import { responseSubscriber } from './cadence-subscriber.js';
import { updateReminderHandler } from './reminders.js';
import { responseTargetHandler, responseTargetSubscriber } from './response-target.js';
import { responseRoutes, stakeholderLinkRoutes } from './response-routes.js';
import { ResponseService } from './response-service.js';
import { StakeholderService } from './stakeholders.js';
import { responseViewExtras } from './view-extras.js';

/** The response to an incident: its response target, roles, status updates on a cadence, stakeholders, the hand-off. */
export const responseSlice = {
  name: 'response',
  incidentSubscribers: (dialect: SqlDialect) => [responseSubscriber(dialect), responseTargetSubscriber(dialect)],
  jobs(engine: Engine, { runtime }: { runtime: Runtime }) {
    engine.register('update.remind', updateReminderHandler(runtime.database.dialect)).registerOutside('target.breach', responseTargetHandler(runtime));
  },
  async routes(app: FastifyInstance, context: { runtime: Runtime; events: IncidentEvents; incidents: IncidentService; notify: NotifyServices }) {
    const { runtime, incidents, notify } = context;
    const links = { publicUrl: notify.settings.publicUrl, secret: notify.settings.secret };
    incidents.extendViews(responseViewExtras);
    const stakeholders = new StakeholderService(runtime, links);
    await app.register(responseRoutes(new ResponseService(runtime, context.events, incidents, links), stakeholders, runtime), { prefix: '/api/v1' });
    await app.register(stakeholderLinkRoutes(stakeholders));
  },
};
