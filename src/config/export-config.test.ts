import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { applyConfigFile, exportConfig } from './index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { applyYaml } from '../test-support/config.js';
import { TEST_OUTBOUND } from '../test-support/outbound.js';

const EXAMPLE = fileURLToPath(new URL('../../deploy/example/vigil.yaml', import.meta.url));

const SMALL = `
services:
  - { id: web, name: Web, team: ops, escalation_policy: ops-policy, grouping: { by: [labels.cluster, details.region.zone] }, integrations: [{ type: webhook, key: "12345678" }] }
escalation_policies:
  - id: ops-policy
    team: ops
    levels:
      - { targets: ["schedule:ops-rota", "user:zoe"], escalate_after: 5m }
      - { targets: ["user:adam"], escalate_after: 90m }
    repeat: 2
schedules:
  - id: ops-rota
    time_zone: Europe/Paris
    team: ops
    overrides:
      - { user: adam, from: "2026-03-01T09:00:00+01:00", to: "2026-03-02T09:00:00.000+01:00" }
    layers:
      - { rotation: weekly, handoff: "Friday 17:00", start: 2026-01-05, participants: [zoe, adam] }
      - name: nights
        rotation: 12h
        start: 2026-01-05T20:00
        participants: [adam]
        restrictions: [{ from: "20:00", to: "08:00" }, { days: [saturday, sunday], from: "00:00", to: "00:00" }]
        end: 2027-01-01T00:00:00+01:00
teams:
  - { id: ops, name: Ops, members: [zoe, { user: adam, role: manager }] }
users:
  - { id: zoe, name: Zoe, email: zoe@example.com, time_zone: Europe/Paris }
  - { id: adam, name: Adam, email: adam@example.com, role: admin }
severities:
  - { id: P2, name: Minor, respond_within: 90m, urgency: low }
  - { id: P1, name: Major, respond_within: 10m, update_every: 30m, urgency: high, description: Wake people up }
`;

for (const dialect of DIALECTS) {
  describe(`exportConfig on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });

    it('exports an empty database as an empty map', async () => {
      database = await createTestDatabase(dialect);
      expect(await exportConfig(database.db)).toBe('{}\n');
    });

    it('writes sections in dependency order, severities by rank, the rest by id, unset fields left out', async () => {
      database = await createTestDatabase(dialect);
      expect((await applyYaml(database.db, dialect, SMALL)).errors).toEqual([]);
      expect(await exportConfig(database.db)).toBe(`severities:
  - id: P2
    name: Minor
    respond_within: 1h30m
    urgency: low
  - id: P1
    name: Major
    respond_within: 10m
    update_every: 30m
    urgency: high
    description: Wake people up
users:
  - id: adam
    name: Adam
    email: adam@example.com
    time_zone: UTC
    role: admin
  - id: zoe
    name: Zoe
    email: zoe@example.com
    time_zone: Europe/Paris
    role: responder
teams:
  - id: ops
    name: Ops
    members:
      - zoe
      - user: adam
        role: manager
schedules:
  - id: ops-rota
    team: ops
    time_zone: Europe/Paris
    layers:
      - rotation: weekly
        handoff: friday 17:00
        start: 2026-01-09
        participants:
          - zoe
          - adam
      - name: nights
        rotation: 12h
        handoff: 20:00
        start: 2026-01-05T20:00
        participants:
          - adam
        restrictions:
          - from: 20:00
            to: 08:00
          - days:
              - saturday
              - sunday
            from: 00:00
            to: 00:00
        end: 2026-12-31T23:00:00Z
    overrides:
      - user: adam
        from: 2026-03-01T08:00:00Z
        to: 2026-03-02T08:00:00Z
escalation_policies:
  - id: ops-policy
    team: ops
    repeat: 2
    levels:
      - targets:
          - schedule:ops-rota
          - user:zoe
        escalate_after: 5m
      - targets:
          - user:adam
        escalate_after: 1h30m
services:
  - id: web
    name: Web
    team: ops
    escalation_policy: ops-policy
    grouping:
      by:
        - labels.cluster
        - details.region.zone
    integrations:
      - type: webhook
        key: "12345678"
`);
    });

    it('exports a state that applies back with every item unchanged', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      expect((await applyConfigFile(database.db, database.dialect, EXAMPLE, { clock, outbound: TEST_OUTBOUND })).errors).toEqual([]);
      const exported = await exportConfig(database.db);
      // The export names the runbooks' files as the example does: it stands where the example does.
      const outcome = await applyYaml(database.db, dialect, exported, { clock, configFile: EXAMPLE });
      expect(outcome.errors).toEqual([]);
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([]);
      expect(outcome.results).toHaveLength(33);
    });

    it('gives the same bytes when an applied export is exported again', async () => {
      database = await createTestDatabase(dialect);
      await applyConfigFile(database.db, database.dialect, EXAMPLE, { clock: new FakeClock(), outbound: TEST_OUTBOUND });
      const first = await exportConfig(database.db);
      const other = await createTestDatabase(dialect);
      try {
        expect((await applyYaml(other.db, dialect, first, { configFile: EXAMPLE })).errors).toEqual([]);
        expect(await exportConfig(other.db)).toBe(first);
      } finally {
        await other.destroy();
      }
    });

    it('keeps order, not position numbers: rows with gaps in their positions re-apply unchanged', async () => {
      database = await createTestDatabase(dialect);
      await applyYaml(database.db, dialect, SMALL);
      await database.db.updateTable('team_members').set((eb) => ({ position: eb('position', '*', 10) })).execute();
      const outcome = await applyYaml(database.db, dialect, await exportConfig(database.db));
      expect(outcome.results.find((r) => r.kind === 'team')).toEqual({ kind: 'team', id: 'ops', action: 'unchanged' });
      const positions = await database.db.selectFrom('team_members').select('position').orderBy('position').execute();
      expect(positions.map((p) => p.position)).toEqual([0, 1]);
    });
  });
}
