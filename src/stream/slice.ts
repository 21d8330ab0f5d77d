import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { StreamHub, type StreamSettings } from './stream-hub.js';
import { streamRoutes } from './stream-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The process's live stream: its counters, for tests and diagnostics. */
    readonly liveStream: Pick<StreamHub, 'stats'>;
  }
}

/** Numbers per read: far below either database's limit on bound parameters. */
const READ_CHUNK = 500;

/** The live stream the console listens to: incident changes as server-sent events. */
export const streamSlice = {
  name: 'stream',
  async routes(app: FastifyInstance, { runtime, events, incidents, stream }: { runtime: Runtime; events: IncidentEvents; incidents: IncidentService; stream: StreamSettings }) {
    const read = async (numbers: readonly number[]): Promise<IncidentView[]> => {
      const views: IncidentView[] = [];
      for (let start = 0; start < numbers.length; start += READ_CHUNK) {
        const chunk = numbers.slice(start, start + READ_CHUNK);
        views.push(...(await incidents.list({ numbers: chunk }, { limit: chunk.length })).incidents);
      }
      return views;
    };
    const hub = new StreamHub(events, read, stream, runtime.logger);
    app.decorate('liveStream', hub);
    // Open streams would keep the server from closing: end them first.
    app.addHook('preClose', async () => hub.close());
    await app.register(streamRoutes(hub), { prefix: '/api/v1' });
  },
};
