import type { FastifyInstance } from 'fastify';
import { VigilError } from '../core/errors.js';
import { escapeHtml, prefersHtml, sendHtmlPage } from '../http/html-page.js';
import { IncidentRefParams } from './incident-ref.js';
import type { IncidentService } from './incident-service.js';

export interface IncidentPageOptions {
  /** The single sign-on button's label when OpenID Connect is configured; null: passwords only. */
  readonly ssoName: string | null;
}

/**
 * `/incidents/N`, the address pages and messages link to (`VIGIL_PUBLIC_URL/incidents/N`), until
 * a web console serves it. API clients are sent to the API's representation, which checks their
 * credentials itself. Browsers get a page: the incident for someone signed in, otherwise only how
 * to sign in, the same whether the incident exists or not, so the public route tells a stranger
 * nothing (not even which numbers exist).
 */
export function incidentPageRoutes(incidents: IncidentService, options: IncidentPageOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get<{ Params: { ref: string } }>('/incidents/:ref', {
      config: { access: 'public' },
      schema: { hide: true, params: IncidentRefParams },
    }, async (request, reply) => {
      const ref = request.params.ref;
      const api = `/api/v1/incidents/${encodeURIComponent(ref)}`;
      if (!prefersHtml(request.headers.accept)) return reply.header('vary', 'Accept').redirect(api, 303);

      const caller = await app.callerOf(request);
      if (caller === null) {
        const here = `/incidents/${encodeURIComponent(ref)}`;
        const sso = options.ssoName === null
          ? ''
          : `<p><a href="/api/v1/auth/oidc/login?return_to=${encodeURIComponent(here)}">Sign in with ${escapeHtml(options.ssoName)}</a>; you come back here afterwards.</p>`;
        return sendHtmlPage(reply, 200, 'Sign in to see this incident',
          sso +
            '<p>Incidents are shown only to people signed in to Vigil. There is no web console yet: sign in with ' +
            '<code>POST /api/v1/auth/login</code> (your email and password; the session cookie then opens this page), or read it from a shell with ' +
            `<code>vigil incidents show ${escapeHtml(ref)}</code>, or through the API at <code>GET ${escapeHtml(api)}</code> with a token.</p>` +
            '<p><a href="/docs">API documentation</a></p>');
      }

      let incident;
      try {
        incident = await incidents.get(ref);
      } catch (error) {
        if (error instanceof VigilError && error.code === 'VIGIL_INCIDENT_NOT_FOUND') {
          return sendHtmlPage(reply, 404, `No incident ${ref}`, `<p>${escapeHtml(error.message)}.</p><p><a href="/docs">API documentation</a></p>`);
        }
        throw error;
      }
      const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`;
      const when = (iso: string | null) => (iso === null ? '—' : escapeHtml(iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')));
      return sendHtmlPage(reply, 200, `#${incident.number} ${incident.title}`,
        '<dl>' +
          row('Status', escapeHtml(incident.status)) +
          row('Severity', `${escapeHtml(incident.severity.id)} (${escapeHtml(incident.severity.name)})`) +
          row('Service', incident.service === null ? '—' : escapeHtml(incident.service.name)) +
          row('Triggered', when(incident.triggered_at)) +
          row('Acknowledged', when(incident.acknowledged_at)) +
          row('Resolved', when(incident.resolved_at)) +
          '</dl>' +
          `<p>This is a plain page until the web console exists. The incident with its timeline: <a href="${escapeHtml(api)}"><code>GET ${escapeHtml(api)}</code></a>; ` +
          `its pages: <a href="${escapeHtml(api)}/deliveries"><code>GET ${escapeHtml(api)}/deliveries</code></a>; acknowledge or resolve with ` +
          `<code>vigil incidents ack ${incident.number}</code> or <code>POST ${escapeHtml(api)}/acknowledge</code>. <a href="/docs">API documentation</a>.</p>`);
    });
  };
}

