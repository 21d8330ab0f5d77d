import type { Kysely } from 'kysely';
import { iso } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { findIncident, type IncidentRef } from '../incidents/incident-ref.js';
import { openItemsFor, type ActionItemView } from './action-items.js';
import { rankSimilar } from './similar-incidents.js';

/** How far back similar incidents are looked for, and how many of a service's latest incidents are compared by title. */
export const LOOKBACK_MS = 365 * 86_400_000;
export const TITLE_CANDIDATES = 2_000;

export interface SimilarIncidentView {
  readonly number: number;
  readonly title: string;
  readonly status: string;
  readonly severity: string;
  readonly triggered_at: string;
  readonly resolved_at: string | null;
  readonly why: string;
  readonly shares_signature: boolean;
  readonly title_score: number;
  readonly postmortem: { readonly id: string; readonly title: string; readonly status: string } | null;
  readonly open_action_items: ActionItemView[];
}

/**
 * Past incidents on the same service that look like this one: those sharing an alert signature
 * (through the alerts' (service, signature) index) and the service's latest 2,000 compared by
 * title, within the last 365 days, ranked by `rankSimilar`.
 */
export async function similarIncidents(db: Kysely<Schema>, ref: IncidentRef, now: number): Promise<SimilarIncidentView[]> {
  const incident = await findIncident(db, ref);
  if (incident.service_id === null) return [];
  const serviceId = incident.service_id;
  const since = incident.triggered_at - LOOKBACK_MS;
  const signatures = (await db.selectFrom('alerts').select('signature').distinct().where('incident_id', '=', incident.id).where('signature', 'is not', null).execute()).map((r) => r.signature!);
  const [bySignature, latest] = await Promise.all([
    signatures.length === 0
      ? Promise.resolve([] as { incident_id: string }[])
      : db.selectFrom('alerts').select('incident_id').distinct().where('service_id', '=', serviceId).where('signature', 'in', signatures).where('incident_id', '<>', incident.id).execute(),
    db.selectFrom('incidents').select(['id', 'number', 'title', 'triggered_at']).where('service_id', '=', serviceId).where('id', '<>', incident.id).where('triggered_at', '>=', since).orderBy('number', 'desc').limit(TITLE_CANDIDATES).execute(),
  ]);
  const sharing = new Set(bySignature.map((r) => r.incident_id));
  const missing = [...sharing].filter((id) => !latest.some((l) => l.id === id));
  const extra = missing.length === 0 ? [] : await db.selectFrom('incidents').select(['id', 'number', 'title', 'triggered_at']).where('id', 'in', missing).where('triggered_at', '>=', since).execute();
  const ranked = rankSimilar(incident.title, [...latest, ...extra].map((r) => ({ id: r.id, number: r.number, title: r.title, triggeredAt: r.triggered_at, sharesSignature: sharing.has(r.id) })));
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.id);
  const [rows, postmortems, items] = await Promise.all([
    db.selectFrom('incidents').select(['id', 'status', 'severity_id', 'triggered_at', 'resolved_at']).where('id', 'in', ids).execute(),
    db.selectFrom('postmortem_incidents').innerJoin('postmortems', 'postmortems.id', 'postmortem_incidents.postmortem_id').select(['postmortem_incidents.incident_id', 'postmortems.id', 'postmortems.title', 'postmortems.status']).where('postmortem_incidents.incident_id', 'in', ids).execute(),
    openItemsFor(db, ids, now),
  ]);
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const postmortemOf = new Map(postmortems.map((p) => [p.incident_id, { id: p.id, title: p.title, status: p.status }]));
  return ranked.map((r) => {
    const row = rowOf.get(r.id)!;
    return {
      number: r.number,
      title: r.title,
      status: row.status,
      severity: row.severity_id,
      triggered_at: iso(row.triggered_at),
      resolved_at: iso(row.resolved_at),
      why: r.why,
      shares_signature: r.sharesSignature,
      title_score: Math.round(r.titleScore * 100) / 100,
      postmortem: postmortemOf.get(r.id) ?? null,
      open_action_items: items.get(r.id) ?? [],
    };
  });
}
