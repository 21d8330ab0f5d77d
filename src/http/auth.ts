import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateToken } from '../access/api-tokens.js';
import { allows, type Access, type Principal } from '../access/roles.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route declares who may call it; the app refuses to start with a route that does not. */
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function registerAuth(app: FastifyInstance, runtime: Runtime): void {
  app.decorateRequest('principal', null);

  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (access === undefined && !route.url.startsWith('/docs')) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    const header = request.headers.authorization;
    if (!header) throw new VigilError('VIGIL_UNAUTHENTICATED', 'send an API token as "Authorization: Bearer <token>"');
    const match = BEARER.exec(header);
    if (!match?.[1]) throw new VigilError('VIGIL_UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    const check = await authenticateToken(runtime.database.db, match[1], runtime.clock);
    if (!check.ok) throw new VigilError('VIGIL_UNAUTHENTICATED', check.reason);
    if (!allows(check.principal.role, access)) {
      throw new VigilError('VIGIL_FORBIDDEN', `this needs the ${access === 'admin' ? 'admin' : 'responder'} role; the token "${check.principal.tokenName}" has ${check.principal.role}`);
    }
    request.principal = check.principal;
  });
}

/** The principal of an authenticated route; routes marked public never call this. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new VigilError('VIGIL_UNAUTHENTICATED', 'this route needs credentials');
  return request.principal;
}
