import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { FakeClock } from '../core/clock.js';
import { formatConfigErrors } from './index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { applyYaml, configRowCounts } from '../test-support/config.js';

const BASE = `
severities:
  - { id: SEV-1, name: Critical, respond_within: 15m, update_every: 15m, urgency: high }
  - { id: SEV-2, name: High, respond_within: 1h, urgency: high }
users:
  - { id: alice, name: Alice Liddell, email: alice@example.com, time_zone: America/New_York, role: admin }
  - { id: bob, name: Bob Okafor, email: bob@example.com }
teams:
  - { id: platform, name: Platform, members: [{ user: alice, role: manager }, bob] }
services:
  - id: checkout
    name: Checkout API
    team: platform
    integrations:
      - { type: events_v2, key: 0123456789abcdef0123456789abcdef, name: Prometheus }
      - { type: alertmanager, key: am-checkout-key }
`;

const actions = (results: readonly { kind: string; id: string; action: string }[]) => results.map((r) => `${r.kind} ${r.id} ${r.action}`);

for (const dialect of DIALECTS) {
  describe(`applyConfig on ${dialect}`, () => {
    let database: TestDatabase;
    let clock: FakeClock;
    afterEach(async () => {
      await database?.destroy();
    });
    async function setUp(): Promise<void> {
      database = await createTestDatabase(dialect);
      clock = new FakeClock();
    }
    const apply = (text: string, prune = false) => applyYaml(database.db, dialect, text, { clock, prune });

    it('creates every item on the first apply, with defaults and clock timestamps', async () => {
      await setUp();
      const outcome = await apply(BASE);
      expect(outcome.errors).toEqual([]);
      expect(actions(outcome.results)).toEqual([
        'severity SEV-1 created',
        'severity SEV-2 created',
        'user alice created',
        'user bob created',
        'team platform created',
        'service checkout created',
        'integration checkout/events_v2:0123… created',
        'integration checkout/alertmanager:am-c… created',
      ]);
      const bob = await database.db.selectFrom('users').selectAll().where('id', '=', 'bob').executeTakeFirstOrThrow();
      expect(bob).toEqual({ id: 'bob', name: 'Bob Okafor', email: 'bob@example.com', time_zone: 'UTC', role: 'responder', created_at: clock.now(), updated_at: clock.now(), password_hash: null, failed_logins: 0, locked_until: null, oidc_issuer: null, oidc_subject: null });
      const members = await database.db.selectFrom('team_members').selectAll().orderBy('position').execute();
      expect(members).toEqual([
        { team_id: 'platform', user_id: 'alice', role: 'manager', position: 0 },
        { team_id: 'platform', user_id: 'bob', role: 'member', position: 1 },
      ]);
      const severity = await database.db.selectFrom('severities').selectAll().where('id', '=', 'SEV-2').executeTakeFirstOrThrow();
      expect(severity).toEqual({ id: 'SEV-2', name: 'High', rank: 2, respond_within_ms: 3_600_000, update_every_ms: null, urgency: 'high', description: null });
    });

    it('reports every item unchanged when the same file is applied twice', async () => {
      await setUp();
      await apply(BASE);
      clock.advance(60_000);
      const second = await apply(BASE);
      expect(second.errors).toEqual([]);
      expect(second.results).toHaveLength(8);
      expect(second.results.every((r) => r.action === 'unchanged')).toBe(true);
      const updated = await database.db.selectFrom('users').select('updated_at').distinct().execute();
      expect(updated.map((r) => r.updated_at)).toEqual([clock.now() - 60_000]);
    });

    it('reports an edited item as updated, names the changed fields and stamps updated_at', async () => {
      await setUp();
      await apply(BASE);
      clock.advance(60_000);
      const edited = BASE.replace('time_zone: America/New_York', 'time_zone: Europe/London')
        .replace('respond_within: 1h', 'respond_within: 2h, description: Degraded')
        .replace('members: [{ user: alice, role: manager }, bob]', 'members: [bob, { user: alice, role: manager }]');
      const outcome = await apply(edited);
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([
        { kind: 'severity', id: 'SEV-2', action: 'updated', changes: ['respond_within', 'description'] },
        { kind: 'user', id: 'alice', action: 'updated', changes: ['time_zone'] },
        { kind: 'team', id: 'platform', action: 'updated', changes: ['members'] },
      ]);
      const alice = await database.db.selectFrom('users').selectAll().where('id', '=', 'alice').executeTakeFirstOrThrow();
      expect(alice).toMatchObject({ time_zone: 'Europe/London', created_at: clock.now() - 60_000, updated_at: clock.now() });
    });

    it('leaves what the file does not name alone when not pruning', async () => {
      await setUp();
      await apply(BASE);
      const outcome = await apply('users:\n  - { id: carol, name: Carol Danvers, email: carol@example.com }\n');
      expect(actions(outcome.results)).toEqual(['user carol created']);
      expect(await configRowCounts(database.db)).toEqual({ severities: 2, users: 3, teams: 1, team_members: 2, services: 1, integrations: 2 });
    });

    it('prunes what a present section does not name and leaves absent sections alone', async () => {
      await setUp();
      await apply(BASE);
      const outcome = await apply('users:\n  - { id: alice, name: Alice Liddell, email: alice@example.com, time_zone: America/New_York, role: admin }\n', true);
      expect(actions(outcome.results)).toEqual(['user bob deleted', 'user alice unchanged']);
      // bob's membership goes with bob; the team, its service and the severities stay.
      expect(await configRowCounts(database.db)).toEqual({ severities: 2, users: 1, teams: 1, team_members: 1, services: 1, integrations: 2 });
    });

    it('prunes a service together with its integrations and reports each', async () => {
      await setUp();
      await apply(BASE);
      const outcome = await apply('services: []\n', true);
      expect(actions(outcome.results)).toEqual([
        'service checkout deleted',
        'integration checkout/events_v2:0123… deleted',
        'integration checkout/alertmanager:am-c… deleted',
      ]);
    });

    it('refuses two users whose emails differ only in case, and an address an unlisted user holds in another case', async () => {
      await setUp();
      const twins = await apply('users:\n  - { id: amy, name: Amy, email: amy@example.com }\n  - { id: amy2, name: Amy, email: AMY@example.com }\n');
      expect(formatConfigErrors(twins.errors)).toBe('vigil.yaml:3:35: duplicate email "AMY@example.com" in users[1] (amy2): first used at line 2 by users[0] (amy)');
      await apply(BASE);
      const taken = await apply('users:\n  - { id: carol, name: Carol, email: Bob@Example.COM }\n');
      expect(formatConfigErrors(taken.errors)).toContain('email "Bob@Example.COM" in users[0] (carol) already belongs to user "bob", which this file does not list');
      expect(await configRowCounts(database.db)).toMatchObject({ users: 2 });
    });

    it('lets users whose ids differ only in case trade emails in one apply', async () => {
      await setUp();
      await apply('users:\n  - { id: Sam, name: Sam, email: sam.a@example.com }\n  - { id: sam, name: Sam, email: sam.b@example.com }\n');
      const traded = await apply('users:\n  - { id: Sam, name: Sam, email: sam.b@example.com }\n  - { id: sam, name: Sam, email: sam.a@example.com }\n');
      expect(formatConfigErrors(traded.errors)).toBe('');
      expect(await database.db.selectFrom('users').select(['id', 'email']).orderBy('email').execute()).toEqual([{ id: 'sam', email: 'sam.a@example.com' }, { id: 'Sam', email: 'sam.b@example.com' }]);
    });

    it('refuses references to users a pruned section would delete', async () => {
      await setUp();
      await apply(BASE);
      const text = 'users:\n  - { id: carol, name: Carol, email: carol@example.com }\nteams:\n  - { id: ops, name: Ops, members: [bob] }\n';
      expect((await apply(text)).errors).toEqual([]);
      const outcome = await apply(text, true);
      expect(formatConfigErrors(outcome.errors)).toBe('vigil.yaml:4:37: unknown user "bob" in teams[0] (ops).members[0] — define user "bob" under users:');
    });

    it('writes nothing when the file has errors', async () => {
      await setUp();
      const invalid = BASE.replace('members: [{ user: alice, role: manager }, bob]', 'members: [alice, zed]');
      const outcome = await apply(invalid);
      expect(formatConfigErrors(outcome.errors)).toBe('vigil.yaml:9:54: unknown user "zed" in teams[0] (platform).members[1] — define user "zed" under users:');
      expect(outcome.results).toEqual([]);
      expect(await configRowCounts(database.db)).toEqual({ severities: 0, users: 0, teams: 0, team_members: 0, services: 0, integrations: 0 });
    });

    it('refuses to remove a severity an incident uses, and applies nothing else', async () => {
      await setUp();
      await apply(BASE);
      await database.db
        .insertInto('incidents')
        .values({ id: 'inc_1', number: 1, title: 'Checkout down', severity_id: 'SEV-2', status: 'resolved', urgency: 'high', created_by: 'alice', triggered_at: 1, respond_by: 2, updated_at: 3 })
        .execute();
      const text = 'severities:\n  - { id: SEV-1, name: Critical, respond_within: 15m, urgency: high }\nusers:\n  - { id: dana, name: Dana, email: dana@example.com }\n';
      const outcome = await apply(text);
      expect(formatConfigErrors(outcome.errors)).toBe(
        'vigil.yaml:1:1: cannot remove severity "SEV-2": 1 incident still uses it — keep it listed under severities:, or move those incidents to another severity first',
      );
      expect(await configRowCounts(database.db)).toMatchObject({ severities: 2, users: 2 });
      const sev1 = await database.db.selectFrom('severities').select('update_every_ms').where('id', '=', 'SEV-1').executeTakeFirstOrThrow();
      expect(sev1.update_every_ms).toBe(900_000);
    });

    it('removes severities the list leaves out when no incident uses them', async () => {
      await setUp();
      await apply(BASE);
      const outcome = await apply('severities:\n  - { id: SEV-2, name: High, respond_within: 1h, urgency: high }\n');
      expect(outcome.results).toEqual([
        { kind: 'severity', id: 'SEV-1', action: 'deleted' },
        { kind: 'severity', id: 'SEV-2', action: 'updated', changes: ['rank'] },
      ]);
    });

    it('rolls back every change when the database fails part-way', async () => {
      await setUp();
      await sql.raw(database.dialect.name === 'postgres' ? 'drop table integrations cascade' : 'drop table integrations').execute(database.db);
      await expect(apply(BASE)).rejects.toThrow(/integrations/);
      for (const table of ['severities', 'users', 'teams', 'services'] as const) {
        const rows = await database.db.selectFrom(table).select('id').execute();
        expect(rows, table).toEqual([]);
      }
    });
  });
}
