import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createRuntime } from '../core/runtime.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import type { AlertEvent } from './alert-event.js';
import { applyYaml, EXAMPLE_CONFIG_FILE } from '../test-support/config.js';
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

    it('opens an incident for an alert that lacks the grouping fields instead of joining the open one, as the quick start\'s curl does', async () => {
      const { send } = await setUp();
      expect(await send('db-events-key-0001', trigger('pod-1', 'postgres', 'eu-1'))).toEqual(['opened #1']);
      // Summary, source and severity only: neither component nor details.cluster.
      const bare = alertEvent({ dedupKey: 'disk-db-1', summary: 'Disk 95% full on db-1', source: 'db-1', severityHints: ['critical'] });
      expect(await send('db-events-key-0001', bare)).toEqual(['opened #2']);
      // Its repeat is the same alert, not a third incident.
      expect(await send('db-events-key-0001', bare)).toEqual(['updated #2']);
      // One field of two is not enough either.
      expect(await send('db-events-key-0001', trigger('pod-2', 'postgres', ''), alertEvent({ dedupKey: 'pod-3', component: 'postgres' }))).toEqual(['opened #3', 'opened #4']);
      expect(await send('db-events-key-0001', trigger('pod-4', 'postgres', 'eu-1'))).toEqual(['attached #1']);
    });
  });
}

/** A service per field kind, each grouping by that one field. */
const FIELD_KINDS: readonly { field: string; with: (value: string) => Partial<AlertEvent>; without: readonly Partial<AlertEvent>[] }[] = [
  { field: 'summary', with: (v) => ({ summary: v }), without: [{ summary: null }, { summary: '' }] },
  { field: 'source', with: (v) => ({ source: v }), without: [{ source: null }, { source: '' }] },
  { field: 'component', with: (v) => ({ component: v }), without: [{ component: null }, { component: '' }] },
  { field: 'group', with: (v) => ({ group: v }), without: [{ group: null }, { group: '' }] },
  { field: 'class', with: (v) => ({ class: v }), without: [{ class: null }, { class: '' }] },
  { field: 'severity', with: (v) => ({ severityHints: [v] }), without: [{ severityHints: [] }, { severityHints: [''] }] },
  { field: 'labels.cluster', with: (v) => ({ labels: { cluster: v } }), without: [{ labels: {} }, { labels: { cluster: '' } }] },
  { field: 'details.site.rack', with: (v) => ({ details: { site: { rack: v } } }), without: [{ details: {} }, { details: { site: { rack: null } } }] },
];
const serviceOf = (field: string) => `by-${field.replace(/\./g, '-')}`;
const keyOf = (field: string) => `${serviceOf(field)}-key-0001`;
const FIELD_KINDS_CONFIG = `
services:
${FIELD_KINDS.map(({ field }) => `  - { id: ${serviceOf(field)}, name: "By ${field}", grouping: { by: [${field}] }, integrations: [{ type: events_v2, key: ${keyOf(field)} }] }`).join('\n')}
`;

for (const dialect of DIALECTS) {
  describe(`grouping alerts that lack a field on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    let service: AlertService;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await ensureDefaultSeverities(database.db);
      expect((await applyYaml(database.db, dialect, FIELD_KINDS_CONFIG)).errors).toEqual([]);
      service = new AlertService(createRuntime(database, { clock: new FakeClock(Date.parse('2026-03-02T10:00:00Z')) }), createIncidentEvents(database.dialect));
    });
    afterAll(async () => {
      await database?.destroy();
    });

    for (const kind of FIELD_KINDS) {
      it(`opens an incident per alert without ${kind.field}, while alerts with equal ${kind.field} share one`, async () => {
        const integration = await service.integrationForKey(keyOf(kind.field));
        if (!integration) throw new Error('no integration');
        const send = async (...events: AlertEvent[]) => (await service.ingest(integration, { events, complete: true, title: null })).map((o) => ('incidentNumber' in o ? o.incidentNumber : o.result));
        // Every other field is set and equal, so only the field under test can keep alerts apart.
        const base = { summary: 'Disk full', source: 'db-1', component: 'postgres', group: 'storage', class: 'disk', severityHints: ['critical'], labels: { cluster: 'eu-1' }, details: { site: { rack: 'r1' } } };
        const alert = (dedupKey: string, fields: Partial<AlertEvent>) => alertEvent({ ...base, dedupKey, ...fields });
        const [first, second] = await send(alert('with-1', kind.with('x')), alert('with-2', kind.with('x')));
        expect(second).toBe(first);
        const lacking = await send(...kind.without.flatMap((fields, i) => [alert(`without-${i}-a`, fields), alert(`without-${i}-b`, fields)]));
        // Each its own: none joins the group's incident, nor each other's.
        expect(new Set([first, ...lacking]).size).toBe(lacking.length + 1);
        const [other] = await send(alert('with-3', kind.with('y')));
        expect(other).not.toBe(first);
      });
    }
  });
}

const EXAMPLE = readFileSync(new URL('../../deploy/example/vigil.yaml', import.meta.url), 'utf8');

for (const dialect of DIALECTS) {
  describe(`the example configuration's grouping on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.destroy();
    });

    it('pages once for probes of one host by one check, and never folds the quick start\'s curl into an open incident', async () => {
      database = await createTestDatabase(dialect);
      expect((await applyYaml(database.db, dialect, EXAMPLE, { configFile: EXAMPLE_CONFIG_FILE })).errors).toEqual([]);
      const service = new AlertService(createRuntime(database, { clock: new FakeClock(Date.parse('2026-03-02T10:00:00Z')) }), createIncidentEvents(database.dialect));
      const send = async (key: string, event: AlertEvent) => {
        const integration = await service.integrationForKey(key);
        if (!integration) throw new Error(`no integration ${key}`);
        const [outcome] = await service.ingest(integration, { events: [event], complete: true, title: null });
        return outcome && 'incidentNumber' in outcome ? `${outcome.result} #${outcome.incidentNumber}` : outcome?.result;
      };
      const probe = (region: string, fields: Partial<AlertEvent> = {}) =>
        alertEvent({ dedupKey: `probe-${region}`, summary: `shop.example.com down from ${region}`, source: 'shop.example.com', class: 'http-check', ...fields });
      const probes = '7d2e9a4c1f6b3e8a5c0d7f2b9e4a1c63';
      expect(await send(probes, probe('eu'))).toBe('opened #1');
      expect(await send(probes, probe('us'))).toBe('attached #1');
      expect(await send(probes, probe('ap', { class: null }))).toBe('opened #2');
      // The README's curl, twice with different dedup keys, on the checkout service.
      const curl = (dedupKey: string) => alertEvent({ dedupKey, summary: 'Disk 95% full on db-1', source: 'db-1', severityHints: ['critical'] });
      expect(await send('3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85', curl('disk-db-1'))).toBe('opened #3');
      expect(await send('3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85', curl('disk-db-2'))).toBe('opened #4');
    });
  });
}
