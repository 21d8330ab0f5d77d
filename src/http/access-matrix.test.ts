import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../test-support/app.js';

/**
 * Who may call what, written out route by route: the specification the access rules declared
 * next to each route must meet. A route missing here fails the first test, so adding a route
 * means deciding who may call it.
 *
 * - public: credentials change nothing;
 * - any: every role; responder: responders and admins; admin: admins only;
 * - team-member / team-manager: members (or managers) of team-a, which owns the fixtures, and admins;
 * - owner: rita, whose user, contact method and calendar feed the fixtures are, and admins.
 */
type Expectation = 'public' | 'any' | 'responder' | 'admin' | 'team-member' | 'team-manager' | 'owner';

const EXPECTED: Record<string, Expectation> = {
  'GET /': 'public',
  // The web console's pages: the page itself holds no data; the API behind it checks credentials.
  'GET /login': 'public',
  'GET /incidents': 'public',
  'GET /alerts': 'public',
  'GET /incidents/:ref': 'public',
  'GET /oncall': 'public',
  'GET /schedules': 'public',
  'GET /schedules/:id': 'public',
  'GET /escalation-policies': 'public',
  'GET /escalation-policies/:id': 'public',
  'GET /services': 'public',
  'GET /services/:id': 'public',
  'GET /runbooks': 'public',
  'GET /heartbeats': 'public',
  'GET /runbooks/:id': 'public',
  'GET /silences': 'public',
  'GET /maintenance': 'public',
  'GET /profile': 'public',
  'GET /admin': 'public',
  'GET /postmortems': 'public',
  'GET /postmortems/:id': 'public',
  'GET /action-items': 'public',
  'GET /analytics': 'public',
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /metrics': 'public',
  'GET /openapi.json': 'public',
  'GET /ack/:token': 'public',
  'POST /ack/:token': 'public',
  'GET /ical/:token.ics': 'public',
  'POST /callbacks/slack/interactions': 'public',
  'POST /callbacks/twilio/sms': 'public',
  'POST /callbacks/twilio/status': 'public',
  'POST /callbacks/twilio/voice': 'public',
  'POST /generic/2010-04-15/create_event.json': 'public',
  'POST /v2/enqueue': 'public',
  'POST /v2/change/enqueue': 'public',
  'POST /integrations/alertmanager': 'public',
  'PUT /integrations/alertmanager': 'public',
  'POST /integrations/alertmanager/:key': 'public',
  'PUT /integrations/alertmanager/:key': 'public',
  'POST /integrations/grafana': 'public',
  'PUT /integrations/grafana': 'public',
  'POST /integrations/grafana/:key': 'public',
  'PUT /integrations/grafana/:key': 'public',
  'POST /integrations/webhook': 'public',
  'PUT /integrations/webhook': 'public',
  'POST /integrations/webhook/:key': 'public',
  'PUT /integrations/webhook/:key': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'public',
  'GET /api/v1/auth/methods': 'public',
  'GET /api/v1/auth/oidc/login': 'public',
  'GET /api/v1/auth/oidc/callback': 'public',

  'GET /api/v1/me': 'any',
  'GET /api/v1/severities': 'any',
  'GET /api/v1/teams': 'any',
  'GET /api/v1/services': 'any',
  'GET /api/v1/services/:id': 'any',
  'PATCH /api/v1/services/:id': 'team-manager',
  'GET /api/v1/services/:id/integrations': 'team-member',
  'GET /api/v1/users': 'any',
  'GET /api/v1/users/:id': 'any',
  'POST /api/v1/users': 'admin',
  'PATCH /api/v1/users/:id': 'owner',
  'DELETE /api/v1/users/:id': 'admin',
  'GET /api/v1/tokens': 'any',
  'POST /api/v1/tokens': 'any',
  'DELETE /api/v1/tokens/:id': 'any',
  'GET /api/v1/audit': 'admin',

  'GET /api/v1/incidents': 'any',
  'GET /api/v1/incidents/summary': 'any',
  'POST /api/v1/incidents': 'responder',
  'GET /api/v1/incidents/:ref': 'any',
  'POST /api/v1/incidents/:ref/acknowledge': 'responder',
  'POST /api/v1/incidents/:ref/unacknowledge': 'responder',
  'POST /api/v1/incidents/:ref/resolve': 'responder',
  'POST /api/v1/incidents/:ref/reopen': 'responder',
  'POST /api/v1/incidents/:ref/notes': 'responder',
  'PUT /api/v1/incidents/:ref/severity': 'responder',
  'PUT /api/v1/incidents/:ref/commander': 'responder',
  'POST /api/v1/incidents/:ref/escalate': 'responder',
  'GET /api/v1/incidents/:ref/alerts': 'any',
  'GET /api/v1/alerts': 'any',
  'GET /api/v1/alerts/:id': 'any',
  'GET /api/v1/incidents/:ref/changes': 'any',
  'GET /api/v1/incidents/:ref/pages': 'any',
  'GET /api/v1/incidents/:ref/deliveries': 'any',
  'GET /api/v1/incidents/:ref/cost': 'any',
  'PATCH /api/v1/incidents/:ref/cost': 'responder',
  'GET /api/v1/incidents/:ref/similar': 'any',
  'POST /api/v1/incidents/:ref/postmortem': 'responder',
  'GET /api/v1/postmortems': 'any',
  'GET /api/v1/postmortems/:id': 'any',
  'PATCH /api/v1/postmortems/:id': 'responder',
  'POST /api/v1/postmortems/:id/reviews': 'responder',
  'DELETE /api/v1/postmortems/:id': 'admin',
  'GET /api/v1/action-items': 'any',
  'GET /api/v1/analytics/definitions': 'any',
  'GET /api/v1/analytics/summary': 'any',
  'GET /api/v1/analytics/incidents-over-time': 'any',
  'GET /api/v1/analytics/oncall-load': 'any',
  'GET /api/v1/analytics/costs': 'any',
  'POST /api/v1/action-items': 'responder',
  'GET /api/v1/action-items/:id': 'any',
  'PATCH /api/v1/action-items/:id': 'responder',
  'GET /api/v1/stream': 'any',
  'GET /api/v1/deliveries/:id': 'any',
  'POST /api/v1/deliveries/:id/retry': 'responder',
  'GET /api/v1/incident-roles': 'any',
  'PUT /api/v1/incidents/:ref/roles/:role': 'responder',
  'DELETE /api/v1/incidents/:ref/roles/:role': 'responder',
  'GET /api/v1/incidents/:ref/status-updates': 'any',
  'POST /api/v1/incidents/:ref/status-updates': 'responder',
  'GET /api/v1/incidents/:ref/handoff': 'any',
  // Anyone may subscribe themself or remove their own; subscribing others is checked inside (response-flow.test.ts).
  'GET /api/v1/incidents/:ref/subscriptions': 'any',
  'POST /api/v1/incidents/:ref/subscriptions': 'any',
  'GET /api/v1/services/:id/subscriptions': 'any',
  'POST /api/v1/services/:id/subscriptions': 'any',
  'DELETE /api/v1/subscriptions/:id': 'any',
  // Stakeholders' signed links, used from mail without signing in.
  'GET /stakeholders/confirm/:id': 'public',
  'POST /stakeholders/confirm/:id': 'public',
  'GET /stakeholders/unsubscribe/:id': 'public',
  'POST /stakeholders/unsubscribe/:id': 'public',

  'GET /api/v1/schedules': 'any',
  'POST /api/v1/schedules': 'team-manager',
  'GET /api/v1/schedules/:id': 'any',
  'PUT /api/v1/schedules/:id': 'team-manager',
  'DELETE /api/v1/schedules/:id': 'team-manager',
  'GET /api/v1/schedules/:id/overrides': 'any',
  'POST /api/v1/schedules/:id/overrides': 'team-member',
  'DELETE /api/v1/schedules/:id/overrides/:overrideId': 'team-member',
  'GET /api/v1/schedules/:id/shifts': 'any',
  'POST /api/v1/schedules/:id/calendar-feeds': 'any',
  'GET /api/v1/oncall': 'any',
  'GET /api/v1/oncall/outlook': 'any',
  'GET /api/v1/escalation-policies': 'any',
  'POST /api/v1/escalation-policies': 'team-manager',
  'GET /api/v1/escalation-policies/:id': 'any',
  'PUT /api/v1/escalation-policies/:id': 'team-manager',
  'DELETE /api/v1/escalation-policies/:id': 'team-manager',

  'GET /api/v1/users/:id/contact-methods': 'owner',
  'POST /api/v1/users/:id/contact-methods': 'owner',
  'POST /api/v1/contact-methods/:id/verify': 'owner',
  'POST /api/v1/contact-methods/:id/verification': 'owner',
  'PATCH /api/v1/contact-methods/:id': 'owner',
  'DELETE /api/v1/contact-methods/:id': 'owner',
  'GET /api/v1/users/:id/notification-rules': 'owner',
  'PUT /api/v1/users/:id/notification-rules': 'owner',
  'POST /api/v1/users/:id/test-page': 'owner',
  'GET /api/v1/push/vapid-public-key': 'any',
  'POST /api/v1/users/:id/calendar-feeds': 'owner',
  'GET /api/v1/calendar-feeds': 'any',
  'DELETE /api/v1/calendar-feeds/:id': 'owner',

  'POST /api/v1/incidents/:ref/merge': 'responder',
  'POST /api/v1/alerts/:id/split': 'responder',
  'GET /api/v1/heartbeats': 'any',
  'POST /api/v1/heartbeats': 'responder',
  'GET /api/v1/heartbeats/:id': 'any',
  'PATCH /api/v1/heartbeats/:id': 'responder',
  'DELETE /api/v1/heartbeats/:id': 'responder',
  'GET /integrations/heartbeat/:key': 'public',
  'POST /integrations/heartbeat/:key': 'public',
  'GET /api/v1/runbooks': 'any',
  'POST /api/v1/runbooks': 'team-member',
  'GET /api/v1/runbooks/:id': 'any',
  'PUT /api/v1/runbooks/:id': 'team-member',
  'DELETE /api/v1/runbooks/:id': 'team-member',
  'POST /api/v1/runbooks/:id/review': 'team-member',
  'GET /api/v1/runbooks/:id/versions': 'any',
  'GET /api/v1/runbooks/:id/versions/:version': 'any',
  'GET /api/v1/incidents/:ref/runbooks': 'any',
  'PUT /api/v1/incidents/:ref/runbooks/:id/checklist/:item_key': 'responder',

  'GET /api/v1/silences': 'any',
  'POST /api/v1/silences': 'responder',
  'POST /api/v1/silences/preview': 'any',
  'GET /api/v1/silences/:id': 'any',
  'PATCH /api/v1/silences/:id': 'responder',
  'DELETE /api/v1/silences/:id': 'responder',
  'POST /api/v1/incidents/:ref/silence': 'responder',
  'GET /api/v1/maintenance-windows': 'any',
  'POST /api/v1/maintenance-windows': 'team-member',
  'GET /api/v1/maintenance-windows/:id': 'any',
  'PATCH /api/v1/maintenance-windows/:id': 'team-member',
  'DELETE /api/v1/maintenance-windows/:id': 'team-member',
  'GET /api/v1/services/:id/maintenance': 'any',
};

