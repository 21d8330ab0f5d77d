import { afterEach, describe, expect, it } from 'vitest';
import { exportConfig, formatConfigErrors, validateConfig } from '../index.js';
import { readNoiseRevision } from '../../alerts/holds.js';
import { ensureDefaultSeverities } from '../../incidents/severities.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { applyYaml, configRowCounts, yamlDocument } from '../../test-support/config.js';

const EVENTS_KEY = '0123456789abcdef0123456789abcdef';

const checkout = (integrations: string) => `
  - id: checkout
    name: Checkout API
    integrations:
${integrations}`;

const TWO = checkout(`      - { type: events_v2, key: ${EVENTS_KEY} }
      - { type: alertmanager, key: am-checkout-key }
`);

for (const dialect of DIALECTS) {
  describe(`services and their integrations on ${dialect}`, () => {
    let database: TestDatabase;
    afterEach(async () => {
      await database?.destroy();
    });
    const apply = (text: string) => applyYaml(database.db, dialect, text);
    const integrations = () =>
      database.db.selectFrom('integrations').select(['service_id', 'type', 'key', 'position']).orderBy('service_id').orderBy('position').execute();

    it('writes services, integrations and teams through the same store as the API, with the same audit entries', async () => {
      database = await createTestDatabase(dialect);
      await apply(`teams:\n  - { id: payments, name: Payments }\nservices:${TWO}`);
      await apply(`teams:\n  - { id: payments, name: Payments team }\nservices:${checkout(`      - { type: events_v2, key: ${EVENTS_KEY}, name: renamed }\n`).replace('name: Checkout API', 'name: Checkout')}`);
      const audit = await database.db.selectFrom('audit_log').select(['actor', 'action', 'entity_id', 'before', 'after']).orderBy('at').orderBy('id').execute();
      const actions = audit.map((a) => `${a.action} ${a.entity_id ?? ''}`.trim());
      expect(actions.filter((a) => a.startsWith('config.'))).toEqual([]);
      // Entries of one apply share its instant; their order within it is not part of the contract.
      expect(actions.filter((a) => a.startsWith('service.') || a.startsWith('team.')).sort()).toEqual(['service.create checkout', 'service.update checkout', 'team.create payments', 'team.update payments']);
      expect(actions.filter((a) => a.startsWith('integration.')).map((a) => a.split(' ')[0]).sort()).toEqual(['integration.create', 'integration.create', 'integration.delete', 'integration.update']);
      const update = audit.find((a) => a.action === 'service.update')!;
      // The API's service.update entry has the same shape (org-routes.test.ts).
      expect(JSON.parse(update.before!)).toMatchObject({ name: 'Checkout API', escalation_policy: null });
      expect(JSON.parse(update.after!)).toMatchObject({ name: 'Checkout', escalation_policy: null });
      expect(JSON.stringify(audit)).not.toContain(EVENTS_KEY);
    });

    it('replaces the integrations of a listed service with the listed set', async () => {
      database = await createTestDatabase(dialect);
      await apply(`services:${TWO}`);
      const outcome = await apply(`services:${checkout('      - { type: grafana, key: grafana-checkout }\n      - { type: events_v2, key: ' + EVENTS_KEY + ' }\n')}`);
      expect(outcome.results).toEqual([
        { kind: 'service', id: 'checkout', action: 'unchanged' },
        { kind: 'integration', id: 'checkout/grafana:graf…', action: 'created' },
        { kind: 'integration', id: 'checkout/events_v2:0123…', action: 'unchanged' },
        { kind: 'integration', id: 'checkout/alertmanager:am-c…', action: 'deleted' },
      ]);
      expect(await integrations()).toEqual([
        { service_id: 'checkout', type: 'grafana', key: 'grafana-checkout', position: 0 },
        { service_id: 'checkout', type: 'events_v2', key: EVENTS_KEY, position: 1 },
      ]);
    });

    it('reports a reordered integration as a change of position', async () => {
      database = await createTestDatabase(dialect);
      await apply(`services:${TWO}`);
      const outcome = await apply(`services:${checkout(`      - { type: alertmanager, key: am-checkout-key }\n      - { type: events_v2, key: ${EVENTS_KEY} }\n`)}`);
      expect(outcome.results.filter((r) => r.kind === 'integration')).toEqual([
        { kind: 'integration', id: 'checkout/alertmanager:am-c…', action: 'updated', changes: ['position'] },
        { kind: 'integration', id: 'checkout/events_v2:0123…', action: 'updated', changes: ['position'] },
      ]);
    });

    it('moves a routing key between two listed services as an update of one integration', async () => {
      database = await createTestDatabase(dialect);
      await apply(`services:${TWO}`);
      const moved = `services:${checkout(`      - { type: events_v2, key: ${EVENTS_KEY} }\n`)}  - { id: web, name: Web, integrations: [{ type: alertmanager, key: am-checkout-key }] }\n`;
      const outcome = await apply(moved);
      expect(outcome.errors).toEqual([]);
      expect(outcome.results).toContainEqual({ kind: 'integration', id: 'web/alertmanager:am-c…', action: 'updated', changes: ['service'] });
      expect(outcome.results.some((r) => r.action === 'deleted')).toBe(false);
      expect(await integrations()).toEqual([
        { service_id: 'checkout', type: 'events_v2', key: EVENTS_KEY, position: 0 },
        { service_id: 'web', type: 'alertmanager', key: 'am-checkout-key', position: 0 },
      ]);
    });

    it('refuses a routing key held by a service the file does not list, and writes nothing', async () => {
      database = await createTestDatabase(dialect);
      await apply(`services:${TWO}`);
      const before = await configRowCounts(database.db);
      const text = 'services:\n  - id: web\n    name: Web\n    integrations:\n      - { type: webhook, key: am-checkout-key }\n';
      const outcome = await apply(text);
      expect(formatConfigErrors(outcome.errors)).toBe(
        'vigil.yaml:5:31: integration key in services[0] (web).integrations[0] already belongs to service "checkout", which this file does not list' +
          ' — routing keys are unique across all services: choose another key, or list "checkout" under services:',
      );
      expect(await configRowCounts(database.db)).toEqual(before);
    });

    it('keeps a service without integrations when it lists none', async () => {
      database = await createTestDatabase(dialect);
      await apply(`services:${TWO}`);
      const outcome = await apply('services:\n  - { id: checkout, name: Checkout API }\n');
      expect(outcome.results.map((r) => r.action)).toEqual(['unchanged', 'deleted', 'deleted']);
      expect(await integrations()).toEqual([]);
    });
  });
}

