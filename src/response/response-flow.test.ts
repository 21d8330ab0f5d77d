import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import type { IncidentView } from '../incidents/incident-view.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');

/**
 * alice (level 1 of `platform`), carol (communications), dana (level 2), vera (a viewer), each
 * with a verified email; checkout escalates through `platform`.
 */
async function seed(t: TestApp): Promise<void> {
  const db = t.database.db;
  const now = t.clock.now();
  const user = (id: string, role: 'responder' | 'viewer' = 'responder') => ({ id, name: id[0]!.toUpperCase() + id.slice(1), email: `${id}@example.com`, time_zone: 'UTC', role, created_at: now, updated_at: now });
  await db.insertInto('users').values([user('alice'), user('bob'), user('carol'), user('dana'), user('vera', 'viewer')]).execute();
  await db.insertInto('contact_methods').values(['alice', 'bob', 'carol', 'dana'].map((id) => ({ id: `cm_${id}`, user_id: id, name: null, type: 'email', address: `${id}@example.com`, verified_at: now, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now }))).execute();
  await db.insertInto('escalation_policies').values({ id: 'platform', name: 'Platform', description: null, team_id: null, repeat: 0, created_at: now, updated_at: now }).execute();
  await db.insertInto('escalation_levels').values([
    { policy_id: 'platform', position: 1, escalate_after_ms: 60 * MINUTE, targets: JSON.stringify(['user:alice']) },
    { policy_id: 'platform', position: 2, escalate_after_ms: 60 * MINUTE, targets: JSON.stringify(['user:dana']) },
  ]).execute();
  await db.insertInto('services').values({ id: 'checkout', name: 'Checkout', description: null, team_id: null, created_at: now, updated_at: now, escalation_policy_id: 'platform' }).execute();
  const token = (id: string, role: 'viewer' | 'responder') => ({ id: `tok_${id}`, name: `${id}-token`, token_hash: hashSecret(`token-of-${id}-0123456789`), role, user_id: id, kind: 'personal' as const, created_at: now, expires_at: null, revoked_at: null, last_used_at: null });
  await db.insertInto('api_tokens').values([token('alice', 'responder'), token('vera', 'viewer')]).execute();
}

const as = (id: string) => ({ authorization: `Bearer token-of-${id}-0123456789` });

