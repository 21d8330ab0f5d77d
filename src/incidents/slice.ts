import type { FastifyInstance } from 'fastify';
import type { IncidentService } from './incident-service.js';
import { IncidentSchema, incidentRoutes } from './incident-routes.js';

/** Incidents: their lifecycle, timeline and the API on them. */
export const incidentsSlice = {
  name: 'incidents',
  async routes(app: FastifyInstance, { incidents }: { incidents: IncidentService }) {
    app.addSchema(IncidentSchema);
    await app.register(incidentRoutes(incidents), { prefix: '/api/v1' });
  },
};