describe('routing rules, flapping and storm limits in vigil.yaml', () => {
  const ROUTED = `services:
  - id: platform
    name: Platform
    flapping: { threshold: 3, window: 15m }
    storm_limit: 500
    integrations:
      - type: alertmanager
        key: am-platform-key-01
        routes:
          - match: [{ field: labels.team, op: '=', value: payments }]
            service: payments
          - match: [{ field: labels.team, op: '=~', value: 'data|db' }]
            service: platform
            severity: SEV-1
            continue: true
  - { id: payments, name: Payments }
`;
  const validate = (text: string) => validateConfig(yamlDocument(text));
  const lines = (found: readonly { line: number; message: string }[]) => found.map((e) => `${e.line}: ${e.message}`);

  it('accepts routes, flapping and storm_limit', () => {
    const outcome = validate(ROUTED);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual([]);
  });

  it('positions bad matchers, unknown target services and severities', () => {
    const bad = ROUTED.replace("value: payments }]", "value: payments }, { field: hostname, op: '=', value: x }]")
      .replace("value: 'data|db'", "value: 'db-(1'")
      .replace('service: payments\n', 'service: paymnets\n')
      .replace('severity: SEV-1', 'severity: SEV-9');
    expect(lines(validate(bad).errors)).toEqual([
      expect.stringMatching(/^10: invalid match\[1\]\.field in services\[0\] \(platform\)\.integrations\[0\]\.routes\[0\]: "hostname" is not an alert field/),
      expect.stringMatching(/^11: unknown service "paymnets"/),
      '12: invalid match[0].value in services[0] (platform).integrations[0].routes[1]: the regular expression does not compile: missing closing )',
      expect.stringMatching(/^14: unknown severity "SEV-9"/),
    ]);
  });

  it('warns that a rule matching every alert hides the rules after it', () => {
    const hiding = ROUTED.replace("match: [{ field: labels.team, op: '=', value: payments }]", "match: [{ field: labels.team, op: '!=', value: x }]");
    const outcome = validate(hiding);
    expect(outcome.errors).toEqual([]);
    expect(lines(outcome.warnings)).toEqual([expect.stringMatching(/^10: rule 1 in services\[0\] \(platform\)\.integrations\[0\]\.routes matches every alert, so the 1 rule\(s\) after it never run/)]);
    // Last, or continuing, it hides nothing.
    expect(validate(hiding.replace('service: payments\n', 'service: payments\n            continue: true\n')).warnings).toEqual([]);
  });

  for (const dialect of DIALECTS) {
    it(`applies and exports them unchanged on ${dialect}`, async () => {
      const database = await createTestDatabase(dialect);
      try {
        await ensureDefaultSeverities(database.db);
        expect(formatConfigErrors((await applyYaml(database.db, dialect, ROUTED)).errors)).toBe('');
        const rev = await readNoiseRevision(database.db);
        const exported = await exportConfig(database.db);
        expect(exported).toContain('storm_limit: 500');
        expect(exported).toContain('window: 15m');
        const again = await applyYaml(database.db, dialect, exported);
        expect(again.results.filter((r) => r.action !== 'unchanged')).toEqual([]);
        // Changing a route moves the noise revision, so every node reloads its routes.
        await applyYaml(database.db, dialect, ROUTED.replace('value: payments', 'value: payment'));
        expect(await readNoiseRevision(database.db)).toBeGreaterThan(rev);
      } finally {
        await database.destroy();
      }
    });
  }
});
