import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

// 2026-03-02 10:00 UTC, when the tests run, is a Monday: Alice's week began at 09:00, Bob's begins on the 9th.
const ORG = `users:
  - id: alice
    name: Alice Liddell
    email: alice@example.com
    role: admin
    contact_methods: [{ id: alice-mail, type: email, address: alice@example.com }]
  - id: bob
    name: Bob Okafor
    email: bob@example.com
    contact_methods: [{ id: bob-mail, type: email, address: bob@example.com }]
  - id: carol
    name: Carol Jones
    email: carol@example.com
    contact_methods: [{ id: carol-mail, type: email, address: carol@example.com }]
  - { id: eli, name: Eli Haddad, email: eli@example.com, role: viewer }
teams:
  - { id: payments, name: Payments, members: [alice, bob] }
schedules:
  - id: primary
    name: Payments primary
    time_zone: UTC
    team: payments
    layers:
      - { rotation: weekly, handoff: "Monday 09:00", start: 2026-01-05, participants: [alice, bob] }
  - id: nights
    time_zone: Europe/Warsaw
    layers:
      - { rotation: daily, handoff: "20:00", start: 2026-01-05, participants: [carol], restrictions: [{ from: "20:00", to: "08:00" }] }
escalation_policies:
  - id: checkout
    name: Checkout
    levels:
      - { targets: ["schedule:primary"], escalate_after: 5m }
      - { targets: ["user:carol", "schedule:nights"], escalate_after: 10m }
`;

const BOB_TOKEN = 'bob-personal-token-0123456789';
const ELI_TOKEN = 'eli-personal-token-0123456789';

for (const dialect of DIALECTS) {
  describe(`GET /api/v1/oncall/outlook on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, ORG);
      const token = (id: string, user: string, secret: string, role: 'responder' | 'viewer') =>
        t.database.db.insertInto('api_tokens').values({ id, name: `${user}-cli`, token_hash: hashSecret(secret), role, user_id: user, kind: 'personal', created_at: 0, expires_at: null, revoked_at: null, last_used_at: null }).execute();
      await token('tok_bob', 'bob', BOB_TOKEN, 'responder');
      await token('tok_eli', 'eli', ELI_TOKEN, 'viewer');
      // Alice covers an hour of her own week: her current shift ends at 11:00, her time on call does not.
      const added = await t.request({ method: 'POST', url: '/api/v1/schedules/primary/overrides', payload: { user: 'alice', start: '2026-03-02T11:00:00Z', end: '2026-03-02T12:00:00Z' } });
      expect(added.statusCode, added.body).toBe(201);
    });
    afterAll(async () => {
      await t.close();
    });
    const outlook = (token?: string) => t.request({ method: 'GET', url: '/api/v1/oncall/outlook', ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });

    it('says until when the person on call stays on, across their own override, and who is next', async () => {
      const response = await outlook();
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.at).toBe('2026-03-02T10:00:00.000Z');
      expect(body.schedules).toEqual([
        { schedule: { id: 'nights', name: 'nights', team: null, time_zone: 'Europe/Warsaw' }, now: null, until: null, next: { id: 'carol', name: 'Carol Jones' }, next_from: '2026-03-02T19:00:00.000Z' },
        {
          schedule: { id: 'primary', name: 'Payments primary', team: 'payments', time_zone: 'UTC' },
          now: { id: 'alice', name: 'Alice Liddell' },
          until: '2026-03-09T09:00:00.000Z',
          next: { id: 'bob', name: 'Bob Okafor' },
          next_from: '2026-03-09T09:00:00.000Z',
        },
      ]);
      // GET /oncall still answers the current shift, cut by the override.
      const raw = (await t.request({ method: 'GET', url: '/api/v1/oncall?schedule=primary' })).json();
      expect(raw.oncall[0].shift.end).toBe('2026-03-02T11:00:00.000Z');
    });

    it('names every target of every level, with whom it reaches now and next', async () => {
      const body = (await outlook()).json();
      expect(body.escalation_policies).toEqual([
        {
          policy: { id: 'checkout', name: 'Checkout', team: null },
          levels: [
            {
              position: 1,
              escalate_after: '5m',
              targets: [{ target: 'schedule:primary', kind: 'schedule', id: 'primary', name: 'Payments primary', now: { id: 'alice', name: 'Alice Liddell' }, until: '2026-03-09T09:00:00.000Z', next: { id: 'bob', name: 'Bob Okafor' }, next_from: '2026-03-09T09:00:00.000Z' }],
            },
            {
              position: 2,
              escalate_after: '10m',
              targets: [
                { target: 'user:carol', kind: 'user', id: 'carol', name: 'Carol Jones', now: { id: 'carol', name: 'Carol Jones' }, until: null, next: null, next_from: null },
                { target: 'schedule:nights', kind: 'schedule', id: 'nights', name: 'nights', now: null, until: null, next: { id: 'carol', name: 'Carol Jones' }, next_from: '2026-03-02T19:00:00.000Z' },
              ],
            },
          ],
        },
      ]);
    });

    it('shows admins the contact methods of everyone on call now or next, and others only their own', async () => {
      const methodsOf = (body: { contacts: { user: { id: string }; contact_methods: { id: string }[] }[] }) =>
        Object.fromEntries(body.contacts.map((c) => [c.user.id, c.contact_methods.map((m) => m.id)]));
      expect(methodsOf((await outlook()).json())).toEqual({ alice: ['alice-mail'], bob: ['bob-mail'], carol: ['carol-mail'] });
      const asBob = (await outlook(BOB_TOKEN)).json();
      expect(methodsOf(asBob)).toEqual({ bob: ['bob-mail'] });
      expect(asBob.contacts[0].contact_methods[0]).toEqual({ id: 'bob-mail', type: 'email', address: 'bob@example.com', name: null, verified: true, disabled: false });
      // A viewer reads who is on call, but nobody's contact methods but their own (eli is on no schedule).
      const asEli = await outlook(ELI_TOKEN);
      expect(asEli.statusCode).toBe(200);
      expect(asEli.json().contacts).toEqual([]);
    });

    it('tells the caller their own current or next stretch on call on each schedule', async () => {
      // The admin token has no user: nobody's stretch to tell.
      expect((await outlook()).json().yours).toEqual([]);
      expect((await outlook(BOB_TOKEN)).json().yours).toEqual([
        { schedule: { id: 'primary', name: 'Payments primary' }, start: '2026-03-09T09:00:00.000Z', end: '2026-03-16T09:00:00.000Z' },
      ]);
      expect((await outlook(ELI_TOKEN)).json().yours).toEqual([]);
    });

    it('answers for another instant with ?at', async () => {
      const body = (await t.request({ method: 'GET', url: '/api/v1/oncall/outlook?at=2026-03-02T21:00:00Z' })).json();
      expect(body.schedules[0]).toMatchObject({ now: { id: 'carol' }, until: '2026-03-03T07:00:00.000Z', next: null, next_from: null });
      expect((await t.request({ method: 'GET', url: '/api/v1/oncall/outlook?at=soon' })).statusCode).toBe(400);
    });
  });
}
