import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import { alertRoutes } from './alert-routes.js';

/** Alerts and change events as stored, grouped and read. */
export const alertsSlice = {
  name: 'alerts',
  async routes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
    await app.register(alertRoutes(runtime.database.db, () => runtime.clock.now()), { prefix: '/api/v1' });
  },
};
