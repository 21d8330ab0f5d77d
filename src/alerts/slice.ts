import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { holdReleaseHandler } from './hold-release.js';
import { flapSettleHandler } from './flap-settle.js';
import type { HoldSource } from './holds.js';
import { alertRoutes } from './alert-routes.js';
import { IncidentMerges } from './incident-merge.js';
import { mergeRoutes } from './merge-routes.js';

/** Alerts and change events as stored, grouped and read. */
export const alertsSlice = {
  name: 'alerts',
  jobs(engine: Engine, { runtime, events, holdSources }: { runtime: Runtime; events: IncidentEvents; holdSources: readonly HoldSource[] }) {
    engine.register('hold.release', holdReleaseHandler({ runtime, events, holdSources }));
    engine.register('flap.settle', flapSettleHandler({ runtime, events }));
  },
  async routes(app: FastifyInstance, { runtime, events }: { runtime: Runtime; events: IncidentEvents }) {
    await app.register(alertRoutes(runtime.database.db, () => runtime.clock.now(), runtime.database.dialect), { prefix: '/api/v1' });
    await app.register(mergeRoutes(new IncidentMerges(runtime, events)), { prefix: '/api/v1' });
  },
};
