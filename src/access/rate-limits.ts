import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { VigilError } from '../core/errors.js';

/** Requests a minute from one address to login and token creation: enough for people, not for guessing. */
export const LOGIN_RATE_PER_MINUTE = 20;
export const TOKEN_RATE_PER_MINUTE = 30;

/**
 * `@fastify/rate-limit` for routes that take credentials: counted per address, off unless a route
 * names its `rateLimit.max`, and refused in Vigil's error shape with Retry-After.
 */
export const CREDENTIAL_RATE_LIMIT: RateLimitPluginOptions = {
  global: false,
  timeWindow: 60_000,
  keyGenerator: (request) => request.ip,
  errorResponseBuilder: (_request, context) =>
    new VigilError('VIGIL_RATE_LIMITED', `more than ${context.max} requests a minute from this address; retry in ${context.after}`, undefined, {
      retry_after_seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
    }),
};
