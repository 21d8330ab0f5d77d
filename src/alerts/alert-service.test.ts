import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createRuntime } from '../core/runtime.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import type { AlertBatch, AlertEvent } from './alert-event.js';
import { alertEvent } from '../test-support/alert-events.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { racingAlertNodes, type RacingNodes } from '../test-support/racing-nodes.js';
import { AlertService } from './alert-service.js';
import { createIncidentEvents } from '../app/incident-events.js';

const event = (dedupKey: string, action: AlertEvent['action'] = 'trigger', incidentKey: string | null = null): AlertEvent =>
  alertEvent({ action, dedupKey, incidentKey, summary: `alert ${dedupKey}`, source: null });
const batch = (...events: AlertEvent[]): AlertBatch => ({ events, complete: true, title: null });

const CONFIG = `
services:
  - id: api
    name: API
    integrations:
      - { type: events_v2, key: api-key-00000001 }
      - { type: alertmanager, key: api-am-key-000001 }
`;

for (const dialect of DIALECTS) {
  describe(`AlertService on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    it('opens one incident per group and one alert per fingerprint within it', async () => {
      database = await createTestDatabase(dialect);
      await ensureDefaultSeverities(database.db);
      await applyYaml(database.db, dialect, CONFIG);
      const service = new AlertService(createRuntime(database, { clock: new FakeClock() }), createIncidentEvents(database.dialect));
      const integration = (await service.integrationForKey('api-am-key-000001'))!;
      const first = await service.ingest(integration, batch(event('fp1', 'trigger', 'group-a'), event('fp2', 'trigger', 'group-a')));
      expect(first.map((o) => o.result)).toEqual(['opened', 'attached']);
      // The same fingerprint in another group is another alert of another incident.
      const other = await service.ingest(integration, batch(event('fp1', 'trigger', 'group-b')));
      expect(other[0]?.result).toBe('opened');
      const alerts = await database.db.selectFrom('alerts').select(['incident_id']).execute();
      expect(new Set(alerts.map((a) => a.incident_id)).size).toBe(2);
    });
  });
}

describe('AlertService on several processes sharing PostgreSQL', () => {
  let nodes: RacingNodes | undefined;
  afterEach(async () => {
    await nodes?.close();
  });

  it('opens a single alert and incident when nodes race on one dedup key', async () => {
    nodes = await racingAlertNodes(CONFIG);
    const { database, services } = nodes;
    const integration = (await services[0]!.integrationForKey('api-key-00000001'))!;
    const outcomes = (await Promise.all(services.flatMap((s) => Array.from({ length: 10 }, () => s.ingest(integration, batch(event('shared'))))))).flat();
    expect(outcomes.filter((o) => o.result === 'opened')).toHaveLength(1);
    expect(outcomes.filter((o) => o.result === 'updated')).toHaveLength(29);
    const rows = await database.db.selectFrom('alerts').select(['event_count']).execute();
    expect(rows).toEqual([{ event_count: 30 }]);
    expect(await database.db.selectFrom('incidents').select('number').execute()).toHaveLength(1);
  });
});
