import type { FastifyInstance } from 'fastify';
import { consoleRoutes } from './console-routes.js';
import type { ConsoleBundle } from './console-bundle.js';

/** The web console: the built bundle served at `/`, the API staying under `/api/v1`. */
export const consoleSlice = {
  name: 'console',
  async routes(app: FastifyInstance, { consoleBundle, version }: { consoleBundle: ConsoleBundle; version: string }) {
    await app.register(consoleRoutes({ bundle: consoleBundle, version }));
  },
};
