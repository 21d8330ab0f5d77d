import type { FastifyInstance } from 'fastify';
import type { AlertService } from '../alerts/alert-service.js';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import { heartbeatPingRoutes, heartbeatRoutes } from './heartbeat-routes.js';
import { HeartbeatService } from './heartbeat-service.js';

/** Heartbeats: dead man's switches on services, pinged by senders, opening an alert when the pings stop. */
export const heartbeatsSlice = {
  name: 'heartbeats',
  jobs(engine: Engine, { runtime, alerts, publicUrl }: { runtime: Runtime; alerts: AlertService; publicUrl: string }) {
    const heartbeats = new HeartbeatService(runtime, alerts, publicUrl);
    engine.registerOutside('hb.check', async ({ payload }) => heartbeats.check(payload.heartbeatId, payload.deadline));
  },
  async routes(app: FastifyInstance, { runtime, alerts, publicUrl }: { runtime: Runtime; alerts: AlertService; publicUrl: string }) {
    const heartbeats = new HeartbeatService(runtime, alerts, publicUrl);
    await app.register(heartbeatRoutes(heartbeats), { prefix: '/api/v1' });
    await app.register(heartbeatPingRoutes(heartbeats));
  },
};
