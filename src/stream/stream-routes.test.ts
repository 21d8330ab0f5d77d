import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../access/passwords.js';
import { buildApp } from '../app/build-app.js';
import { createIncidentEvents, relayIncidentNotices } from '../app/incident-events.js';
import { openDatabase } from '../core/db/database.js';
import type { Listening } from '../core/db/listen.js';
import { silentLogger } from '../core/logger.js';
import { createRuntime } from '../core/runtime.js';
import { createConfiguredTestApp, TEST_ADMIN_TOKEN, TEST_PUBLIC_URL, testNotifyServices, type TestApp } from '../test-support/app.js';
import { openSse, type SseClient } from '../test-support/sse-client.js';
import { waitUntil } from '../test-support/wait.js';
import type { StreamSettings } from './stream-hub.js';

const PD_KEY = '0123456789abcdef0123456789abcdef';
const CONFIG = `
services:
  - id: checkout
    name: Checkout API
    integrations:
      - { type: events_v2, key: ${PD_KEY} }
`;
const BEARER = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
/** Short timings so each test takes well under a second of waiting. */
const FAST: Partial<StreamSettings> = { coalesceMs: 10, heartbeatMs: 60_000 };

async function listening(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const trigger = (dedupKey: string, summary = `Checkout errors ${dedupKey}`) => ({
  routing_key: PD_KEY,
  event_action: 'trigger',
  dedup_key: dedupKey,
  payload: { summary, source: 'web-1', severity: 'critical' },
});

describe('the live stream, GET /api/v1/stream, on sqlite', () => {
  /** The app of a test that needs settings of its own; closed after it. */
  let t: TestApp | undefined;
  /** One app for the tests that need no settings of their own: each app takes a while to build. */
  let shared: { t: TestApp; base: string } | undefined;
  const clients: SseClient[] = [];
  const stream = async (base: string, headers: Record<string, string> = BEARER, path = '/api/v1/stream') => {
    const client = await openSse(`${base}${path}`, headers);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await t?.close();
    t = undefined;
  });
  afterAll(async () => {
    await shared?.t.close();
  });
  /** Without settings, the shared app (incidents of earlier tests included); with them, an app of the test's own. */
  const start = async (stream?: Partial<StreamSettings>) => {
    if (stream === undefined) {
      if (!shared) {
        const app = await createConfiguredTestApp('sqlite', CONFIG, { stream: FAST });
        shared = { t: app, base: await listening(app.app) };
      }
      return shared;
    }
    t = await createConfiguredTestApp('sqlite', CONFIG, { stream: { ...FAST, ...stream } });
    return { t, base: await listening(t.app) };
  };
  const declare = async (app: TestApp, title: string, description: string | null = null) => {
    const response = await app.request({ method: 'POST', url: '/api/v1/incidents', payload: { title, description } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ number: number }>().number;
  };

  it('refuses a caller without credentials, or with bad ones, in the usual error shape', async () => {
    const { t, base } = await start();
    const before = t.app.liveStream.stats().connections;
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-token' }, { cookie: 'vigil_session=forged' }];
    for (const headers of attempts) {
      const response = await fetch(`${base}/api/v1/stream`, { headers });
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ code: 'VIGIL_UNAUTHENTICATED' });
    }
    expect(t.app.liveStream.stats().connections).toBeLessThanOrEqual(before);
  });

  it('answers a bearer token with an event stream: its headers, the security headers, the reconnect delay and the id it starts at', async () => {
    const { t, base } = await start();
    const client = await stream(base);
    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(client.headers['cache-control']).toBe('no-cache, no-transform');
    expect(client.headers['x-accel-buffering']).toBe('no');
    expect(client.headers.connection).toBe('keep-alive');
    // Set in onRequest for every answer; the stream writes its own head and must keep them.
    expect(client.headers['x-content-type-options']).toBe('nosniff');
    expect(client.headers['content-security-policy']).toContain("default-src 'self'");
    expect(client.headers['x-frame-options']).toBeDefined();
    await waitUntil(() => client.messages.length >= 2, { what: 'the opening messages' });
    expect(client.messages[0]).toEqual({ retry: 3000 });
    expect(client.messages[1]).toEqual({ id: t.app.liveStream.stats().lastEventId });
    expect(client.messages[1]?.id).toMatch(/^[0-9a-f]{12}-\d+$/);
    expect(t.app.liveStream.stats().connections).toBeGreaterThanOrEqual(1);
  });

  it('answers HEAD with the headers alone', async () => {
    const { t, base } = await start();
    const before = t.app.liveStream.stats().connections;
    const head = await fetch(`${base}/api/v1/stream`, { method: 'HEAD', headers: BEARER });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(await head.text()).toBe('');
    expect(t.app.liveStream.stats().connections).toBeLessThanOrEqual(before);
  });

  it('streams an incident an alert opened, then its acknowledgement through the API, each within 2 s', async () => {
    const { t, base } = await start();
    const client = await stream(base);
    const sent = await fetch(`${base}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(trigger('disk-1', 'Disk full on db-1')) });
    expect(sent.status, await sent.text()).toBe(202);
    await waitUntil(() => client.incidents().length >= 1, { what: 'the opened incident on the stream', ms: 2_000 });
    const [opened] = client.incidents();
    expect(opened).toMatchObject({ kind: 'opened', incident: { status: 'triggered', title: 'Disk full on db-1', service: { id: 'checkout', name: 'Checkout API' } } });
    expect(opened!.incident).not.toHaveProperty('timeline');
    expect(opened!.id).toMatch(/^[0-9a-f]{12}-\d+$/);
    const { number } = opened!.incident;
    const listed = (await t.request({ method: 'GET', url: '/api/v1/incidents?limit=1' })).json<{ incidents: { number: number; title: string }[] }>().incidents[0];
    expect(listed).toMatchObject({ number, title: 'Disk full on db-1' });

    expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge`, payload: {} })).statusCode).toBe(200);
    await waitUntil(() => client.incidents().length >= 2, { what: 'the acknowledgement on the stream', ms: 2_000 });
    expect(client.incidents()[1]).toMatchObject({ kind: 'acknowledged', incident: { number, status: 'acknowledged' } });
  });

  it('takes a session cookie too, for a viewer', async () => {
    const { t, base } = await start();
    const now = t.clock.now();
    await t.database.db.insertInto('users').values({ id: 'vera', name: 'Vera', email: 'vera@example.com', time_zone: 'UTC', role: 'viewer', created_at: now, updated_at: now, password_hash: await hashPassword('correct horse battery') }).execute();
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'vera@example.com', password: 'correct horse battery' } });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const client = await stream(base, { cookie });
    expect(client.status).toBe(200);
    await declare(t, 'Seen by a viewer');
    await waitUntil(() => client.incidents().length === 1, { what: 'the event' });
    expect(client.incidents()[0]).toMatchObject({ kind: 'opened', incident: { title: 'Seen by a viewer' } });
  });

  it('gathers changes to an incident made in a moment into one event, as the incident stands after them', async () => {
    const { t, base } = await start({ coalesceMs: 100 });
    // Made before anyone watches (nothing is heard), then announced together, as one commit's worth.
    const number = await declare(t, 'Gathered');
    await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge`, payload: {} });
    await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/severity`, payload: { severity: 'SEV-2' } });
    const other = await declare(t, 'Other');
    const client = await stream(base);
    t.events.committed([
      { kind: 'opened', number },
      { kind: 'opened', number: other },
      { kind: 'acknowledged', number },
      { kind: 'severity_changed', number },
      { kind: 'alerts_changed', number: other },
    ]);
    await waitUntil(() => client.incidents().length >= 2, { what: 'the events' });
    expect(client.incidents().map((e) => [e.kind, e.incident.number, e.incident.status, (e.incident.severity as { id: string }).id])).toEqual([
      ['opened', number, 'acknowledged', 'SEV-2'],
      ['opened', other, 'triggered', 'SEV-3'],
    ]);
  });

  it('replays what a reconnecting client missed, from Last-Event-ID or the lastEventId parameter', async () => {
    const { t, base } = await start();
    const first = await stream(base);
    for (const title of ['One', 'Two', 'Three']) {
      await declare(t, title);
      // One event each: wait for each so none are gathered together.
      await waitUntil(() => first.incidents().some((e) => e.incident.title === title), { what: title });
    }
    const [one, two, three] = first.incidents();
    first.close();

    const byHeader = await stream(base, { ...BEARER, 'last-event-id': one!.id });
    await waitUntil(() => byHeader.incidents().length === 2, { what: 'the replay' });
    expect(byHeader.incidents().map((e) => [e.id, e.incident.title])).toEqual([[two!.id, 'Two'], [three!.id, 'Three']]);
    expect(byHeader.lastEventId).toBe(three!.id);
    expect(byHeader.messages.some((m) => m.event === 'reset')).toBe(false);

    const byQuery = await stream(base, BEARER, `/api/v1/stream?lastEventId=${encodeURIComponent(two!.id)}`);
    await waitUntil(() => byQuery.incidents().length === 1, { what: 'the replay' });
    expect(byQuery.incidents()[0]?.incident.title).toBe('Three');

    // Up to date: nothing to replay, and the stream goes on with what happens next.
    const current = await stream(base, { ...BEARER, 'last-event-id': three!.id });
    await declare(t, 'Four');
    await waitUntil(() => current.incidents().length === 1, { what: 'the next event' });
    expect(current.incidents()[0]?.incident.title).toBe('Four');
  });

  it('tells a client to read again when its id cannot be replayed: another run, older than the ring, or from before a gap', async () => {
    const { t, base } = await start({ replayEvents: 1, lingerMs: 20 });
    const first = await stream(base);
    for (const title of ['One', 'Two', 'Three']) {
      await declare(t, title);
      await waitUntil(() => first.incidents().some((e) => e.incident.title === title), { what: title });
    }
    const [one, , three] = first.incidents();
    const resetOf = async (lastEventId: string) => {
      const client = await stream(base, { ...BEARER, 'last-event-id': lastEventId });
      await waitUntil(() => client.messages.some((m) => m.event === 'reset'), { what: `a reset for ${lastEventId}` });
      expect(client.incidents()).toEqual([]);
      const reset = client.messages.find((m) => m.event === 'reset')!;
      client.close();
      return { reason: (JSON.parse(reset.data!) as { reason: string }).reason, id: reset.id };
    };
    expect(await resetOf('0123456789ab-2')).toEqual({ reason: 'other-process', id: three!.id });
    expect((await resetOf(one!.id)).reason).toBe('too-old');
    expect((await resetOf('nonsense')).reason).toBe('unknown-id');

    // Nobody connected for longer than the linger: the process stopped listening, so changes
    // made meanwhile were not heard and no earlier id can be replayed.
    first.close();
    await waitUntil(() => !t.app.liveStream.stats().listening, { what: 'the hub to stop listening' });
    await declare(t, 'Unheard');
    const after = await resetOf(three!.id);
    expect(after.reason).toBe('gap');
    expect(after.id).not.toBe(three!.id);
  });

  it('sends a ping comment every heartbeat', async () => {
    const { base } = await start({ heartbeatMs: 30 });
    const client = await stream(base);
    await waitUntil(() => client.messages.filter((m) => m.comment === 'ping').length >= 2, { what: 'two pings' });
    expect(client.text()).toContain('\n: ping\n\n');
  });

  it('ends a stream after its longest life, so the client reconnects and shows its credentials again', async () => {
    const { base } = await start({ heartbeatMs: 20, maxStreamMs: 50 });
    const client = await stream(base);
    await waitUntil(() => client.ended, { what: 'the stream to end' });
    await waitUntil(() => t!.app.liveStream.stats().connections === 0, { what: 'the connection to be let go' });
  });

  it('cuts off a client that stops reading, keeping what is queued for it under the cap, while others stream on', async () => {
    const maxQueuedBytes = 256 * 1024;
    const { t, base } = await start({ coalesceMs: 2, maxQueuedBytes, viewerBytesPerSecond: 1e9 });
    // 12 incidents of about 9 KB each: every round of changes is about 110 KB of events, under
    // half the cap (a larger round is sent as one reset).
    const numbers: number[] = [];
    for (let i = 0; i < 12; i++) numbers.push(await declare(t, `Large ${i}`, 'x'.repeat(9_000)));
    const reader = await stream(base);
    const { port } = t.app.server.address() as AddressInfo;
    // A client that sends its request and never reads a byte of the answer.
    const stalled: Socket = connect(port, '127.0.0.1');
    stalled.on('error', () => {});
    stalled.write(`GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TEST_ADMIN_TOKEN}\r\n\r\n`);
    stalled.pause();
    await waitUntil(() => t.app.liveStream.stats().connections === 2, { what: 'both streams' });

    let rounds = 0;
    while (t.app.liveStream.stats().cutOff === 0 && rounds < 500) {
      t.events.committed(numbers.map((number) => ({ kind: 'updated' as const, number })));
      rounds += 1;
      // The reader keeps up: it has every event of the round before the next one starts.
      await waitUntil(() => reader.incidents().length === rounds * numbers.length, { what: `round ${rounds} at the reader` });
    }
    const stats = t.app.liveStream.stats();
    expect(stats.cutOff, `not cut off after ${rounds} rounds`).toBe(1);
    expect(stats.connections).toBe(1);
    expect(stats.peakQueuedBytes).toBeLessThanOrEqual(maxQueuedBytes);
    expect(reader.ended).toBe(false);
    expect(reader.messages.some((m) => m.event === 'reset')).toBe(false);
    // The stalled client, reading at last, finds its connection closed.
    const closed = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
    stalled.resume();
    await closed;
  });

  it('sends one reset instead of a round of events larger than half the cap', async () => {
    const { t, base } = await start({ maxQueuedBytes: 32 * 1024, viewerBytesPerSecond: 1e9 });
    const numbers: number[] = [];
    for (let i = 0; i < 4; i++) numbers.push(await declare(t, `Large ${i}`, 'x'.repeat(9_000)));
    const client = await stream(base);
    t.events.committed(numbers.map((number) => ({ kind: 'updated' as const, number })));
    await waitUntil(() => client.messages.some((m) => m.event === 'reset'), { what: 'the reset' });
    expect(client.incidents()).toEqual([]);
    expect(JSON.parse(client.messages.find((m) => m.event === 'reset')!.data!)).toEqual({ reason: 'too-many' });
    expect(t.app.liveStream.stats()).toMatchObject({ connections: 1, cutOff: 0 });
    // A client that missed those events is not sent more than it may have queued either.
    const behind = await stream(base, { ...BEARER, 'last-event-id': client.messages[1]!.id! });
    await waitUntil(() => behind.messages.some((m) => m.event === 'reset'), { what: 'the reset on reconnecting' });
    expect(JSON.parse(behind.messages.find((m) => m.event === 'reset')!.data!)).toEqual({ reason: 'too-many' });
  });

  it('does not read a round of more incidents than half the cap could hold, and replays nothing from before it', async () => {
    const { t, base } = await start({ maxQueuedBytes: 32 * 1024, viewerBytesPerSecond: 1e9 });
    const client = await stream(base);
    // 16 KiB hold at most 32 of the smallest events: 40 changed incidents are a reset unread.
    t.events.committed(Array.from({ length: 40 }, (_, i) => ({ kind: 'opened' as const, number: 1_000 + i })));
    await waitUntil(() => client.messages.some((m) => m.event === 'reset'), { what: 'the reset' });
    expect(JSON.parse(client.messages.find((m) => m.event === 'reset')!.data!)).toEqual({ reason: 'too-many' });
    const before = await stream(base, { ...BEARER, 'last-event-id': client.messages[1]!.id! });
    await waitUntil(() => before.messages.some((m) => m.event === 'reset'), { what: 'the reset on reconnecting' });
    expect(JSON.parse(before.messages.find((m) => m.event === 'reset')!.data!)).toEqual({ reason: 'gap' });
  });

  it("paces rounds by the viewers' byte budget: after a large round the next one waits its turn", async () => {
    const { t, base } = await start({ viewerBytesPerSecond: 20 * 1024 });
    const large = await declare(t, 'Large', 'x'.repeat(9_500));
    const small = await declare(t, 'Small');
    const client = await stream(base);
    const arrived: number[] = [];
    t.events.committed([{ kind: 'updated', number: large }]);
    await waitUntil(() => client.incidents().length === 1, { what: 'the large event' });
    arrived.push(Date.now());
    t.events.committed([{ kind: 'updated', number: small }]);
    await waitUntil(() => client.incidents().length === 2, { what: 'the small event' });
    arrived.push(Date.now());
    // About 10 KB at 20 KiB a second: the next round goes about half a second after the first.
    expect(arrived[1]! - arrived[0]!).toBeGreaterThanOrEqual(350);
    expect(client.incidents().map((e) => e.incident.number)).toEqual([large, small]);
  });

  it('ends every open stream when the app closes, without waiting on them', async () => {
    const { base } = await start({});
    const client = await stream(base);
    await waitUntil(() => t!.app.liveStream.stats().connections === 1, { what: 'the stream' });
    const started = Date.now();
    await t!.close();
    t = undefined;
    expect(Date.now() - started).toBeLessThan(3_000);
    await waitUntil(() => client.ended, { what: 'the client to see the end' });
  });
});

