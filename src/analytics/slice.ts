import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import { analyticsRoutes } from './analytics-routes.js';
import { AnalyticsService } from './analytics-service.js';
import { incidentFactsSubscriber } from './incident-facts.js';

/** Analytics: MTTA and MTTR, response-target compliance, on-call health and the cost of downtime, read from what the other slices wrote. */
export const analyticsSlice = {
  name: 'analytics',
  incidentSubscribers: () => [incidentFactsSubscriber()],
  async routes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
    const analytics = new AnalyticsService(runtime.database.db, runtime.database.dialect, () => runtime.clock.now());
    await app.register(analyticsRoutes(analytics), { prefix: '/api/v1' });
  },
};