/** Bodies for routes whose rule reads the body: a runbook is its services' teams'. */
const PAYLOADS: Record<string, Record<string, unknown>> = {
  'POST /api/v1/runbooks': { services: ['svc-a'] },
  'POST /api/v1/maintenance-windows': { services: ['svc-a'], duration: '1h', reason: 'matrix' },
  'PATCH /api/v1/maintenance-windows/:id': { reason: 'matrix' },
  'POST /api/v1/silences': { matchers: [{ field: 'labels.alertname', op: '=', value: 'X' }], duration: '1h', comment: 'matrix' },
  'POST /api/v1/silences/preview': { matchers: [{ field: 'labels.alertname', op: '=', value: 'X' }] },
  'PATCH /api/v1/silences/:id': { comment: 'matrix' },
  'POST /api/v1/incidents/:ref/silence': { duration: '1h' },
};

/** Routes whose answer goes on until the client or the server ends it. */
const STREAMS = new Set(['/api/v1/stream']);

type Persona = 'anonymous' | 'viewer' | 'other-team responder' | 'team member' | 'team manager' | 'admin';
const PERSONAS: readonly Persona[] = ['anonymous', 'viewer', 'other-team responder', 'team member', 'team manager', 'admin'];
const TOKENS: Record<Exclude<Persona, 'anonymous'>, string> = {
  viewer: 'matrix-vera-0123456789',
  'other-team responder': 'matrix-otto-0123456789',
  'team member': 'matrix-rita-0123456789',
  'team manager': 'matrix-mona-0123456789',
  admin: TEST_ADMIN_TOKEN,
};