for (const dialect of DIALECTS) {
  describe(`the response on ${dialect}`, () => {
    let t: TestApp;
    // A PostgreSQL database is cloned per test: slow on a busy machine.
    beforeEach(async () => {
      t = await createTestApp(dialect);
      t.clock.set(T0);
      await seed(t);
    }, 60_000);
    afterEach(async () => {
      await t.close();
    });

    const declare = async (severity = 'SEV-1') => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout failing', service: 'checkout', severity } });
      expect(response.statusCode, response.body).toBe(201);
      await t.engine.runDue();
      return response.json<IncidentView>().number;
    };
    const get = async (number: number) => (await t.request({ method: 'GET', url: `/api/v1/incidents/${number}` })).json<IncidentView>();
    const reminders = async (number: number) => ((await get(number)).timeline ?? []).filter((e) => e.kind === 'update_reminder').map((e) => e.message);
    const after = async (ms: number) => {
      t.clock.advance(ms);
      await t.engine.runDue();
    };
    const noticesTo = async (userId: string, type: string) => {
      const rows = await t.database.db.selectFrom('deliveries').select(['event', 'channel', 'address']).where('user_id', '=', userId).where('kind', '=', 'event').execute();
      return rows.filter((r) => (JSON.parse(r.event ?? '{}') as { type: string }).type === type);
    };
    const updateOutcome = async (number: number) =>
      Number((await t.database.db.selectFrom('incidents').select('update_outcome').where('number', '=', number).executeTakeFirstOrThrow()).update_outcome);
    const post = (number: number, payload: Record<string, unknown>, headers = {}) => t.request({ method: 'POST', url: `/api/v1/incidents/${number}/status-updates`, payload, headers });

    it('assigns roles, reminds on the cadence (due, late, escalated) and stops when an update is posted', async () => {
      const number = await declare();
      expect((await get(number)).update_state).toBe('none');

      const commander = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/commander`, payload: { user: 'alice' } });
      expect(commander.statusCode, commander.body).toBe(200);
      const view = commander.json<IncidentView>();
      expect(view.commander).toEqual({ id: 'alice', name: 'Alice' });
      expect(view.next_update_due_at).toBe('2026-03-02T10:15:00.000Z');
      expect(view.update_state).toBe('on_time');
      expect(await noticesTo('alice', 'role')).toHaveLength(1);

      const comms = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/communications`, payload: { user: 'carol' } });
      expect(comms.statusCode, comms.body).toBe(200);
      expect(comms.json<IncidentView>().roles).toEqual([
        { role: 'commander', name: 'Incident commander', user: { id: 'alice', name: 'Alice' }, assigned_at: null },
        { role: 'communications', name: 'Communications lead', user: { id: 'carol', name: 'Carol' }, assigned_at: '2026-03-02T10:00:00.000Z' },
        { role: 'scribe', name: 'Scribe', user: null, assigned_at: null },
      ]);
      const assigned = comms.json<IncidentView>().timeline?.find((e) => e.kind === 'role_assigned');
      expect(assigned?.message).toBe('Communications lead: carol');
      const [notice] = await noticesTo('carol', 'role');
      expect(notice).toMatchObject({ channel: 'email', address: 'carol@example.com' });
      expect(JSON.parse(notice!.event!)).toEqual({ type: 'role', text: expect.stringMatching(/^you are now the communications lead \(assigned by token:.+\)$/) });

      await after(15 * MINUTE - 1);
      expect(await reminders(number)).toEqual([]);
      // Analytics' status-update compliance: not due until a reminder or an update (0), on time (1), late (2).
      expect(await updateOutcome(number)).toBe(0);
      await after(1);
      expect(await reminders(number)).toEqual(['Status update due; reminded alice (commander) (1 delivery)']);
      expect(await updateOutcome(number)).toBe(1);
      expect((await get(number)).update_state).toBe('due');
      expect(await noticesTo('alice', 'reminder')).toHaveLength(1);

      await after(7.5 * MINUTE);
      expect((await reminders(number)).at(-1)).toBe('Status update late; reminded carol (communications lead) (1 delivery)');
      expect((await get(number)).update_state).toBe('late');
      expect(await updateOutcome(number)).toBe(2);

      await after(7.5 * MINUTE);
      // Level 1 (alice) was paged at the start: the next level is dana's.
      expect((await reminders(number)).at(-1)).toBe('Status update still missing; reminded level 2 of platform: dana (1 delivery)');
      expect(await noticesTo('dana', 'reminder')).toHaveLength(1);

      const posted = await post(number, { status: 'identified', message: 'Bad deploy of payments; rolling back', audience: 'internal' });
      expect(posted.statusCode, posted.body).toBe(201);
      expect(posted.json()).toMatchObject({ status: 'identified', audience: 'internal', next_update_at: '2026-03-02T10:45:00.000Z' });
      const updated = await get(number);
      expect(updated.update_state).toBe('on_time');
      // Late once is late for the incident.
      expect(await updateOutcome(number)).toBe(2);
      expect(updated.timeline?.at(-1)).toMatchObject({ kind: 'status_update', message: 'Internal update — Identified: Bad deploy of payments; rolling back' });

      await after(15 * MINUTE - 1);
      expect(await reminders(number)).toHaveLength(3);
      await after(1);
      expect(await reminders(number)).toHaveLength(4);
    });

    it('starts the cadence on acknowledgement and reminds whoever acknowledged when there is no commander', async () => {
      const number = await declare();
      const ack = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge`, headers: as('alice') });
      expect(ack.statusCode, ack.body).toBe(200);
      expect(ack.json<IncidentView>().next_update_due_at).toBe('2026-03-02T10:15:00.000Z');
      await after(15 * MINUTE);
      expect(await reminders(number)).toEqual(['Status update due; reminded alice (last to acknowledge) (1 delivery)']);
      await after(7.5 * MINUTE);
      expect((await reminders(number)).at(-1)).toBe('Status update late; nobody reminded: nobody holds the communications role');
    });

    it('reminds someone whose notification rules all wait through the soonest of them, at once', async () => {
      // Alice is paged by email only after 5 minutes; a reminder has no later rung to wait for.
      await t.database.db.insertInto('notification_rules').values({ id: 'rule-alice-late', user_id: 'alice', contact_method_id: 'cm_alice', delay_ms: 5 * MINUTE, urgency: null, position: 0 }).execute();
      const number = await declare();
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/acknowledge`, headers: as('alice') });
      await after(15 * MINUTE);
      expect(await reminders(number)).toEqual(['Status update due; reminded alice (last to acknowledge) (1 delivery)']);
      expect(await noticesTo('alice', 'reminder')).toEqual([expect.objectContaining({ channel: 'email', address: 'alice@example.com' })]);
    });

    it('stops reminding when the incident resolves, and starts a new cycle when it reopens', async () => {
      const number = await declare();
      await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/commander`, payload: { user: 'alice' } });
      await after(5 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/resolve` });
      expect((await get(number)).update_state).toBe('none');
      await after(60 * MINUTE);
      expect(await reminders(number)).toEqual([]);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/reopen` });
      const reopened = await get(number);
      expect(reopened.next_update_due_at).toBe('2026-03-02T11:20:00.000Z');
      await after(15 * MINUTE);
      expect(await reminders(number)).toEqual(['Status update due; reminded alice (commander) (1 delivery)']);
    });

    it('follows severity changes: a longer interval from the same anchor, none without update_every', async () => {
      const number = await declare();
      await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/commander`, payload: { user: 'alice' } });
      await after(10 * MINUTE);
      const sev2 = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/severity`, payload: { severity: 'SEV-2' } });
      expect(sev2.json<IncidentView>().next_update_due_at).toBe('2026-03-02T11:00:00.000Z');
      await after(10 * MINUTE);
      // SEV-1's due time (10:15) has passed without a reminder: that cycle is gone.
      expect(await reminders(number)).toEqual([]);
      const sev3 = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/severity`, payload: { severity: 'SEV-3' } });
      expect(sev3.json<IncidentView>()).toMatchObject({ next_update_due_at: null, update_state: 'none' });
      // Back to SEV-1 at 10:30: due at anchor + 15m = 10:15, past, so the reminder runs now.
      await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/severity`, payload: { severity: 'SEV-1' } });
      await t.engine.runDue();
      expect(await reminders(number)).toEqual(['Status update due; reminded alice (commander) (1 delivery)']);
    });

    it('validates roles, users, updates and "next update in" with messages that say what to do', async () => {
      const number = await declare();
      const role = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/pilot`, payload: { user: 'alice' } });
      expect(role.statusCode).toBe(404);
      expect(role.json()).toMatchObject({ code: 'VIGIL_ROLE_NOT_FOUND', message: 'no incident role "pilot"; the roles are commander, communications, scribe' });
      const user = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/scribe`, payload: { user: 'alicia' } });
      expect(user.statusCode).toBe(422);
      expect(user.json().message).toMatch(/^no user "alicia"; did you mean "alice"/);
      const status = await post(number, { status: 'fixed', message: 'x', audience: 'internal' });
      expect(status.statusCode).toBe(400);
      const long = await post(number, { status: 'monitoring', message: 'x'.repeat(4_001), audience: 'internal' });
      expect(long.statusCode).toBe(400);
      const snooze = await post(number, { status: 'monitoring', message: 'watching', audience: 'internal', next_update_in: '2h' });
      expect(snooze.statusCode).toBe(400);
      expect(snooze.json().message).toBe("next_update_in must be at most twice the severity's update_every (30m)");
      const notDuration = await post(number, { status: 'monitoring', message: 'watching', audience: 'internal', next_update_in: 'soon' });
      expect(notDuration.json().message).toMatch(/^next_update_in "soon" is not a duration/);
      const snoozed = await post(number, { status: 'monitoring', message: 'watching', audience: 'internal', next_update_in: '25m' });
      expect(snoozed.json()).toMatchObject({ next_update_at: '2026-03-02T10:25:00.000Z' });
    });

    it('lets viewers read and refuses their writes; responders write', async () => {
      const number = await declare();
      expect((await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/status-updates`, headers: as('vera') })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/handoff`, headers: as('vera') })).statusCode).toBe(200);
      const refused = await post(number, { status: 'investigating', message: 'x', audience: 'internal' }, as('vera'));
      expect(refused.statusCode).toBe(403);
      const role = await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/scribe`, payload: { user: 'vera' }, headers: as('vera') });
      expect(role.statusCode).toBe(403);
      const written = await post(number, { status: 'investigating', message: 'Looking', audience: 'internal' }, as('alice'));
      expect(written.statusCode).toBe(201);
      const listed = await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/status-updates` });
      expect(listed.json().status_updates).toEqual([expect.objectContaining({ author: 'user:alice', message: 'Looking' })]);
    });

    it('sends stakeholder updates to confirmed subscribers, with a signed unsubscribe link that works without signing in', async () => {
      const number = await declare();
      // A viewer may subscribe themself, not an outside address.
      const self = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/subscriptions`, payload: { user: 'vera' }, headers: as('vera') });
      expect(self.statusCode, self.body).toBe(201);
      const other = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/subscriptions`, payload: { email: 'cfo@example.org' }, headers: as('vera') });
      expect(other.statusCode).toBe(403);
      const pending = await t.request({ method: 'POST', url: '/api/v1/services/checkout/subscriptions', payload: { email: 'CFO@example.org' }, headers: as('alice') });
      expect(pending.statusCode, pending.body).toBe(201);
      expect(pending.json()).toMatchObject({ scope: 'service', kind: 'email', state: 'pending', address: 'CFO@example.org' });
      const again = await t.request({ method: 'POST', url: '/api/v1/services/checkout/subscriptions', payload: { email: 'cfo@example.org' }, headers: as('alice') });
      expect(again.statusCode).toBe(200);
      const both = await t.request({ method: 'POST', url: '/api/v1/services/checkout/subscriptions', payload: { email: 'a@example.org', user: 'bob' } });
      expect(both.json().message).toBe('name one subscriber, not user and email');
      const badSlack = await t.request({ method: 'POST', url: '/api/v1/services/checkout/subscriptions', payload: { slack: 'not a url' } });
      expect(badSlack.statusCode).toBe(422);
      // Confirmation mail to addresses nobody vouched for: ten an hour per person.
      for (let i = 2; i <= 10; i++) {
        expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/subscriptions`, payload: { email: `person${i}@example.org` }, headers: as('alice') })).statusCode).toBe(201);
      }
      const eleventh = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/subscriptions`, payload: { email: 'person11@example.org' }, headers: as('alice') });
      expect(eleventh.statusCode).toBe(429);
      expect(eleventh.json().message).toMatch(/^you asked 10 outside addresses to confirm in the last hour/);

      const confirmation = (await t.database.db.selectFrom('deliveries').select(['address', 'event']).where('address', '=', 'CFO@example.org').execute())[0];
      const confirmUrl = /confirm at (\S+)/.exec(JSON.parse(confirmation!.event!).text as string)![1]!;
      const path = confirmUrl.replace('http://vigil.test', '');
      // Following the link shows a page; only its button confirms.
      const shown = await t.app.inject({ method: 'GET', url: path });
      expect(shown.statusCode).toBe(200);
      expect(shown.body).toContain('<button type="submit">Confirm</button>');
      const forged = await t.app.inject({ method: 'POST', url: path.replace(/token=.*/, 'token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA') });
      expect(forged.statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: path })).statusCode).toBe(200);

      const update = await post(number, { status: 'identified', message: 'Payments <b>degraded</b>; <!channel> retry later', audience: 'stakeholders' });
      expect(update.statusCode).toBe(201);
      const sent = await t.database.db.selectFrom('deliveries').select(['address', 'channel', 'event']).where('kind', '=', 'event').where('incident_id', '=', (await get(number)).id).execute();
      const stakeholder = sent.filter((d) => (JSON.parse(d.event!) as { text: string }).text.startsWith('Identified:'));
      expect(stakeholder.map((d) => d.address).sort()).toEqual(['CFO@example.org', 'vera@example.com']);
      const cfo = JSON.parse(stakeholder.find((d) => d.address === 'CFO@example.org')!.event!) as { text: string };
      expect(cfo.text).toMatch(/^Identified: Payments <b>degraded<\/b>; <!channel> retry later \(next update by 10:15 UTC\) — to stop these updates: http:\/\/vigil\.test\/stakeholders\/unsubscribe\/sub_[0-9a-f]+\?token=[\w-]{32}$/);
      const unsubscribe = /to stop these updates: (\S+)/.exec(cfo.text)![1]!.replace('http://vigil.test', '');
      expect((await t.app.inject({ method: 'POST', url: unsubscribe })).statusCode).toBe(200);
      const listed = await t.request({ method: 'GET', url: '/api/v1/services/checkout/subscriptions' });
      expect(listed.json().subscriptions).toEqual([]);
    });

    it('drafts the hand-off from the incident and keeps the one sent with an escalation on the timeline', async () => {
      await t.database.db.updateTable('services').set({ impact: JSON.stringify({ kind: 'per_minute', cost_per_minute: '100', currency: 'USD' }) }).where('id', '=', 'checkout').execute();
      const number = await declare();
      await t.request({ method: 'PUT', url: `/api/v1/incidents/${number}/roles/commander`, payload: { user: 'alice' } });
      await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/notes`, headers: as('alice'), payload: { text: 'Pool at 100%, see https://grafana.example.com/d/db' } });
      await post(number, { status: 'identified', message: 'A third of payments fail', audience: 'stakeholders' });
      t.clock.advance(12 * MINUTE);
      const draft = await t.request({ method: 'GET', url: `/api/v1/incidents/${number}/handoff` });
      expect(draft.statusCode, draft.body).toBe(200);
      const { markdown, sections } = draft.json<{ markdown: string; sections: Record<string, unknown> }>();
      expect(sections).toMatchObject({
        incident: `#${number} Checkout failing — SEV-1 (Critical), service Checkout, triggered, commander Alice`,
        started: '2026-03-02 10:00 UTC (12m ago)',
        impact: 'A third of payments fail',
        evidence: ['<https://grafana.example.com/d/db>'],
        next_steps: '',
      });
      expect(markdown).toContain('Cost so far: $1,200.00 over 12 min of impact, still counting');
      expect(sections.tried).toEqual([expect.stringMatching(/^10:00 UTC — Commander set to alice/), expect.stringMatching(/^10:00 UTC — Pool at 100%, see https:\/\/grafana.example.com\/d\/db.* \(Alice\)$/)]);

      const unfilled = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/escalate`, payload: { reason: 'Need the DBAs', handoff: markdown } });
      expect(unfilled.statusCode).toBe(422);
      expect(unfilled.json()).toMatchObject({ code: 'VIGIL_HANDOFF_INCOMPLETE', fields: [{ path: '/handoff' }] });
      const sent = `${markdown}Fail over to the replica.\n`;
      const escalated = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/escalate`, payload: { reason: 'Need the DBAs', handoff: sent } });
      expect(escalated.statusCode, escalated.body).toBe(200);
      const entry = escalated.json<IncidentView>().timeline?.find((e) => e.kind === 'handoff');
      expect(entry).toMatchObject({ message: 'Hand-off with the escalation — next steps needed: Fail over to the replica.', data: { markdown: sent, reason: 'Need the DBAs' } });
    });
  });
}
