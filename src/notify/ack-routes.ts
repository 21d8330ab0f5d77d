import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { checkAckLink, useAckLink } from './ack-links.js';
import { incidentSummaries } from './send-bundle.js';
import { describeResponse, respondAsUser } from './respond-as-user.js';
import { escapeHtml } from './templates/escape.js';

function page(reply: FastifyReply, status: number, title: string, body: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    // The page carries a one-time credential in its URL: keep it out of caches and referrers.
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Vigil</title>` +
        `<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}button{font-size:1.1rem;padding:.6rem 1.4rem}</style></head>` +
        `<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    );
}

/** Largest body the acknowledge form's POST accepts. */
export const ACK_FORM_BODY_LIMIT = 16 * 1024;

const REFUSALS = {
  invalid: [404, 'Link not found', 'This acknowledge link is not valid. Open Vigil to respond.'],
  expired: [410, 'Link expired', 'This acknowledge link has expired. Open Vigil to respond.'],
  used: [409, 'Link already used', 'This acknowledge link was already used.'],
} as const;

/**
 * One-click acknowledge: GET shows a confirm page, only POST acknowledges, so mail scanners that
 * fetch every link cannot acknowledge a page nobody has read.
 */
export function ackRoutes(runtime: Runtime, incidents: IncidentService, secret: string, publicUrl: string) {
  return async (app: FastifyInstance): Promise<void> => {
    // The confirm form posts no fields: anything larger than this is not from it.
    await app.register(formbody, { bodyLimit: ACK_FORM_BODY_LIMIT });
    app.get<{ Params: { token: string } }>('/ack/:token', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const check = await checkAckLink(runtime.database.db, secret, request.params.token, runtime.clock.now());
      if (!check.ok) {
        const [status, title, text] = REFUSALS[check.reason];
        return page(reply, status, title, `<p>${text}</p>`);
      }
      const list = await incidentSummaries(runtime.database.db, check.incidentIds, publicUrl);
      const items = list.map((i) => `<li><strong>#${i.number}</strong> ${escapeHtml(i.severity.id)} ${escapeHtml(i.title)} <em>(${i.status})</em></li>`).join('');
      return page(reply, 200, 'Acknowledge?', `<ul>${items}</ul><form method="post"><button type="submit">Acknowledge</button></form>`);
    });

    app.post<{ Params: { token: string } }>('/ack/:token', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const now = runtime.clock.now();
      const check = await checkAckLink(runtime.database.db, secret, request.params.token, now);
      if (!check.ok) {
        const [status, title, text] = REFUSALS[check.reason];
        return page(reply, status, title, `<p>${text}</p>`);
      }
      const first = await runtime.database.db.transaction().execute((trx) => useAckLink(trx, check.id, now));
      if (!first) return page(reply, 409, REFUSALS.used[1], `<p>${REFUSALS.used[2]}</p>`);
      const response = await respondAsUser(runtime.database.db, incidents, check.userId, check.incidentIds, 'acknowledge', 'acknowledge link');
      const text = `<p>${escapeHtml(describeResponse('acknowledge', response))}</p>`;
      return response.kind === 'refused' ? page(reply, 403, 'Not acknowledged', text) : page(reply, 200, 'Acknowledged', text);
    });
  };
}
