import type { FastifyInstance } from 'fastify';
import type { IncidentService } from './incident-service.js';
import { IncidentSchema, incidentRoutes } from './incident-routes.js';
import { incidentPageRoutes } from './incident-page.js';

/** Incidents: their lifecycle, timeline and the API on them. */
export const incidentsSlice = {
  name: 'incidents',
  async routes(app: FastifyInstance, { incidents, oidc }: { incidents: IncidentService; oidc: { readonly name: string } | null }) {
    app.addSchema(IncidentSchema);
    await app.register(incidentRoutes(incidents), { prefix: '/api/v1' });
    await app.register(incidentPageRoutes(incidents, { ssoName: oidc?.name ?? null }));
  },
};
