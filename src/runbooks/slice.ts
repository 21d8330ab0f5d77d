import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { runbookRoutes } from './runbook-routes.js';
import { RunbookService } from './runbook-service.js';

/** Runbooks: Markdown kept with every version, matched to incidents, checklists ticked on them. */
export const runbooksSlice = {
  name: 'runbooks',
  async routes(app: FastifyInstance, { runtime, events, publicUrl }: { runtime: Runtime; events: IncidentEvents; publicUrl: string }) {
    const db = runtime.database.db;
    const teamsOfServices = async (ids: readonly string[]) =>
      (await db.selectFrom('services').select('team_id').where('id', 'in', [...ids]).execute()).map((s) => s.team_id);
    await app.register(runbookRoutes(new RunbookService(runtime, events, publicUrl), teamsOfServices), { prefix: '/api/v1' });
  },
};
