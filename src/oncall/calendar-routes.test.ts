import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createRuntime } from '../core/runtime.js';
import { buildApp } from '../app/build-app.js';
import { TEST_ADMIN_TOKEN, createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

const ORG = `users:
  - { id: alice, name: Alice Liddell, email: alice@example.com }
  - { id: bob, name: Bob Okafor, email: bob@example.com }
schedules:
  - id: primary
    name: Platform primary
    time_zone: America/New_York
    layers:
      - { name: weekly, rotation: weekly, handoff: "monday 09:00", start: 2026-01-05, participants: [alice, bob] }
`;

interface CalendarEvent {
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly uid: string;
}

/** The VEVENTs of an iCalendar text, with long lines unfolded (RFC 5545 §3.1). */
function events(text: string): CalendarEvent[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: CalendarEvent[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push({ start: current.DTSTART ?? '', end: current.DTEND ?? '', summary: current.SUMMARY ?? '', uid: current.UID ?? '' });
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return found;
}

for (const dialect of DIALECTS) {
  describe(`calendar feeds on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
    });
    afterAll(async () => {
      await t.close();
    });
    const create = async (url: string) => {
      const response = await t.request({ method: 'POST', url });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string; url: string }>();
    };
    /** Calendar apps send no credentials. */
    const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

    it('hands out a secret address once and stores only its digest', async () => {
      const feed = await create('/api/v1/schedules/primary/calendar-feeds');
      expect(feed.id).toMatch(/^cal_/);
      expect(feed.url).toMatch(/^http:\/\/vigil\.test\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
      const secret = /\/ical\/(.+)\.ics$/.exec(feed.url)![1]!;
      const row = await t.database.db.selectFrom('calendar_feeds').selectAll().where('id', '=', feed.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ token_hash: hashSecret(secret), schedule_id: 'primary', user_id: null, created_by: 'token:bootstrap-admin', revoked_at: null });
      expect(JSON.stringify(row)).not.toContain(secret);
    });

    it('serves a schedule\'s shifts as text/calendar from a week ago to 60 days ahead, with whole shifts', async () => {
      const feed = await create('/api/v1/schedules/primary/calendar-feeds');
      const response = await fetchFeed(feed.url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const found = events(response.body);
      // The shift holding the window's start (02-23 10:00Z) keeps its real start, 02-16.
      expect(found[0]).toMatchObject({ start: '20260216T140000Z', end: '20260223T140000Z', summary: 'Alice Liddell on call (Platform primary)' });
      // Across the change to daylight saving time on 03-08 the handoff stays at 09:00 local.
      expect(found).toContainEqual(expect.objectContaining({ start: '20260302T140000Z', end: '20260309T130000Z', summary: 'Alice Liddell on call (Platform primary)' }));
      expect(found.at(-1)!.start < '20260501T100000Z').toBe(true);
      expect(found.at(-1)!.end > '20260501T100000Z').toBe(true);
      expect(new Set(found.map((e) => e.uid)).size).toBe(found.length);
      expect(events((await fetchFeed(feed.url)).body).map((e) => e.uid)).toEqual(found.map((e) => e.uid));
    });

    it('serves one user\'s shifts across schedules', async () => {
      const feed = await create('/api/v1/users/bob/calendar-feeds');
      const found = events((await fetchFeed(feed.url)).body);
      expect(found[0]).toMatchObject({ start: '20260223T140000Z', end: '20260302T140000Z', summary: 'On call: Platform primary' });
      expect(found.every((e) => e.summary === 'On call: Platform primary')).toBe(true);
      expect(found).toHaveLength(5);
    });

    it('answers 404 for a revoked feed and for an address that never existed', async () => {
      const feed = await create('/api/v1/schedules/primary/calendar-feeds');
      expect((await fetchFeed(feed.url)).statusCode).toBe(200);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` })).statusCode).toBe(204);
      const revoked = await fetchFeed(feed.url);
      expect(revoked.statusCode).toBe(404);
      expect(revoked.json().code).toBe('VIGIL_CALENDAR_FEED_NOT_FOUND');
      expect((await t.request({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` })).statusCode).toBe(204);
      expect((await t.app.inject({ method: 'GET', url: '/ical/not-a-feed.ics' })).statusCode).toBe(404);
      expect((await t.request({ method: 'DELETE', url: '/api/v1/calendar-feeds/cal_nope' })).json().code).toBe('VIGIL_CALENDAR_FEED_NOT_FOUND');
    });

    it('refuses feeds for schedules and users that do not exist', async () => {
      const schedule = await t.request({ method: 'POST', url: '/api/v1/schedules/nope/calendar-feeds' });
      expect(schedule.statusCode).toBe(404);
      expect(schedule.json().code).toBe('VIGIL_SCHEDULE_NOT_FOUND');
      const user = await t.request({ method: 'POST', url: '/api/v1/users/zed/calendar-feeds' });
      expect(user.json()).toEqual({ code: 'VIGIL_USER_NOT_FOUND', message: 'no user "zed"' });
    });

    /** A responder of their own, with a personal token, who may be deleted without disturbing the schedule. */
    const person = async (id: string) => {
      const now = t.clock.now();
      await t.database.db.insertInto('users').values({ id, name: id, email: `${id}@example.com`, time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now }).execute();
      const secret = `${id}-token-0123456789abcdef`;
      await t.database.db
        .insertInto('api_tokens')
        .values({ id: `tok_${id}`, name: `${id}-token`, token_hash: hashSecret(secret), role: 'responder', user_id: id, kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null })
        .execute();
      return { authorization: `Bearer ${secret}` };
    };
    const createAs = async (headers: Record<string, string>, url: string) => {
      const response = await t.app.inject({ method: 'POST', url, headers });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string; url: string }>();
    };

    it('stops answering a feed once the user who made it is deleted, as for an unknown feed', async () => {
      const feed = await createAs(await person('carol'), '/api/v1/schedules/primary/calendar-feeds');
      expect((await fetchFeed(feed.url)).statusCode).toBe(200);
      expect((await t.request({ method: 'DELETE', url: '/api/v1/users/carol' })).statusCode).toBe(204);
      const gone = await fetchFeed(feed.url);
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toEqual((await t.app.inject({ method: 'GET', url: '/ical/not-a-feed.ics' })).json());
    });

    it('stops answering a feed once the service token that made it is revoked', async () => {
      const made = await t.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'calendar-bot', kind: 'service', role: 'viewer' } });
      expect(made.statusCode, made.body).toBe(201);
      const { token, secret } = made.json<{ token: { id: string }; secret: string }>();
      const feed = await createAs({ authorization: `Bearer ${secret}` }, '/api/v1/schedules/primary/calendar-feeds');
      expect((await fetchFeed(feed.url)).statusCode).toBe(200);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/tokens/${token.id}` })).statusCode).toBe(200);
      expect((await fetchFeed(feed.url)).statusCode).toBe(404);
    });

    it('records who created and who revoked a feed in the audit log, never its secret', async () => {
      const feed = await create('/api/v1/users/alice/calendar-feeds');
      expect((await t.request({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` })).statusCode).toBe(204);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/calendar-feeds/${feed.id}` })).statusCode).toBe(204);
      const audit = (await t.request({ method: 'GET', url: `/api/v1/audit?entity=calendar_feed:${feed.id}` })).json<{ entries: { action: string; actor: string; before: unknown; after: unknown }[] }>();
      expect(audit.entries.map((e) => e.action)).toEqual(['calendar_feed.revoke', 'calendar_feed.create']);
      const expected = { schedule: null, user: 'alice', created_by: 'token:bootstrap-admin' };
      expect(audit.entries[1]).toMatchObject({ actor: 'token:bootstrap-admin', before: null, after: expected });
      expect(audit.entries[0]).toMatchObject({ actor: 'token:bootstrap-admin', before: expected, after: null });
      const secret = /\/ical\/(.+)\.ics$/.exec(feed.url)![1]!;
      expect(JSON.stringify(audit.entries)).not.toContain(secret);
      expect(JSON.stringify(audit.entries)).not.toContain(hashSecret(secret));
    });

    it('lists every live feed to an admin and only their own to others, without secrets, and lets an admin revoke any', async () => {
      const dave = await person('dave');
      const own = await createAs(dave, '/api/v1/users/dave/calendar-feeds');
      const others = await create('/api/v1/schedules/primary/calendar-feeds');
      const mine = await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feeds', headers: dave });
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toEqual({
        calendar_feeds: [{ id: own.id, schedule: null, user: 'dave', created_by: 'user:dave', created_at: '2026-03-02T10:00:00.000Z', serving: true }],
      });
      const all = (await t.request({ method: 'GET', url: '/api/v1/calendar-feeds' })).json<{ calendar_feeds: { id: string; serving: boolean }[] }>().calendar_feeds;
      expect(all.map((f) => f.id)).toEqual(expect.arrayContaining([own.id, others.id]));
      // Feeds made by carol, deleted above, are listed as no longer served, so they can be cleared away.
      expect(all.some((f) => !f.serving)).toBe(true);
      const listed = JSON.stringify(all);
      for (const url of [own.url, others.url]) expect(listed).not.toContain(/\/ical\/(.+)\.ics$/.exec(url)![1]!);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/calendar-feeds/${others.id}`, headers: dave })).statusCode).toBe(403);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/calendar-feeds/${own.id}` })).statusCode).toBe(204);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feeds', headers: dave })).json()).toEqual({ calendar_feeds: [] });
      expect((await fetchFeed(own.url)).statusCode).toBe(404);
      const openapi = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
      expect(Object.keys(openapi.paths['/api/v1/calendar-feeds'] ?? {})).toContain('get');
    });

    it('builds feed addresses on the public URL the app is given', async () => {
      const app = await buildApp({ runtime: createRuntime(t.database, { clock: t.clock }), notify: t.notify, publicUrl: 'https://vigil.example.com/' });
      try {
        const response = await app.inject({ method: 'POST', url: '/api/v1/users/alice/calendar-feeds', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
        expect(response.json().url).toMatch(/^https:\/\/vigil\.example\.com\/ical\/[A-Za-z0-9_-]+\.ics$/);
      } finally {
        await app.close();
      }
    });
  });
}
