import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../core/logger.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { createTestApp, TEST_PUBLIC_URL, TEST_SLACK_SIGNING_SECRET, TEST_TWILIO_AUTH_TOKEN, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { twilioSignature } from './callbacks/twilio-callbacks.js';
import { slackActionValue } from './templates/slack.js';

const ALICE_PHONE = '+15555550100';
const ALICE_SLACK = 'U024BE7LH';
const FORM = 'application/x-www-form-urlencoded';

for (const dialect of DIALECTS) {
  describe(`answers from SMS and Slack on ${dialect}`, () => {
    let t: TestApp;
    const logLines: string[] = [];
    beforeAll(async () => {
      const capture = new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString('utf8'));
          done();
        },
      });
      t = await createTestApp(dialect, { logger: createLogger({ level: 'info', destination: capture }) });
      const db = t.database.db;
      const now = t.clock.now();
      const user = (id: string) => ({ id, name: id, email: `${id}@example.com`, time_zone: 'UTC', role: 'responder' as const, created_at: now, updated_at: now });
      await db.insertInto('users').values([user('alice'), user('mallory')]).execute();
      await db.insertInto('services').values({ id: 'api', name: 'API', description: null, team_id: null, severity_map: null, escalation_policy_id: null, created_at: now, updated_at: now }).execute();
    });
    afterAll(async () => {
      await t.close();
    });
    beforeEach(async () => {
      await t.database.db.deleteFrom('contact_methods').execute();
      await t.database.db.deleteFrom('inbound_replays').execute();
    });

    const method = (id: string, userId: string, type: string, address: string, verified: boolean) =>
      t.database.db
        .insertInto('contact_methods')
        .values({ id, user_id: userId, name: null, type, address, verified_at: verified ? t.clock.now() : null, verification_hash: null, verification_expires_at: null, created_at: t.clock.now(), updated_at: t.clock.now() })
        .execute();
    const declare = async () => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout is down', service: 'api' } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<IncidentView>();
    };
    const incident = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>();
    const acknowledger = async (number: number) => (await incident(number)).timeline?.find((e) => e.kind === 'acknowledged')?.actor;

    const sms = (params: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/callbacks/twilio/sms',
        payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': FORM, 'x-twilio-signature': twilioSignature(TEST_TWILIO_AUTH_TOKEN, `${TEST_PUBLIC_URL}/callbacks/twilio/sms`, params) },
      });
    const slackBody = (slackUser: string, incidentId: string) =>
      new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', user: { id: slackUser }, team: { id: 'T1' }, actions: [{ action_id: 'vigil_ack', value: slackActionValue([incidentId]) }] }) }).toString();
    const slack = (body: string, timestamp = Math.floor(t.clock.now() / 1000), signature?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/callbacks/slack/interactions',
        payload: body,
        headers: {
          'content-type': FORM,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature ?? `v0=${createHmac('sha256', TEST_SLACK_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`,
        },
      });

    describe('who answered', () => {
      it('does not take an SMS from a number that is only an unverified contact method as its user', async () => {
        await method('cm-mallory', 'mallory', 'sms', ALICE_PHONE, false);
        const declared = await declare();
        const reply = await sms({ From: ALICE_PHONE, To: '+15555550199', Body: `ack ${declared.number}`, MessageSid: 'SM-unverified' });
        expect(reply.statusCode).toBe(200);
        expect(reply.body).toContain('This number is not a Vigil contact method.');
        expect((await incident(declared.number)).status).toBe('triggered');
      });

      it("acts on a verified number's SMS even when another user added the same number unverified", async () => {
        await method('cm-alice', 'alice', 'sms', ALICE_PHONE, true);
        await method('cm-mallory', 'mallory', 'sms', ALICE_PHONE, false);
        const declared = await declare();
        const reply = await sms({ From: ALICE_PHONE, To: '+15555550199', Body: `ack ${declared.number}`, MessageSid: 'SM-verified' });
        expect(reply.body).toContain(`<Message>Acknowledged #${declared.number}.</Message>`);
        expect(await acknowledger(declared.number)).toBe('user:alice');
      });

      it('does not take a Slack button press from an unverified Slack id as its user', async () => {
        await method('cm-mallory', 'mallory', 'slack', ALICE_SLACK, false);
        const declared = await declare();
        const pressed = await slack(slackBody(ALICE_SLACK, declared.id));
        expect(pressed.statusCode).toBe(200);
        expect(pressed.json().text).toContain('not linked to a Vigil user');
        expect((await incident(declared.number)).status).toBe('triggered');
      });

      it("acts on a verified Slack id's button press as its user when another user added the same id unverified", async () => {
        await method('cm-mallory', 'mallory', 'slack', ALICE_SLACK, false);
        await method('cm-alice', 'alice', 'slack', ALICE_SLACK, true);
        const declared = await declare();
        const pressed = await slack(slackBody(ALICE_SLACK, declared.id));
        expect(pressed.json().text).toBe(`Acknowledged #${declared.number}.`);
        expect(await acknowledger(declared.number)).toBe('user:alice');
      });
    });

    describe('replays', () => {
      const unacknowledge = async (number: number) => {
        expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/unacknowledge`, payload: {} })).statusCode).toBe(200);
      };

      it('acts once on a signed SMS reply, and answers its replay with an empty reply', async () => {
        await method('cm-alice', 'alice', 'sms', ALICE_PHONE, true);
        const declared = await declare();
        const params = { From: ALICE_PHONE, To: '+15555550199', Body: `ack ${declared.number}`, MessageSid: 'SM-replayed' };
        expect((await sms(params)).body).toContain(`Acknowledged #${declared.number}.`);
        await unacknowledge(declared.number);
        const replayed = await sms(params);
        expect(replayed.statusCode).toBe(200);
        expect(replayed.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
        expect((await incident(declared.number)).status).toBe('triggered');
        // Another message from the same person is a new answer.
        expect((await sms({ ...params, MessageSid: 'SM-next' })).body).toContain(`Acknowledged #${declared.number}.`);
      });

      it('acts once on one SMS reply delivered twice at the same moment', async () => {
        await method('cm-alice', 'alice', 'sms', ALICE_PHONE, true);
        const declared = await declare();
        const params = { From: ALICE_PHONE, To: '+15555550199', Body: `ack ${declared.number}`, MessageSid: 'SM-twice' };
        const answers = await Promise.all([sms(params), sms(params)]);
        expect(answers.map((a) => a.body.includes('Acknowledged')).sort()).toEqual([false, true]);
        expect((await incident(declared.number)).timeline?.filter((e) => e.kind === 'acknowledged')).toHaveLength(1);
      });

      it('acts once on a signed Slack button press replayed within its five minutes', async () => {
        await method('cm-alice', 'alice', 'slack', ALICE_SLACK, true);
        const declared = await declare();
        const body = slackBody(ALICE_SLACK, declared.id);
        const timestamp = Math.floor(t.clock.now() / 1000);
        expect((await slack(body, timestamp)).json().text).toBe(`Acknowledged #${declared.number}.`);
        await unacknowledge(declared.number);
        t.clock.advance(60_000);
        const replayed = await slack(body, timestamp);
        expect(replayed.statusCode).toBe(200);
        expect(replayed.json()).toEqual({ response_type: 'ephemeral', text: 'This button press was already handled.' });
        expect((await incident(declared.number)).status).toBe('triggered');
      });

      it('acts once on a signed voice key press replayed for the same call', async () => {
        const declared = await declare();
        await t.database.db
          .insertInto('deliveries')
          .values({
            id: 'dlv_voice', kind: 'page', page_id: null, incident_id: declared.id, user_id: 'alice', contact_method_id: null, channel: 'voice', address: ALICE_PHONE, status: 'sent',
            provider: 'twilio', external_id: 'CA-replayed', attempts: 1, last_error: null, bundle_id: 'dlv_voice', event: null, created_at: t.clock.now(), updated_at: t.clock.now(), sent_at: t.clock.now(), delivered_at: null,
          })
          .execute();
        const url = `${TEST_PUBLIC_URL}/callbacks/twilio/voice?delivery=dlv_voice`;
        const params = { CallSid: 'CA-replayed', Digits: '1', From: '+15555550199', To: ALICE_PHONE };
        const press = () =>
          t.app.inject({ method: 'POST', url: url.slice(TEST_PUBLIC_URL.length), payload: new URLSearchParams(params).toString(), headers: { 'content-type': FORM, 'x-twilio-signature': twilioSignature(TEST_TWILIO_AUTH_TOKEN, url, params) } });
        expect((await press()).body).toContain('Acknowledged number');
        await unacknowledge(declared.number);
        const replayed = await press();
        expect(replayed.body).toContain('No action taken. Goodbye.');
        expect((await incident(declared.number)).status).toBe('triggered');
      });

      it('forgets answers once their replay could no longer pass, keeping those that still could', async () => {
        await method('cm-alice', 'alice', 'sms', ALICE_PHONE, true);
        await method('cm-alice-slack', 'alice', 'slack', ALICE_SLACK, true);
        const declared = await declare();
        await sms({ From: ALICE_PHONE, To: '+15555550199', Body: 'help', MessageSid: 'SM-old' });
        await slack(slackBody(ALICE_SLACK, declared.id));
        t.clock.advance(11 * 60_000);
        await slack(slackBody(ALICE_SLACK, declared.id));
        const kept = (await t.database.db.selectFrom('inbound_replays').select('key').execute()).map((r) => r.key.split(':')[0]).sort();
        expect(kept).toEqual(['slack', 'twilio-sms']);
      });

      it('refuses a bad Slack signature with the same answer whatever was wrong, and logs why', async () => {
        const body = slackBody(ALICE_SLACK, 'inc_x');
        const now = Math.floor(t.clock.now() / 1000);
        const answers = [
          await slack(body, now, 'v0=0000000000000000000000000000000000000000000000000000000000000000'),
          await slack(body, now - 600),
          await slack(body, now, 'v1=abc'),
          await t.app.inject({ method: 'POST', url: '/callbacks/slack/interactions', payload: body, headers: { 'content-type': FORM } }),
        ];
        for (const answer of answers) {
          expect(answer.statusCode).toBe(403);
          expect(answer.json()).toEqual({ code: 'VIGIL_FORBIDDEN', message: 'the request signature is missing or does not match' });
        }
        const logged = logLines.join('');
        expect(logged).toContain('signature does not match');
        expect(logged).toContain('replay?');
      });
    });
  });
}
