import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
    beforeAll(async () => {
      t = await createTestApp(dialect);
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
  });
}
