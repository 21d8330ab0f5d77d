import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

const ORG = `users:
  - { id: alice, name: Alice Liddell, email: alice@example.com }
  - { id: dana, name: Dana Kowalski, email: dana@example.com }
teams:
  - { id: platform, name: Platform, members: [alice, dana] }
schedules:
  - id: primary
    time_zone: UTC
    layers: [{ rotation: weekly, start: 2026-01-05, participants: [alice, dana] }]
`;

const PLATFORM = {
  id: 'platform',
  name: 'Platform',
  team: 'platform',
  repeat: 2,
  levels: [
    { targets: ['schedule:primary'], escalate_after: '5m' },
    { targets: ['user:dana', 'user:alice'], escalate_after: '90m' },
  ],
};

/** Two teams with a manager and a schedule each, and a schedule that belongs to no team. */
const TWO_TEAMS = `users:
  - { id: mona, name: Mona, email: mona@example.com }
  - { id: pete, name: Pete, email: pete@example.com }
teams:
  - { id: payments, name: Payments, members: [{ user: mona, role: manager }] }
  - { id: platform, name: Platform, members: [{ user: pete, role: manager }] }
schedules:
  - { id: payments-primary, team: payments, time_zone: UTC, layers: [{ rotation: weekly, start: 2026-01-05, participants: [mona] }] }
  - { id: platform-primary, team: platform, time_zone: UTC, layers: [{ rotation: weekly, start: 2026-01-05, participants: [pete] }] }
  - { id: company-wide, time_zone: UTC, layers: [{ rotation: weekly, start: 2026-01-05, participants: [pete] }] }
`;

