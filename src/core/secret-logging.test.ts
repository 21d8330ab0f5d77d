import { createHmac, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpPeer, type SmtpPeer } from '../../test/peers/smtp-peer.js';
import { startSlackPeer, type SlackPeer } from '../../test/peers/slack-peer.js';
import { startTwilioPeer, type TwilioPeer } from '../../test/peers/twilio-peer.js';
import { startWebhookPeer, type WebhookPeer } from '../../test/peers/webhook-peer.js';
import { startPushService, type PushService } from '../../test/peers/push-service.js';
import type { PushPayload } from '../notify/channels.js';
import { generateVapidKeys } from '../notify/vapid-keys.js';
import { SESSION_COOKIE } from '../access/sessions.js';
import { twilioSignature } from '../notify/callbacks/twilio-callbacks.js';
import { notifyServicesFromEnv } from '../notify/providers-from-env.js';
import { createTestApp, TEST_ADMIN_TOKEN, TEST_OUTBOUND, TEST_PUBLIC_URL, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { createLogger, redactUrl } from './logger.js';

/**
 * Secrets never reach the log. The app runs with the production logger at trace level, writing
 * to memory, through every flow that carries a secret; then the log is searched for each
 * secret. A new flow with a secret (a login form, a cookie, a new provider credential) is one
 * more entry in FLOWS: run it, and return the secret values it used.
 */

const secret = (prefix: string) => `${prefix}${randomBytes(12).toString('hex')}`;

const AM_KEY = secret('am-key-');
const V2_KEY = secret('v2key');
const SIGNING_SECRET = secret('slack-signing-');
const TWILIO_TOKEN = secret('twilio-token-');
const SMTP_PASSWORD = secret('smtp-pw-');
const SLACK_BOT_TOKEN = secret('xoxb-');
const WEBHOOK_SECRET = secret('whsec-');
const NTFY_TOKEN = secret('tk_');
const VAPID = generateVapidKeys();

interface Context {
  readonly t: TestApp;
  readonly hooks: WebhookPeer;
  readonly twilio: TwilioPeer;
  readonly slack: SlackPeer;
  readonly smtp: SmtpPeer;
  readonly push: PushService;
  /** Runs due jobs (sending) after moving the clock past retries. */
  send(): Promise<void>;
}

interface SecretFlow {
  readonly name: string;
  /** Exercises the flow; answers every secret value it sent or received. */
  run(context: Context): Promise<readonly string[]>;
}

const alertmanagerBody = (status: 'firing' | 'resolved') =>
  JSON.stringify({
    version: '4', receiver: 'vigil', status, groupKey: '{}:{alertname="Disk"}', truncatedAlerts: 0, groupLabels: { alertname: 'Disk' }, commonLabels: { alertname: 'Disk' }, commonAnnotations: {}, externalURL: 'http://am',
    alerts: [{ status, labels: { alertname: 'Disk', severity: 'critical' }, annotations: { summary: 'Disk full' }, startsAt: '2026-03-02T09:59:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: 'http://prom', fingerprint: 'f1' }],
  });

const FLOWS: readonly SecretFlow[] = [
  {
    name: 'the bootstrap admin token, and a wrong one',
    async run({ t }) {
      const wrong = secret('wrong-token-');
      expect((await t.request({ method: 'GET', url: '/api/v1/incidents' })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: `Bearer ${wrong}` } })).statusCode).toBe(401);
      return [TEST_ADMIN_TOKEN, wrong];
    },
  },
  {
    name: 'an API token, created and used',
    async run({ t }) {
      const created = await t.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'ci', kind: 'service', role: 'responder' } });
      expect(created.statusCode, created.body).toBe(201);
      const token = created.json<{ secret: string }>().secret;
      expect((await t.request({ method: 'GET', url: '/api/v1/incidents', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
      return [token];
    },
  },
  {
    name: 'integration keys in ingest paths and headers',
    async run({ t }) {
      const unknown = secret('unknown-key-');
      const post = (url: string, payload: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload });
      expect((await post(`/integrations/alertmanager/${AM_KEY}`, alertmanagerBody('firing'))).statusCode).toBe(202);
      expect((await post('/integrations/alertmanager', alertmanagerBody('firing'), { authorization: `Bearer ${AM_KEY}` })).statusCode).toBe(202);
      expect((await post(`/integrations/alertmanager/${unknown}`, alertmanagerBody('firing'))).statusCode).toBeGreaterThanOrEqual(400);
      expect((await post(`/integrations/alertmanager/${AM_KEY}?token=${unknown}`, '{"not":"alertmanager"}')).statusCode).toBe(400);
      return [AM_KEY, unknown];
    },
  },
  {
    name: 'routing keys in Events API bodies',
    async run({ t }) {
      const unknown = secret('unknownv2');
      const post = (payload: object) => t.app.inject({ method: 'POST', url: '/v2/enqueue', payload });
      const event = { event_action: 'trigger', dedup_key: 'cpu', payload: { summary: 'CPU hot', source: 'db-1', severity: 'critical', timestamp: 'not a time' } };
      expect((await post({ routing_key: V2_KEY, ...event })).statusCode).toBe(202);
      expect((await post({ routing_key: unknown, ...event })).statusCode).toBeGreaterThanOrEqual(400);
      expect((await post({ routing_key: V2_KEY, event_action: 'explode' })).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'POST', url: '/generic/2010-04-15/create_event.json', payload: { service_key: V2_KEY, event_type: 'trigger', description: 'x' } })).statusCode).toBe(200);
      return [V2_KEY, unknown];
    },
  },
  {
    name: 'acknowledge-link tokens, opened and used',
    async run({ t, hooks, send }) {
      await send();
      const page = hooks.requests.map((r) => JSON.parse(r.body) as { ack_url?: string | null }).find((b) => typeof b.ack_url === 'string');
      expect(page, 'the page carried an acknowledge link').toBeDefined();
      const path = new URL(page!.ack_url!).pathname;
      const token = path.split('/').pop()!;
      expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: `/ack/${token.slice(0, -2)}xx` })).statusCode).toBe(404);
      return [token];
    },
  },
  {
    name: 'contact-method verification codes, wrong and right',
    async run({ t, hooks, send }) {
      const created = await t.request({ method: 'POST', url: '/api/v1/users/alice/contact-methods', payload: { type: 'webhook', address: `${hooks.url}/verify-me` } });
      expect(created.statusCode, created.body).toBe(201);
      await send();
      const sent = hooks.requests.filter((r) => r.path === '/verify-me').map((r) => JSON.parse(r.body) as { verification_code: string })[0];
      const code = sent!.verification_code;
      const wrong = code === '000000' ? '111111' : '000000';
      const verify = (value: string) => t.request({ method: 'POST', url: `/api/v1/contact-methods/${created.json<{ id: string }>().id}/verify`, payload: { code: value } });
      expect((await verify(wrong)).statusCode).toBe(422);
      expect((await verify(code)).statusCode).toBe(200);
      return [code];
    },
  },
  {
    name: 'browser push subscriptions (keys and endpoint), their codes and pages, a gone one, and the VAPID private key',
    async run({ t, push, send }) {
      const subscription = push.subscribe({ applicationServerKey: VAPID.publicKey });
      const created = await t.request({ method: 'POST', url: '/api/v1/users/alice/contact-methods', payload: { type: 'push', subscription, label: 'Firefox' } });
      expect(created.statusCode, created.body).toBe(201);
      await send();
      const code = push.received.map((m) => m.json as PushPayload).find((m) => m.kind === 'verification')?.code;
      expect(code).toMatch(/^\d{6}$/);
      expect((await t.request({ method: 'POST', url: `/api/v1/contact-methods/${created.json<{ id: string }>().id}/verify`, payload: { code } })).statusCode).toBe(200);
      push.markGone(subscription.endpoint, 410);
      expect((await t.request({ method: 'POST', url: '/api/v1/users/alice/test-page', payload: { contact_method: created.json<{ id: string }>().id } })).statusCode).toBe(202);
      await send();
      const endpointSecret = new URL(subscription.endpoint).pathname.split('/').pop()!;
      return [subscription.keys.p256dh, subscription.keys.auth, endpointSecret, VAPID.privateKey, code!];
    },
  },
  {
    name: 'Twilio signatures and the auth token they are made with',
    async run({ t }) {
      const url = '/callbacks/twilio/sms';
      const params = { From: '+15555550100', Body: '1a', MessageSid: 'SM123' };
      const signature = twilioSignature(TWILIO_TOKEN, `${TEST_PUBLIC_URL}${url}`, params);
      const post = (sig: string) => t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sig }, payload: new URLSearchParams(params).toString() });
      expect((await post(signature)).statusCode).toBe(200);
      const forged = twilioSignature(secret('not-the-token-'), `${TEST_PUBLIC_URL}${url}`, params);
      expect((await post(forged)).statusCode).toBe(403);
      return [signature, forged, TWILIO_TOKEN];
    },
  },
  {
    name: 'Slack signatures and the signing secret',
    async run({ t }) {
      const body = `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U0NOBODY' }, actions: [{ action_id: 'other', value: 'x' }] }))}`;
      const timestamp = String(Math.floor(t.clock.now() / 1000));
      const sign = (key: string) => `v0=${createHmac('sha256', key).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const post = (signature: string) =>
        t.app.inject({ method: 'POST', url: '/callbacks/slack/interactions', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature }, payload: body });
      const good = sign(SIGNING_SECRET);
      const forged = sign(secret('not-the-secret-'));
      expect((await post(good)).statusCode).toBeLessThan(400);
      expect((await post(forged)).statusCode).toBe(403);
      return [good.slice(3), forged.slice(3), SIGNING_SECRET];
    },
  },
  {
    name: 'provider credentials from the environment, on success and on failure',
    async run({ t, twilio, slack, hooks, smtp, send }) {
      twilio.failNext(1, 500);
      slack.failNext(1, 500);
      hooks.failNext(1, 503);
      const sent = await t.request({ method: 'POST', url: '/api/v1/users/alice/test-page', payload: {} });
      expect(sent.statusCode, sent.body).toBe(202);
      await send();
      await send();
      expect(smtp.received.length).toBeGreaterThan(0);
      expect(twilio.messages.length).toBeGreaterThan(0);
      expect(slack.requests.some((r) => r.headers.authorization === `Bearer ${SLACK_BOT_TOKEN}`)).toBe(true);
      return [SMTP_PASSWORD, encodeURIComponent(SMTP_PASSWORD), TWILIO_TOKEN, SLACK_BOT_TOKEN, WEBHOOK_SECRET, NTFY_TOKEN];
    },
  },
  {
    name: 'calendar feed secrets',
    async run({ t }) {
      const created = await t.request({ method: 'POST', url: '/api/v1/users/alice/calendar-feeds' });
      expect(created.statusCode, created.body).toBe(201);
      const path = new URL(created.json<{ url: string }>().url).pathname;
      expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
      return [path.replace(/^\/ical\//, '').replace(/\.ics$/, '')];
    },
  },
  {
    name: 'login passwords, session cookies and CSRF tokens',
    async run({ t }) {
      const password = secret('Pw-');
      const wrong = secret('Wrong-');
      expect((await t.request({ method: 'POST', url: '/api/v1/users', payload: { id: 'dana', name: 'Dana', email: 'dana@example.com', password, role: 'responder' } })).statusCode).toBe(201);
      const login = (pw: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'dana@example.com', password: pw } });
      expect((await login(wrong)).statusCode).toBe(401);
      const session = await login(password);
      expect(session.statusCode, session.body).toBe(200);
      const cookie = session.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const csrf = session.json<{ csrf_token: string }>().csrf_token;
      const headers = { cookie: `${SESSION_COOKIE}=${cookie}`, 'x-csrf-token': csrf };
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/incidents', headers, payload: { title: 'By cookie' } })).statusCode).toBe(201);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers })).statusCode).toBe(204);
      return [password, wrong, cookie, csrf];
    },
  },
  {
    name: "stakeholders' confirm and unsubscribe links",
    async run({ t, send }) {
      const declared = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Stakeholders' } });
      const number = declared.json<{ number: number }>().number;
      const subscribed = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/subscriptions`, payload: { email: 'cfo@example.org' } });
      expect(subscribed.statusCode, subscribed.body).toBe(201);
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/status-updates`, payload: { status: 'identified', message: 'Payments degraded', audience: 'stakeholders' } })).statusCode).toBe(201);
      await send();
      const delivery = await t.database.db.selectFrom('deliveries').select('event').where('address', '=', 'cfo@example.org').executeTakeFirstOrThrow();
      const link = new URL(/to stop these updates: (\S+)/.exec(JSON.parse(delivery.event!).text as string)![1]!);
      const token = link.searchParams.get('token')!;
      expect((await t.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: `${link.pathname}${link.search}` })).statusCode).toBe(200);
      return [token];
    },
  },
];

describe('secrets in the log', () => {
  let context: Context;
  const lines: string[] = [];
  const results = new Map<string, readonly string[]>();
  let hooks: WebhookPeer, twilio: TwilioPeer, slack: SlackPeer, smtp: SmtpPeer, push: PushService;

  beforeAll(async () => {
    [hooks, twilio, slack, smtp, push] = await Promise.all([startWebhookPeer(), startTwilioPeer({ authToken: TWILIO_TOKEN }), startSlackPeer({ botToken: SLACK_BOT_TOKEN }), startSmtpPeer({ password: SMTP_PASSWORD }), startPushService()]);
    const env = {
      VIGIL_SMTP_URL: smtp.url,
      VIGIL_SMTP_FROM: 'vigil@example.com',
      VIGIL_TWILIO_ACCOUNT_SID: twilio.accountSid,
      VIGIL_TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      VIGIL_TWILIO_FROM: '+15555550199',
      VIGIL_TWILIO_BASE_URL: twilio.url,
      VIGIL_SLACK_BOT_TOKEN: SLACK_BOT_TOKEN,
      VIGIL_SLACK_BASE_URL: slack.url,
      VIGIL_SLACK_SIGNING_SECRET: SIGNING_SECRET,
      VIGIL_WEBHOOK_SECRET: WEBHOOK_SECRET,
      VIGIL_NTFY_TOKEN: NTFY_TOKEN,
    };
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger({ level: 'trace', destination: capture });
    const notify = notifyServicesFromEnv(env, TEST_PUBLIC_URL, secret('signing-secret-0123456789abcdef-'), TEST_OUTBOUND, { vapid: VAPID, subject: 'mailto:ops@example.com' });
    const t = await createTestApp('sqlite', { notify: { ...notify, settings: { ...notify.settings, throttleMs: { ...notify.settings.throttleMs, sms: 0, voice: 0, email: 0 } } }, logger });
    const org = `users:
  - id: alice
    name: Alice
    email: alice@example.com
    contact_methods:
      - { id: alice-mail, type: email, address: alice@example.com }
      - { id: alice-sms, type: sms, address: "+15555550100" }
      - { id: alice-slack, type: slack, address: U0ALICE }
      - { id: alice-hook, type: webhook, address: "${hooks.url}/pages" }
