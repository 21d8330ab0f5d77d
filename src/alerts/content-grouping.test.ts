import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createRuntime } from '../core/runtime.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import type { AlertEvent } from './alert-event.js';
import { applyYaml } from '../test-support/config.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { alertEvent } from '../test-support/alert-events.js';
import { AlertService } from './alert-service.js';
import { createIncidentEvents } from '../app/incident-events.js';

const CONFIG = `
services:
  - id: db
    name: Databases
    grouping: { by: [component, details.cluster] }
    integrations:
      - { type: events_v2, key: db-events-key-0001 }
      - { type: webhook, key: db-webhook-key-001 }
      - { type: alertmanager, key: db-am-key-000001 }
  - id: web
    name: Web
    integrations:
      - { type: events_v2, key: web-events-key-001 }
`;

const trigger = (dedupKey: string, component: string, cluster: string, fields: Partial<AlertEvent> = {}): AlertEvent =>
  alertEvent({ dedupKey, summary: `${component} down on ${dedupKey}`, severityHints: ['error'], source: dedupKey, component, details: { cluster }, ...fields });

for (const dialect of DIALECTS) {
  describe(`content-based grouping on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    const setUp = async () => {
      database = await createTestDatabase(dialect);
      await ensureDefaultSeverities(database.db);
      expect((await applyYaml(database.db, dialect, CONFIG)).errors).toEqual([]);
      const clock = new FakeClock(Date.parse('2026-03-02T10:00:00Z'));
      const service = new AlertService(createRuntime(database, { clock }), createIncidentEvents(database.dialect));
      const send = async (key: string, ...events: AlertEvent[]) => {
        const integration = await service.integrationForKey(key);
        if (!integration) throw new Error(`no integration ${key}`);
        return (await service.ingest(integration, { events, complete: true, title: null })).map((o) => ('incidentNumber' in o ? `${o.result} #${o.incidentNumber}` : o.result));
      };
      return { send, db: database.db };
    };

    it('pages once for many alerts about one component of one cluster, from any of the service\'s integrations', async () => {
      const { send, db } = await setUp();
      expect(await send('db-events-key-0001', trigger('pod-1', 'postgres', 'eu-1'), trigger('pod-2', 'postgres', 'eu-1'))).toEqual(['opened #1', 'attached #1']);
      // Concurrent requests, committed together.
      const concurrent = await Promise.all(Array.from({ length: 20 }, (_, i) => send('db-events-key-0001', trigger(`pod-${i + 3}`, 'postgres', 'eu-1'))));
      expect(concurrent.flat()).toEqual(Array.from({ length: 20 }, () => 'attached #1'));
      expect(await send('db-webhook-key-001', trigger('pod-99', 'postgres', 'eu-1'))).toEqual(['attached #1']);
      expect(await send('db-events-key-0001', trigger('pod-1', 'postgres', 'us-1', { dedupKey: 'us-pod-1' }), trigger('cache-1', 'redis', 'eu-1'))).toEqual(['opened #2', 'opened #3']);
      const incidents = await db.selectFrom('incidents').select(['number', 'title']).orderBy('number').execute();
      expect(incidents.map((i) => i.number)).toEqual([1, 2, 3]);
      const alerts = await db.selectFrom('alerts').innerJoin('incidents', 'incidents.id', 'alerts.incident_id').select(['incidents.number']).where('incidents.number', '=', 1).execute();
      expect(alerts).toHaveLength(23);
    });

    it('opens a new incident for the group once the last one resolved, and leaves the sender\'s own groups and other services alone', async () => {
      const { send } = await setUp();
      expect(await send('db-events-key-0001', trigger('pod-1', 'postgres', 'eu-1'), trigger('pod-2', 'postgres', 'eu-1'))).toEqual(['opened #1', 'attached #1']);
      expect(await send('db-events-key-0001', { ...trigger('pod-1', '', ''), action: 'resolve' })).toEqual(['resolved #1']);
      expect(await send('db-events-key-0001', trigger('pod-3', 'postgres', 'eu-1'))).toEqual(['attached #1']);
      expect(await send('db-events-key-0001', { ...trigger('pod-2', '', ''), action: 'resolve' }, { ...trigger('pod-3', '', ''), action: 'resolve' })).toEqual(['resolved #1', 'resolved #1']);
      expect(await send('db-events-key-0001', trigger('pod-4', 'postgres', 'eu-1'))).toEqual(['opened #2']);
      // Alertmanager's group decides for Alertmanager's alerts.
      expect(await send('db-am-key-000001', trigger('fp-1', 'postgres', 'eu-1', { incidentKey: '{}:{alertname="Down"}' }))).toEqual(['opened #3']);
      // A service without a rule: an incident per alert.
      expect(await send('web-events-key-001', trigger('a', 'nginx', 'eu-1'), trigger('b', 'nginx', 'eu-1'))).toEqual(['opened #4', 'opened #5']);
    });
  });
}
