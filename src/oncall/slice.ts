import type { FastifyInstance } from 'fastify';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { Channel } from '../notify/channels.js';
import { calendarFeedRoutes, icalRoutes } from './calendar-routes.js';
import { escalationSubscriber } from './escalation-jobs.js';
import { GroupFollowUps, groupUpdateHandler } from './group-follow-ups.js';
import { escalationRoutes } from './escalation-routes.js';
import { EscalationService } from './escalation-service.js';
import { escalationStepHandler } from './escalation.js';
import { onCallRoutes } from './oncall-routes.js';
import { policyRoutes } from './policy-routes.js';
import { scheduleRoutes } from './schedule-routes.js';

/** Schedules, escalation policies and escalation: who is paged, and when. */
export const oncallSlice = {
  name: 'oncall',
  incidentSubscribers: (dialect: SqlDialect) => [escalationSubscriber(dialect)],
  jobs(engine: Engine, { runtime, throttle }: { runtime: Runtime; throttle: (channel: Channel) => number }) {
    engine.register('escalation.step', escalationStepHandler(runtime.database.dialect, throttle));
    engine.register('group.update', groupUpdateHandler(runtime.database.dialect));
  },
  async routes(app: FastifyInstance, context: { runtime: Runtime; events: IncidentEvents; incidents: IncidentService; publicUrl: string }) {
    const { runtime } = context;
    const stopFollowUps = new GroupFollowUps(runtime).listen(context.events);
    app.addHook('onClose', async () => stopFollowUps());
    await app.register(escalationRoutes(new EscalationService(runtime, context.events), context.incidents), { prefix: '/api/v1' });
    await app.register(scheduleRoutes(runtime), { prefix: '/api/v1' });
    await app.register(onCallRoutes(runtime), { prefix: '/api/v1' });
    await app.register(policyRoutes(runtime), { prefix: '/api/v1' });
    await app.register(calendarFeedRoutes(runtime, context.publicUrl), { prefix: '/api/v1' });
    await app.register(icalRoutes(runtime));
  },
};
