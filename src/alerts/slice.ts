import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import { holdReleaseHandler } from './hold-release.js';
import { alertRoutes } from './alert-routes.js';

/** Alerts and change events as stored, grouped and read. */
export const alertsSlice = {
  name: 'alerts',
  jobs(engine: Engine) {
    engine.register('hold.release', holdReleaseHandler());
  },
  async routes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
    await app.register(alertRoutes(runtime.database.db, () => runtime.clock.now()), { prefix: '/api/v1' });
  },
};
