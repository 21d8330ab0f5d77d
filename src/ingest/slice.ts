import type { FastifyInstance } from 'fastify';
import type { AlertService } from '../alerts/alert-service.js';
import { ingestRoutes } from './ingest-routes.js';

/** The senders' endpoints: Events API v1 and v2, Alertmanager, Grafana. */
export const ingestSlice = {
  name: 'ingest',
  async routes(app: FastifyInstance, { alerts }: { alerts: AlertService }) {
    await app.register(ingestRoutes(alerts));
    // Closing waits for every accepted event to commit before the database is closed.
    app.addHook('onClose', async () => alerts.whenIdle());
  },
};