const ALLOWED: Record<Exclude<Expectation, 'public'>, readonly Persona[]> = {
  any: ['viewer', 'other-team responder', 'team member', 'team manager', 'admin'],
  responder: ['other-team responder', 'team member', 'team manager', 'admin'],
  admin: ['admin'],
  'team-member': ['team member', 'team manager', 'admin'],
  'team-manager': ['team manager', 'admin'],
  owner: ['team member', 'admin'],
};

async function seed(t: TestApp): Promise<void> {
  const db = t.database.db;
  const now = t.clock.now();
  const user = (id: string, role: 'viewer' | 'responder') => ({ id, name: id, email: `${id}@example.com`, time_zone: 'UTC', role, created_at: now, updated_at: now });
  await db.insertInto('users').values([user('vera', 'viewer'), user('otto', 'responder'), user('rita', 'responder'), user('mona', 'responder')]).execute();
  await db.insertInto('teams').values([
    { id: 'team-a', name: 'A', description: null, created_at: now, updated_at: now },
    { id: 'team-b', name: 'B', description: null, created_at: now, updated_at: now },
  ]).execute();
  await db.insertInto('team_members').values([
    { team_id: 'team-a', user_id: 'rita', role: 'member', position: 0 },
    { team_id: 'team-a', user_id: 'mona', role: 'manager', position: 1 },
    { team_id: 'team-b', user_id: 'otto', role: 'manager', position: 0 },
  ]).execute();
  const personal = (id: string, secret: string, role: 'viewer' | 'responder') =>
    ({ id: `tok_${id}`, name: `${id}-token`, token_hash: hashSecret(secret), role, user_id: id, kind: 'personal' as const, created_at: now, expires_at: null, revoked_at: null, last_used_at: null });
  await db.insertInto('api_tokens').values([
    personal('vera', TOKENS.viewer, 'viewer'),
    personal('otto', TOKENS['other-team responder'], 'responder'),
    personal('rita', TOKENS['team member'], 'responder'),
    personal('mona', TOKENS['team manager'], 'responder'),
  ]).execute();
  await db.insertInto('schedules').values({ id: 'sched-a', name: 'A', description: null, team_id: 'team-a', time_zone: 'UTC', created_at: now, updated_at: now }).execute();
  await db.insertInto('schedule_overrides').values({ id: 'ovr_mona', schedule_id: 'sched-a', user_id: 'mona', start_at: now, end_at: now + 3_600_000, created_by: 'user:mona', created_at: now }).execute();
  await db.insertInto('escalation_policies').values({ id: 'policy-a', name: 'A', description: null, team_id: 'team-a', repeat: 0, created_at: now, updated_at: now }).execute();
  await db.insertInto('services').values({ id: 'svc-a', name: 'A', description: null, team_id: 'team-a', severity_map: null, escalation_policy_id: 'policy-a', created_at: now, updated_at: now }).execute();
  await db.insertInto('contact_methods').values({ id: 'cm_rita', user_id: 'rita', name: null, type: 'email', address: 'rita@example.com', verified_at: null, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }).execute();
  await db.insertInto('runbooks').values({ id: 'rb-a', title: 'A', source: 'api', file: null, match: '[]', review_after_ms: null, reviewed_at: null, reviewed_by: null, current_version: 1, created_by: 'cli', created_at: now, updated_at: now }).execute();
  await db.insertInto('runbook_services').values({ runbook_id: 'rb-a', service_id: 'svc-a' }).execute();
  await db.insertInto('maintenance_windows').values({ id: 'mw_a', services: '["svc-a"]', starts_at: now + 3_600_000, ends_at: now + 7_200_000, reason: 'A', repeat: null, time_zone: 'UTC', pause_open: 0, source: 'api', created_by: 'cli', created_at: now, updated_at: now }).execute();
  await db.insertInto('silences').values({ id: 'sil_0123456789abcdef0123456789abcdef', matchers: '[{"field":"labels.a","op":"=","value":"b"}]', services: null, index_field: 'labels.a', index_value: 'b', starts_at: now, ends_at: now + 3_600_000, comment: 'A', created_by: 'cli', created_at: now, expired_by: null, expired_at: null }).execute();
  await db.insertInto('runbook_versions').values({ runbook_id: 'rb-a', version: 1, body: '- [ ] step', sha256: '0', author: 'cli', at: now }).execute();
  await db.insertInto('calendar_feeds').values({ id: 'feed_rita', token_hash: hashSecret('feed-secret'), schedule_id: null, user_id: 'rita', created_by: 'user:rita', created_at: now, revoked_at: null }).execute();
  const incident = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'matrix', service: 'svc-a' } });
  expect(incident.statusCode, incident.body).toBe(201);
}

