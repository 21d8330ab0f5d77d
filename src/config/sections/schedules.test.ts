import { afterEach, describe, expect, it } from 'vitest';
import { formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { applyYaml, yamlDocument } from '../../test-support/config.js';

const USERS = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: bob, name: Bob, email: bob@example.com }
  - { id: chen, name: Chen, email: chen@example.com }
`;

/** A file with the three users and one schedule whose layers are given. */
const withLayers = (layers: string, extra = '') => `${USERS}schedules:
  - id: primary
    time_zone: America/New_York
    layers:
${layers}${extra}`;

const WEEKLY = '      - { rotation: weekly, handoff: "monday 09:00", start: 2026-01-07, participants: [alice, bob] }\n';

function errorsOf(text: string): string[] {
  return formatConfigErrors(validateConfig(yamlDocument(text)).errors).split('\n').filter(Boolean);
}

describe('schedules: validation', () => {
  it('accepts daily, weekly, whole hours and whole days as rotations', () => {
    const layers = ['daily', 'weekly', '12h', '1d', '7d', '36h'].map((r) => `      - { rotation: ${r}, handoff: "09:00", start: 2026-01-05, participants: [alice] }\n`).join('');
    expect(errorsOf(withLayers(layers))).toEqual([]);
  });

  it('refuses a rotation that is not whole hours, and says how to write one', () => {
    expect(errorsOf(withLayers('      - { rotation: 90m, start: 2026-01-05, participants: [alice] }\n'))).toEqual([
      'vigil.yaml:9:21: invalid rotation in schedules[0] (primary).layers[0]: "90m" is not a rotation — write daily, weekly, a number of hours (e.g. 12h; whole hours from 1h) or a number of days (e.g. 3d)',
    ]);
  });

  it('points at a participant who is not a user', () => {
    expect(errorsOf(withLayers('      - { rotation: daily, start: 2026-01-05, participants: [alice, zed] }\n'))).toEqual([
      'vigil.yaml:9:69: unknown user "zed" in schedules[0] (primary).layers[0].participants[1] — define user "zed" under users:',
    ]);
  });

  it('refuses a layer without participants', () => {
    expect(errorsOf(withLayers('      - { rotation: daily, start: 2026-01-05, participants: [] }\n'))).toEqual([
      'vigil.yaml:9:61: invalid participants in schedules[0] (primary).layers[0]: expected at least 1 item, got 0',
    ]);
  });

  it('refuses a handoff after 23:59 and a weekday on a daily rotation', () => {
    const layers = '      - { rotation: daily, handoff: "24:00", start: 2026-01-05, participants: [alice] }\n' +
      '      - { rotation: daily, handoff: "monday 09:00", start: 2026-01-05, participants: [alice] }\n';
    expect(errorsOf(withLayers(layers))).toEqual([
      'vigil.yaml:9:37: invalid handoff in schedules[0] (primary).layers[0]: "24:00" is not a handoff time — write "HH:MM" (e.g. "09:00"), or a weekday and a time for a weekly rotation (e.g. "monday 09:00")',
      'vigil.yaml:10:37: invalid handoff in schedules[0] (primary).layers[1]: a weekday in the handoff applies only to weekly rotations, not daily — write "09:00", or set rotation: weekly',
    ]);
  });

  it('refuses a start whose time disagrees with the handoff', () => {
    expect(errorsOf(withLayers('      - { rotation: daily, handoff: "09:00", start: 2026-01-05T08:00, participants: [alice] }\n'))).toEqual([
      'vigil.yaml:9:37: invalid handoff in schedules[0] (primary).layers[0]: the handoff time 09:00 differs from the time in start (08:00) — give start as a date and the time in handoff, or make the two agree',
    ]);
  });

  it('refuses an end before the first handoff and an end without a UTC offset', () => {
    const layers = '      - { rotation: daily, start: 2026-01-05, participants: [alice], end: 2026-01-04T00:00:00Z }\n' +
      '      - { rotation: daily, start: 2026-01-05, participants: [alice], end: 2026-02-01T00:00 }\n';
    expect(errorsOf(withLayers(layers))).toEqual([
      'vigil.yaml:9:75: invalid end in schedules[0] (primary).layers[0]: end 2026-01-04T00:00:00Z is not after the layer\'s first handoff (2026-01-05 00:00 America/New_York) — remove end, or move it after the start',
      'vigil.yaml:10:75: invalid end in schedules[0] (primary).layers[1]: "2026-02-01T00:00" is not a date-time with a UTC offset — write an ISO 8601 date-time with its UTC offset, e.g. 2026-03-01T09:00:00-05:00 or 2026-03-01T14:00:00Z',
    ]);
  });

  it('lists the weekdays when a restriction names another day, and checks window times', () => {
    const layers = '      - rotation: daily\n        start: 2026-01-05\n        participants: [alice]\n        restrictions:\n' +
      '          - { days: [monday, funday], from: "09:00", to: "17:60" }\n';
    expect(errorsOf(withLayers(layers))).toEqual([
      'vigil.yaml:13:30: invalid schedules[0] (primary).layers[0].restrictions[0].days[1]: expected one of monday, tuesday, wednesday, thursday, friday, saturday, sunday, got "funday" — did you mean "sunday"?',
      'vigil.yaml:13:58: invalid to in schedules[0] (primary).layers[0].restrictions[0]: "17:60" is not a time of day — write times as "HH:MM" on a 24-hour clock, from "00:00" to "23:59"',
    ]);
  });

  it('refuses an override that ends before it starts, one for an unknown user, and overlapping ones', () => {
    const overrides = '    overrides:\n' +
      '      - { user: chen, from: "2026-03-01T09:00:00-05:00", to: "2026-03-01T08:00:00-05:00" }\n' +
      '      - { user: dan, from: "2026-03-02T09:00:00-05:00", to: "2026-03-03T09:00:00-05:00" }\n' +
      '      - { user: bob, from: "2026-03-02T12:00:00-05:00", to: "2026-03-02T13:00:00-05:00" }\n';
    expect(errorsOf(withLayers(WEEKLY, overrides))).toEqual([
      'vigil.yaml:11:62: invalid to in schedules[0] (primary).overrides[0]: 2026-03-01T08:00:00-05:00 is not after from (2026-03-01T09:00:00-05:00) — an override covers the time from `from` up to `to`',
      'vigil.yaml:12:17: unknown user "dan" in schedules[0] (primary).overrides[1] — define user "dan" under users:',
      'vigil.yaml:13:9: schedules[0] (primary).overrides[2] overlaps schedules[0] (primary).overrides[1] (line 12) — the overrides of one schedule in the file must not overlap: say who covers which part',
    ]);
  });

  it('reports a team that is not defined', () => {
    expect(errorsOf(`schedules:\n  - { id: s, time_zone: UTC, team: infra }\n`)).toEqual([
      'vigil.yaml:2:36: unknown team "infra" in schedules[0] (s) — define team "infra" under teams:',
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`schedules on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const apply = (text: string, prune = false) => applyYaml(database.db, dialect, text, { prune });
    const layers = () =>
      database.db.selectFrom('schedule_layers').select(['id', 'position', 'name', 'rotation_kind', 'rotation_every', 'start', 'handoff', 'participants', 'restrictions', 'ends_at']).orderBy('position').execute();

    it('stores layers in order, moving a weekly start to the handoff weekday', async () => {
      database = await createTestDatabase(dialect);
      const text = withLayers(
        WEEKLY +
          '      - name: days\n        rotation: 12h\n        start: 2026-01-05T08:00\n        participants: [chen]\n' +
          '        restrictions: [{ days: [saturday], from: "08:00", to: "20:00" }]\n        end: 2026-06-01T00:00:00Z\n',
      );
      const outcome = await apply(text);
      expect(outcome.errors).toEqual([]);
      expect(outcome.results.at(-1)).toEqual({ kind: 'schedule', id: 'primary', action: 'created' });
      const schedule = await database.db.selectFrom('schedules').select(['name', 'time_zone', 'team_id']).executeTakeFirstOrThrow();
      expect(schedule).toEqual({ name: 'primary', time_zone: 'America/New_York', team_id: null });
      expect((await layers()).map(({ id: _id, ...rest }) => rest)).toEqual([
        { position: 0, name: null, rotation_kind: 'weekly', rotation_every: null, start: '2026-01-12', handoff: '09:00', participants: '["alice","bob"]', restrictions: '[]', ends_at: null },
        {
          position: 1,
          name: 'days',
          rotation_kind: 'hours',
          rotation_every: 12,
          start: '2026-01-05T08:00',
          handoff: '08:00',
          participants: '["chen"]',
          restrictions: '[{"days":["saturday"],"from":"08:00","to":"20:00"}]',
          ends_at: Date.parse('2026-06-01T00:00:00Z'),
        },
      ]);
    });

    it('reports an edited layer as a change of layers and keeps the ids of layers that stayed', async () => {
      database = await createTestDatabase(dialect);
      const daily = '      - { rotation: daily, handoff: "18:00", start: 2026-01-05, participants: [chen] }\n';
      await apply(withLayers(WEEKLY + daily));
      const before = await layers();
      expect((await apply(withLayers(WEEKLY + daily))).results.at(-1)).toEqual({ kind: 'schedule', id: 'primary', action: 'unchanged' });
      const outcome = await apply(withLayers(WEEKLY + daily.replace('[chen]', '[chen, alice]')));
      expect(outcome.results.at(-1)).toEqual({ kind: 'schedule', id: 'primary', action: 'updated', changes: ['layers'] });
      const after = await layers();
      expect(after.map((l) => l.id)).toEqual(before.map((l) => l.id));
      expect(after[1]?.participants).toBe('["chen","alice"]');
      expect((await apply(withLayers(WEEKLY))).results.at(-1)).toMatchObject({ action: 'updated', changes: ['layers'] });
      expect(await layers()).toHaveLength(1);
    });

    it('replaces the overrides the file made and keeps overrides made through the API', async () => {
      database = await createTestDatabase(dialect);
      const override = (user: string, day: string) => `      - { user: ${user}, from: "2026-03-${day}T09:00:00-05:00", to: "2026-03-${day}T17:00:00-05:00" }\n`;
      await apply(withLayers(WEEKLY, `    overrides:\n${override('chen', '01')}`));
      await database.db.insertInto('schedule_overrides')
        .values({ id: 'ovr_api', schedule_id: 'primary', user_id: 'bob', start_at: Date.parse('2026-03-01T14:00:00Z'), end_at: Date.parse('2026-03-01T15:00:00Z'), created_by: 'user:bob', created_at: 1 })
        .execute();
      const outcome = await apply(withLayers(WEEKLY, `    overrides:\n${override('alice', '02')}`));
      expect(outcome.results.at(-1)).toEqual({ kind: 'schedule', id: 'primary', action: 'updated', changes: ['overrides'] });
      const rows = await database.db.selectFrom('schedule_overrides').select(['user_id', 'created_by', 'start_at']).orderBy('start_at').execute();
      expect(rows).toEqual([
        { user_id: 'bob', created_by: 'user:bob', start_at: Date.parse('2026-03-01T14:00:00Z') },
        { user_id: 'alice', created_by: 'config', start_at: Date.parse('2026-03-02T14:00:00Z') },
      ]);
      expect((await apply(withLayers(WEEKLY))).results.at(-1)).toMatchObject({ action: 'updated', changes: ['overrides'] });
      expect(await database.db.selectFrom('schedule_overrides').select('id').execute()).toEqual([{ id: 'ovr_api' }]);
    });

    it('refuses to prune a schedule that a policy the file does not list still targets', async () => {
      database = await createTestDatabase(dialect);
      const policy = 'escalation_policies:\n  - { id: ops, levels: [{ targets: ["schedule:primary"], escalate_after: 5m }] }\n';
      expect((await apply(withLayers(WEEKLY) + policy)).errors).toEqual([]);
      const outcome = await apply(`${USERS}schedules: []\n`, true);
      expect(formatConfigErrors(outcome.errors)).toBe(
        'vigil.yaml:5:1: cannot delete schedule "primary": escalation policy "ops" still targets it — keep "primary" listed under schedules:, or remove it from those policies first',
      );
      const pruned = await apply(`${USERS}schedules: []\nescalation_policies: []\n`, true);
      expect(pruned.errors).toEqual([]);
      expect(pruned.results.filter((r) => r.action === 'deleted')).toEqual([
        { kind: 'escalation_policy', id: 'ops', action: 'deleted' },
        { kind: 'schedule', id: 'primary', action: 'deleted' },
      ]);
      expect(await layers()).toEqual([]);
    });
  });
}
