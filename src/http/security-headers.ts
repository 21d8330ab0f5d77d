import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers Helmet would set, worked out once. Helmet's own middleware rebuilds its header
 * values from the options on every request (a CSP parse per answer), which was several percent of
 * the CPU of a small ingest request; none of Vigil's headers depend on the request.
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // Helmet's middleware is synchronous; if a future version were not, these headers would be
  // incomplete, so refuse to start rather than serve without them.
  if (!finished) throw new Error('helmet did not set its headers synchronously');
  return Object.freeze(headers);
}

/**
 * When Strict-Transport-Security is sent. Browsers ignore it over plain http (RFC 6797 §8.1), so
 * there it only tells scanners and readers something false: sent when the public URL is https
 * (TLS ends at a proxy in front of Vigil) or when the request itself arrived over TLS.
 */
export type HstsPolicy = 'https-public-url' | 'tls-requests';

/** Puts the headers on every answer, errors and unknown routes included. */
export function addSecurityHeaders(app: FastifyInstance, options: HelmetOptions, hsts: HstsPolicy): void {
  const withHsts = securityHeaders(options);
  const { 'strict-transport-security': _dropped, ...rest } = withHsts;
  const withoutHsts = Object.freeze(rest);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(hsts === 'https-public-url' || request.protocol === 'https' ? withHsts : withoutHsts);
    done();
  });
}
