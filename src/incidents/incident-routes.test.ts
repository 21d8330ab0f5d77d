import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import type { IncidentView } from './incident-view.js';

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`incidents API on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const now = t.clock.now();
      await t.database.db.insertInto('users').values([
        { id: 'alice', name: 'Alice Liddell', email: 'alice@example.com', time_zone: 'Europe/London', role: 'admin', created_at: now, updated_at: now },
        { id: 'bob', name: 'Bob Marley', email: 'bob@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now },
      ]).execute();
      await t.database.db.insertInto('teams').values({ id: 'payments', name: 'Payments', description: null, created_at: now, updated_at: now }).execute();
      await t.database.db.insertInto('services').values([
        { id: 'checkout', name: 'Checkout API', description: null, team_id: null, created_at: now, updated_at: now },
        { id: 'search', name: 'Search', description: null, team_id: null, created_at: now, updated_at: now },
        { id: 'ledger', name: 'Ledger', description: null, team_id: 'payments', created_at: now, updated_at: now },
      ]).execute();
      await t.database.db.insertInto('api_tokens').values([
        { id: 'tok_viewer', name: 'dashboard', token_hash: hashSecret('viewer-token-0123456789'), role: 'viewer', user_id: null, created_at: now, expires_at: null, revoked_at: null, last_used_at: null },
        { id: 'tok_revoked', name: 'old-ci', token_hash: hashSecret('revoked-token-0123456789'), role: 'admin', user_id: null, created_at: now, expires_at: null, revoked_at: now, last_used_at: null },
        { id: 'tok_expired', name: 'temp', token_hash: hashSecret('expired-token-0123456789'), role: 'admin', user_id: null, created_at: now, expires_at: now - 1, revoked_at: null, last_used_at: null },
        { id: 'tok_bob', name: 'bob-laptop', token_hash: hashSecret('bob-token-0123456789'), role: 'responder', user_id: 'bob', created_at: now, expires_at: null, revoked_at: null, last_used_at: null },
      ]).execute();
    });
    afterAll(async () => {
      await t.close();
    });

    const declare = async (body: Record<string, unknown>): Promise<IncidentView> => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: body });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<IncidentView>();
    };
    const post = (url: string, payload?: unknown) => t.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });

    it('declares an incident with the next number, its response target and a first timeline entry', async () => {
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'Checkout returns 500s', severity: 'SEV-1', service: 'checkout', commander: 'alice', description: 'Error rate 40%' } });
      expect(response.statusCode).toBe(201);
      const incident = response.json<IncidentView>();
      expect(response.headers.location).toBe(`/api/v1/incidents/${incident.number}`);
      expect(incident).toMatchObject({
        number: 1,
        title: 'Checkout returns 500s',
        status: 'triggered',
        severity: { id: 'SEV-1', name: 'Critical' },
        urgency: 'high',
        service: { id: 'checkout', name: 'Checkout API' },
        commander: { id: 'alice', name: 'Alice Liddell' },
        created_by: 'token:bootstrap-admin',
        triggered_at: '2026-03-02T10:00:00.000Z',
        acknowledged_at: null,
        resolved_at: null,
        response: { respond_within_seconds: 900, respond_by: '2026-03-02T10:15:00.000Z', state: 'pending', met: null },
      });
      expect(incident.timeline).toHaveLength(1);
      expect(incident.timeline?.[0]).toMatchObject({ seq: 1, kind: 'declared', actor: 'token:bootstrap-admin' });
    });

    it("names the team that owns the incident's service, and none without one", async () => {
      const owned = await declare({ title: 'Ledger drift', service: 'ledger' });
      expect(owned.team).toEqual({ id: 'payments', name: 'Payments' });
      expect((await declare({ title: 'Search is slow', service: 'search' })).team).toBeNull();
      expect((await declare({ title: 'No service at all' })).team).toBeNull();
    });

    it('defaults a declared incident to the least severe severity', async () => {
      const incident = await declare({ title: 'Slow search' });
      expect(incident.severity.id).toBe('SEV-3');
      expect(incident.urgency).toBe('low');
      expect(incident.response.respond_within_seconds).toBe(86_400);
    });

    it('reads an incident by number and by id', async () => {
      const incident = await declare({ title: 'Readable', severity: 'SEV-2' });
      const byNumber = await t.request({ method: 'GET', url: `/api/v1/incidents/${incident.number}` });
      const byId = await t.request({ method: 'GET', url: `/api/v1/incidents/${incident.id}` });
      expect(byNumber.statusCode).toBe(200);
      expect(byId.json()).toEqual(byNumber.json());
    });

    it('answers 404 for an unknown incident and 400 for a malformed reference', async () => {
      const missing = await t.request({ method: 'GET', url: '/api/v1/incidents/99999' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ code: 'VIGIL_INCIDENT_NOT_FOUND', message: 'no incident #99999' });
      const malformed = await t.request({ method: 'GET', url: '/api/v1/incidents/not-an-id' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().code).toBe('VIGIL_VALIDATION_FAILED');
      const ack = await post('/api/v1/incidents/99999/acknowledge');
      expect(ack.statusCode).toBe(404);
    });

    it('walks the whole lifecycle and records every step in the timeline', async () => {
      const incident = await declare({ title: 'Lifecycle', severity: 'SEV-1' });
      const url = `/api/v1/incidents/${incident.number}`;
      t.clock.advance(3 * MINUTE);
      const acked = await post(`${url}/acknowledge`, { note: 'looking' });
      expect(acked.json()).toMatchObject({ status: 'acknowledged', acknowledged_at: '2026-03-02T10:03:00.000Z', first_acknowledged_at: '2026-03-02T10:03:00.000Z', response: { state: 'met', met: true } });
      t.clock.advance(MINUTE);
      const unacked = await post(`${url}/unacknowledge`);
      expect(unacked.json()).toMatchObject({ status: 'triggered', acknowledged_at: null, first_acknowledged_at: '2026-03-02T10:03:00.000Z' });
      t.clock.advance(MINUTE);
      const resolved = await post(`${url}/resolve`, { note: 'rolled back' });
      expect(resolved.json()).toMatchObject({ status: 'resolved', resolved_at: '2026-03-02T10:05:00.000Z' });
      t.clock.advance(MINUTE);
      const reopened = await post(`${url}/reopen`, { note: 'came back' });
      expect(reopened.json()).toMatchObject({ status: 'triggered', resolved_at: null, acknowledged_at: null, triggered_at: incident.triggered_at });
      const timeline = reopened.json<IncidentView>().timeline ?? [];
      expect(timeline.map((e) => e.kind)).toEqual(['declared', 'acknowledged', 'unacknowledged', 'resolved', 'reopened']);
      expect(timeline.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(timeline[1]).toMatchObject({ message: 'Acknowledged by token:bootstrap-admin: looking', data: { from: 'triggered', to: 'acknowledged', note: 'looking' } });
      expect(timeline[4]?.at).toBe('2026-03-02T10:06:00.000Z');
    });

    it('refuses an illegal transition with 409 and the current status, writing nothing', async () => {
      const incident = await declare({ title: 'Already resolved' });
      const url = `/api/v1/incidents/${incident.number}`;
      await post(`${url}/resolve`);
      const before = (await t.request({ method: 'GET', url })).json<IncidentView>();
      for (const action of ['acknowledge', 'unacknowledge', 'resolve']) {
        const response = await post(`${url}/${action}`);
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({ code: 'VIGIL_ILLEGAL_TRANSITION', details: { status: 'resolved' } });
      }
      const after = (await t.request({ method: 'GET', url })).json<IncidentView>();
      expect(after).toEqual(before);
    });

    it('marks the response target breached when nobody responds in time', async () => {
      const incident = await declare({ title: 'Nobody home', severity: 'SEV-1' });
      t.clock.advance(16 * MINUTE);
      const late = await t.request({ method: 'GET', url: `/api/v1/incidents/${incident.number}` });
      expect(late.json().response).toMatchObject({ state: 'breached', met: false, responded_at: null });
      const acked = await post(`/api/v1/incidents/${incident.number}/acknowledge`);
      expect(acked.json().response).toMatchObject({ state: 'breached', met: false, responded_at: new Date(t.clock.now()).toISOString() });
    });

    it('counts resolving without an acknowledgement as the response', async () => {
      const incident = await declare({ title: 'Quick fix', severity: 'SEV-2' });
      t.clock.advance(5 * MINUTE);
      const resolved = await post(`/api/v1/incidents/${incident.number}/resolve`);
      expect(resolved.json()).toMatchObject({ first_acknowledged_at: null, response: { state: 'met', met: true } });
    });

    it('adds notes to the timeline', async () => {
      const incident = await declare({ title: 'Noted' });
      const response = await post(`/api/v1/incidents/${incident.number}/notes`, { text: 'Restarted the pods' });
      expect(response.statusCode).toBe(201);
      expect(response.json<IncidentView>().timeline?.at(-1)).toMatchObject({ kind: 'note', message: 'Restarted the pods', seq: 2 });
      const empty = await post(`/api/v1/incidents/${incident.number}/notes`, { text: '' });
      expect(empty.statusCode).toBe(400);
    });

    it('changes severity, moving urgency and the response target with it', async () => {
      const incident = await declare({ title: 'Escalating', severity: 'SEV-3' });
      const response = await t.request({ method: 'PUT', url: `/api/v1/incidents/${incident.number}/severity`, payload: { severity: 'SEV-1', reason: 'customers affected' } });
      expect(response.statusCode).toBe(200);
      const changed = response.json<IncidentView>();
      expect(changed).toMatchObject({ severity: { id: 'SEV-1' }, urgency: 'high', response: { respond_within_seconds: 900 } });
      expect(changed.timeline?.at(-1)).toMatchObject({ kind: 'severity_changed', data: { from: 'SEV-3', to: 'SEV-1', reason: 'customers affected' } });
      const same = await t.request({ method: 'PUT', url: `/api/v1/incidents/${incident.number}/severity`, payload: { severity: 'SEV-1' } });
      expect(same.statusCode).toBe(409);
      const unknown = await t.request({ method: 'PUT', url: `/api/v1/incidents/${incident.number}/severity`, payload: { severity: 'SEV-9' } });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND', fields: [{ path: '/severity' }] });
      expect(unknown.json().message).toContain('SEV-1, SEV-2, SEV-3');
    });

    it('sets and clears the commander', async () => {
      const incident = await declare({ title: 'Needs a lead' });
      const url = `/api/v1/incidents/${incident.number}/commander`;
      const set = await t.request({ method: 'PUT', url, payload: { commander: 'bob' } });
      expect(set.json()).toMatchObject({ commander: { id: 'bob', name: 'Bob Marley' } });
      const cleared = await t.request({ method: 'PUT', url, payload: { commander: null } });
      expect(cleared.json().commander).toBeNull();
      expect(cleared.json<IncidentView>().timeline?.map((e) => e.kind)).toEqual(['declared', 'commander_changed', 'commander_changed']);
      const unknown = await t.request({ method: 'PUT', url, payload: { commander: 'zed' } });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toMatchObject({ code: 'VIGIL_REFERENCE_NOT_FOUND', fields: [{ path: '/commander', message: 'no user "zed"' }] });
      const typo = await t.request({ method: 'PUT', url, payload: { commander: 'bobb' } });
      expect(typo.json()).toMatchObject({ message: 'no user "bobb"; did you mean "bob"?', fields: [{ path: '/commander', message: 'no user "bobb"; did you mean "bob"?' }] });
    });

    it('rejects a declare that names an unknown service and allocates no number for it', async () => {
      const before = await declare({ title: 'Before' });
      const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'x', service: 'nope' } });
      expect(response.statusCode).toBe(422);
      const after = await declare({ title: 'After' });
      expect(after.number).toBe(before.number + 1);
    });

    it('attributes changes to the user behind a personal token', async () => {
      const incident = await declare({ title: 'Bob acks' });
      const response = await t.request({ method: 'POST', url: `/api/v1/incidents/${incident.number}/acknowledge`, headers: { authorization: 'Bearer bob-token-0123456789' } });
      expect(response.json<IncidentView>().timeline?.at(-1)?.actor).toBe('user:bob');
    });

    describe('listing', () => {
      let listed: TestApp;
      beforeAll(async () => {
        listed = await createTestApp(dialect);
        const now = listed.clock.now();
        await listed.database.db.insertInto('services').values({ id: 'db', name: 'Database', description: null, team_id: null, created_at: now, updated_at: now }).execute();
        for (let i = 1; i <= 7; i += 1) {
          const response = await listed.request({
            method: 'POST',
            url: '/api/v1/incidents',
            payload: { title: i % 2 ? `Disk full on db-${i}` : `Latency 100%_spike ${i}`, severity: i <= 2 ? 'SEV-1' : 'SEV-3', ...(i % 2 ? { service: 'db' } : {}) },
          });
          expect(response.statusCode).toBe(201);
          listed.clock.advance(MINUTE);
        }
        await listed.request({ method: 'POST', url: '/api/v1/incidents/1/acknowledge' });
        await listed.request({ method: 'POST', url: '/api/v1/incidents/2/resolve' });
      });
      afterAll(async () => {
        await listed.close();
      });
      const numbers = async (query: string) => {
        const response = await listed.request({ method: 'GET', url: `/api/v1/incidents${query}` });
        expect(response.statusCode, response.body).toBe(200);
        return response.json<{ incidents: IncidentView[] }>().incidents.map((i) => i.number);
      };

      it('lists newest first without timelines', async () => {
        const response = await listed.request({ method: 'GET', url: '/api/v1/incidents' });
        const body = response.json<{ incidents: IncidentView[]; next_cursor: string | null }>();
        expect(body.incidents.map((i) => i.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
        expect(body.incidents[0]?.timeline).toBeUndefined();
        expect(body.next_cursor).toBeNull();
      });
      it('filters by status, in either list form', async () => {
        expect(await numbers('?status=acknowledged,resolved')).toEqual([2, 1]);
        expect(await numbers('?status=acknowledged&status=resolved')).toEqual([2, 1]);
        const bad = await listed.request({ method: 'GET', url: '/api/v1/incidents?status=open' });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().message).toContain('unknown status "open"');
      });
      it('filters by service and severity', async () => {
        expect(await numbers('?service=db')).toEqual([7, 5, 3, 1]);
        expect(await numbers('?severity=SEV-1')).toEqual([2, 1]);
        expect(await numbers('?service=db&severity=SEV-3')).toEqual([7, 5, 3]);
      });
      it('filters by triggered time range', async () => {
        expect(await numbers('?since=2026-03-02T10:02:00Z&until=2026-03-02T10:04:00Z')).toEqual([4, 3]);
        const bad = await listed.request({ method: 'GET', url: '/api/v1/incidents?since=yesterday' });
        expect(bad.statusCode).toBe(400);
      });
      it('searches title text case-insensitively, treating % and _ literally', async () => {
        expect(await numbers('?q=DISK')).toEqual([7, 5, 3, 1]);
        expect(await numbers('?q=100%25_spike')).toEqual([6, 4, 2]);
        expect(await numbers('?q=0%25')).toEqual([6, 4, 2]);
        expect(await numbers('?q=_')).toEqual([6, 4, 2]);
      });
      it('pages with a cursor until the end', async () => {
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const response = await listed.request({ method: 'GET', url: `/api/v1/incidents?limit=3${cursor ? `&cursor=${cursor}` : ''}` });
          const body = response.json<{ incidents: IncidentView[]; next_cursor: string | null }>();
          seen.push(...body.incidents.map((i) => i.number));
          cursor = body.next_cursor;
        } while (cursor);
        expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1]);
      });
      it('rejects a forged cursor and an out-of-range limit', async () => {
        const forged = await listed.request({ method: 'GET', url: '/api/v1/incidents?cursor=bm90LWEtY3Vyc29y' });
        expect(forged.statusCode).toBe(400);
        expect(forged.json().code).toBe('VIGIL_INVALID_CURSOR');
        const limit = await listed.request({ method: 'GET', url: '/api/v1/incidents?limit=1000' });
        expect(limit.statusCode).toBe(400);
        expect(limit.json().fields[0].path).toBe('query.limit');
      });
    });

    describe('the console\'s list: most severe first, team, mine and counts', () => {
      let c: TestApp;
      const BOB = { authorization: 'Bearer bob-console-token-0123456789' };
      beforeAll(async () => {
        c = await createTestApp(dialect);
        const now = c.clock.now();
        const db = c.database.db;
        await db.insertInto('users').values([
          { id: 'bob', name: 'Bob', email: 'bob@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now },
          { id: 'cara', name: 'Cara', email: 'cara@example.com', time_zone: 'UTC', role: 'responder', created_at: now, updated_at: now },
        ]).execute();
        await db.insertInto('api_tokens').values({ id: 'tok_bob', name: 'bob-laptop', token_hash: hashSecret('bob-console-token-0123456789'), role: 'responder', user_id: 'bob', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
        await db.insertInto('teams').values([
          { id: 'platform', name: 'Platform', description: null, created_at: now, updated_at: now },
          { id: 'payments', name: 'Payments', description: null, created_at: now, updated_at: now },
        ]).execute();
        await db.insertInto('services').values([
          { id: 'edge', name: 'Edge', description: null, team_id: 'platform', created_at: now, updated_at: now },
          { id: 'cards', name: 'Cards', description: null, team_id: 'payments', created_at: now, updated_at: now },
        ]).execute();
        // #1 SEV-3 edge, #2 SEV-1 cards (bob commands), #3 SEV-2 edge, #4 SEV-1 edge (bob paged),
        // #5 SEV-3 no service, #6 SEV-2 cards resolved (bob paged), #7 SEV-1 cards acknowledged.
        const specs = [
          { severity: 'SEV-3', service: 'edge' },
          { severity: 'SEV-1', service: 'cards', commander: 'bob' },
          { severity: 'SEV-2', service: 'edge' },
          { severity: 'SEV-1', service: 'edge' },
          { severity: 'SEV-3' },
          { severity: 'SEV-2', service: 'cards' },
          { severity: 'SEV-1', service: 'cards', commander: 'cara' },
        ];
        for (const [i, spec] of specs.entries()) {
          const response = await c.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: `Incident ${i + 1}`, ...spec } });
          expect(response.statusCode, response.body).toBe(201);
          c.clock.advance(MINUTE);
        }
        const id = async (number: number) => (await db.selectFrom('incidents').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
        const page = async (number: number, user: string, level: number) =>
          db.insertInto('pages').values({ id: `pg_${number}_${user}_${level}`, incident_id: await id(number), user_id: user, round: 1, level, reason: 'escalation', target: `user:${user}`, created_at: c.clock.now() }).execute();
        // Paged twice for #4 (two levels): listed once all the same.
        await page(4, 'bob', 1);
        await page(4, 'bob', 2);
        await page(6, 'bob', 1);
        await page(7, 'cara', 1);
        await c.request({ method: 'POST', url: '/api/v1/incidents/6/resolve' });
        c.clock.advance(MINUTE);
        await c.request({ method: 'POST', url: '/api/v1/incidents/7/acknowledge' });
      });
      afterAll(async () => {
        await c.close();
      });
      const numbers = async (query: string, headers: Record<string, string> = {}) => {
        const response = await c.request({ method: 'GET', url: `/api/v1/incidents${query}`, headers });
        expect(response.statusCode, response.body).toBe(200);
        return response.json<{ incidents: IncidentView[] }>().incidents.map((i) => i.number);
      };

      it('orders the most severe first and the newest first within a severity', async () => {
        expect(await numbers('?order=severity')).toEqual([7, 4, 2, 6, 3, 5, 1]);
        expect(await numbers('?order=severity&status=triggered,acknowledged')).toEqual([7, 4, 2, 3, 5, 1]);
        expect(await numbers('?order=newest')).toEqual([7, 6, 5, 4, 3, 2, 1]);
      });

      it('pages through the severity order with cursors, missing and repeating none', async () => {
        const seen: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const response = await c.request({ method: 'GET', url: `/api/v1/incidents?order=severity&limit=2${cursor ? `&cursor=${cursor}` : ''}` });
          const body = response.json<{ incidents: IncidentView[]; next_cursor: string | null }>();
          seen.push(...body.incidents.map((i) => i.number));
          cursor = body.next_cursor;
          pages += 1;
        } while (cursor);
        expect(seen).toEqual([7, 4, 2, 6, 3, 5, 1]);
        expect(pages).toBe(4);
      });

      it('refuses a cursor issued for the other order', async () => {
        const newest = (await c.request({ method: 'GET', url: '/api/v1/incidents?limit=2' })).json<{ next_cursor: string }>().next_cursor;
        const crossed = await c.request({ method: 'GET', url: `/api/v1/incidents?order=severity&cursor=${newest}` });
        expect(crossed.statusCode).toBe(400);
        expect(crossed.json()).toMatchObject({ code: 'VIGIL_INVALID_CURSOR', fields: [{ path: 'query.cursor' }] });
        const bad = await c.request({ method: 'GET', url: '/api/v1/incidents?order=worst' });
        expect(bad.statusCode).toBe(400);
      });

      it('filters by the team that owns the service', async () => {
        expect(await numbers('?team=platform')).toEqual([4, 3, 1]);
        expect(await numbers('?team=payments&status=triggered')).toEqual([2]);
        expect(await numbers('?team=platform,payments&order=severity')).toEqual([7, 4, 2, 6, 3, 1]);
        expect(await numbers('?team=nobody')).toEqual([]);
      });

      it('lists mine: the incidents I command or was paged for, each once', async () => {
        expect(await numbers('?mine=true', BOB)).toEqual([6, 4, 2]);
        expect(await numbers('?mine=true&status=triggered,acknowledged&order=severity', BOB)).toEqual([4, 2]);
        expect(await numbers('?mine=false', BOB)).toEqual([7, 6, 5, 4, 3, 2, 1]);
      });

      it('refuses mine for a token that is no person\'s', async () => {
        const response = await c.request({ method: 'GET', url: '/api/v1/incidents?mine=true' });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'query.mine', message: 'needs a person' }] });
        expect(response.json().message).toContain('bootstrap-admin');
      });

      it('counts by status and by severity, each leaving out its own filter', async () => {
        const summary = async (query: string, headers: Record<string, string> = {}) => {
          const response = await c.request({ method: 'GET', url: `/api/v1/incidents/summary${query}`, headers });
          expect(response.statusCode, response.body).toBe(200);
          return response.json();
        };
        expect(await summary('')).toEqual({
          total: 7,
          by_status: { triggered: 5, acknowledged: 1, resolved: 1 },
          by_severity: [
            { id: 'SEV-1', name: 'Critical', rank: 1, count: 3 },
            { id: 'SEV-2', name: 'High', rank: 2, count: 2 },
            { id: 'SEV-3', name: 'Medium', rank: 3, count: 2 },
          ],
          last_resolved_at: '2026-03-02T10:07:00.000Z',
        });
        const open = await summary('?status=triggered,acknowledged&severity=SEV-1');
        expect(open.total).toBe(3);
        // Statuses counted within SEV-1; severities counted within the open statuses.
        expect(open.by_status).toEqual({ triggered: 2, acknowledged: 1, resolved: 0 });
        expect(open.by_severity.map((s: { count: number }) => s.count)).toEqual([3, 1, 2]);
        expect(open.last_resolved_at).toBeNull();
        const mine = await summary('?mine=true&team=platform', BOB);
        expect(mine).toMatchObject({ total: 1, by_status: { triggered: 1, acknowledged: 0, resolved: 0 } });
        const none = await summary('?service=nothing-here');
        expect(none).toMatchObject({ total: 0, by_status: { triggered: 0, acknowledged: 0, resolved: 0 }, last_resolved_at: null });
        expect(none.by_severity).toHaveLength(3);
      });

      it('lets a viewer read the counts and refuses unknown statuses there too', async () => {
        const bad = await c.request({ method: 'GET', url: '/api/v1/incidents/summary?status=open' });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().message).toContain('unknown status "open"');
        const extra = await c.request({ method: 'GET', url: '/api/v1/incidents/summary?limit=5' });
        expect(extra.statusCode).toBe(400);
      });
    });

    describe('bad input', () => {
      it('answers malformed JSON with 400', async () => {
        const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: '{"title": ', headers: { 'content-type': 'application/json' } });
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('VIGIL_MALFORMED_JSON');
      });
      it('names wrong types, missing and unknown fields', async () => {
        const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { titel: 'typo', severity: 1 } });
        expect(response.statusCode).toBe(400);
        const fields = response.json<{ fields: { path: string; message: string }[] }>().fields;
        expect(fields).toEqual(
          expect.arrayContaining([
            { path: 'body.title', message: 'is required' },
            { path: 'body.titel', message: 'is not a known field' },
            { path: 'body.severity', message: 'must be string' },
          ]),
        );
      });
      it('answers an oversize body with 413', async () => {
        const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 'x', description: 'y'.repeat(1_100_000) } });
        expect(response.statusCode).toBe(413);
        expect(response.json().code).toBe('VIGIL_BODY_TOO_LARGE');
      });
      it('answers a non-JSON content type with 415', async () => {
        const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        expect(response.statusCode).toBe(415);
        expect(response.json().code).toBe('VIGIL_UNSUPPORTED_MEDIA_TYPE');
      });
      it('rejects an over-long title', async () => {
        const response = await t.request({ method: 'POST', url: '/api/v1/incidents', payload: { title: 't'.repeat(1025) } });
        expect(response.statusCode).toBe(400);
      });
    });

    describe('authentication', () => {
      const list = (authorization?: string) =>
        t.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: authorization === undefined ? {} : { authorization } });

      it('requires a bearer token', async () => {
        const response = await list();
        expect(response.statusCode).toBe(401);
        expect(response.json().message).toContain('Authorization: Bearer');
      });
      it('rejects an unknown, malformed, revoked or expired token', async () => {
        expect((await list('Bearer nope')).statusCode).toBe(401);
        expect((await list('Basic dXNlcjpwYXNz')).json().message).toContain('must be "Bearer <token>"');
        expect((await list('Bearer revoked-token-0123456789')).json().message).toContain('revoked');
        expect((await list('Bearer expired-token-0123456789')).json().message).toContain('expired');
      });
      it('lets a viewer read but not write', async () => {
        expect((await list('Bearer viewer-token-0123456789')).statusCode).toBe(200);
        const write = await t.app.inject({ method: 'POST', url: '/api/v1/incidents', headers: { authorization: 'Bearer viewer-token-0123456789' }, payload: { title: 'x' } });
        expect(write.statusCode).toBe(403);
        expect(write.json().code).toBe('VIGIL_FORBIDDEN');
      });
      it('records when a token was last used', async () => {
        const row = await t.database.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', 'tok_viewer').executeTakeFirstOrThrow();
        expect(row.last_used_at).toBe(t.clock.now());
      });
    });
  });
}
