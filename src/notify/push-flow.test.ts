import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPushService, type BrowserSubscription, type PushService } from '../../test/peers/push-service.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { createTestApp, TEST_OUTBOUND, testNotifyServices, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import type { PushPayload } from './channels.js';
import { createPushProvider } from './providers/push.js';
import { generateVapidKeys } from './vapid-keys.js';

const MINUTE = 60_000;
const vapid = generateVapidKeys();

interface Method {
  id: string;
  type: string;
  address: string;
  name: string | null;
  verified: boolean;
  disabled: boolean;
  disabled_at: string | null;
  disabled_reason: string | null;
}

interface Delivery {
  channel: string;
  status: string;
  contact_method: string | null;
  last_error: string | null;
  history: { status: string; detail: string | null }[];
}

for (const dialect of DIALECTS) {
  describe(`browser push on ${dialect}`, () => {
    let push: PushService;
    let t: TestApp;
    beforeAll(async () => {
      push = await startPushService();
    });
    afterAll(async () => {
      await push.close();
    });
    const start = async (throttle: number) => {
      push.received.length = 0;
      push.refused.length = 0;
      const provider = createPushProvider({ vapid, subject: 'mailto:ops@example.com', outbound: TEST_OUTBOUND });
      t = await createTestApp(dialect, { notify: testNotifyServices([provider], { push: throttle }, { vapidPublicKey: vapid.publicKey }) });
      const db = t.database.db;
      const now = t.clock.now();
      await db.insertInto('users').values({ id: 'alice', name: 'Alice Liddell', email: 'alice@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }).execute();
      await db.insertInto('escalation_policies').values({ id: 'p', name: 'P', description: null, team_id: null, repeat: 0, created_at: now, updated_at: now }).execute();
      await db.insertInto('escalation_levels').values({ policy_id: 'p', position: 1, escalate_after_ms: 30 * MINUTE, targets: JSON.stringify(['user:alice']) }).execute();
      await db.insertInto('services').values({ id: 'api', name: 'Checkout API', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'p' }).execute();
    };
    afterEach(async () => {
      await t.close();
    });

    const add = (body: object) => t.request({ method: 'POST', url: '/api/v1/users/alice/contact-methods', payload: { type: 'push', ...body } });
    const methods = async () => (await t.request({ method: 'GET', url: '/api/v1/users/alice/contact-methods' })).json<{ contact_methods: Method[] }>().contact_methods;
    const messagesTo = (subscription: BrowserSubscription) => push.received.filter((m) => m.endpoint === subscription.endpoint).map((m) => m.json as PushPayload);
    const declare = async (title = 'Checkout is down') => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title, service: 'api', severity: 'SEV-1' } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<IncidentView>();
    };
    const incident = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>();
    const deliveries = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/deliveries` })).json<{ deliveries: Delivery[] }>().deliveries;
    /** What the service worker does with a notification's button: POST, no session, asking for JSON. */
    const press = (path: string) => t.app.inject({ method: 'POST', url: path, headers: { accept: 'application/json' } });

    /** Subscribes a browser, adds it and verifies it with the code that came through push. */
    const subscribed = async (label = 'Firefox on this laptop') => {
      const subscription = push.subscribe({ applicationServerKey: vapid.publicKey });
      const created = await add({ subscription, label });
      expect(created.statusCode, created.body).toBe(201);
      await t.engine.runDue();
      const code = messagesTo(subscription).find((m) => m.kind === 'verification')?.code;
      expect(code).toMatch(/^\d{6}$/);
      const verified = await t.request({ method: 'POST', url: `/api/v1/contact-methods/${created.json<Method>().id}/verify`, payload: { code } });
      expect(verified.statusCode, verified.body).toBe(200);
      return { subscription, id: created.json<Method>().id };
    };

    describe('subscribing', () => {
      beforeEach(() => start(0));

      it('hands any signed-in browser the VAPID public key to subscribe with', async () => {
        const answer = await t.request({ method: 'GET', url: '/api/v1/push/vapid-public-key' });
        expect(answer.statusCode).toBe(200);
        expect(answer.json()).toEqual({ public_key: vapid.publicKey });
        expect((await t.app.inject({ method: 'GET', url: '/api/v1/push/vapid-public-key' })).statusCode).toBe(401);
      });

      it('refuses a subscription whose keys or endpoint are wrong, naming the part and never echoing a key', async () => {
        const good = push.subscribe();
        const compressed = Buffer.from(good.keys.p256dh, 'base64url');
        const offCurve = Buffer.from(compressed);
        offCurve[64] = (offCurve[64] as number) ^ 1;
        const cases: [object, string, string][] = [
          [{ ...good, keys: { ...good.keys, p256dh: Buffer.concat([Buffer.from([0x02]), compressed.subarray(1, 33)]).toString('base64url') } }, 'body.subscription.keys.p256dh', 'decodes to 33 bytes (a compressed point); the browser\'s key is an uncompressed P-256 point, 65 bytes starting with 0x04'],
          [{ ...good, keys: { ...good.keys, p256dh: offCurve.toString('base64url') } }, 'body.subscription.keys.p256dh', 'is not a point on the P-256 curve'],
          [{ ...good, keys: { ...good.keys, p256dh: 'not base64!' } }, 'body.subscription.keys.p256dh', 'is not base64url'],
          [{ ...good, keys: { ...good.keys, auth: Buffer.alloc(12, 1).toString('base64url') } }, 'body.subscription.keys.auth', 'decodes to 12 bytes; the browser\'s authentication secret is 16'],
          [{ ...good, endpoint: 'http://push.example.com/wpush/x' }, 'body.subscription.endpoint', 'is not an https URL'],
        ];
        for (const [subscription, path, message] of cases) {
          const refused = await add({ subscription });
          expect(refused.statusCode, path).toBe(422);
          expect(refused.json()).toMatchObject({ code: 'VIGIL_INVALID_ADDRESS', fields: [{ path, message: expect.stringContaining(message) }] });
          expect(refused.body).not.toContain(good.keys.auth);
        }
        expect((await add({ subscription: { ...good, keys: { p256dh: good.keys.p256dh } } })).statusCode).toBe(400);
        expect((await add({ address: good.endpoint })).json()).toMatchObject({ code: 'VIGIL_INVALID_ADDRESS', fields: [{ path: 'body.address' }] });
        expect((await add({})).json()).toMatchObject({ fields: [{ path: 'body.subscription', message: 'is required for push: the browser\'s PushSubscription.toJSON()' }] });
        expect((await t.request({ method: 'POST', url: '/api/v1/users/alice/contact-methods', payload: { type: 'email', address: 'alice@example.com', label: 'x' } })).statusCode).toBe(422);
        const privateEndpoint = await add({ subscription: { ...good, endpoint: 'https://10.0.0.1/wpush/x' } });
        expect(privateEndpoint.statusCode).toBe(400);
        expect(privateEndpoint.json()).toMatchObject({ code: 'VIGIL_ADDRESS_NOT_ALLOWED', fields: [{ path: 'body.subscription.endpoint' }] });
        expect(await methods()).toEqual([]);
      });

      it('verifies the browser with a code sent through push, and lists it by its push service\'s host only', async () => {
        const subscription = push.subscribe({ applicationServerKey: vapid.publicKey });
        const created = await add({ subscription, label: 'Firefox on this laptop' });
        expect(created.statusCode, created.body).toBe(201);
        expect(created.json()).toMatchObject({ type: 'push', address: new URL(push.url).host, name: 'Firefox on this laptop', verified: false, disabled: false, disabled_reason: null });
        expect(created.body).not.toContain(subscription.keys.p256dh);
        expect(created.body).not.toContain(new URL(subscription.endpoint).pathname);
        await t.engine.runDue();
        const [message] = messagesTo(subscription);
        expect(message).toMatchObject({ kind: 'verification', title: 'Vigil verification code', tag: 'vigil-verification' });
        expect(message!.body).toBe(`Your Vigil verification code is ${message!.code}`);
        expect(push.received.at(-1)).toMatchObject({ ttl: 900 });
        const verified = await t.request({ method: 'POST', url: `/api/v1/contact-methods/${created.json<Method>().id}/verify`, payload: { code: message!.code } });
        expect(verified.json()).toMatchObject({ verified: true, address: new URL(push.url).host });
        const audit = (await t.request({ method: 'GET', url: `/api/v1/audit?entity=contact_method:${created.json<Method>().id}` })).body;
        expect(audit).not.toContain(subscription.keys.p256dh);
        expect(audit).not.toContain(subscription.keys.auth);
        // The same subscription twice is the same method.
        const twice = await add({ subscription });
        expect(twice.statusCode).toBe(409);
        expect(twice.json().message).toContain('already has this browser\'s push subscription');
      });

      it('sends a test page marked as a test', async () => {
        const { subscription, id } = await subscribed();
        const sent = await t.request({ method: 'POST', url: '/api/v1/users/alice/test-page', payload: { contact_method: id } });
        expect(sent.statusCode, sent.body).toBe(202);
        await t.engine.runDue();
        expect(messagesTo(subscription).at(-1)).toMatchObject({ kind: 'test', title: 'Vigil test', tag: 'vigil-test', actions: [] });
      });
    });

    describe('paging', () => {
      beforeEach(() => start(0));

      it('pages with a notification the browser decrypts; its Acknowledge button acknowledges once, as the person paged', async () => {
        const { subscription } = await subscribed();
        const paged = await declare();
        await t.engine.runDue();
        const page = messagesTo(subscription).find((m) => m.kind === 'page')!;
        expect(page).toMatchObject({
          title: `SEV-1 #${paged.number} · Checkout API`,
          body: 'Checkout is down · triggered just now',
          tag: `incident-${paged.number}`,
          requireInteraction: true,
          url: `/incidents/${paged.number}`,
        });
        expect(page.actions.map((a) => [a.action, a.title])).toEqual([['acknowledge', 'Acknowledge'], ['resolve', 'Resolve']]);
        expect(push.received.at(-1)).toMatchObject({ urgency: 'high', ttl: 300, topic: `incident-${paged.number}` });
        const [acknowledge, resolve] = page.actions.map((a) => a.url) as [string, string];
        expect(acknowledge).toMatch(/^\/ack\/ack_[0-9a-f]{32}\.[A-Za-z0-9_-]{32}$/);
        expect(resolve).not.toBe(acknowledge);

        // Opening the link still only asks.
        const confirm = await t.app.inject({ method: 'GET', url: resolve });
        expect(confirm.body).toContain('<form method="post"><button type="submit">Resolve</button></form>');
        expect((await incident(paged.number)).status).toBe('triggered');

        const acked = await press(acknowledge);
        expect(acked.statusCode, acked.body).toBe(200);
        expect(acked.json()).toEqual({ action: 'acknowledge', message: `Acknowledged #${paged.number}.`, incidents: [{ number: paged.number, done: true, note: null }] });
        const after = await incident(paged.number);
        expect(after.status).toBe('acknowledged');
        expect(after.timeline?.find((e) => e.kind === 'acknowledged')?.actor).toBe('user:alice');
        const again = await press(acknowledge);
        expect(again.statusCode).toBe(409);
        expect(again.json()).toEqual({ code: 'VIGIL_LINK_USED', message: 'This link was already used.' });

        const resolved = await press(resolve);
        expect(resolved.json()).toMatchObject({ action: 'resolve', message: `Resolved #${paged.number}.` });
        expect((await incident(paged.number)).status).toBe('resolved');
        expect((await press(`${resolve.slice(0, -4)}AAAA`)).json()).toMatchObject({ code: 'VIGIL_LINK_NOT_FOUND' });
        const [delivery] = await deliveries(paged.number);
        expect(delivery).toMatchObject({ channel: 'push', status: 'sent' });
      });

      it('disables the method when the push service says the subscription is gone, and later pages skip it and say why', async () => {
        const { subscription, id } = await subscribed();
        push.markGone(subscription.endpoint, 410);
        const first = await declare('First');
        await t.engine.runDue();
        const [failed] = await deliveries(first.number);
        expect(failed).toMatchObject({ status: 'failed', last_error: expect.stringContaining('reported the subscription gone (410)') });
        expect(failed!.history.at(-1)?.detail).toContain('the contact method is disabled and later pages skip it');
        expect(failed!.last_error).not.toContain(new URL(subscription.endpoint).pathname);

        const [method] = await methods();
        expect(method).toMatchObject({ id, disabled: true, disabled_at: '2026-03-02T10:00:00.000Z', disabled_reason: 'the push service reported the subscription gone (410)', verified: true });
        const audit = (await t.request({ method: 'GET', url: `/api/v1/audit?entity=contact_method:${id}&action=contact_method.update` })).json<{ entries: { actor: string; before: unknown; after: unknown }[] }>();
        expect(audit.entries).toEqual([
          expect.objectContaining({ actor: 'system', before: expect.objectContaining({ disabled: false }), after: expect.objectContaining({ disabled: true, disabled_reason: 'the push service reported the subscription gone (410)' }) }),
        ]);
        const enable = await t.request({ method: 'PATCH', url: `/api/v1/contact-methods/${id}`, payload: { disabled: false } });
        expect(enable.statusCode).toBe(409);
        expect(enable.json().message).toContain('subscribe this browser again');

        const tried = push.requests.length;
        t.clock.advance(MINUTE);
        const second = await declare('Second');
        await t.engine.runDue();
        expect(push.requests.length).toBe(tried);
        const [skipped] = await deliveries(second.number);
        expect(skipped).toMatchObject({ channel: 'push', status: 'cancelled', contact_method: id });
        expect(skipped!.history[0]?.detail).toContain('not tried: the contact method was disabled because the push service reported the subscription gone (410)');
        expect((await incident(second.number)).timeline?.some((e) => e.kind === 'escalation_warning' && e.message.includes('skips its push contact method (disabled: the push service reported the subscription gone (410))'))).toBe(true);

        // Subscribing again is a new method.
        const again = await subscribed('Firefox again');
        expect(again.id).not.toBe(id);
        expect((await methods()).map((m) => [m.id === id, m.disabled])).toEqual([[true, true], [false, false]]);
      });
    });

    describe('bundling', () => {
      beforeEach(() => start(10_000));

      it('makes pages inside the throttle window one notification for all of them', async () => {
        const { subscription } = await subscribed();
        t.clock.advance(MINUTE);
        await declare('First');
        await t.engine.runDue();
        t.clock.advance(2_000);
        const second = await declare('Second');
        await t.engine.runDue();
        const third = await declare('Third');
        await t.engine.runDue();
        expect(messagesTo(subscription).filter((m) => m.kind === 'page')).toHaveLength(1);
        t.clock.advance(10_000);
        await t.engine.runDue();
        const bundle = messagesTo(subscription).filter((m) => m.kind === 'page').at(-1)!;
        expect(bundle).toMatchObject({ title: '2 incidents', body: `#${second.number} Second, #${third.number} Third`, url: '/incidents', tag: `incidents-${second.number}-${third.number}` });
        expect(bundle.actions.map((a) => a.title)).toEqual(['Acknowledge all']);
        const acked = await press(bundle.actions[0]!.url);
        expect(acked.json()).toMatchObject({ message: `Acknowledged #${second.number}, #${third.number}.` });
      });
    });
  });
}
