import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../src/alerts/alert-event.js';
import { AlertService } from '../../src/alerts/alert-service.js';
import { decodeTrail } from '../../src/alerts/decision-trail.js';
import type { Hold, HoldSource } from '../../src/alerts/holds.js';
import type { Schema } from '../../src/core/db/schema.js';
import { alertEvent } from '../../src/test-support/alert-events.js';
import { createConfiguredTestApp, type TestApp } from '../../src/test-support/app.js';
import { DIALECTS } from '../../src/test-support/databases.js';

/**
 * A noise storm, in process: 20,000 alerts over 50 services arriving 8 messages at a time, with a
 * maintenance hold and storm caps in force, on both databases.
 *
 * - Services 0–39 get 5 Alertmanager-style groups of 80 alerts each: 200 groups, 16,000 alerts.
 *   Services 0–3 are in maintenance (a hold from a test source): their 1,600 alerts are stored
 *   as suppressed and open nothing. The other 180 groups open one incident each.
 * - Services 40–49 get 400 ungrouped alerts each, with a storm limit of 20: 20 incidents each,
 *   then one "Alert storm" incident that counts the other 380.
 *
 * Exactly computable whatever the order: 180 + 10 × 21 = 390 incidents, 390 pages (one per
 * incident, level 1), and every alert's trail says which of those paths it took.
 */
const GROUPED_SERVICES = 40;
const HELD_SERVICES = 4;
const GROUPS_PER_SERVICE = 5;
const ALERTS_PER_GROUP = 80;
const STORM_SERVICES = 10;
const STORM_ALERTS = 400;
const STORM_LIMIT = 20;
const STORM_MESSAGE = 100;
const CONCURRENCY = 8;
const SLOW = 240_000;

