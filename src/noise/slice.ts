import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { maintenanceBoundaryHandler, maintenanceViewExtras, MaintenanceService } from './maintenance.js';
import { noiseRoutes } from './noise-routes.js';
import { SilenceService } from './silences.js';

export { maintenanceHoldSource } from './maintenance.js';
export { silenceHoldSource } from './silences.js';

/** Noise control's human intent: silences and maintenance windows, which hold alerts back. */
export const noiseSlice = {
  name: 'noise',
  jobs(engine: Engine, { runtime }: { runtime: Runtime }) {
    engine.register('maint.boundary', maintenanceBoundaryHandler(runtime.database.dialect));
  },
  async routes(app: FastifyInstance, { runtime, incidents }: { runtime: Runtime; incidents: IncidentService }) {
    const db = runtime.database.db;
    incidents.extendViews(maintenanceViewExtras);
    const teamsOfServices = async (ids: readonly string[]) =>
      (await db.selectFrom('services').select('team_id').where('id', 'in', [...ids]).execute()).map((s) => s.team_id);
    await app.register(noiseRoutes(new SilenceService(runtime), new MaintenanceService(runtime), teamsOfServices, () => runtime.clock.now()), { prefix: '/api/v1' });
  },
};
