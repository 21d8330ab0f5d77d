import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import { accessRoutes } from './access-routes.js';
import type { AuthSettings } from './http-auth.js';
import { oidcRoutes } from './oidc-routes.js';
import type { OidcSettings } from './oidc-settings.js';

/** People, tokens, sessions and single sign-on. */
export const accessSlice = {
  name: 'access',
  async routes(app: FastifyInstance, { runtime, auth, oidc }: { runtime: Runtime; auth: AuthSettings; oidc: OidcSettings | null }) {
    await app.register(accessRoutes(runtime, auth), { prefix: '/api/v1' });
    await app.register(oidcRoutes(runtime, auth, oidc), { prefix: '/api/v1' });
  },
};
