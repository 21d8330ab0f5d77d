import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import { auditRoutes } from './audit-routes.js';

/** Who changed what. */
export const auditSlice = {
  name: 'audit',
  async routes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
    await app.register(auditRoutes(runtime), { prefix: '/api/v1' });
  },
};