describe('the live stream across PostgreSQL processes', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("shows on one node's stream a change made through another", async () => {
    const a = await createConfiguredTestApp('postgres', CONFIG, { stream: FAST });
    cleanups.push(() => a.close());
    const relayA = relayIncidentNotices(a.events, a.database.url, silentLogger);
    cleanups.push(() => relayA.stop());

    // Node B: its own pool, change feed and relay on the same database, as a second `vigil serve`.
    const handle = openDatabase(a.database.url, { poolSize: 2 });
    cleanups.push(() => handle.close());
    const eventsB = createIncidentEvents(handle.dialect, handle.db);
    const relayB: Listening = relayIncidentNotices(eventsB, a.database.url, silentLogger);
    cleanups.push(() => relayB.stop());
    const b = await buildApp({ runtime: createRuntime(handle, { clock: a.clock }), notify: testNotifyServices(), publicUrl: TEST_PUBLIC_URL, events: eventsB, stream: FAST });
    cleanups.push(() => b.close());
    await Promise.all([relayA.ready, relayB.ready]);

    const client = await openSse(`${await listening(a.app)}/api/v1/stream`, BEARER);
    cleanups.push(async () => client.close());
    const declared = await b.inject({ method: 'POST', url: '/api/v1/incidents', headers: BEARER, payload: { title: 'Declared on node B', severity: 'SEV-1' } });
    expect(declared.statusCode, declared.body).toBe(201);
    await waitUntil(() => client.incidents().length === 1, { what: "node B's change on node A's stream", ms: 2_000 });
    expect(client.incidents()[0]).toMatchObject({ kind: 'opened', incident: { number: 1, title: 'Declared on node B', status: 'triggered' } });

    const acknowledged = await b.inject({ method: 'POST', url: '/api/v1/incidents/1/acknowledge', headers: BEARER, payload: {} });
    expect(acknowledged.statusCode).toBe(200);
    await waitUntil(() => client.incidents().length === 2, { what: 'the acknowledgement', ms: 2_000 });
    expect(client.incidents()[1]).toMatchObject({ kind: 'acknowledged', incident: { number: 1, status: 'acknowledged' } });
  });
});