/** Path parameters naming the fixtures, by the collection they follow. */
function fill(url: string): string {
  const ids: Record<string, string> = {
    schedules: 'sched-a', 'escalation-policies': 'policy-a', users: 'rita', 'contact-methods': 'cm_rita',
    'calendar-feeds': 'feed_rita', tokens: 'tok_rita', deliveries: 'dlv_missing', services: 'svc-a', runbooks: 'rb-a', 'maintenance-windows': 'mw_a', silences: 'sil_0123456789abcdef0123456789abcdef',
  };
  return url
    .replace(/\/([a-z-]+)\/:id/, (_match, collection: string) => `/${collection}/${ids[collection] ?? 'missing'}`)
    .replace(':ref', '1')
    .replace(':overrideId', 'ovr_mona')
    .replace(':version', '1')
    .replace(':item_key', '1-000000000000')
    .replace(':token', 'not-a-token')
    .replace(':key', 'not-a-key');
}

/** Every table's rows (SQLite), to put back between routes. */
type Snapshot = ReadonlyMap<string, readonly Record<string, unknown>[]>;

async function takeSnapshot(t: TestApp): Promise<Snapshot> {
  const db = t.database.db;
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db);
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const { name } of tables.rows) rows.set(name, (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows);
  return rows;
}

