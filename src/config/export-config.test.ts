import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { applyConfigFile, exportConfig } from './index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { applyYaml } from '../test-support/config.js';

const EXAMPLE = fileURLToPath(new URL('../../deploy/example/vigil.yaml', import.meta.url));

const SMALL = `
services:
  - { id: web, name: Web, team: ops, integrations: [{ type: webhook, key: "12345678" }] }
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
services:
  - id: web
    name: Web
    team: ops
    integrations:
      - type: webhook
        key: "12345678"
`);
    });

    it('exports a state that applies back with every item unchanged', async () => {
      database = await createTestDatabase(dialect);
      const clock = new FakeClock();
      expect((await applyConfigFile(database.db, dialect, EXAMPLE, { clock })).errors).toEqual([]);
      const exported = await exportConfig(database.db);
      const outcome = await applyYaml(database.db, dialect, exported, { clock });
      expect(outcome.errors).toEqual([]);
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([]);
      expect(outcome.results).toHaveLength(18);
    });

    it('gives the same bytes when an applied export is exported again', async () => {
      database = await createTestDatabase(dialect);
      await applyConfigFile(database.db, dialect, EXAMPLE, { clock: new FakeClock() });
      const first = await exportConfig(database.db);
      const other = await createTestDatabase(dialect);
      try {
        expect((await applyYaml(other.db, dialect, first)).errors).toEqual([]);
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
