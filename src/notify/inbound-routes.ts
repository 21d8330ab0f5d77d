import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Runtime } from '../core/runtime.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { claimInbound, releaseInbound, SLACK_REPLAY_KEEP_MS, slackKey, TWILIO_REPLAY_KEEP_MS, twilioSmsKey, twilioVoiceKey } from './callbacks/inbound-replays.js';
import { parseSlackInteraction, verifySlackSignature } from './callbacks/slack-callbacks.js';
import { parseTwilioGather, parseTwilioStatusCallback, validateTwilioSignature } from './callbacks/twilio-callbacks.js';
import { recordDelivery } from './delivery-log.js';
import type { NotifyServices } from './notify-services.js';
import { twimlMessage, twimlSay } from './providers/twilio.js';
import { incidentsForReplyCode, parseSmsReply } from './reply-codes.js';
import { describeResponse, respondAsUser } from './respond-as-user.js';

/** Twilio's and Slack's callbacks are a few KB; larger bodies are refused unread (413). */
export const CALLBACK_BODY_LIMIT = 64 * 1024;

const SMS_HELP = 'Reply with the code from the page and a or r, e.g. 12a to acknowledge or 12r to resolve; or "ack 42".';

/** What a replayed answer gets: nothing is done, and nothing is said about why. */
const TWIML_NOTHING = '<Response></Response>';
const SLACK_ALREADY_HANDLED = { response_type: 'ephemeral', text: 'This button press was already handled.' } as const;

