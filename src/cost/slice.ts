import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { costRoutes, IncidentCostSchema } from './cost-routes.js';
import { costSubscriber, CostService } from './cost-store.js';

/** Cost of downtime: each incident's estimate from its service's impact model, frozen at resolve. */
export const costSlice = {
  name: 'cost',
  incidentSubscribers: () => [costSubscriber()],
  async routes(app: FastifyInstance, { runtime, events }: { runtime: Runtime; events: IncidentEvents }) {
    app.addSchema(IncidentCostSchema);
    await app.register(costRoutes(new CostService(runtime.database.db, runtime.database.dialect, events, runtime.clock)), { prefix: '/api/v1' });
  },
};
