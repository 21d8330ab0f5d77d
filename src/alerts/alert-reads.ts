import { sql, type Kysely } from 'kysely';
import type { AlertRow, Schema } from '../core/db/schema.js';
import { invalidField } from '../core/errors.js';
import { decodeTrail, describeEntry, TRAIL_CODES, trailDecisions, type Decision as TrailDecision } from './decision-trail.js';

export interface AlertFilter {
  readonly serviceId?: string;
  readonly status?: AlertRow['status'];
  readonly incidentId?: string;
  readonly since?: number;
  readonly text?: string;
  readonly limit: number;
  readonly cursor?: string;
}

export interface IncidentLink {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: string;
}

export interface ListedAlertRow {
  readonly row: AlertRow;
  readonly service: { id: string; name: string };
  readonly incident: IncidentLink | null;
}

/** `<first_seen_at>.<id>`: the last alert of a page; the next page starts strictly after it. */
const encodeCursor = (row: AlertRow) => Buffer.from(`${row.first_seen_at}.${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { at: number; id: string } {
  const text = Buffer.from(cursor, 'base64url').toString();
  const dot = text.indexOf('.');
  const at = Number(text.slice(0, dot));
  if (dot <= 0 || !Number.isSafeInteger(at) || !text.slice(dot + 1).startsWith('alt_')) {
    throw invalidField('query.cursor', 'is not a next_cursor this endpoint gave; start again without it');
  }
  return { at, id: text.slice(dot + 1) };
}

/** Recent alerts, newest first (first seen, then id), with their service and incident. */
export async function listAlerts(db: Kysely<Schema>, like: 'like' | 'ilike', filter: AlertFilter): Promise<{ alerts: ListedAlertRow[]; nextCursor: string | null }> {
  let query = db.selectFrom('alerts').selectAll('alerts');
  if (filter.serviceId !== undefined) query = query.where('alerts.service_id', '=', filter.serviceId);
  if (filter.status !== undefined) query = query.where('alerts.status', '=', filter.status);
  if (filter.incidentId !== undefined) query = query.where('alerts.incident_id', '=', filter.incidentId);
  if (filter.since !== undefined) query = query.where('alerts.first_seen_at', '>=', filter.since);
  if (filter.text !== undefined) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([sql<boolean>`alerts.summary ${sql.raw(like)} ${pattern} escape '\\'`, sql<boolean>`alerts.dedup_key ${sql.raw(like)} ${pattern} escape '\\'`]));
  }
  if (filter.cursor !== undefined) {
    const after = decodeCursor(filter.cursor);
    query = query.where((eb) => eb.or([eb('alerts.first_seen_at', '<', after.at), eb.and([eb('alerts.first_seen_at', '=', after.at), eb('alerts.id', '<', after.id)])]));
  }
  const rows = await query.orderBy('alerts.first_seen_at', 'desc').orderBy('alerts.id', 'desc').limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  const serviceIds = [...new Set(page.map((r) => r.service_id))];
  const incidentIds = [...new Set(page.flatMap((r) => (r.incident_id === null ? [] : [r.incident_id])))];
  const services = serviceIds.length === 0 ? [] : await db.selectFrom('services').select(['id', 'name']).where('id', 'in', serviceIds).execute();
  const incidents = incidentIds.length === 0 ? [] : await db.selectFrom('incidents').select(['id', 'number', 'title', 'status']).where('id', 'in', incidentIds).execute();
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const incidentById = new Map(incidents.map((i) => [i.id, { ...i, number: Number(i.number) }]));
  return {
    alerts: page.map((row) => ({
      row,
      service: serviceById.get(row.service_id) ?? { id: row.service_id, name: row.service_id },
      incident: row.incident_id === null ? null : (incidentById.get(row.incident_id) ?? null),
    })),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1] as AlertRow) : null,
  };
}

/** The entry that settled what an alert did, for a list row: the last hold, cap, flap, open or attach. */
export function latestDecision(row: AlertRow, incident: IncidentLink | null): { kind: string; reason: string } | null {
  const telling = decodeTrail(row.trail ?? '').filter((e) => 'SWCFOALMX'.includes(e.code));
  const entry = telling[telling.length - 1];
  if (!entry) return null;
  const names = { incident: (id: string) => (incident && incident.id === id ? `#${incident.number}` : undefined) };
  return { kind: TRAIL_CODES[entry.code], reason: describeEntry(entry, names) };
}

