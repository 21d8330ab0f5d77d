import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { NotifyServices } from '../notify/notify-services.js';
import { actionRemindHandler } from './action-reminder-job.js';
import { ActionItemSchema, PostmortemSchema } from './learning-schemas.js';
import { learningRoutes } from './learning-routes.js';

/** Learning from incidents: postmortems, their action items (with reminders), similar incidents. */
export const postmortemsSlice = {
  name: 'postmortems',
  jobs(engine: Engine, { runtime, notify }: { runtime: Runtime; notify: NotifyServices }) {
    engine.register('action.remind', actionRemindHandler(runtime.database.dialect, notify.settings.publicUrl));
  },
  async routes(app: FastifyInstance, { runtime }: { runtime: Runtime }) {
    app.addSchema(ActionItemSchema);
    app.addSchema(PostmortemSchema);
    await app.register(learningRoutes(runtime, runtime.database.dialect), { prefix: '/api/v1' });
  },
};