/** The database as it was when `snapshot` was taken: what a fresh, seeded app would hold. */
async function restoreSnapshot(t: TestApp, snapshot: Snapshot): Promise<void> {
  const db = t.database.db;
  // Foreign keys off while tables are emptied and refilled in no particular order.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      for (const [name, rows] of snapshot) {
        await sql`delete from ${sql.table(name)}`.execute(trx);
        for (const row of rows) {
          const columns = Object.keys(row);
          await sql`insert into ${sql.table(name)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(columns.map((c) => row[c]))})`.execute(trx);
        }
      }
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

describe('access rules, route by route and role by role', () => {
  it('has an expectation for every registered route, and no stale ones', async () => {
    const t = await createTestApp('sqlite');
    try {
      const registered = new Set(t.app.routeRules.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`));
      expect([...registered].filter((key) => !(key in EXPECTED)), 'routes without an expectation').toEqual([]);
      expect(Object.keys(EXPECTED).filter((key) => !registered.has(key)), 'expectations for routes that do not exist').toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('lists to each caller only the calendar feeds they may revoke, and every one to an admin', async () => {
    const t = await createTestApp('sqlite');
    try {
      await seed(t);
      const listed = async (persona: Exclude<Persona, 'anonymous'>) =>
        (await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feeds', headers: { authorization: `Bearer ${TOKENS[persona]}` } })).json<{ calendar_feeds: { id: string }[] }>().calendar_feeds.map((f) => f.id);
      expect(await listed('team member')).toEqual(['feed_rita']);
      expect(await listed('admin')).toEqual(['feed_rita']);
      for (const persona of ['viewer', 'other-team responder', 'team manager'] as const) expect(await listed(persona), persona).toEqual([]);
    } finally {
      await t.close();
    }
  });

  // One app for every route, its database put back to the seeded rows before each: a request
  // that is allowed may change or delete the fixtures.
  describe('each route', () => {
    let t: TestApp;
    let seeded: Snapshot;
    beforeAll(async () => {
      t = await createTestApp('sqlite');
      await seed(t);
      seeded = await takeSnapshot(t);
    });
    afterAll(async () => {
      await t?.close();
    });

    for (const [key, expectation] of Object.entries(EXPECTED)) {
      it(`${key}: ${expectation}`, async () => {
        const [method, url] = key.split(' ') as [string, string];
        await restoreSnapshot(t, seeded);
        const send = async (persona: Persona, verb = method) => {
          const response = await t.app.inject({
            method: verb as 'GET',
            url: fill(url),
            headers: persona === 'anonymous' ? {} : { authorization: `Bearer ${TOKENS[persona]}` },
            ...(verb === 'GET' || verb === 'HEAD' || verb === 'DELETE' ? {} : { payload: PAYLOADS[key] ?? { team: 'team-a' } }),
            // A stream never ends: its answer is in once the head is, and the app's close ends it.
            ...(STREAMS.has(url) ? { payloadAsStream: true } : {}),
          });
          if (!STREAMS.has(url)) return response;
          response.stream().destroy();
          return { statusCode: response.statusCode, body: `(a stream answered ${response.statusCode})` };
        };
        if (expectation === 'public') {
          const statuses = new Set<number>();
          for (const persona of PERSONAS) statuses.add((await send(persona)).statusCode);
          expect(statuses.size, `credentials changed the answer: ${[...statuses].join(', ')}`).toBe(1);
          return;
        }
        const allowed = ALLOWED[expectation];
        // Refusals first: they change nothing, so the allowed requests after them see the fixtures.
        const order = [...PERSONAS.filter((p) => !allowed.includes(p)), ...allowed];
        for (const persona of order) {
          for (const verb of method === 'GET' ? ['GET', 'HEAD'] : [method]) {
            const response = await send(persona, verb);
            if (allowed.includes(persona)) {
              expect([401, 403], `${persona} ${verb} ${fill(url)} was refused: ${response.body}`).not.toContain(response.statusCode);
            } else {
              expect(response.statusCode, `${persona} ${verb} ${fill(url)}: ${response.body}`).toBe(persona === 'anonymous' ? 401 : 403);
            }
          }
        }
      });
    }
  });
});