function config(): string {
  const lines = ['users:', '  - { id: storm-user, name: Storm responder, email: storm@example.com }', 'escalation_policies:', '  - { id: storm-policy, levels: [{ targets: ["user:storm-user"], escalate_after: 1h }] }', 'services:'];
  for (let s = 0; s < GROUPED_SERVICES + STORM_SERVICES; s++) {
    const storm = s >= GROUPED_SERVICES;
    lines.push(`  - id: svc-${s}`, `    name: Service ${s}`, '    escalation_policy: storm-policy');
    if (storm) lines.push(`    storm_limit: ${STORM_LIMIT}`);
    lines.push('    integrations:', `      - { type: alertmanager, key: noise-storm-key-${s}, rate_limit_per_minute: 100000000 }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Maintenance on the first services, as a window would hold them. */
class MaintenanceOf implements HoldSource {
  readonly name = 'test-maintenance';
  async load(_db: Kysely<Schema>, _now: number) {
    const hold: Hold = { kind: 'maintenance', ref: 'mw_storm:0', label: 'planned upgrade', until: null };
    const held = new Set(Array.from({ length: HELD_SERVICES }, (_, s) => `svc-${s}`));
    return { holdFor: (serviceId: string) => (held.has(serviceId) ? hold : null) };
  }
}

for (const dialect of DIALECTS) {
  describe(`a noise storm on ${dialect}`, () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
    });

    it('opens exactly the expected incidents and pages, and accounts for every alert by its trail', async () => {
      t = await createConfiguredTestApp(dialect, config());
      const service = new AlertService(t.runtime, t.events, [new MaintenanceOf()]);
      const messages: { key: string; events: AlertEvent[] }[] = [];
      for (let s = 0; s < GROUPED_SERVICES; s++) {
        for (let g = 0; g < GROUPS_PER_SERVICE; g++) {
          const events = Array.from({ length: ALERTS_PER_GROUP }, (_, a) =>
            alertEvent({ dedupKey: `s${s}g${g}a${a}`, incidentKey: `{}:{cluster="c${g}"}`, summary: `host-${a} of c${g} down`, labels: { cluster: `c${g}`, instance: `host-${a}` }, severityHints: ['warning'] }),
          );
          messages.push({ key: `noise-storm-key-${s}`, events });
        }
      }
      for (let s = GROUPED_SERVICES; s < GROUPED_SERVICES + STORM_SERVICES; s++) {
        for (let m = 0; m < STORM_ALERTS / STORM_MESSAGE; m++) {
          messages.push({ key: `noise-storm-key-${s}`, events: Array.from({ length: STORM_MESSAGE }, (_, a) => alertEvent({ dedupKey: `s${s}m${m}a${a}`, summary: `pod ${m}-${a} crashlooping`, severityHints: ['warning'] })) });
        }
      }
      // A fixed shuffle: services and groups interleave as they would in a real storm.
      let seed = 7;
      const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
      for (let i = messages.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [messages[i], messages[j]] = [messages[j]!, messages[i]!];
      }
      const started = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < messages.length) {
            const message = messages[next++]!;
            const integration = await service.integrationForKey(message.key);
            await service.ingest(integration!, { events: message.events, complete: true, title: null });
          }
        }),
      );
      const ingestMs = performance.now() - started;
      for (let round = 0; round < 10 && (await t.engine.runDue()) > 0; round++);

      const db = t.database.db;
      const alerts = await db.selectFrom('alerts').select(['service_id', 'status', 'trail', 'incident_id', 'held_by']).execute();
      const incidents = await db.selectFrom('incidents').select(['id', 'service_id', 'title', 'alert_group_key']).execute();
      const pages = await db.selectFrom('pages').select(['incident_id', 'level']).execute();
      console.log(`[noise storm ${dialect}] 20,000 alerts ingested in ${Math.round(ingestMs)} ms (${Math.round(20_000 / (ingestMs / 1000))}/s); ${incidents.length} incidents, ${pages.length} pages`);

      expect(alerts).toHaveLength(GROUPED_SERVICES * GROUPS_PER_SERVICE * ALERTS_PER_GROUP + STORM_SERVICES * STORM_ALERTS);
      const paths = new Map<string, number>();
      for (const alert of alerts) {
        const s = Number(alert.service_id.slice(4));
        const shape = decodeTrail(alert.trail ?? '').map((e) => e.code).join(' ');
        const path = s < HELD_SERVICES ? 'held' : s < GROUPED_SERVICES ? 'grouped' : 'storm';
        paths.set(`${path}: ${shape}`, (paths.get(`${path}: ${shape}`) ?? 0) + 1);
        if (path === 'held') expect(alert).toMatchObject({ status: 'suppressed', incident_id: null, held_by: 'mw_storm:0' });
        else expect(alert.incident_id).not.toBeNull();
      }
      const groupedAlerts = (GROUPED_SERVICES - HELD_SERVICES) * GROUPS_PER_SERVICE * ALERTS_PER_GROUP;
      const groupedIncidents = (GROUPED_SERVICES - HELD_SERVICES) * GROUPS_PER_SERVICE;
      expect(Object.fromEntries(paths)).toEqual({
        'held: W': HELD_SERVICES * GROUPS_PER_SERVICE * ALERTS_PER_GROUP,
        'grouped: G O': groupedIncidents,
        'grouped: G A': groupedAlerts - groupedIncidents,
        'storm: O': STORM_SERVICES * STORM_LIMIT,
        'storm: C O': STORM_SERVICES,
        'storm: C A': STORM_SERVICES * (STORM_ALERTS - STORM_LIMIT - 1),
      });

      const stormIncidents = incidents.filter((i) => i.alert_group_key?.startsWith('storm:'));
      expect(stormIncidents).toHaveLength(STORM_SERVICES);
      expect(new Set(stormIncidents.map((i) => i.title))).toEqual(new Set(Array.from({ length: STORM_SERVICES }, (_, k) => `Alert storm on Service ${GROUPED_SERVICES + k}`)));
      expect(incidents).toHaveLength(groupedIncidents + STORM_SERVICES * (STORM_LIMIT + 1));
      expect(incidents.filter((i) => Number(i.service_id!.slice(4)) < HELD_SERVICES)).toEqual([]);
      // One page per incident, level 1, and none for what was held.
      expect(pages).toHaveLength(incidents.length);
      expect(new Set(pages.map((p) => p.incident_id)).size).toBe(incidents.length);
      const storms = await db.selectFrom('alert_storms').select(['service_id', 'state', 'capped_count']).execute();
      expect(storms.map((s) => s.capped_count)).toEqual(Array.from({ length: STORM_SERVICES }, () => STORM_ALERTS - STORM_LIMIT));
    }, SLOW);
  });
}