escalation_policies:
  - { id: p, levels: [{ targets: ["user:alice"], escalate_after: 30m }] }
services:
  - id: api
    name: API
    escalation_policy: p
    integrations:
      - { type: alertmanager, key: ${AM_KEY} }
      - { type: events_v2, key: ${V2_KEY} }
`;
    expect((await applyYaml(t.database.db, 'sqlite', org)).errors).toEqual([]);
    context = {
      t, hooks, twilio, slack, smtp, push,
      async send() {
        // Retries back off from about a second; verification codes last 15 minutes.
        for (let round = 0; round < 3; round++) {
          await t.engine.runDue();
          t.clock.advance(60_000);
        }
      },
    };
  });
  afterAll(async () => {
    await context?.t.close();
    await Promise.all([hooks?.close(), twilio?.close(), slack?.close(), smtp?.close(), push?.close()]);
  });

  for (const flow of FLOWS) {
    it(`runs ${flow.name}`, async () => {
      results.set(flow.name, await flow.run(context));
    });
  }

  it('finds none of the secrets those flows carried anywhere in the log', () => {
    const log = lines.join('');
    expect(results.size).toBe(FLOWS.length);
    const leaks = [...results].flatMap(([name, secrets]) => secrets.filter((value) => value.length >= 6 && log.includes(value)).map((value) => `${name}: ${value}`));
    expect(leaks).toEqual([]);
    // The log really holds the flows: requests, at trace level, with their URLs.
    expect(log).toContain('incoming request');
    expect(log).toContain(`/integrations/alertmanager/[redacted]`);
    expect(log).toContain('job failed; retrying');
  });
});

/**
 * Credentials in request URLs, where senders put them by mistake or by habit: a query parameter
 * named like a credential, or a routing key on a path near an ingest route that matches no route.
 * `{key}` stands for the secret; each request goes through a real app and its log is searched.
 */
const URLS_WITH_SECRETS: readonly (readonly [method: 'GET' | 'POST', url: string])[] = [
  ['GET', '/api/v1/incidents?api_key={key}'],
  ['GET', '/api/v1/incidents?bearer={key}'],
  ['GET', '/api/v1/incidents?apikey={key}'],
  ['GET', '/api/v1/incidents?auth={key}'],
  ['GET', '/api/v1/incidents?status=triggered&API_KEY={key}'],
  ['GET', '/api/v1/incidents?api-key={key}'],
  ['GET', '/api/v1/incidents?X-Api-Key={key}'],
  ['GET', '/api/v1/incidents?%61pi_key={key}'],
  ['GET', '/api/v1/incidents?access_token={key}'],
  ['GET', '/api/v1/incidents?client_secret={key}'],
  ['GET', '/api/v1/incidents?passwd={key}'],
  ['GET', '/api/v1/incidents?authorization=Bearer%20{key}'],
  ['GET', '/api/v1/incidents?session_id={key}'],
  ['GET', '/api/v1/incidents?sig={key}'],
  ['GET', '/api/v1/incidents?x=1&integration_key={key}&integration_key={key}'],
  ['POST', '/v2/enqueue?routing_key={key}'],
  ['POST', '//integrations/alertmanager/{key}'],
  ['POST', '/integrations//alertmanager/{key}'],
  ['POST', '/Integrations/alertmanager/{key}'],
  ['POST', '/INTEGRATIONS/Alertmanager/{key}'],
  ['POST', '/integrations/alertmanager%2F{key}'],
  ['POST', '/integrations%2Falertmanager%2F{key}'],
  ['POST', '/integrations/alertmanager%252F{key}'],
  ['POST', '/%69ntegrations/alertmanager/{key}'],
  ['POST', '/integrations/{key}'],
  ['POST', '/integrations/alertmanager/{key}/extra'],
  ['POST', '/api/v1/integrations/alertmanager/{key}'],
  ['GET', '/ACK/{key}'],
  ['GET', '//ical/{key}.ics'],
];

describe('credentials in request URLs', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    t = await createTestApp('sqlite', { logger: createLogger({ level: 'trace', destination: capture }) });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(URLS_WITH_SECRETS)('%s %s is logged without its secret', async (method, url) => {
    const key = secret('leak');
    const before = lines.length;
    await t.app.inject({ method, url: url.replaceAll('{key}', key), ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, payload: '{}' } : {}) });
    const logged = lines.slice(before).join('');
    expect(logged, `the request was logged with its URL: ${logged}`).toMatch(/"url":"[^"]*\[redacted\]/);
    expect(logged).not.toContain(key);
  });
});

describe('redactUrl', () => {
  it.each([
    ['/integrations/alertmanager/am-secret-key', '/integrations/alertmanager/[redacted]'],
    ['/integrations/webhook/k3y?x=1', '/integrations/webhook/[redacted]?x=1'],
    ['/integrations/grafana', '/integrations/grafana'],
    ['/ack/lnk_abc.sig', '/ack/[redacted]'],
    ['/ical/s3cr3t.ics', '/ical/[redacted].ics'],
    ['/api/v1/auth/oidc/callback?code=abc&state=def&other=1', '/api/v1/auth/oidc/callback?code=[redacted]&state=[redacted]&other=1'],
    ['/api/v1/incidents?status=triggered&Token=x', '/api/v1/incidents?status=triggered&Token=[redacted]'],
    ['/api/v1/incidents/42', '/api/v1/incidents/42'],
    ['//integrations/alertmanager/k3y', '//integrations/alertmanager/[redacted]'],
    ['/Integrations/alertmanager/k3y', '/Integrations/alertmanager/[redacted]'],
    ['/integrations/alertmanager%2Fk3y', '/integrations/alertmanager/[redacted]'],
    ['/integrations/k3y', '/integrations/[redacted]'],
    ['/integrations/alertmanager/k3y/more?x=1', '/integrations/alertmanager/[redacted]?x=1'],
    ['/ical/s3cr3t.ICS?x=1', '/ical/[redacted].ICS?x=1'],
    ['/api/v1/incidents?api_key=a&apikey=b&auth=c&bearer=d', '/api/v1/incidents?api_key=[redacted]&apikey=[redacted]&auth=[redacted]&bearer=[redacted]'],
    ['/api/v1/incidents?status=triggered&service=api&cursor=abc&limit=5', '/api/v1/incidents?status=triggered&service=api&cursor=abc&limit=5'],
  ])('%s → %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
