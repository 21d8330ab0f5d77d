import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { holdReleaseHandler } from './hold-release.js';
import { flapSettleHandler } from './flap-settle.js';
import type { HoldSource } from './holds.js';
import { alertRoutes } from './alert-routes.js';

/** Alerts and change events as stored, grouped and read. */
export const alertsSlice = {
  name: 'alerts',
  jobs(engine: Engine, { runtime, events, holdSources }: { runtime: Runtime; events: IncidentEvents; holdSources: readonly HoldSource[] }) {
    engine.register('hold.release', holdReleaseHandler({ runtime, events, holdSources }));
    engine.register('flap.settle', flapSettleHandler({ runtime, events }));
  },
  async routes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
    await app.register(alertRoutes(runtime.database.db, () => runtime.clock.now(), runtime.database.dialect), { prefix: '/api/v1' });
  },
};