for (const dialect of DIALECTS) {
  describe(`escalation policies API on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
    });
    afterAll(async () => {
      await t.close();
    });
    const get = (url: string) => t.request({ method: 'GET', url });
    const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => t.request({ method, url, ...(payload ? { payload } : {}) });

    it('creates a policy with numbered levels and reads it back alone and in the list', async () => {
      const created = await send('POST', '/api/v1/escalation-policies', PLATFORM);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.headers.location).toBe('/api/v1/escalation-policies/platform');
      const expected = {
        id: 'platform',
        name: 'Platform',
        description: null,
        team: 'platform',
        repeat: 2,
        levels: [
          { position: 1, targets: ['schedule:primary'], escalate_after: '5m' },
          { position: 2, targets: ['user:dana', 'user:alice'], escalate_after: '1h30m' },
        ],
        services: [],
        created_at: '2026-03-02T10:00:00.000Z',
        updated_at: '2026-03-02T10:00:00.000Z',
      };
      expect(created.json()).toEqual(expected);
      expect((await get('/api/v1/escalation-policies/platform')).json()).toEqual(expected);
      expect((await get('/api/v1/escalation-policies')).json()).toEqual({ escalation_policies: [expected] });
    });

    it('names the policy after its id when no name is given, and refuses a taken id', async () => {
      const created = await send('POST', '/api/v1/escalation-policies', { id: 'solo', levels: [{ targets: ['user:alice'], escalate_after: '10m' }] });
      expect(created.json()).toMatchObject({ name: 'solo', repeat: 0, team: null });
      const taken = await send('POST', '/api/v1/escalation-policies', { id: 'solo', levels: [{ targets: ['user:alice'], escalate_after: '10m' }] });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().code).toBe('VIGIL_CONFLICT');
    });

    it('replaces a policy\'s levels and repeat', async () => {
      t.clock.advance(60_000);
      const { id: _id, ...body } = PLATFORM;
      const response = await send('PUT', '/api/v1/escalation-policies/platform', { ...body, repeat: 0, levels: [{ targets: ['user:alice'], escalate_after: '1m' }] });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ repeat: 0, levels: [{ position: 1, targets: ['user:alice'], escalate_after: '1m' }], updated_at: '2026-03-02T10:01:00.000Z' });
      expect(await t.database.db.selectFrom('escalation_levels').select('position').where('policy_id', '=', 'platform').execute()).toEqual([{ position: 1 }]);
      expect((await send('PUT', '/api/v1/escalation-policies/nope', body)).json().code).toBe('VIGIL_ESCALATION_POLICY_NOT_FOUND');
    });

    it('refuses malformed targets and durations with 400 and unknown users or schedules with 422', async () => {
      const malformed = await send('POST', '/api/v1/escalation-policies', { id: 'bad', levels: [{ targets: ['dana', 'user:alice', 'user:alice'], escalate_after: 'soon' }] });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().fields).toEqual([
        { path: 'body.levels.0.escalate_after', message: '"soon" is not a positive duration; write durations as a whole number with a unit: 30s, 5m, 1h, 1d (or combined, e.g. 1h30m)' },
        { path: 'body.levels.0.targets.0', message: '"dana" is not a target; write "user:<user id>" or "schedule:<schedule id>", e.g. "schedule:platform-primary"' },
        { path: 'body.levels.0.targets.2', message: 'user:alice is listed twice in this level' },
      ]);
      const unknown = await send('POST', '/api/v1/escalation-policies', { id: 'bad', team: 'infra', levels: [{ targets: ['user:zed', 'schedule:secondary'], escalate_after: '5m' }] });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().fields).toEqual([
        { path: 'body.levels.0.targets.0', message: 'no user "zed"' },
        { path: 'body.team', message: 'no team "infra"' },
        { path: 'body.levels.0.targets.1', message: 'no schedule "secondary"' },
      ]);
      const typo = await send('POST', '/api/v1/escalation-policies', { id: 'bad', levels: [{ targets: ['user:alcie'], escalate_after: '5m' }] });
      expect(typo.json().fields).toEqual([{ path: 'body.levels.0.targets.0', message: 'no user "alcie"; did you mean "alice"?' }]);
      const empty = await send('POST', '/api/v1/escalation-policies', { id: 'bad', repeat: 10, levels: [] });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.levels', 'body.repeat']);
      expect((await get('/api/v1/escalation-policies/bad')).statusCode).toBe(404);
    });

    it('refuses to delete a policy a service uses, naming the services, and deletes it once unused', async () => {
      await applyYaml(t.database.db, dialect, 'services:\n  - { id: checkout, name: Checkout, escalation_policy: solo }\n  - { id: api, name: API, escalation_policy: solo }\n');
      expect((await get('/api/v1/escalation-policies/solo')).json().services).toEqual(['api', 'checkout']);
      const refused = await send('DELETE', '/api/v1/escalation-policies/solo');
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toEqual({
        code: 'VIGIL_CONFLICT',
        message: 'escalation policy "solo" is used by services "api", "checkout"; give them another policy first',
        details: { services: ['api', 'checkout'] },
      });
      await t.database.db.updateTable('services').set({ escalation_policy_id: 'platform' }).execute();
      expect((await send('DELETE', '/api/v1/escalation-policies/solo')).statusCode).toBe(204);
      const gone = await send('DELETE', '/api/v1/escalation-policies/solo');
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toEqual({ code: 'VIGIL_ESCALATION_POLICY_NOT_FOUND', message: 'no escalation policy "solo"' });
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`policies targeting another team's schedule on ${dialect}`, () => {
    let t: TestApp;
    const MONA = 'policy-mona-token-0123456789';
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, TWO_TEAMS)).errors).toEqual([]);
      const now = t.clock.now();
      await t.database.db.insertInto('api_tokens').values({ id: 'tok_mona', name: 'mona-cli', token_hash: hashSecret(MONA), role: 'responder', user_id: 'mona', kind: 'personal', created_at: now, expires_at: null, revoked_at: null, last_used_at: null }).execute();
    });
    afterAll(async () => {
      await t.close();
    });
    const asMona = (method: 'POST' | 'PUT', url: string, payload: object) => t.app.inject({ method, url, headers: { authorization: `Bearer ${MONA}` }, payload });
    const policy = (...targets: string[]) => ({ team: 'payments', levels: [{ targets: ['user:mona'], escalate_after: '5m' }, { targets, escalate_after: '10m' }] });

    it('refuses a team manager whose new policy targets another team\'s schedule, naming that team', async () => {
      const refused = await asMona('POST', '/api/v1/escalation-policies', { id: 'payments-a', ...policy('schedule:payments-primary', 'schedule:platform-primary') });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({
        code: 'VIGIL_TEAM_CONSENT_REQUIRED',
        message: expect.stringContaining('team "platform"'),
        fields: [{ path: 'body.levels.1.targets.1' }],
        details: { team: 'platform' },
      });
      expect((await t.request({ method: 'GET', url: '/api/v1/escalation-policies/payments-a' })).statusCode).toBe(404);
    });

    it('refuses a team manager targeting a schedule that belongs to no team', async () => {
      const refused = await asMona('POST', '/api/v1/escalation-policies', { id: 'payments-b', ...policy('schedule:company-wide') });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_TEAM_CONSENT_REQUIRED', message: expect.stringContaining('belongs to no team') });
    });

    it('lets a team manager target their own team\'s schedule and any user', async () => {
      const created = await asMona('POST', '/api/v1/escalation-policies', { id: 'payments', ...policy('schedule:payments-primary', 'user:pete') });
      expect(created.statusCode, created.body).toBe(201);
    });

    it('refuses a team manager adding another team\'s schedule to their policy', async () => {
      const refused = await asMona('PUT', '/api/v1/escalation-policies/payments', policy('schedule:payments-primary', 'schedule:platform-primary'));
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_TEAM_CONSENT_REQUIRED', message: expect.stringContaining('team "platform"') });
      expect((await t.request({ method: 'GET', url: '/api/v1/escalation-policies/payments' })).json().levels[1].targets).toEqual(['schedule:payments-primary', 'user:pete']);
    });

    it('answers a team manager\'s policy with more targets than any database takes in one query with 400', async () => {
      // 66,000 distinct three-character ids: past PostgreSQL's 65,535 parameters, within 1 MiB.
      const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
      const targets = Array.from({ length: 66_000 }, (_, i) => `schedule:${digits[i % 62]}${digits[Math.floor(i / 62) % 62]}${digits[Math.floor(i / 3844)]}`);
      const refused = await asMona('POST', '/api/v1/escalation-policies', { id: 'payments-huge', team: 'payments', levels: [{ targets, escalate_after: '5m' }] });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED' });
    });

    it('lets an admin target any team\'s schedule, and the manager keep it while changing the rest', async () => {
      const byAdmin = await t.request({ method: 'PUT', url: '/api/v1/escalation-policies/payments', payload: policy('schedule:platform-primary', 'schedule:company-wide') });
      expect(byAdmin.statusCode, byAdmin.body).toBe(200);
      const created = await t.request({ method: 'POST', url: '/api/v1/escalation-policies', payload: { id: 'payments-c', ...policy('schedule:platform-primary') } });
      expect(created.statusCode, created.body).toBe(201);
      const kept = await asMona('PUT', '/api/v1/escalation-policies/payments', { ...policy('schedule:platform-primary', 'schedule:company-wide'), repeat: 1 });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json()).toMatchObject({ repeat: 1, levels: [{}, { targets: ['schedule:platform-primary', 'schedule:company-wide'] }] });
    });
  });
}