export type DecisionKind = TrailDecision['kind'] | 'deduplicated' | 'waiting' | 'paged' | 'not_paged';

export interface Decision {
  readonly at: string;
  readonly kind: DecisionKind;
  readonly reason: string;
  readonly ref: string | null;
}

/** Timeline kinds that say whether an incident paged, and what they mean for each alert on it. */
const PAGE_OUTCOME_KINDS = ['paged', 'escalation_warning', 'escalation_exhausted', 'acknowledged'] as const;
const PAGE_OUTCOMES_SHOWN = 50;

/**
 * An alert's decisions (docs/noise.md, Decision trail): its trail in words, its repeats from its
 * counters, then the page outcomes of each incident it joined, from that incident's timeline
 * after the alert joined it: paged, or not and why (acknowledged, nobody on call, an empty
 * level, escalation exhausted).
 */
export async function alertDecisions(db: Kysely<Schema>, row: AlertRow): Promise<Decision[]> {
  const entries = decodeTrail(row.trail ?? '');
  const incidentIds = [...new Set(entries.flatMap((e) => ('OACMX'.includes(e.code) && e.ref ? [e.ref] : [])))];
  const incidents = incidentIds.length === 0 ? [] : await db.selectFrom('incidents').select(['id', 'number']).where('id', 'in', incidentIds).execute();
  const numbers = new Map(incidents.map((i) => [i.id, `#${i.number}`]));
  const integrationIds = [...new Set(entries.flatMap((e) => (e.code === 'R' && e.ref ? [e.ref.split('@')[0] as string] : [])))];
  const integrations = integrationIds.length === 0 ? [] : await db.selectFrom('integrations').select(['id', 'name', 'type', 'service_id']).where('id', 'in', integrationIds).execute();
  const integrationNames = new Map(integrations.map((i) => [i.id, `${i.name ?? i.type} integration of ${i.service_id}`]));
  const timed: { at: number; order: number; decision: Omit<Decision, 'at'> }[] = [];
  let order = 0;
  for (const d of trailDecisions(row.trail ?? '', row.first_seen_at, { incident: (id) => numbers.get(id), integration: (id) => integrationNames.get(id) })) {
    timed.push({ at: d.at, order: order++, decision: { kind: d.kind, reason: d.reason, ref: d.ref } });
  }
  if (row.event_count > 1) {
    timed.push({
      at: row.last_seen_at,
      order: order++,
      decision: {
        kind: 'deduplicated',
        reason: `Deduplicated ×${row.event_count - 1}: later events with the same dedup key updated this alert (first seen ${new Date(row.first_seen_at).toISOString()}, last ${new Date(row.last_seen_at).toISOString()})`,
        ref: row.id,
      },
    });
  }
  // Page outcomes of the incidents it opened or joined, from when it joined each.
  for (const entry of entries) {
    if ((entry.code !== 'O' && entry.code !== 'A') || !entry.ref) continue;
    const joined = row.first_seen_at + entry.offsetMs;
    const outcomes = await db
      .selectFrom('timeline_entries')
      .select(['at', 'kind', 'message', 'data'])
      .where('incident_id', '=', entry.ref)
      .where('kind', 'in', [...PAGE_OUTCOME_KINDS])
      .where('at', '>=', joined)
      .orderBy('seq')
      .limit(PAGE_OUTCOMES_SHOWN)
      .execute();
    for (const outcome of outcomes) {
      const data = JSON.parse(outcome.data) as Record<string, unknown>;
      const at = Number(outcome.at);
      switch (outcome.kind) {
        case 'paged':
          timed.push({ at, order: order++, decision: { kind: 'paged', reason: outcome.message, ref: typeof data.user === 'string' ? data.user : null } });
          break;
        case 'escalation_warning':
          // A warning about one person's contact methods still went with a page.
          timed.push({ at, order: order++, decision: { kind: Array.isArray(data.warnings) ? 'paged' : 'not_paged', reason: outcome.message, ref: typeof data.user === 'string' ? data.user : null } });
          break;
        case 'escalation_exhausted':
          timed.push({ at, order: order++, decision: { kind: 'not_paged', reason: outcome.message, ref: null } });
          break;
        case 'acknowledged':
          timed.push({ at, order: order++, decision: { kind: 'not_paged', reason: `No further pages: ${outcome.message}`, ref: null } });
          break;
      }
    }
  }
  timed.sort((a, b) => a.at - b.at || a.order - b.order);
  return timed.map(({ at, decision }) => ({ at: new Date(at).toISOString(), ...decision }));
}
