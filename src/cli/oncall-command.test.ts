import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { expectAligned, runVigil } from '../test-support/cli.js';
import { DIALECTS } from '../test-support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-oncall-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 2026-03-02, when the tests run, is a Monday: Alice's week began at 09:00, Bob's begins on the 9th.
const ORG = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
  - { id: carol, name: Carol Jones, email: carol@example.com }
teams:
  - { id: payments, name: Payments, members: [alice, bob] }
schedules:
  - id: primary
    time_zone: UTC
    team: payments
    layers:
      - { rotation: weekly, handoff: "Monday 09:00", start: 2026-01-05, participants: [alice, bob] }
  - id: nights
    time_zone: UTC
    layers:
      - { rotation: daily, handoff: "20:00", start: 2026-01-05, participants: [carol], restrictions: [{ from: "20:00", to: "08:00" }] }
escalation_policies:
  - id: checkout
    levels:
      - { targets: ["schedule:primary"], escalate_after: 5m }
      - { targets: ["user:carol", "schedule:nights"], escalate_after: 10m }
`;

for (const dialect of DIALECTS) {
  describe(`vigil oncall on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    async function organisation(name: string): Promise<{ env: Record<string, string> }> {
      t = await createConfiguredTestApp(dialect, ORG, dialect === 'sqlite' ? { file: join(dir, `${name}.db`) } : {});
      return { env: { VIGIL_DATABASE_URL: t.database.url } };
    }

    it('prints who is on call now and next per schedule and per policy level, in aligned tables', async () => {
      const { env } = await organisation('now');
      const run = await runVigil(['oncall'], { env, clock: t!.clock });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(`vigil: reading ${dialect === 'sqlite' ? `${t!.database.url} (SQLite)` : `${t!.database.url} (PostgreSQL)`}\n`);
      const [title, blank, ...rest] = run.stdout.trimEnd().split('\n');
      expect([title, blank]).toEqual(['on call at 2026-03-02 10:00 UTC', '']);
      const gap = rest.indexOf('');
      const schedules = rest.slice(0, gap);
      const policies = rest.slice(gap + 1);
      expect(schedules).toEqual([
        'SCHEDULE  TEAM      NOW     UNTIL (UTC)       NEXT         FROM (UTC)',
        'nights    -         nobody  -                 Carol Jones  2026-03-02 20:00',
        'primary   payments  Alice   2026-03-09 09:00  Bob          2026-03-09 09:00',
      ]);
      expect(policies).toEqual([
        'POLICY    LEVEL  AFTER  TARGET            NOW          UNTIL (UTC)       NEXT         FROM (UTC)',
        'checkout      1  5m     schedule:primary  Alice        2026-03-09 09:00  Bob          2026-03-09 09:00',
        'checkout      2  10m    user:carol        Carol Jones  always            -            -',
        'checkout      2  10m    schedule:nights   nobody       -                 Carol Jones  2026-03-02 20:00',
      ]);
      expectAligned(schedules);
      expectAligned(policies, ['LEVEL']);
    });

    it('says until when the person on call stays on, not when this shift ends', async () => {
      const { env } = await organisation('until');
      // Alice's own override splits her week into shifts; she is on call without a break until Bob's week.
      const added = await t!.request({ method: 'POST', url: '/api/v1/schedules/primary/overrides', payload: { user: 'alice', start: '2026-03-02T11:00:00Z', end: '2026-03-02T12:00:00Z' } });
      expect(added.statusCode, added.body).toBe(201);
      const run = await runVigil(['oncall'], { env, clock: t!.clock });
      expect(run.stdout).toContain('primary   payments  Alice   2026-03-09 09:00  Bob          2026-03-09 09:00');
      expect(run.stdout).toContain('checkout      1  5m     schedule:primary  Alice        2026-03-09 09:00  Bob          2026-03-09 09:00');
    });

    it('answers for another instant with --at', async () => {
      const { env } = await organisation('at');
      const run = await runVigil(['oncall', '--at', '2026-03-09T10:00:00Z'], { env, clock: t!.clock });
      expect(run.stdout).toContain('on call at 2026-03-09 10:00 UTC');
      expect(run.stdout).toContain('primary   payments  Bob     2026-03-16 09:00  Alice        2026-03-16 09:00');
      const bad = await runVigil(['oncall', '--at', 'tomorrow'], { env });
      expect(bad).toMatchObject({ code: 2, stderr: 'vigil: --at takes an ISO 8601 instant such as 2026-11-07T09:00:00Z, not "tomorrow"\n' });
    });

    it('prints JSON whose "oncall" is what GET /api/v1/oncall answers, with the next person and each policy target', async () => {
      const { env } = await organisation('json');
      const run = await runVigil(['oncall', '--json'], { env, clock: t!.clock });
      const printed = JSON.parse(run.stdout) as Record<string, unknown>;
      const api = await t!.request({ method: 'GET', url: '/api/v1/oncall' });
      expect(printed.at).toBe('2026-03-02T10:00:00.000Z');
      expect(printed.oncall).toEqual(api.json().oncall);
      expect(printed.next).toEqual([
        { schedule: { id: 'nights', name: 'nights', team: null }, user: { id: 'carol', name: 'Carol Jones' }, shift: { start: '2026-03-02T20:00:00.000Z', end: '2026-03-03T08:00:00.000Z', source: expect.any(String) } },
        { schedule: { id: 'primary', name: 'primary', team: 'payments' }, user: { id: 'bob', name: 'Bob' }, shift: { start: '2026-03-09T09:00:00.000Z', end: '2026-03-16T09:00:00.000Z', source: expect.any(String) } },
      ]);
      expect(printed.escalation_policies).toEqual([
        {
          policy: { id: 'checkout', name: 'checkout', team: null },
          levels: [
            { position: 1, escalate_after: '5m', targets: [{ target: 'schedule:primary', now: { id: 'alice', name: 'Alice' }, until: '2026-03-09T09:00:00.000Z', next: { id: 'bob', name: 'Bob' }, next_from: '2026-03-09T09:00:00.000Z' }] },
            {
              position: 2,
              escalate_after: '10m',
              targets: [
                { target: 'user:carol', now: { id: 'carol', name: 'Carol Jones' }, until: null, next: null, next_from: null },
                { target: 'schedule:nights', now: null, until: null, next: { id: 'carol', name: 'Carol Jones' }, next_from: '2026-03-02T20:00:00.000Z' },
              ],
            },
          ],
        },
      ]);
    });

    it('names the next different person, not the one on call now again after an override of their own', async () => {
      const { env } = await organisation('override');
      // Alice's own override cuts her week in three shifts from two sources; Bob is still next.
      const added = await t!.request({ method: 'POST', url: '/api/v1/schedules/primary/overrides', payload: { user: 'alice', start: '2026-03-03T09:00:00Z', end: '2026-03-03T10:00:00Z' } });
      expect(added.statusCode).toBe(201);
      const run = await runVigil(['oncall', '--json'], { env, clock: t!.clock });
      const printed = JSON.parse(run.stdout) as { oncall: { user: { id: string }; shift: { end: string } }[]; next: { user: { id: string }; shift: { start: string } }[] };
      expect(printed.oncall[1]).toMatchObject({ user: { id: 'alice' }, shift: { end: '2026-03-03T09:00:00.000Z' } });
      expect(printed.next[1]).toMatchObject({ user: { id: 'bob' }, shift: { start: '2026-03-09T09:00:00.000Z' } });
    });
  });
}
