import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/ids.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { applyYaml } from '../test-support/config.js';
import { DIALECTS } from '../test-support/databases.js';

const ORG = `users:
  - { id: alice, name: Alice Liddell, email: alice@example.com }
  - { id: bob, name: Bob Okafor, email: bob@example.com }
  - { id: chen, name: Chen Wei, email: chen@example.com }
  - { id: dana, name: Dana Kowalski, email: dana@example.com }
teams:
  - { id: platform, name: Platform, members: [alice, bob] }
  - { id: payments, name: Payments, members: [dana] }
`;

/** Weekly from Monday 2026-01-05 09:00 New York: at the test clock (Mon 2026-03-02 05:00 EST) bob is on, alice from 09:00. */
const PRIMARY = {
  id: 'primary',
  name: 'Platform primary',
  team: 'platform',
  time_zone: 'America/New_York',
  layers: [{ rotation: 'weekly', handoff: 'monday 09:00', start: '2026-01-05', participants: ['alice', 'bob'] }],
};

for (const dialect of DIALECTS) {
  describe(`schedules API on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      expect((await applyYaml(t.database.db, dialect, ORG)).errors).toEqual([]);
      await t.database.db.insertInto('api_tokens')
        .values({ id: 'tok_viewer', name: 'wallboard', token_hash: hashSecret('viewer-token-0123456789'), role: 'viewer', user_id: null, created_at: 0, expires_at: null, revoked_at: null, last_used_at: null })
        .execute();
      const created = await t.request({ method: 'POST', url: '/api/v1/schedules', payload: PRIMARY });
      expect(created.statusCode, created.body).toBe(201);
    });
    afterAll(async () => {
      await t.close();
    });
    const get = (url: string) => t.request({ method: 'GET', url });
    const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => t.request({ method, url, ...(payload ? { payload } : {}) });

    it('creates a schedule and reads it back with its layers in the configuration\'s notation', async () => {
      const response = await get('/api/v1/schedules/primary');
      expect(response.statusCode).toBe(200);
      const schedule = response.json();
      expect(schedule).toMatchObject({ id: 'primary', name: 'Platform primary', team: 'platform', time_zone: 'America/New_York', description: null, overrides: [] });
      expect(schedule.layers).toEqual([
        { id: expect.stringMatching(/^lyr_/), name: null, rotation: 'weekly', handoff: 'monday 09:00', start: '2026-01-05', participants: ['alice', 'bob'], restrictions: [], end: null },
      ]);
      const list = (await get('/api/v1/schedules')).json();
      expect(list.schedules.map((s: { id: string }) => s.id)).toContain('primary');
    });

    it('answers the effective shifts of the next 7 days by default', async () => {
      const response = await get('/api/v1/schedules/primary/shifts');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        schedule: { id: 'primary', name: 'Platform primary', time_zone: 'America/New_York' },
        from: '2026-03-02T10:00:00.000Z',
        to: '2026-03-09T10:00:00.000Z',
        shifts: [
          { user: { id: 'bob', name: 'Bob Okafor' }, start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T14:00:00.000Z', source: expect.stringMatching(/^lyr_/) },
          { user: { id: 'alice', name: 'Alice Liddell' }, start: '2026-03-02T14:00:00.000Z', end: '2026-03-09T10:00:00.000Z', source: expect.stringMatching(/^lyr_/) },
        ],
      });
    });

    it('answers each layer\'s own shifts beside the effective ones when asked, for a timeline', async () => {
      const plain = (await get('/api/v1/schedules/primary/shifts?from=2026-03-02T10:00:00Z&to=2026-03-03T10:00:00Z')).json();
      expect(plain.layers).toBeUndefined();
      const response = await get('/api/v1/schedules/primary/shifts?from=2026-03-02T10:00:00Z&to=2026-03-03T10:00:00Z&layers=true');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.shifts).toEqual(plain.shifts);
      expect(body.layers).toEqual([
        {
          id: expect.stringMatching(/^lyr_/),
          name: null,
          shifts: [
            { user: { id: 'bob', name: 'Bob Okafor' }, start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T14:00:00.000Z', source: body.layers[0].id },
            { user: { id: 'alice', name: 'Alice Liddell' }, start: '2026-03-02T14:00:00.000Z', end: '2026-03-03T10:00:00.000Z', source: body.layers[0].id },
          ],
        },
      ]);
    });

    it('refuses a shift range that ends before it starts or spans more than 366 days', async () => {
      const backwards = await get('/api/v1/schedules/primary/shifts?from=2026-03-05T00:00:00Z&to=2026-03-01T00:00:00Z');
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json()).toMatchObject({ code: 'VIGIL_VALIDATION_FAILED', fields: [{ path: 'query.to', message: 'must be after from (2026-03-05T00:00:00.000Z)' }] });
      const long = await get('/api/v1/schedules/primary/shifts?from=2026-01-01T00:00:00Z&to=2027-01-03T00:00:00Z');
      expect(long.statusCode).toBe(400);
      expect(long.json().fields).toEqual([{ path: 'query.to', message: 'is more than 366 days after from; ask for a shorter range' }]);
      expect((await get('/api/v1/schedules/primary/shifts?from=yesterday')).statusCode).toBe(400);
    });

    it('puts an override over the layers and lists it on the schedule until it ends', async () => {
      const created = await send('POST', '/api/v1/schedules/primary/overrides', { user: 'chen', start: '2026-03-03T00:00:00Z', end: '2026-03-04T00:00:00-00:00' });
      expect(created.statusCode, created.body).toBe(201);
      const override = created.json();
      expect(override).toMatchObject({ user: { id: 'chen', name: 'Chen Wei' }, start: '2026-03-03T00:00:00.000Z', end: '2026-03-04T00:00:00.000Z', created_by: 'token:bootstrap-admin' });
      const shifts = (await get('/api/v1/schedules/primary/shifts?from=2026-03-02T20:00:00Z&to=2026-03-04T12:00:00Z')).json().shifts;
      expect(shifts.map((s: { user: { id: string }; source: string }) => [s.user.id, s.source.startsWith('override:')])).toEqual([
        ['alice', false],
        ['chen', true],
        ['alice', false],
      ]);
      expect((await get('/api/v1/schedules/primary')).json().overrides).toEqual([override]);
      const listed = await get('/api/v1/schedules/primary/overrides?from=2026-03-03T12:00:00Z&to=2026-03-03T13:00:00Z');
      expect(listed.json()).toEqual({ overrides: [override] });
      expect((await get('/api/v1/schedules/primary/overrides?from=2026-03-05T00:00:00Z')).json()).toEqual({ overrides: [] });

      expect((await send('DELETE', `/api/v1/schedules/primary/overrides/${override.id}`)).statusCode).toBe(204);
      const again = await send('DELETE', `/api/v1/schedules/primary/overrides/${override.id}`);
      expect(again.statusCode).toBe(404);
      expect(again.json().code).toBe('VIGIL_OVERRIDE_NOT_FOUND');
    });

    it('refuses an override that ends before it starts, or names an unknown user', async () => {
      const backwards = await send('POST', '/api/v1/schedules/primary/overrides', { user: 'chen', start: '2026-03-04T00:00:00Z', end: '2026-03-03T00:00:00Z' });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().fields).toEqual([{ path: 'body.end', message: 'is not after start (2026-03-04T00:00:00.000Z)' }]);
      const unknown = await send('POST', '/api/v1/schedules/primary/overrides', { user: 'zed', start: '2026-03-03T00:00:00Z', end: '2026-03-04T00:00:00Z' });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json()).toEqual({ code: 'VIGIL_REFERENCE_NOT_FOUND', message: 'body.user: no user "zed"', fields: [{ path: 'body.user', message: 'no user "zed"' }] });
      expect((await send('POST', '/api/v1/schedules/nope/overrides', { user: 'chen', start: '2026-03-03T00:00:00Z', end: '2026-03-04T00:00:00Z' })).statusCode).toBe(404);
    });

    it('leaves overrides from the configuration file to the file', async () => {
      await t.database.db.insertInto('schedule_overrides')
        .values({ id: 'ovr_file', schedule_id: 'primary', user_id: 'dana', start_at: Date.parse('2026-05-01T00:00:00Z'), end_at: Date.parse('2026-05-02T00:00:00Z'), created_by: 'config', created_at: 0 })
        .execute();
      const response = await send('DELETE', '/api/v1/schedules/primary/overrides/ovr_file');
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('override "ovr_file" comes from the configuration file; remove it there and apply the file');
      await t.database.db.deleteFrom('schedule_overrides').where('id', '=', 'ovr_file').execute();
    });

    it('names each unknown participant and team with a 422', async () => {
      const body = { ...PRIMARY, id: 'broken', team: 'infra', layers: [{ rotation: 'daily', start: '2026-01-05', participants: ['alice', 'zed', 'bobb'] }] };
      const response = await send('POST', '/api/v1/schedules', body);
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'VIGIL_REFERENCE_NOT_FOUND',
        fields: [
          { path: 'body.layers.0.participants.1', message: 'no user "zed"' },
          { path: 'body.layers.0.participants.2', message: 'no user "bobb"; did you mean "bob"?' },
          { path: 'body.team', message: 'no team "infra"' },
        ],
      });
      expect((await get('/api/v1/schedules/broken')).statusCode).toBe(404);
    });

    it('refuses a time zone, handoff, rotation or end the configuration would refuse, naming each field', async () => {
      const zone = await send('POST', '/api/v1/schedules', { ...PRIMARY, id: 'mars', time_zone: 'Mars/Olympus' });
      expect(zone.statusCode).toBe(400);
      expect(zone.json().fields).toEqual([{ path: 'body.time_zone', message: '"Mars/Olympus" is not an IANA time zone; use a tz database name such as "America/New_York", "Europe/Berlin" or "UTC"' }]);
      const layers = [
        { rotation: '90m', start: '2026-01-05', participants: ['alice'] },
        { rotation: 'daily', handoff: 'monday 09:00', start: '2026-01-05', participants: ['alice'], end: '2026-01-01T00:00:00Z' },
        { rotation: 'daily', start: '2026-01-05', participants: ['alice'], end: '2025-12-01T00:00:00Z' },
      ];
      const response = await send('POST', '/api/v1/schedules', { ...PRIMARY, id: 'bad', layers });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual(['body.layers.0.rotation', 'body.layers.1.handoff', 'body.layers.2.end']);
      expect(response.json().fields[2].message).toBe("end 2025-12-01T00:00:00Z is not after the layer's first handoff (2026-01-05 00:00 America/New_York); remove end, or move it after the start");
      const unknownKey = await send('POST', '/api/v1/schedules', { ...PRIMARY, id: 'extra', colour: 'red' });
      expect(unknownKey.statusCode).toBe(400);
      expect(unknownKey.json().fields).toEqual([{ path: 'body.colour', message: 'is not a known field' }]);
    });

    it('refuses to create a schedule whose id is taken, and lets only writers create', async () => {
      const taken = await send('POST', '/api/v1/schedules', PRIMARY);
      expect(taken.statusCode).toBe(409);
      expect(taken.json().code).toBe('VIGIL_CONFLICT');
      const viewer = await t.request({ method: 'POST', url: '/api/v1/schedules', payload: { ...PRIMARY, id: 'viewer' }, headers: { authorization: 'Bearer viewer-token-0123456789' } });
      expect(viewer.statusCode).toBe(403);
    });

    it('replaces a schedule, keeping the id of a layer that stayed at its position', async () => {
      const before = (await get('/api/v1/schedules/primary')).json();
      const hours = { name: 'business hours', rotation: 'daily', handoff: '09:00', start: '2026-01-05', participants: ['dana'], restrictions: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', to: '17:00' }] };
      const { id: _id, ...rest } = PRIMARY;
      const response = await send('PUT', '/api/v1/schedules/primary', { ...rest, description: 'Around the clock, dana in office hours', layers: [...PRIMARY.layers, hours] });
      expect(response.statusCode, response.body).toBe(200);
      const after = response.json();
      expect(after.description).toBe('Around the clock, dana in office hours');
      expect(after.layers[0].id).toBe(before.layers[0].id);
      expect(after.layers[1]).toMatchObject({ name: 'business hours', restrictions: hours.restrictions });
      const shifts = (await get('/api/v1/schedules/primary/shifts?from=2026-03-03T12:00:00Z&to=2026-03-03T23:00:00Z')).json().shifts;
      expect(shifts.map((s: { user: { id: string }; start: string; end: string }) => [s.user.id, s.start, s.end])).toEqual([
        ['alice', '2026-03-03T12:00:00.000Z', '2026-03-03T14:00:00.000Z'],
        ['dana', '2026-03-03T14:00:00.000Z', '2026-03-03T22:00:00.000Z'],
        ['alice', '2026-03-03T22:00:00.000Z', '2026-03-03T23:00:00.000Z'],
      ]);
      expect((await send('PUT', '/api/v1/schedules/nope', rest)).statusCode).toBe(404);
    });

    it('answers who is on call now per schedule, filtered by schedule, team or user', async () => {
      const other = { id: 'payments', team: 'payments', time_zone: 'Europe/Warsaw', layers: [{ rotation: 'daily', handoff: '10:00', start: '2026-03-01', participants: ['dana'], restrictions: [{ from: '12:00', to: '13:00' }] }] };
      expect((await send('POST', '/api/v1/schedules', other)).statusCode).toBe(201);
      const all = (await get('/api/v1/oncall')).json();
      expect(all).toEqual({
        at: '2026-03-02T10:00:00.000Z',
        oncall: [
          { schedule: { id: 'payments', name: 'payments', team: 'payments' }, user: null, shift: null },
          {
            schedule: { id: 'primary', name: 'Platform primary', team: 'platform' },
            user: { id: 'bob', name: 'Bob Okafor' },
            // Bob's week began on 02-23, but the office-hours layer had dana on until Friday 17:00.
            shift: { start: '2026-02-27T22:00:00.000Z', end: '2026-03-02T14:00:00.000Z', source: expect.stringMatching(/^lyr_/) },
          },
        ],
      });
      const atNoon = (await get('/api/v1/oncall?at=2026-03-02T11:30:00Z&team=payments')).json();
      expect(atNoon.oncall).toEqual([
        { schedule: { id: 'payments', name: 'payments', team: 'payments' }, user: { id: 'dana', name: 'Dana Kowalski' }, shift: { start: '2026-03-02T11:00:00.000Z', end: '2026-03-02T12:00:00.000Z', source: expect.any(String) } },
      ]);
      expect((await get('/api/v1/oncall?user=alice')).json().oncall).toEqual([]);
      expect((await get('/api/v1/oncall?user=alice,bob&schedule=primary&schedule=payments')).json().oncall.map((e: { user: { id: string } }) => e.user.id)).toEqual(['bob']);
    });

    it('refuses to delete a schedule an escalation policy targets, then deletes it once it is free', async () => {
      const policy = { id: 'paging', levels: [{ targets: ['schedule:payments'], escalate_after: '5m' }] };
      expect((await send('POST', '/api/v1/escalation-policies', policy)).statusCode).toBe(201);
      const refused = await send('DELETE', '/api/v1/schedules/payments');
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'VIGIL_CONFLICT', message: 'schedule "payments" is a target of escalation policy "paging"; remove it from them first', details: { escalation_policies: ['paging'] } });
      expect((await send('DELETE', '/api/v1/escalation-policies/paging')).statusCode).toBe(204);
      expect((await send('DELETE', '/api/v1/schedules/payments')).statusCode).toBe(204);
      const gone = await get('/api/v1/schedules/payments');
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toEqual({ code: 'VIGIL_SCHEDULE_NOT_FOUND', message: 'no schedule "payments"' });
    });
  });
}
