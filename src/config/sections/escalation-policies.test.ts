import { afterEach, describe, expect, it } from 'vitest';
import { formatConfigErrors, validateConfig } from '../index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { applyYaml, yamlDocument } from '../../test-support/config.js';

const BASE = `users:
  - { id: alice, name: Alice, email: alice@example.com }
  - { id: dana, name: Dana, email: dana@example.com }
teams:
  - { id: platform, name: Platform, members: [alice, dana] }
schedules:
  - id: primary
    time_zone: Europe/Warsaw
    layers: [{ rotation: weekly, start: 2026-01-05, participants: [alice, dana] }]
`;

const POLICY = `escalation_policies:
  - id: platform
    team: platform
    repeat: 2
    levels:
      - { targets: ["schedule:primary"], escalate_after: 5m }
      - { targets: ["user:dana", "user:alice"], escalate_after: 10m }
`;

const SERVICE = 'services:\n  - { id: checkout, name: Checkout, escalation_policy: platform }\n';

function errorsOf(text: string): string[] {
  return formatConfigErrors(validateConfig(yamlDocument(text)).errors).split('\n').filter(Boolean);
}

describe('escalation policies: validation', () => {
  it('accepts the policy and a service that uses it', () => {
    expect(errorsOf(BASE + POLICY + SERVICE)).toEqual([]);
  });

  it('refuses a target that is neither a user nor a schedule, and says how to write one', () => {
    expect(errorsOf(`${BASE}escalation_policies:\n  - { id: p, levels: [{ targets: [dana], escalate_after: 5m }] }\n`)).toEqual([
      'vigil.yaml:11:35: invalid escalation_policies[0] (p).levels[0].targets[0]: "dana" is not an escalation target — write "user:<user id>" or "schedule:<schedule id>", e.g. "schedule:platform-primary"',
    ]);
  });

  it('points at targets naming a user or schedule that does not exist', () => {
    const text = `${BASE}escalation_policies:\n  - id: p\n    levels:\n      - { targets: ["user:zed", "schedule:secondary"], escalate_after: 5m }\n`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:13:21: unknown user "zed" in escalation_policies[0] (p).levels[0].targets[0] — define user "zed" under users:',
      'vigil.yaml:13:33: unknown schedule "secondary" in escalation_policies[0] (p).levels[0].targets[1] — define schedule "secondary" under schedules:',
    ]);
  });

  it('refuses a policy without levels and a level without targets', () => {
    const text = `${BASE}escalation_policies:\n  - { id: empty, levels: [] }\n  - id: p\n    levels:\n      - { targets: [], escalate_after: 5m }\n`;
    expect(errorsOf(text)).toEqual([
      'vigil.yaml:11:26: invalid levels in escalation_policies[0] (empty): expected at least 1 item, got 0',
      'vigil.yaml:14:20: invalid targets in escalation_policies[1] (p).levels[0]: expected at least 1 item, got 0',
    ]);
  });

  it('refuses a target listed twice in one level', () => {
    const text = `${BASE}escalation_policies:\n  - id: p\n    levels:\n      - { targets: ["user:dana", "user:dana"], escalate_after: 5m }\n`;
    expect(errorsOf(text)).toEqual(['vigil.yaml:13:34: invalid escalation_policies[0] (p).levels[0].targets[1]: user:dana is listed twice in this level']);
  });

  it('refuses a repeat count outside 0 to 9', () => {
    expect(errorsOf(`${BASE}escalation_policies:\n  - { id: p, repeat: 10, levels: [{ targets: ["user:dana"], escalate_after: 5m }] }\n`)).toEqual([
      'vigil.yaml:11:22: invalid repeat in escalation_policies[0] (p): 10 is not from 0 to 9 — repeat is how many more times the whole policy runs after the first round',
    ]);
  });

  it('reports a service whose escalation policy is not defined, suggesting where to define it', () => {
    expect(errorsOf(`${BASE}${SERVICE}`)).toEqual([
      'vigil.yaml:11:56: unknown escalation policy "platform" in services[0] (checkout) — define escalation policy "platform" under escalation_policies:',
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`escalation policies on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const apply = (text: string, prune = false) => applyYaml(database.db, dialect, text, { prune });
    const levels = () => database.db.selectFrom('escalation_levels').select(['position', 'escalate_after_ms', 'targets']).orderBy('position').execute();

    it('stores levels numbered from 1 with their targets, and points the service at the policy', async () => {
      database = await createTestDatabase(dialect);
      const outcome = await apply(BASE + POLICY + SERVICE);
      expect(outcome.errors).toEqual([]);
      expect(outcome.results.filter((r) => r.kind === 'escalation_policy')).toEqual([{ kind: 'escalation_policy', id: 'platform', action: 'created' }]);
      const policy = await database.db.selectFrom('escalation_policies').select(['name', 'team_id', 'repeat']).executeTakeFirstOrThrow();
      expect(policy).toEqual({ name: 'platform', team_id: 'platform', repeat: 2 });
      expect(await levels()).toEqual([
        { position: 1, escalate_after_ms: 300_000, targets: '["schedule:primary"]' },
        { position: 2, escalate_after_ms: 600_000, targets: '["user:dana","user:alice"]' },
      ]);
      const service = await database.db.selectFrom('services').select('escalation_policy_id').executeTakeFirstOrThrow();
      expect(service.escalation_policy_id).toBe('platform');
    });

    it('reports changed levels and repeat, and a service moved to no policy', async () => {
      database = await createTestDatabase(dialect);
      await apply(BASE + POLICY + SERVICE);
      const edited = POLICY.replace('repeat: 2', 'repeat: 0').replace('escalate_after: 10m', 'escalate_after: 15m');
      const outcome = await apply(BASE + edited + 'services:\n  - { id: checkout, name: Checkout }\n');
      expect(outcome.results.filter((r) => r.action !== 'unchanged')).toEqual([
        { kind: 'escalation_policy', id: 'platform', action: 'updated', changes: ['repeat', 'levels'] },
        { kind: 'service', id: 'checkout', action: 'updated', changes: ['escalation_policy'] },
      ]);
      expect((await levels())[1]?.escalate_after_ms).toBe(900_000);
    });

    it('refuses to prune a policy that a service the file does not list still uses', async () => {
      database = await createTestDatabase(dialect);
      await apply(BASE + POLICY + SERVICE);
      const outcome = await apply('escalation_policies:\n  - { id: other, levels: [{ targets: ["user:dana"], escalate_after: 5m }] }\n', true);
      expect(formatConfigErrors(outcome.errors)).toBe(
        'vigil.yaml:1:1: cannot delete escalation policy "platform": service "checkout" still uses it — keep "platform" listed under escalation_policies:, or give those services another policy first',
      );
      const moved = await apply(`escalation_policies:\n  - { id: other, levels: [{ targets: ["user:dana"], escalate_after: 5m }] }\nservices:\n  - { id: checkout, name: Checkout, escalation_policy: other }\n`, true);
      expect(moved.errors).toEqual([]);
      expect(moved.results.filter((r) => r.action !== 'unchanged')).toEqual([
        { kind: 'escalation_policy', id: 'platform', action: 'deleted' },
        { kind: 'escalation_policy', id: 'other', action: 'created' },
        { kind: 'service', id: 'checkout', action: 'updated', changes: ['escalation_policy'] },
      ]);
    });
  });
}
