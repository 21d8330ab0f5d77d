import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { refreshIncidentFacts } from '../analytics/incident-facts.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';

/**
 * A small history whose every analytics figure is worked out by hand in analytics.test.ts:
 * acknowledgements by a person, at the source and by the CLI; reopened incidents; an incident
 * merged away; pages to people in New York (across the March 2026 DST change), Berlin and UTC.
 */
export const MIN = 60_000;
export const HOUR = 3_600_000;
export const at = (iso: string): number => Date.parse(iso);
export const RANGE = { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z' } as const;
export const NOW = at('2026-03-15T00:00:00Z');

type Entry = readonly [offsetMs: number, kind: string, actor: string, message?: string];

interface IncidentSpec {
  readonly id: string;
  readonly number: number;
  readonly service: string;
  readonly severity: 'SEV-1' | 'SEV-2' | 'SEV-3';
  readonly triggeredAt: number;
  readonly respondWithin: number;
  readonly status: 'triggered' | 'acknowledged' | 'resolved';
  /** Final resolve, offset from the trigger. */
  readonly resolvedAfter?: number;
  readonly mergedInto?: string;
  readonly timeline: readonly Entry[];
  readonly signature?: string;
}

const INCIDENTS: readonly IncidentSpec[] = [
  // Out of range, before: makes i1 (and so i2) repeats.
  { id: 'i0', number: 100, service: 'api', severity: 'SEV-1', triggeredAt: at('2026-02-20T10:00:00Z'), respondWithin: 15 * MIN, status: 'resolved', resolvedAfter: 10 * MIN, signature: 'sig-a', timeline: [[10 * MIN, 'resolved', 'user:alice']] },
  // Acknowledged by a person in 5 min, resolved by hand at 30 min.
  { id: 'i1', number: 101, service: 'api', severity: 'SEV-1', triggeredAt: at('2026-03-02T10:00:00Z'), respondWithin: 15 * MIN, status: 'resolved', resolvedAfter: 30 * MIN, signature: 'sig-a',
    timeline: [[5 * MIN, 'acknowledged', 'user:alice'], [30 * MIN, 'resolved', 'user:alice']] },
  // Acknowledged and resolved only at the source.
  { id: 'i2', number: 102, service: 'api', severity: 'SEV-1', triggeredAt: at('2026-03-03T21:25:00Z'), respondWithin: 15 * MIN, status: 'resolved', resolvedAfter: 20 * MIN, signature: 'sig-a',
    timeline: [[1 * MIN, 'acknowledged', 'integration:api/alertmanager'], [20 * MIN, 'resolved', 'integration:api/alertmanager']] },
  // Acknowledged late from the CLI, resolved, reopened, acknowledged again, finally resolved at the source; paged at level 2.
  { id: 'i3', number: 103, service: 'api', severity: 'SEV-1', triggeredAt: at('2026-03-04T15:00:00Z'), respondWithin: 15 * MIN, status: 'resolved', resolvedAfter: 120 * MIN, signature: 'sig-b',
    timeline: [
      [1 * MIN, 'update_reminder', 'system', 'Status update due; reminded alice'],
      [20 * MIN, 'acknowledged', 'cli'],
      [25 * MIN, 'update_reminder', 'system', 'Status update late; reminded bob'],
      [40 * MIN, 'resolved', 'user:bob'],
      [60 * MIN, 'reopened', 'user:bob'],
      [65 * MIN, 'acknowledged', 'user:bob'],
      [120 * MIN, 'resolved', 'integration:api/alertmanager'],
    ] },
  // Resolved at the source within its target, nobody acknowledged: neither met nor breached.
  { id: 'i4', number: 104, service: 'web', severity: 'SEV-2', triggeredAt: at('2026-03-05T09:00:00Z'), respondWithin: HOUR, status: 'resolved', resolvedAfter: 10 * MIN, signature: 'sig-c',
    timeline: [[10 * MIN, 'resolved', 'integration:web/grafana']] },
  // Open, acknowledged by a person in 50 min, escalated by hand.
  { id: 'i5', number: 105, service: 'web', severity: 'SEV-2', triggeredAt: at('2026-03-06T18:30:00Z'), respondWithin: HOUR, status: 'acknowledged', signature: 'sig-d',
    timeline: [[20 * MIN, 'escalated', 'user:carol'], [50 * MIN, 'acknowledged', 'user:carol']] },
  // Open, never acknowledged: breached.
  { id: 'i6', number: 106, service: 'api', severity: 'SEV-2', triggeredAt: at('2026-03-09T12:00:00Z'), respondWithin: HOUR, status: 'triggered', signature: 'sig-e', timeline: [] },
  // Merged into i1: left out of everything.
  { id: 'i7', number: 107, service: 'api', severity: 'SEV-1', triggeredAt: at('2026-03-02T10:02:00Z'), respondWithin: 15 * MIN, status: 'resolved', resolvedAfter: 3 * MIN, mergedInto: 'i1',
    timeline: [[1 * MIN, 'acknowledged', 'user:carol'], [3 * MIN, 'resolved', 'user:carol']] },
  // Resolved by hand before any acknowledgement, reopened, acknowledged (not counted: after the first resolve), resolved again.
  { id: 'i8', number: 108, service: 'web', severity: 'SEV-3', triggeredAt: at('2026-03-08T04:30:00Z'), respondWithin: 24 * HOUR, status: 'resolved', resolvedAfter: 90 * MIN, signature: 'sig-f',
    timeline: [[30 * MIN, 'resolved', 'user:carol'], [40 * MIN, 'reopened', 'user:carol'], [45 * MIN, 'acknowledged', 'user:carol'], [90 * MIN, 'resolved', 'user:carol']] },
];

/** [incident, user, round, level, when, target] */
const PAGES: readonly (readonly [string, string, number, number, string, string])[] = [
  ['i1', 'alice', 1, 1, '2026-03-02T10:00:00Z', 'schedule:primary'], // 05:00 EST Monday: sleep, night of Mar 1
  ['i2', 'bob', 1, 1, '2026-03-03T21:30:00Z', 'schedule:primary'], // 22:30 CET Tuesday: sleep, night of Mar 3
  ['i3', 'alice', 1, 1, '2026-03-04T15:00:00Z', 'schedule:primary'], // 10:00 EST Wednesday: business
  ['i3', 'alice', 2, 1, '2026-03-04T15:10:00Z', 'schedule:primary'], // same incident: same interruption
  ['i3', 'bob', 1, 2, '2026-03-04T15:20:00Z', 'user:bob'], // 16:20 CET Wednesday: business; level 2
  ['i5', 'carol', 1, 1, '2026-03-06T19:00:00Z', 'user:carol'], // 19:00 UTC Friday: off hours
  ['i5', 'bob', 1, 1, '2026-03-07T12:00:00Z', 'user:bob'], // 13:00 CET Saturday: off hours
  ['i8', 'bob', 1, 1, '2026-03-08T02:00:00Z', 'schedule:primary'], // 03:00 CET Sunday: sleep, night of Mar 7
  ['i6', 'alice', 1, 1, '2026-03-09T12:30:00Z', 'schedule:primary'], // 08:30 EDT Monday (07:30 had it been EST): business
  ['i7', 'carol', 1, 1, '2026-03-02T10:03:00Z', 'user:carol'], // merged away afterwards: still an interruption
];

export async function seedScriptedDataset(db: Kysely<Schema>): Promise<void> {
  await ensureDefaultSeverities(db);
  const t = at('2026-01-01T00:00:00Z');
  await db.insertInto('users').values([
    { id: 'alice', name: 'Alice Archer', email: 'alice@example.com', time_zone: 'America/New_York', role: 'responder', created_at: t, updated_at: t },
    { id: 'bob', name: 'Bob Brandt', email: 'bob@example.com', time_zone: 'Europe/Berlin', role: 'responder', created_at: t, updated_at: t },
    { id: 'carol', name: 'Carol Chen', email: 'carol@example.com', time_zone: 'UTC', role: 'responder', created_at: t, updated_at: t },
  ]).execute();
  await db.insertInto('teams').values({ id: 'payments', name: 'Payments', description: null, created_at: t, updated_at: t }).execute();
  await db.insertInto('team_members').values([
    { team_id: 'payments', user_id: 'alice', role: 'member', position: 0 },
    { team_id: 'payments', user_id: 'bob', role: 'member', position: 1 },
  ]).execute();
  await db.insertInto('services').values([
    { id: 'api', name: 'API', description: null, team_id: 'payments', severity_map: null, escalation_policy_id: null, created_at: t, updated_at: t },
    { id: 'web', name: 'Web', description: null, team_id: null, severity_map: null, escalation_policy_id: null, created_at: t, updated_at: t, impact: JSON.stringify({ kind: 'per_minute', cost_per_minute: '2.5', currency: 'EUR' }) },
  ]).execute();
  await db.insertInto('schedules').values({ id: 'primary', name: 'Payments primary', description: null, team_id: 'payments', time_zone: 'America/New_York', created_at: t, updated_at: t }).execute();
  await db.insertInto('schedule_layers').values({
    id: 'primary-l1', schedule_id: 'primary', position: 0, name: 'Daily', rotation_kind: 'daily', rotation_every: null,
    start: '2026-03-01', handoff: '00:00', participants: JSON.stringify(['alice', 'bob']), restrictions: '[]', ends_at: null,
  }).execute();

  for (const spec of INCIDENTS) {
    const acks = spec.timeline.filter(([, kind]) => kind === 'acknowledged').map(([offset]) => spec.triggeredAt + offset);
    await db.insertInto('incidents').values({
      id: spec.id, number: spec.number, title: `Incident ${spec.number}`, description: null, service_id: spec.service, severity_id: spec.severity,
      status: spec.status, urgency: 'high', commander_id: null, created_by: 'system', triggered_at: spec.triggeredAt,
      acknowledged_at: spec.status === 'acknowledged' ? acks.at(-1)! : null,
      first_acknowledged_at: acks[0] ?? null,
      resolved_at: spec.resolvedAfter === undefined ? null : spec.triggeredAt + spec.resolvedAfter,
      responded_at: null, respond_by: spec.triggeredAt + spec.respondWithin, updated_at: spec.triggeredAt,
      alert_group_key: null, merged_into: spec.mergedInto ?? null, escalation_policy_id: null,
    }).execute();
    const entries: Entry[] = [[0, 'triggered', 'integration:x'], ...spec.timeline];
    await db.insertInto('timeline_entries').values(entries.map(([offset, kind, actor, message], i) => ({
      incident_id: spec.id, seq: i + 1, at: spec.triggeredAt + offset, kind, actor, message: message ?? `${kind} by ${actor}`, data: '{}',
    }))).execute();
    if (spec.signature !== undefined) {
      await db.insertInto('alerts').values({
        id: `a-${spec.id}`, service_id: spec.service, integration_id: null, incident_id: spec.id, dedup_key: `k-${spec.id}`, status: 'resolved',
        summary: `Alert ${spec.signature}`, severity_id: spec.severity, incoming_severity: null, source: null, component: null, group_name: null, class: null,
        labels: '{}', details: '{}', links: '[]', images: '[]', client: null, client_url: null, occurred_at: null,
        first_seen_at: spec.triggeredAt, last_seen_at: spec.triggeredAt, acknowledged_at: null, resolved_at: null, event_count: 1, signature: spec.signature,
      }).execute();
    }
  }
  // i7's alert moved into i1 when it was merged.
  await db.insertInto('alerts').values({
    id: 'a-i7', service_id: 'api', integration_id: null, incident_id: 'i1', dedup_key: 'k-i7', status: 'resolved', summary: 'Alert sig-a', severity_id: 'SEV-1',
    incoming_severity: null, source: null, component: null, group_name: null, class: null, labels: '{}', details: '{}', links: '[]', images: '[]', client: null, client_url: null,
    occurred_at: null, first_seen_at: at('2026-03-02T10:02:00Z'), last_seen_at: at('2026-03-02T10:02:00Z'), acknowledged_at: null, resolved_at: null, event_count: 1, signature: 'sig-a',
  }).execute();

  await db.insertInto('pages').values(PAGES.map(([incident, user, round, level, when, target], i) => ({
    id: `p${i}`, incident_id: incident, user_id: user, round, level, reason: 'test', target, created_at: at(when),
  }))).execute();

  // Status updates: SEV-1 and SEV-2 have update_every. i1 posted on time; i3 had a late reminder; i5 had its cadence start and nothing due yet.
  await db.insertInto('update_cadence').values([
    { incident_id: 'i1', cycle: 2, anchor_at: at('2026-03-02T10:05:00Z'), due_at: null, interval_ms: 15 * MIN },
    { incident_id: 'i3', cycle: 1, anchor_at: at('2026-03-04T15:00:00Z'), due_at: null, interval_ms: 15 * MIN },
    { incident_id: 'i5', cycle: 1, anchor_at: at('2026-03-06T19:20:00Z'), due_at: at('2026-03-06T20:20:00Z'), interval_ms: HOUR },
  ]).execute();
  await db.insertInto('status_updates').values({
    id: 'su1', incident_id: 'i1', status: 'investigating', audience: 'internal', message: 'Looking', author: 'user:alice', posted_at: at('2026-03-02T10:15:00Z'), next_update_at: null,
  }).execute();

  // What the analytics subscriber keeps on each incident as it changes (rows written directly here).
  await refreshIncidentFacts(db, INCIDENTS.map((i) => i.id));

  // Costs: i1 a downtime line and a manual one (plus a voided line), i2 in another currency.
  const line = (id: string, incident: string, kind: 'downtime' | 'manual', label: string, minor: number, currency: string, formula: string, voided: number | null) => ({
    id, incident_id: incident, kind, label, amount_minor: minor, currency, inputs: '{}', formula, created_by: 'system', created_at: at('2026-03-02T11:00:00Z'), voided_at: voided,
  });
  await db.insertInto('cost_lines').values([
    line('c1', 'i1', 'downtime', 'Downtime 10:00–10:30 UTC', 123_456, 'USD', '30 min × 41.152 USD/min = 1234.56 USD', null),
    line('c2', 'i1', 'manual', 'SLA credit', 10_000, 'USD', '=SUM(A1)', null),
    line('c3', 'i1', 'downtime', 'Downtime (voided)', 999_999, 'USD', 'old', at('2026-03-02T11:30:00Z')),
    line('c4', 'i2', 'downtime', 'Downtime 21:25–21:45 UTC', 5_000, 'EUR', '20 min × 2.5 EUR/min = 50.00 EUR', null),
  ]).execute();
}