function twiml(reply: FastifyReply, body: string) {
  return reply.status(200).header('content-type', 'text/xml; charset=utf-8').send(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
}

/**
 * Answers that come back from the page itself: SMS replies, voice key presses, delivery status
 * callbacks (Twilio) and button presses (Slack). Each is authenticated by the provider's
 * signature over the exact request, and acts as the person the page went to.
 */
export function inboundRoutes(runtime: Runtime, incidents: IncidentService, notify: NotifyServices) {
  const { db } = runtime.database;
  const { settings } = notify;

  /** Twilio signs the full URL it called and the form fields; anything else is refused, with why in the log only. */
  const twilioParams = (request: FastifyRequest): Record<string, string> | null => {
    const refuse = (reason: string) => {
      request.log.warn({ reason }, 'Twilio callback refused');
      return null;
    };
    if (!settings.twilioAuthToken) return refuse('no Twilio auth token is configured');
    const raw = (request.body as { raw?: string } | undefined)?.raw ?? '';
    const params = Object.fromEntries(new URLSearchParams(raw));
    const signature = request.headers['x-twilio-signature'];
    if (typeof signature !== 'string') return refuse('X-Twilio-Signature is missing');
    const url = `${settings.publicUrl}${request.url}`;
    return validateTwilioSignature(settings.twilioAuthToken, url, params, signature) ? params : refuse(`signature does not match ${url}`);
  };

  /**
   * Runs `work` for a signed answer seen for the first time (see inbound-replays.ts); a replay
   * gets `replayed` instead. A claim whose work failed is given back, so a retry can still act.
   */
  const once = async <T>(key: string, keepMs: number, work: () => Promise<T>, replayed: () => T): Promise<T> => {
    if (!(await claimInbound(db, key, runtime.clock.now(), keepMs))) return replayed();
    try {
      return await work();
    } catch (error) {
      await releaseInbound(db, key).catch(() => {});
      throw error;
    }
  };

  /**
   * The people an SMS sender or Slack user is, by their verified contact methods only: anyone may
   * add an address unverified, and must not thereby answer as its owner or make it ambiguous.
   */
  const verifiedOwners = async (type: 'sms' | 'slack', address: string): Promise<string[]> =>
    (await db.selectFrom('contact_methods').select('user_id').distinct().where('type', '=', type).where('address', '=', address).where('verified_at', 'is not', null).execute()).map(
      (r) => r.user_id,
    );

  const bundleDeliveries = (bundleId: string) => db.selectFrom('deliveries').selectAll().where('bundle_id', '=', bundleId).execute();

  return async (app: FastifyInstance): Promise<void> => {
    // Signatures cover the exact bytes, so bodies are kept raw and parsed here.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: CALLBACK_BODY_LIMIT }, (_request, body, done) => done(null, { raw: body }));
    const refused = (reply: FastifyReply) => reply.status(403).send({ code: 'VIGIL_FORBIDDEN', message: 'the request signature is missing or does not match' });

    app.post('/callbacks/twilio/sms', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const params = twilioParams(request);
      if (!params) return refused(reply);
      // Twilio's signature carries no time: the message sid is what makes a reply act once.
      const messageSid = params.MessageSid ?? params.SmsSid ?? '';
      if (messageSid === '') return twiml(reply, TWIML_NOTHING);
      return once(twilioSmsKey(messageSid), TWILIO_REPLAY_KEEP_MS, () => answerSms(params, reply), () => twiml(reply, TWIML_NOTHING));
    });

    const answerSms = async (params: Record<string, string>, reply: FastifyReply) => {
      const from = params.From ?? '';
      const owners = await verifiedOwners('sms', from);
      if (owners.length !== 1) return twiml(reply, twimlMessage(owners.length === 0 ? 'This number is not a Vigil contact method.' : 'This number belongs to several Vigil users; answer from the link instead.'));
      const userId = owners[0] as string;
      const command = parseSmsReply(params.Body ?? '');
      if (command.action === 'help') return twiml(reply, twimlMessage(SMS_HELP));
      let ids: readonly string[] | undefined;
      if ('code' in command) ids = await incidentsForReplyCode(db, userId, command.code);
      else {
        const incident = await db.selectFrom('incidents').select('id').where('number', '=', command.incidentNumber).executeTakeFirst();
        ids = incident ? [incident.id] : undefined;
      }
      if (!ids) return twiml(reply, twimlMessage(`No page matches that. ${SMS_HELP}`));
      const response = await respondAsUser(db, incidents, userId, ids, command.action, 'SMS reply');
      return twiml(reply, twimlMessage(describeResponse(command.action, response)));
    };

    app.post('/callbacks/twilio/voice', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const params = twilioParams(request);
      if (!params) return refused(reply);
      const gather = parseTwilioGather(params);
      const bundleId = (request.query as { delivery?: string }).delivery ?? '';
      const deliveries = await bundleDeliveries(bundleId);
      const userId = deliveries[0]?.user_id;
      if (!gather?.action || !userId) return twiml(reply, twimlSay('No action taken. Goodbye.'));
      const action = gather.action;
      const ids = [...new Set(deliveries.flatMap((d) => (d.incident_id ? [d.incident_id] : [])))];
      // One key press acts per call: a replayed one, signed as well, is answered without acting.
      return once(twilioVoiceKey(gather.callSid), TWILIO_REPLAY_KEEP_MS, async () => {
        const response = await respondAsUser(db, incidents, userId, ids, action, 'voice call');
        return twiml(reply, twimlSay(describeResponse(action, response).replace(/#/g, 'number ')));
      }, () => twiml(reply, twimlSay('No action taken. Goodbye.')));
    });

    app.post('/callbacks/twilio/status', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const params = twilioParams(request);
      if (!params) return refused(reply);
      const status = parseTwilioStatusCallback(params, runtime.clock.now());
      const bundleId = (request.query as { delivery?: string }).delivery ?? '';
      if (status) {
        const deliveries = (await bundleDeliveries(bundleId)).filter((d) => d.status === 'sent' || d.status === 'delivered');
        const ids = deliveries.map((d) => d.id);
        if (status.status === 'delivered') await recordDelivery(db, ids, { status: 'delivered', at: status.at, detail: `Twilio reports ${status.externalId} delivered`, patch: { delivered_at: status.at } });
        else if (status.status === 'failed') await recordDelivery(db, ids, { status: 'failed', at: status.at, detail: status.reason ?? 'Twilio reports it failed', patch: { last_error: status.reason } });
      }
      return reply.status(204).send();
    });

    app.post('/callbacks/slack/interactions', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const raw = (request.body as { raw?: string } | undefined)?.raw ?? '';
      const timestamp = request.headers['x-slack-request-timestamp'];
      const signature = request.headers['x-slack-signature'];
      if (!settings.slackSigningSecret || typeof timestamp !== 'string' || typeof signature !== 'string') {
        request.log.warn({ reason: settings.slackSigningSecret ? 'X-Slack-Request-Timestamp or X-Slack-Signature is missing' : 'no Slack signing secret is configured' }, 'Slack callback refused');
        return refused(reply);
      }
      const check = verifySlackSignature(settings.slackSigningSecret, timestamp, raw, signature, runtime.clock.now());
      // Why is for the operator only: telling the caller would say which part of a forgery to fix.
      if (!check.ok) {
        request.log.warn({ reason: check.reason }, 'Slack callback refused');
        return refused(reply);
      }
      // Within its 5 minutes a signed request could be sent again; it acts once.
      return once(slackKey(timestamp, raw), SLACK_REPLAY_KEEP_MS, () => answerSlack(raw, reply), () => reply.status(200).send(SLACK_ALREADY_HANDLED));
    });

    const answerSlack = async (raw: string, reply: FastifyReply) => {
      const interaction = parseSlackInteraction(raw);
      if (!interaction?.action) return reply.status(200).send({ text: 'Nothing to do.' });
      const owners = await verifiedOwners('slack', interaction.userId);
      if (owners.length === 0) return reply.status(200).send({ response_type: 'ephemeral', text: 'Your Slack account is not linked to a Vigil user; add it as a slack contact method and verify it.' });
      if (owners.length > 1) return reply.status(200).send({ response_type: 'ephemeral', text: 'Your Slack account belongs to several Vigil users; answer from the link instead.' });
      const response = await respondAsUser(db, incidents, owners[0] as string, interaction.incidentIds, interaction.action, 'Slack');
      return reply.status(200).send({ response_type: 'ephemeral', text: describeResponse(interaction.action, response) });
    };
  };
}
