import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import { orgRoutes } from './org-routes.js';

/** Teams and services. */
export const orgSlice = {
  name: 'org',
  async routes(app: FastifyInstance, { runtime, publicUrl }: { runtime: Runtime; publicUrl: string }) {
    await app.register(orgRoutes(runtime, publicUrl), { prefix: '/api/v1' });
  },
};
