import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentView } from '../incidents/incident-view.js';
import { createTestApp, TEST_OUTBOUND, TEST_PUBLIC_URL, TEST_SLACK_SIGNING_SECRET, TEST_TWILIO_AUTH_TOKEN, testNotifyServices, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { startSmtpPeer, type SmtpPeer } from '../../test/peers/smtp-peer.js';
import { startTwilioPeer, type TwilioPeer } from '../../test/peers/twilio-peer.js';
import { startWebhookPeer, type WebhookPeer } from '../../test/peers/webhook-peer.js';
import { twilioSignature } from './callbacks/twilio-callbacks.js';
import { createSmtpProvider } from './providers/smtp.js';
import { createTwilioProvider } from './providers/twilio.js';
import { createWebhookProvider } from './providers/webhook.js';
import { slackActionValue } from './templates/slack.js';

const MINUTE = 60_000;
const PHONE = '+15555550100';

interface Delivery {
  page: string | null;
  channel: string;
  status: string;
  kind: string;
  attempts: number;
  bundle: string | null;
  history: { status: string; detail: string | null }[];
}

for (const dialect of DIALECTS) {
  describe(`notifications on ${dialect}`, () => {
    let smtp: SmtpPeer;
    let twilio: TwilioPeer;
    let hooks: WebhookPeer;
    let t: TestApp;
    beforeAll(async () => {
      [smtp, twilio, hooks] = await Promise.all([startSmtpPeer(), startTwilioPeer({ authToken: TEST_TWILIO_AUTH_TOKEN }), startWebhookPeer()]);
    });
    afterAll(async () => {
      await Promise.all([smtp.close(), twilio.close(), hooks.close()]);
    });
    beforeEach(async () => {
      smtp.received.length = 0;
      twilio.messages.length = 0;
      twilio.calls.length = 0;
      hooks.requests.length = 0;
      const providers = [
        createSmtpProvider({ url: smtp.url, from: 'Vigil <vigil@example.com>' }),
        createTwilioProvider({ accountSid: twilio.accountSid, authToken: twilio.authToken, from: '+15555550199', callbackBaseUrl: `${TEST_PUBLIC_URL}/callbacks/twilio`, baseUrl: twilio.url }),
        createWebhookProvider({ secret: 'hook-secret', outbound: TEST_OUTBOUND }),
      ];
      t = await createTestApp(dialect, { notify: testNotifyServices(providers, { email: 0, sms: MINUTE, voice: MINUTE }) });
      t.clock.set(Date.parse('2026-03-02T10:00:00Z'));
      const db = t.database.db;
      const now = t.clock.now();
      await db.insertInto('users').values({ id: 'alice', name: 'Alice Liddell', email: 'alice@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }).execute();
      await db.insertInto('teams').values({ id: 'platform', name: 'Platform', description: null, created_at: now, updated_at: now }).execute();
      await db.insertInto('contact_methods').values([
        { id: 'alice-mail', user_id: 'alice', name: null, type: 'email', address: 'alice@example.com', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
        { id: 'alice-sms', user_id: 'alice', name: null, type: 'sms', address: PHONE, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
        { id: 'alice-voice', user_id: 'alice', name: null, type: 'voice', address: PHONE, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
        { id: 'alice-slack', user_id: 'alice', name: null, type: 'slack', address: 'U024BE7LH', verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
        { id: 'alice-hook', user_id: 'alice', name: null, type: 'webhook', address: `${hooks.url}/pages`, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now },
      ]).execute();
      await db.insertInto('escalation_policies').values({ id: 'p', name: 'P', description: null, team_id: null, repeat: 0, created_at: now, updated_at: now }).execute();
      await db.insertInto('escalation_levels').values({ policy_id: 'p', position: 1, escalate_after_ms: 30 * MINUTE, targets: JSON.stringify(['user:alice']) }).execute();
      await db.insertInto('services').values({ id: 'api', name: 'API', description: null, team_id: 'platform', created_at: now, updated_at: now, escalation_policy_id: 'p' }).execute();
    });
    afterEach(async () => {
      await t.close();
    });

    const rules = (list: { method: string; after: number; urgency?: 'high' | 'low' }[]) =>
      t.database.db.insertInto('notification_rules').values(list.map((r, i) => ({ id: `rule-${i}`, user_id: 'alice', contact_method_id: r.method, delay_ms: r.after, urgency: r.urgency ?? null, position: i }))).execute();
    const declare = async (title = 'Checkout is down', severity = 'SEV-1') => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title, service: 'api', severity } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<IncidentView>();
    };
    const deliveries = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/deliveries` })).json<{ deliveries: Delivery[] }>().deliveries;
    const status = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>();
    const after = async (ms: number) => {
      t.clock.advance(ms);
      await t.engine.runDue();
    };

    it('emails the page with a link that acknowledges only after a confirming POST, once', async () => {
      await rules([{ method: 'alice-mail', after: 0 }]);
      const incident = await declare();
      await t.engine.runDue();
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.to).toContain('alice@example.com');
      expect(mail.subject).toContain(`#${incident.number}`);
      expect(mail.subject).toContain('Checkout is down');
      const link = /http:\/\/vigil\.test(\/ack\/[A-Za-z0-9_.-]+)/.exec(mail.text)?.[1];
      expect(link).toBeDefined();
      const confirm = await t.app.inject({ method: 'GET', url: link! });
      expect(confirm.statusCode).toBe(200);
      expect(confirm.body).toContain('<form method="post">');
      expect((await status(incident.number)).status).toBe('triggered');
      const acked = await t.app.inject({ method: 'POST', url: link!, payload: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(acked.statusCode).toBe(200);
      expect(acked.body).toContain(`Acknowledged #${incident.number}`);
      const after = await status(incident.number);
      expect(after.status).toBe('acknowledged');
      expect(after.timeline?.find((e) => e.kind === 'acknowledged')?.actor).toBe('user:alice');
      const again = await t.app.inject({ method: 'POST', url: link!, payload: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(again.statusCode).toBe(409);
      const forged = await t.app.inject({ method: 'GET', url: `${link!.slice(0, -4)}AAAA` });
      expect(forged.statusCode).toBe(404);
      const [sent] = await deliveries(incident.number);
      expect(sent).toMatchObject({ channel: 'email', status: 'sent', kind: 'page' });
      const pages = (await t.request({ method: 'GET', url: `/api/v1/incidents/${incident.number}/pages` })).json<{ pages: { id: string; user: string }[] }>().pages;
      expect(pages).toEqual([expect.objectContaining({ user: 'alice' })]);
      expect(sent!.page).toBe(pages[0]!.id);
      expect(sent!.history.map((h) => h.status)).toEqual(['queued', 'sending', 'sent']);
    });

    it('texts the page with a reply code, and a signed reply acknowledges it', async () => {
      await rules([{ method: 'alice-sms', after: 0 }]);
      const incident = await declare();
      await t.engine.runDue();
      expect(twilio.messages).toHaveLength(1);
      const body = twilio.messages[0]!.Body!;
      expect(body.length).toBeLessThanOrEqual(160);
      const code = /Reply (\d+)a/.exec(body)?.[1];
      expect(code).toBeDefined();
      const url = `${TEST_PUBLIC_URL}/callbacks/twilio/sms`;
      const params = { From: PHONE, To: '+15555550199', Body: `${code}a`, MessageSid: 'SM1' };
      const forged = await t.app.inject({ method: 'POST', url: '/callbacks/twilio/sms', payload: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'bm90LXJpZ2h0' } });
      expect(forged.statusCode).toBe(403);
      expect((await status(incident.number)).status).toBe('triggered');
      const reply = await t.app.inject({
        method: 'POST',
        url: '/callbacks/twilio/sms',
        payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_TWILIO_AUTH_TOKEN, url, params) },
      });
      expect(reply.statusCode).toBe(200);
      expect(reply.body).toContain(`<Message>Acknowledged #${incident.number}.</Message>`);
      expect((await status(incident.number)).status).toBe('acknowledged');
    });

    it('acknowledges from a voice call key press', async () => {
      await rules([{ method: 'alice-voice', after: 0 }]);
      const incident = await declare();
      await t.engine.runDue();
      expect(twilio.calls).toHaveLength(1);
      const gather = /action="([^"]+)"/.exec(twilio.calls[0]!.Twiml ?? '')?.[1]?.replace(/&amp;/g, '&');
      expect(gather).toContain('/callbacks/twilio/voice?delivery=');
      const params = { CallSid: 'CA1', Digits: '1', From: '+15555550199', To: PHONE };
      const press = await t.app.inject({
        method: 'POST',
        url: gather!.slice(TEST_PUBLIC_URL.length),
        payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_TWILIO_AUTH_TOKEN, gather!, params) },
      });
      expect(press.statusCode).toBe(200);
      expect(press.body).toContain('Acknowledged number');
      expect((await status(incident.number)).status).toBe('acknowledged');
    });

    /** A Slack acknowledge button press on `incidentId`, signed as sent at `timestamp` (seconds). */
    const slackPress = (incidentId: string, timestamp = Math.floor(t.clock.now() / 1000)) => {
      const payload = JSON.stringify({ type: 'block_actions', user: { id: 'U024BE7LH', team_id: 'T1' }, team: { id: 'T1' }, actions: [{ action_id: 'vigil_ack', value: slackActionValue([incidentId]) }], response_url: 'https://hooks.slack.test/x' });
      const body = new URLSearchParams({ payload }).toString();
      return t.app.inject({
        method: 'POST',
        url: '/callbacks/slack/interactions',
        payload: body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': `v0=${createHmac('sha256', TEST_SLACK_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`,
        },
      });
    };
    /** A form post signed the way Twilio signs it, to `url` (a full public URL). */
    const twilioPost = (url: string, params: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: url.slice(TEST_PUBLIC_URL.length),
        payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_TWILIO_AUTH_TOKEN, url, params) },
      });

    it('acknowledges from a signed Slack button and refuses a replayed one', async () => {
      const incident = await declare();
      const send = (timestamp: number) => slackPress(incident.id, timestamp);
      const replayed = await send(Math.floor(t.clock.now() / 1000) - 600);
      expect(replayed.statusCode).toBe(403);
      const fresh = await send(Math.floor(t.clock.now() / 1000));
      expect(fresh.statusCode).toBe(200);
      expect((await status(incident.number)).status).toBe('acknowledged');
    });

    describe('answers from someone who is no longer a responder', () => {
      const refusal = 'Not acknowledged: your Vigil role is now viewer, and acknowledging needs responder; ask an admin, or answer in Vigil.';
      /** Pages alice by mail, SMS and voice, then demotes her to viewer: what each page offers. */
      const pagedThenDemoted = async () => {
        await rules([{ method: 'alice-mail', after: 0 }, { method: 'alice-sms', after: 0 }, { method: 'alice-voice', after: 0 }]);
        const incident = await declare();
        await t.engine.runDue();
        const link = /http:\/\/vigil\.test(\/ack\/[A-Za-z0-9_.-]+)/.exec(smtp.received[0]?.text ?? '')?.[1];
        const code = /Reply (\d+)a/.exec(twilio.messages[0]?.Body ?? '')?.[1];
        const gather = /action="([^"]+)"/.exec(twilio.calls[0]?.Twiml ?? '')?.[1]?.replace(/&amp;/g, '&');
        if (link === undefined || code === undefined || gather === undefined) throw new Error('a page is missing its link, reply code or key-press URL');
        const demoted = await t.request({ method: 'PATCH', url: '/api/v1/users/alice', payload: { role: 'viewer' } });
        expect(demoted.statusCode, demoted.body).toBe(200);
        return { incident, link, code, gather };
      };
      const unchanged = async (number: number) => {
        const after = await status(number);
        expect(after.status).toBe('triggered');
        expect(after.timeline?.some((e) => e.actor === 'user:alice')).toBe(false);
      };

      it('refuses an acknowledge link with a page that says why, before the button, and keeps the link for later', async () => {
        const { incident, link } = await pagedThenDemoted();
        const confirm = await t.app.inject({ method: 'GET', url: link });
        expect(confirm.statusCode).toBe(403);
        expect(confirm.body).toContain(refusal);
        expect(confirm.body).not.toContain('<form');
        const post = () => t.app.inject({ method: 'POST', url: link, payload: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        const page = await post();
        expect(page.statusCode).toBe(403);
        expect(page.body).toContain(refusal);
        await unchanged(incident.number);
        // Made a responder again while the link is still valid: it acknowledges.
        expect((await t.request({ method: 'PATCH', url: '/api/v1/users/alice', payload: { role: 'responder' } })).statusCode).toBe(200);
        const again = await post();
        expect(again.statusCode, again.body).toBe(200);
        expect((await status(incident.number)).status).toBe('acknowledged');
      });

      it('refuses an SMS reply with a text that says why', async () => {
        const { incident, code } = await pagedThenDemoted();
        const sms = await twilioPost(`${TEST_PUBLIC_URL}/callbacks/twilio/sms`, { From: PHONE, To: '+15555550199', Body: `${code}a`, MessageSid: 'SM1' });
        expect(sms.body).toContain(`<Message>${refusal}</Message>`);
        await unchanged(incident.number);
      });

      it('refuses a voice key press and says why', async () => {
        const { incident, gather } = await pagedThenDemoted();
        const voice = await twilioPost(gather, { CallSid: 'CA1', Digits: '1', From: '+15555550199', To: PHONE });
        expect(voice.body).toContain(refusal);
        await unchanged(incident.number);
      });

      it('refuses a Slack button press with an ephemeral message that says why', async () => {
        const { incident } = await pagedThenDemoted();
        const slack = await slackPress(incident.id);
        expect(slack.json()).toEqual({ response_type: 'ephemeral', text: refusal });
        await unchanged(incident.number);
      });
    });

    it('follows the rules in time and stops the later ones once acknowledged', async () => {
      await rules([{ method: 'alice-sms', after: 0 }, { method: 'alice-voice', after: 5 * MINUTE }, { method: 'alice-mail', after: 10 * MINUTE }]);
      const incident = await declare();
      await t.engine.runDue();
      expect(twilio.messages).toHaveLength(1);
      await after(5 * MINUTE);
      expect(twilio.calls).toHaveLength(1);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${incident.number}/acknowledge` });
      await after(10 * MINUTE);
      expect(smtp.received).toHaveLength(0);
    });

    it('never rings a phone for a low-urgency incident when the rules say high only', async () => {
      await rules([{ method: 'alice-sms', after: 0, urgency: 'high' }, { method: 'alice-mail', after: 0, urgency: 'low' }]);
      await declare('Disk 80% full', 'SEV-3');
      await t.engine.runDue();
      expect(twilio.messages).toHaveLength(0);
      expect(smtp.received).toHaveLength(1);
    });

    it('bundles pages that arrive while the SMS throttle holds into one message', async () => {
      await rules([{ method: 'alice-sms', after: 0 }]);
      await declare('First');
      await t.engine.runDue();
      await after(10_000);
      const second = await declare('Second');
      await t.engine.runDue();
      await after(10_000);
      await declare('Third');
      await t.engine.runDue();
      expect(twilio.messages).toHaveLength(1);
      await after(40_000);
      expect(twilio.messages).toHaveLength(2);
      expect(twilio.messages[1]!.Body).toMatch(/2 incidents/);
      const [bundled] = await deliveries(second.number);
      expect(bundled!.history.find((h) => h.status === 'sending')?.detail).toBe('bundled with 1 other(s)');
    });

    it('delivers every page after a webhook outage, and none twice', async () => {
      await rules([{ method: 'alice-hook', after: 0 }]);
      hooks.failNext(4, 500);
      const incident = await declare();
      await t.engine.runDue();
      for (let i = 0; i < 8; i += 1) await after(20_000);
      const accepted = hooks.requests.filter((r) => r.path === '/pages');
      expect(accepted).toHaveLength(5);
      expect(new Set(accepted.map((r) => r.headers['x-vigil-delivery'])).size).toBe(1);
      const [delivery] = await deliveries(incident.number);
      expect(delivery).toMatchObject({ status: 'sent', attempts: 5 });
      expect(delivery!.history.filter((h) => h.status === 'retrying')).toHaveLength(4);
      await after(10 * MINUTE);
      expect(hooks.requests.filter((r) => r.path === '/pages')).toHaveLength(5);
    });

    it('records a permanent refusal with the provider’s reason and lets a person retry it', async () => {
      await rules([{ method: 'alice-sms', after: 0 }]);
      twilio.rejectNumber(PHONE, 21610);
      const incident = await declare();
      await t.engine.runDue();
      const [failed] = await deliveries(incident.number);
      expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
      expect(failed!.history.at(-1)?.detail).toContain('21610');
      const id = (await t.database.db.selectFrom('deliveries').select('id').where('incident_id', '=', incident.id).executeTakeFirstOrThrow()).id;
      const retry = await t.request({ method: 'POST', url: `/api/v1/deliveries/${id}/retry` });
      expect(retry.statusCode).toBe(202);
      const again = await t.request({ method: 'POST', url: `/api/v1/deliveries/${id}/retry` });
      expect(again.statusCode).toBe(409);
    });

    it('refuses to retry a delivery whose contact method has since been disabled', async () => {
      await rules([{ method: 'alice-sms', after: 0 }]);
      twilio.rejectNumber(PHONE, 21610);
      const incident = await declare();
      await t.engine.runDue();
      const id = (await t.database.db.selectFrom('deliveries').select('id').where('incident_id', '=', incident.id).executeTakeFirstOrThrow()).id;
      await t.database.db.updateTable('contact_methods').set({ disabled: 1, disabled_at: t.clock.now() }).where('id', '=', 'alice-sms').execute();
      const refused = await t.request({ method: 'POST', url: `/api/v1/deliveries/${id}/retry` });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_CONFLICT', details: { contact_method: 'alice-sms' } });
      expect(refused.json().message).toContain('its owner disabled it');
      const [delivery] = await deliveries(incident.number);
      expect(delivery).toMatchObject({ status: 'failed' });
    });

    it('posts incident events to the team’s subscribed channels', async () => {
      await t.database.db.insertInto('event_subscriptions').values({ id: 'sub-1', team_id: 'platform', channel: 'webhook', address: `${hooks.url}/events`, events: JSON.stringify(['triggered', 'resolved']), position: 0 }).execute();
      const incident = await declare();
      await t.engine.runDue();
      await t.request({ method: 'POST', url: `/api/v1/incidents/${incident.number}/acknowledge` });
      await t.request({ method: 'POST', url: `/api/v1/incidents/${incident.number}/resolve` });
      await t.engine.runDue();
      const events = hooks.requests.filter((r) => r.path === '/events').map((r) => (JSON.parse(r.body) as { event: { type: string } }).event.type);
      expect(events).toEqual(['triggered', 'resolved']);
    });
  });
}
