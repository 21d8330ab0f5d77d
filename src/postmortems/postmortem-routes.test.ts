import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';

const CONFIG = `
users:
  - { id: alice, name: Alice Archer, email: alice@example.com }
  - { id: bob, name: Bob Baker, email: bob@example.com }
  - { id: carol, name: Carol Cole, email: carol@example.com }
  - { id: dave, name: Dave Doe, email: dave@example.com }
teams:
  - { id: payments, name: Payments, members: [{ user: alice, role: manager }, { user: bob, role: member }, { user: carol, role: member }] }
escalation_policies:
  - { id: payments-oncall, team: payments, levels: [{ targets: ["user:bob", "user:carol"], escalate_after: 5m }, { targets: ["user:dave"], escalate_after: 5m }] }
services:
  - { id: checkout, name: Checkout, team: payments, escalation_policy: payments-oncall, impact: { cost_per_minute: 5600, currency: USD } }
`;

const GOLDEN = new URL('./testdata/scripted-postmortem.md', import.meta.url);
const MINUTE = 60_000;
const TOKENS = { alice: 'pm-alice-token-0123456789', bob: 'pm-bob-token-0123456789', carol: 'pm-carol-token-0123456789' } as const;
type Person = keyof typeof TOKENS;

for (const dialect of DIALECTS) {
  describe(`postmortems API on ${dialect}`, () => {
    let t: TestApp;
    let number: number;
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      const now = t.clock.now();
      for (const [user, token] of Object.entries(TOKENS)) {
        await t.database.db.insertInto('api_tokens').values({ id: `tok_${user}`, name: `${user}-cli`, token_hash: hashSecret(token), role: 'responder', user_id: user, kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
      }
      number = await scriptIncident();
    });
    afterAll(async () => {
      await t.close();
    });

    const as = (person: Person | 'admin', options: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object; headers?: Record<string, string> }) =>
      person === 'admin' ? t.request(options) : t.app.inject({ ...options, headers: { authorization: `Bearer ${TOKENS[person]}`, ...(options.headers ?? {}) } });

    /**
     * 10:00 declared SEV-2 on checkout (Bob and Carol paged, level 1); 10:05 Dave paged (level 2);
     * 10:07 Bob acknowledges; 10:10 Alice takes command; 10:12 raised to SEV-1; 10:20 Carol notes
     * (not pinned, so not key); 10:45 Bob resolves. Impact began at 09:55 (set by hand).
     */
    async function scriptIncident(): Promise<number> {
      const declared = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout | payments failing', service: 'checkout', severity: 'SEV-2' } });
      const n = declared.json<{ number: number }>().number;
      await t.engine.runDue();
      t.clock.advance(5 * MINUTE);
      await t.engine.runDue();
      t.clock.advance(2 * MINUTE);
      await as('bob', { method: 'POST', url: `/api/v1/incidents/${n}/acknowledge` });
      t.clock.advance(3 * MINUTE);
      await t.request({ method: 'PUT', url: `/api/v1/incidents/${n}/commander`, payload: { commander: 'alice' } });
      t.clock.advance(2 * MINUTE);
      await t.app.inject({ method: 'PUT', url: `/api/v1/incidents/${n}/severity`, headers: { authorization: `Bearer ${TOKENS.alice}` }, payload: { severity: 'SEV-1', reason: 'all card payments failing' } });
      t.clock.advance(8 * MINUTE);
      await as('carol', { method: 'POST', url: `/api/v1/incidents/${n}/notes`, payload: { text: 'Rolled back deploy 4512' } });
      await t.request({ method: 'PATCH', url: `/api/v1/incidents/${n}/cost`, payload: { impact_start: new Date(Date.parse('2026-03-02T09:55:00Z')).toISOString() } });
      t.clock.advance(25 * MINUTE);
      await as('bob', { method: 'POST', url: `/api/v1/incidents/${n}/resolve` });
      return n;
    }

    it('refuses a postmortem for an open incident, naming its status', async () => {
      const open = (await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Still burning', service: 'checkout' } })).json<{ number: number }>().number;
      const refused = await t.request({ method: 'POST', url: `/api/v1/incidents/${open}/postmortem` });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: `incident #${open} is triggered; a postmortem is written once it is resolved` });
    });

    it('drafts the scripted incident\'s postmortem with every fact worked out', async () => {
      const created = await as('alice', { method: 'POST', url: `/api/v1/incidents/${number}/postmortem` });
      expect(created.statusCode, created.body).toBe(201);
      const pm = created.json();
      expect(pm.status).toBe('draft');
      expect(pm.version).toBe(1);
      expect(pm.owner).toEqual({ id: 'alice', name: 'Alice Archer' });
      expect(pm.team).toBe('payments');
      const { facts } = pm;
      expect(facts.date).toBe('2026-03-02T10:00:00.000Z');
      expect(facts.duration_seconds).toBe(45 * 60);
      expect(facts.severity).toEqual({ id: 'SEV-1', name: 'Critical' });
      expect(facts.severity_time).toEqual([{ id: 'SEV-1', name: 'Critical', seconds: 33 * 60 }, { id: 'SEV-2', name: 'High', seconds: 12 * 60 }]);
      expect(facts.impact).toEqual({ start: '2026-03-02T09:55:00.000Z', end: '2026-03-02T10:45:00.000Z', minutes: 50 });
      expect(facts.cost).toEqual({ amount: 280_000, amount_minor: 28_000_000, currency: 'USD', formula: '5,600 USD/min × 50 min = 280,000.00 USD' });
      expect(facts.ttd_seconds).toBe(5 * 60);
      expect(facts.tta_seconds).toBe(7 * 60);
      expect(facts.ttr_seconds).toBe(45 * 60);
      expect(facts.responders).toEqual([
        { id: 'alice', name: 'Alice Archer', roles: ['commander'] },
        { id: 'bob', name: 'Bob Baker', roles: [] },
        { id: 'carol', name: 'Carol Cole', roles: [] },
      ]);
      expect(facts.paged_no_action).toEqual([{ id: 'dave', name: 'Dave Doe' }]);
      expect(pm.timeline.map((l: { at: string; text: string }) => `${l.at.slice(11, 16)} ${l.text}`)).toEqual([
        '10:00 Declared SEV-2 (High): Checkout | payments failing',
        '10:00 Paged Bob Baker, Carol Cole (level 1)',
        '10:05 Paged Dave Doe (level 2)',
        '10:07 Acknowledged by user:bob',
        '10:10 Commander set to alice',
        '10:12 Severity changed from SEV-2 to SEV-1: all card payments failing',
        '10:45 Resolved by user:bob',
      ]);
      const again = await t.request({ method: 'POST', url: `/api/v1/incidents/${number}/postmortem` });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ message: expect.stringContaining(`already has postmortem ${pm.id}`), details: { postmortem: pm.id } });
    });

    it('edits sections with the version, refusing a stale one, and lists by status and team', async () => {
      const [listed] = (await t.request({ method: 'GET', url: '/api/v1/postmortems?status=draft&team=payments' })).json<{ postmortems: { id: string; incidents: { number: number }[] }[] }>().postmortems;
      expect(listed?.incidents).toEqual([{ number, title: 'Checkout | payments failing' }]);
      const id = listed!.id;
      const edited = await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: 1, root_cause: 'Deploy 4512 shipped an expired **TLS** certificate.', went_well: '- Rollback took 3 minutes', summary: 'Card payments failed for 50 minutes.' } });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ version: 2, root_cause: 'Deploy 4512 shipped an expired **TLS** certificate.' });
      const stale = await as('carol', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: 1, lessons: 'x' } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VIGIL_CONFLICT', details: { version: 2 } });
      expect((await t.request({ method: 'GET', url: '/api/v1/postmortems?status=nope' })).json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'query.status' }] });
    });

    it('goes to review only with a root cause and a reviewer, back to draft on changes requested, and publishes on approval', async () => {
      const id = (await t.request({ method: 'GET', url: '/api/v1/postmortems' })).json<{ postmortems: { id: string }[] }>().postmortems[0]!.id;
      const current = async () => (await t.request({ method: 'GET', url: `/api/v1/postmortems/${id}` })).json<{ version: number; status: string }>();
      const noReviewer = await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: (await current()).version, status: 'in_review' } });
      expect(noReviewer.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: expect.stringContaining('needs at least one reviewer before review') });
      const review = await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: (await current()).version, reviewers: ['carol'], status: 'in_review' } });
      expect(review.json()).toMatchObject({ status: 'in_review', reviewers: [{ user: 'carol', decision: 'pending' }] });
      const notReviewer = await as('bob', { method: 'POST', url: `/api/v1/postmortems/${id}/reviews`, payload: { version: (await current()).version, decision: 'approve' } });
      expect(notReviewer.statusCode).toBe(403);
      const changes = await as('carol', { method: 'POST', url: `/api/v1/postmortems/${id}/reviews`, payload: { version: (await current()).version, decision: 'request_changes', note: 'Say why the cert check missed it' } });
      expect(changes.json()).toMatchObject({ status: 'draft', reviewers: [{ user: 'carol', decision: 'changes_requested', note: 'Say why the cert check missed it' }] });
      await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: (await current()).version, went_wrong: 'The certificate check only ran weekly | nobody saw it', status: 'in_review' } });
      const early = await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: (await current()).version, status: 'published' } });
      expect(early.json()).toMatchObject({ code: 'VIGIL_CONFLICT', details: { pending: ['carol'] } });
      await as('carol', { method: 'POST', url: `/api/v1/postmortems/${id}/reviews`, payload: { version: (await current()).version, decision: 'approve' } });
      const published = await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: (await current()).version, status: 'published' } });
      expect(published.json()).toMatchObject({ status: 'published', published_by: 'user:bob' });
      const readOnly = await as('bob', { method: 'PATCH', url: `/api/v1/postmortems/${id}`, payload: { version: (await current()).version, lessons: 'late' } });
      expect(readOnly.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: expect.stringContaining('published and read-only') });
      const audit = (await t.request({ method: 'GET', url: `/api/v1/audit?entity=postmortem:${id}` })).json<{ entries: { action: string }[] }>();
      expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['postmortem.create', 'postmortem.update', 'postmortem.request_changes', 'postmortem.approve']));
    });

    it('exports the guide\'s template byte for byte, action items read live', async () => {
      const id = (await t.request({ method: 'GET', url: '/api/v1/postmortems' })).json<{ postmortems: { id: string }[] }>().postmortems[0]!.id;
      const item = await as('alice', { method: 'POST', url: '/api/v1/action-items', payload: { title: 'Alert 14 days before a certificate expires', owner: 'carol', due: '2026-03-16', priority: 'high', category: 'improve detection', postmortem: id } });
      expect(item.statusCode, item.body).toBe(201);
      const exported = await t.request({ method: 'GET', url: `/api/v1/postmortems/${id}`, headers: { accept: 'text/markdown' } });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toBe('text/markdown; charset=utf-8');
      if (process.env.VIGIL_UPDATE_GOLDEN === '1' && dialect === 'sqlite') writeFileSync(GOLDEN, exported.body);
      expect(exported.body).toBe(readFileSync(GOLDEN, 'utf8'));
      const json = await t.request({ method: 'GET', url: `/api/v1/postmortems/${id}` });
      expect(json.json()).toMatchObject({ action_items: [{ title: 'Alert 14 days before a certificate expires', category: 'improve_detection', owner: { id: 'carol' } }] });
    });

    it('covers merged incidents in one postmortem, each once, and refreshes a draft\'s facts', async () => {
      const declare = async (title: string) => (await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title, service: 'checkout', severity: 'SEV-3' } })).json<{ number: number }>().number;
      const first = await declare('Checkout slow in eu-west');
      t.clock.advance(2 * MINUTE);
      const second = await declare('Checkout slow in eu-central');
      t.clock.advance(10 * MINUTE);
      await t.request({ method: 'POST', url: `/api/v1/incidents/${first}/resolve` });
      const stillOpen = await t.request({ method: 'POST', url: `/api/v1/incidents/${first}/postmortem`, payload: { incidents: [second] } });
      expect(stillOpen.json()).toMatchObject({ code: 'VIGIL_CONFLICT', details: { incident: second, status: 'triggered' } });
      await t.request({ method: 'POST', url: `/api/v1/incidents/${second}/resolve` });
      const created = await t.request({ method: 'POST', url: `/api/v1/incidents/${first}/postmortem`, payload: { incidents: [second], title: 'Checkout slow in Europe' } });
      expect(created.statusCode, created.body).toBe(201);
      const pm = created.json();
      expect(pm.incidents.map((i: { number: number }) => i.number)).toEqual([first, second]);
      expect(pm.facts.duration_seconds).toBe(12 * 60);
      expect(pm.timeline.map((l: { text: string }) => l.text.split(' ').slice(0, 2).join(' '))).toEqual([`#${first} Declared`, `#${second} Declared`, `#${first} Resolved`, `#${second} Resolved`]);
      expect((await t.request({ method: 'POST', url: `/api/v1/incidents/${second}/postmortem` })).json()).toMatchObject({ code: 'VIGIL_CONFLICT', details: { postmortem: pm.id } });
      await t.request({ method: 'PATCH', url: `/api/v1/incidents/${first}/cost`, payload: { impact_start: new Date(t.clock.now() - 30 * MINUTE).toISOString() } });
      const refreshed = await t.request({ method: 'PATCH', url: `/api/v1/postmortems/${pm.id}`, payload: { version: 1, refresh_facts: true } });
      expect(refreshed.json().facts.ttd_seconds).toBe(18 * 60);
      expect(pm.facts.ttd_seconds).toBeNull();
    });

    it('lets only admins delete, and only drafts', async () => {
      const id = (await t.request({ method: 'GET', url: '/api/v1/postmortems?status=published' })).json<{ postmortems: { id: string }[] }>().postmortems[0]!.id;
      expect((await as('alice', { method: 'DELETE', url: `/api/v1/postmortems/${id}` })).statusCode).toBe(403);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/postmortems/${id}` })).json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: expect.stringContaining('only drafts are deleted') });
      expect((await t.request({ method: 'GET', url: '/api/v1/postmortems/pm_missing' })).statusCode).toBe(404);
    });
  });
}
