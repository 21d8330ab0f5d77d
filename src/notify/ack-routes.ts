import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { sendLinkPage } from '../http/html-page.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { checkAckLink, useAckLink, type AckLinkCheck, type LinkAction } from './ack-links.js';
import { incidentSummaries } from './send-bundle.js';
import { answerAs, describeResponse, refusalToAnswer, type PageResponse } from './respond-as-user.js';
import { escapeHtml } from './templates/escape.js';


/** Largest body the acknowledge form's POST accepts. */
export const ACK_FORM_BODY_LIMIT = 16 * 1024;

type Refusal = Exclude<AckLinkCheck, { ok: true }>['reason'];

const REFUSALS: Readonly<Record<Refusal, readonly [status: number, title: string, text: string, code: 'VIGIL_LINK_NOT_FOUND' | 'VIGIL_LINK_EXPIRED' | 'VIGIL_LINK_USED']>> = {
  invalid: [404, 'Link not found', 'This link is not valid. Open Vigil to respond.', 'VIGIL_LINK_NOT_FOUND'],
  expired: [410, 'Link expired', 'This link has expired. Open Vigil to respond.', 'VIGIL_LINK_EXPIRED'],
  used: [409, 'Link already used', 'This link was already used.', 'VIGIL_LINK_USED'],
};

const WORDS: Readonly<Record<LinkAction, { readonly verb: string; readonly done: string }>> = {
  acknowledge: { verb: 'Acknowledge', done: 'Acknowledged' },
  resolve: { verb: 'Resolve', done: 'Resolved' },
};

/**
 * Whether the caller asked for JSON rather than a page: a service worker acting on a
 * notification's button (`Accept: application/json`), not a browser following the link.
 */
function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\bapplication\/json\b/i.test(accept) && !/\btext\/html\b/i.test(accept);
}

/** The page saying what a press did, or why it was refused. */
function outcomePage(reply: FastifyReply, action: LinkAction, response: PageResponse) {
  const { done } = WORDS[action];
  const text = `<p>${escapeHtml(describeResponse(action, response))}</p>`;
  return response.kind === 'refused' ? sendLinkPage(reply, 403, `Not ${done.toLowerCase()}`, text) : sendLinkPage(reply, 200, done, text);
}

/**
 * One-click acknowledge and resolve links: GET shows a confirm page, only POST acts, so mail
 * scanners that fetch every link cannot act on a page nobody has read. A POST asking for JSON
 * (a push notification's button, through the service worker, with no session) gets the outcome
 * as JSON, and the refusals as the API's errors (`VIGIL_LINK_USED` …).
 */
export function ackRoutes(runtime: Runtime, incidents: IncidentService, secret: string, publicUrl: string) {
  return async (app: FastifyInstance): Promise<void> => {
    // The confirm form posts no fields: anything larger than this is not from it.
    await app.register(formbody, { bodyLimit: ACK_FORM_BODY_LIMIT });
    app.get<{ Params: { token: string } }>('/ack/:token', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const check = await checkAckLink(runtime.database.db, secret, request.params.token, runtime.clock.now());
      if (!check.ok) {
        const [status, title, text] = REFUSALS[check.reason];
        return sendLinkPage(reply, status, title, `<p>${text}</p>`);
      }
      const { verb } = WORDS[check.action];
      // Someone demoted or removed since the page went out is told so now, not after pressing the button.
      const refusal = await refusalToAnswer(runtime.database.db, check.userId, check.action);
      if (refusal !== null) return outcomePage(reply, check.action, refusal);
      const list = await incidentSummaries(runtime.database.db, check.incidentIds, publicUrl);
      const items = list.map((i) => `<li><strong>#${i.number}</strong> ${escapeHtml(i.severity.id)} ${escapeHtml(i.title)} <em>(${i.status})</em></li>`).join('');
      return sendLinkPage(reply, 200, `${verb}?`, `<ul>${items}</ul><form method="post"><button type="submit">${verb}</button></form>`);
    });

    app.post<{ Params: { token: string } }>('/ack/:token', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const json = wantsJson(request);
      const refuse = (reason: Refusal) => {
        const [status, title, text, code] = REFUSALS[reason];
        if (json) throw new VigilError(code, text);
        return sendLinkPage(reply, status, title, `<p>${text}</p>`);
      };
      const answered = (action: LinkAction, response: PageResponse) => {
        if (!json) return outcomePage(reply, action, response);
        const text = describeResponse(action, response);
        if (response.kind === 'refused') throw new VigilError('VIGIL_FORBIDDEN', text);
        return reply.header('cache-control', 'no-store').send({ action, message: text, incidents: response.outcomes });
      };
      const now = runtime.clock.now();
      const check = await checkAckLink(runtime.database.db, secret, request.params.token, now);
      if (!check.ok) return refuse(check.reason);
      const { action } = check;
      // A refusal leaves the link unused: it works again if the person is made a responder before it expires.
      const refusal = await refusalToAnswer(runtime.database.db, check.userId, action);
      if (refusal !== null) return answered(action, refusal);
      const first = await runtime.database.db.transaction().execute((trx) => useAckLink(trx, check.id, now));
      if (!first) return refuse('used');
      const via = action === 'acknowledge' ? 'acknowledge link' : 'resolve link';
      return answered(action, await answerAs(incidents, check.userId, check.incidentIds, action, via));
    });
  };
}
