import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { AlertRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { ErrorResponse } from '../http/schemas.js';
import { findIncident, IncidentRefParams } from '../incidents/incident-ref.js';
import { alertDecisions, listAlerts, latestDecision } from './alert-reads.js';

/** How far before an incident's trigger a change counts as "recent": the first question is what changed. */
export const RECENT_CHANGE_WINDOW_MS = 24 * 60 * 60 * 1000;

const Timestamp = Type.String({ format: 'date-time' });
const NullableText = Type.Union([Type.String(), Type.Null()]);
const Link = Type.Object({ href: Type.String(), text: Type.Optional(Type.String()) });

const AlertSchema = Type.Object({
  id: Type.String(),
  dedup_key: Type.String(),
  status: Type.String(),
  summary: Type.String(),
  severity: Type.String(),
  incoming_severity: NullableText,
  source: NullableText,
  component: NullableText,
  group: NullableText,
  class: NullableText,
  labels: Type.Record(Type.String(), Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  links: Type.Array(Link),
  images: Type.Array(Type.Object({ src: Type.String(), href: Type.Optional(Type.String()), alt: Type.Optional(Type.String()) })),
  client: NullableText,
  client_url: NullableText,
  first_seen_at: Timestamp,
  last_seen_at: Timestamp,
  resolved_at: Type.Union([Timestamp, Type.Null()]),
  event_count: Type.Integer(),
});

const StormAlert = Type.Union([Type.Object({ id: Type.String(), summary: Type.String(), first_seen_at: Timestamp }), Type.Null()]);
const StormSchema = Type.Object({
  state: Type.Union([Type.Literal('active'), Type.Literal('ended')], { description: 'active: new alerts past the limit are still counted here' }),
  counted: Type.Integer({ description: 'Alerts counted on this incident instead of opening their own' }),
  started_at: Timestamp,
  ended_at: Type.Union([Timestamp, Type.Null()]),
  first_alert: StormAlert,
  last_alert: StormAlert,
}, { description: 'Present on an "Alert storm" incident (docs/noise.md, Storm cap)' });

const ChangeSchema = Type.Object({
  id: Type.String(),
  summary: Type.String(),
  source: NullableText,
  occurred_at: Timestamp,
  details: Type.Record(Type.String(), Type.Unknown()),
  links: Type.Array(Link),
});

const ALERT_STATUSES = ['triggered', 'acknowledged', 'resolved', 'suppressed'] as const;

const DECISION_KINDS = [
  'routed', 'deduplicated', 'silenced', 'maintenance', 'flapping', 'capped', 'grouped', 'waiting', 'opened', 'attached', 'merged', 'split', 'released', 'resolved', 'paged', 'not_paged',
] as const;

const DecisionSchema = Type.Object({
  at: Timestamp,
  kind: Type.Union(DECISION_KINDS.map((k) => Type.Literal(k))),
  reason: Type.String({ description: 'What Vigil decided and why, in words' }),
  ref: Type.Union([Type.String(), Type.Null()], { description: 'What the decision names: an incident, a silence, a maintenance occurrence, a route (integration@revision), a user paged' }),
});

const IncidentLink = Type.Union([Type.Object({ id: Type.String(), number: Type.Integer(), title: Type.String(), status: Type.String() }), Type.Null()]);

const ListedAlert = Type.Object({
  id: Type.String(),
  dedup_key: Type.String(),
  status: Type.Union(ALERT_STATUSES.map((s) => Type.Literal(s))),
  summary: Type.String(),
  severity: Type.String(),
  service: Type.Object({ id: Type.String(), name: Type.String() }),
  incident: IncidentLink,
  held_by: NullableText,
  first_seen_at: Timestamp,
  last_seen_at: Timestamp,
  event_count: Type.Integer(),
  decision: Type.Union([Type.Object({ kind: Type.String(), reason: Type.String() }), Type.Null()], { description: 'The decision that settled what the alert did (held, capped, opened, attached…)' }),
});

const AlertDetail = Type.Intersect([AlertSchema, Type.Object({
  service: Type.Object({ id: Type.String(), name: Type.String() }),
  incident: IncidentLink,
  held_by: NullableText,
  decisions: Type.Array(DecisionSchema, { description: 'In order: the alert\'s decision trail, then its incident\'s page outcomes after it joined' }),
})]);

const ListQuery = Type.Object(
  {
    service: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'Only this service\'s alerts (its id)' })),
    status: Type.Optional(Type.Union(ALERT_STATUSES.map((s) => Type.Literal(s)), { description: 'suppressed: alerts a silence or maintenance window held back' })),
    incident: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Only the alerts of this incident (number or id)' })),
    since: Type.Optional(Timestamp),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Text in the summary or dedup key' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'next_cursor of the previous page, with the same filters' })),
  },
  { additionalProperties: false },
);

export function alertRoutes(db: Kysely<Schema>, now: () => number, dialect?: SqlDialect): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/alerts', {
      config: { access: 'read' },
      schema: {
        tags: ['alerts'],
        summary: 'Recent alerts, newest first, including those that opened nothing (suppressed, capped)',
        querystring: ListQuery,
        response: { 200: Type.Object({ alerts: Type.Array(ListedAlert), next_cursor: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorResponse, 404: ErrorResponse },
      },
    }, async (request) => {
      const q = request.query;
      const incidentId = q.incident === undefined ? undefined : (await findIncident(db, /^\d+$/.test(q.incident) ? Number(q.incident) : q.incident)).id;
      const since = q.since === undefined ? undefined : Date.parse(q.since);
      const page = await listAlerts(db, dialect?.caseInsensitiveLike ?? 'like', {
        ...(q.service === undefined ? {} : { serviceId: q.service }),
        ...(q.status === undefined ? {} : { status: q.status }),
        ...(incidentId === undefined ? {} : { incidentId }),
        ...(since === undefined ? {} : { since }),
        ...(q.q === undefined ? {} : { text: q.q }),
        limit: q.limit,
        ...(q.cursor === undefined ? {} : { cursor: q.cursor }),
      });
      return {
        alerts: page.alerts.map(({ row, service, incident }) => ({
          id: row.id,
          dedup_key: row.dedup_key,
          status: row.status,
          summary: row.summary,
          severity: row.severity_id,
          service,
          incident,
          held_by: row.held_by ?? null,
          first_seen_at: iso(row.first_seen_at),
          last_seen_at: iso(row.last_seen_at),
          event_count: row.event_count,
          decision: latestDecision(row, incident),
        })),
        next_cursor: page.nextCursor,
      };
    });

    app.get('/alerts/:id', {
      config: { access: 'read' },
      schema: {
        tags: ['alerts'],
        summary: 'One alert with its decisions: why it paged, or why it did not',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: AlertDetail, 404: ErrorResponse },
      },
    }, async (request) => {
      const row = await db.selectFrom('alerts').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!row) throw new VigilError('VIGIL_ALERT_NOT_FOUND', `no alert has the id "${request.params.id}"; GET /api/v1/alerts lists recent alerts`);
      const service = await db.selectFrom('services').select(['id', 'name']).where('id', '=', row.service_id).executeTakeFirstOrThrow();
      const incident = row.incident_id === null ? null : ((await db.selectFrom('incidents').select(['id', 'number', 'title', 'status']).where('id', '=', row.incident_id).executeTakeFirst()) ?? null);
      return { ...alertBody(row), service, incident, held_by: row.held_by ?? null, decisions: await alertDecisions(db, row) };
    });

    app.get('/incidents/:ref/alerts', {
      config: { access: 'read' },
      schema: {
        tags: ['incidents'],
        summary: 'The alerts grouped into an incident, open ones first; on a storm incident, what the storm counted',
        params: IncidentRefParams,
        response: { 200: Type.Object({ alerts: Type.Array(AlertSchema), storm: Type.Optional(StormSchema) }), 404: ErrorResponse },
      },
    }, async (request) => {
      const incident = await findIncident(db, request.params.ref);
      const rows = await db.selectFrom('alerts').selectAll().where('incident_id', '=', incident.id).orderBy('first_seen_at').orderBy('id').execute();
      const ordered = [...rows.filter((r) => r.status !== 'resolved'), ...rows.filter((r) => r.status === 'resolved')];
      const storm = incident.alert_group_key?.startsWith('storm:') ? await db.selectFrom('alert_storms').selectAll().where('incident_id', '=', incident.id).executeTakeFirst() : undefined;
      if (!storm) return { alerts: ordered.map(alertBody) };
      const byId = new Map(rows.map((r) => [r.id, r]));
      const brief = (id: string | null) => {
        const row = id === null ? undefined : byId.get(id);
        return row ? { id: row.id, summary: row.summary, first_seen_at: iso(row.first_seen_at) } : null;
      };
      return {
        alerts: ordered.map(alertBody),
        storm: {
          state: storm.state,
          counted: storm.capped_count,
          started_at: iso(Number(storm.started_at)),
          ended_at: storm.ended_at === null ? null : iso(Number(storm.ended_at)),
          first_alert: brief(storm.first_alert_id),
          last_alert: brief(storm.last_alert_id),
        },
      };
    });

    app.get('/incidents/:ref/changes', {
      config: { access: 'read' },
      schema: {
        tags: ['incidents'],
        summary: "Recent changes to the incident's service: from 24 h before it triggered until it resolved, newest first",
        params: IncidentRefParams,
        response: { 200: Type.Object({ changes: Type.Array(ChangeSchema) }), 404: ErrorResponse },
      },
    }, async (request) => {
      const incident = await findIncident(db, request.params.ref);
      if (incident.service_id === null) return { changes: [] };
      const rows = await db
        .selectFrom('change_events')
        .selectAll()
        .where('service_id', '=', incident.service_id)
        .where('occurred_at', '>=', incident.triggered_at - RECENT_CHANGE_WINDOW_MS)
        .where('occurred_at', '<=', incident.resolved_at ?? now())
        .orderBy('occurred_at', 'desc')
        .limit(50)
        .execute();
      return {
        changes: rows.map((row) => ({
          id: row.id,
          summary: row.summary,
          source: row.source,
          occurred_at: iso(row.occurred_at),
          details: parseJson<Record<string, unknown>>(row.details),
          links: parseJson<{ href: string; text?: string }[]>(row.links),
        })),
      };
    });
  };
}

function alertBody(row: AlertRow) {
  return {
    id: row.id,
    dedup_key: row.dedup_key,
    status: row.status,
    summary: row.summary,
    severity: row.severity_id,
    incoming_severity: row.incoming_severity,
    source: row.source,
    component: row.component,
    group: row.group_name,
    class: row.class,
    labels: parseJson<Record<string, string>>(row.labels),
    details: parseJson<Record<string, unknown>>(row.details),
    links: parseJson<{ href: string; text?: string }[]>(row.links),
    images: parseJson<{ src: string }[]>(row.images),
    client: row.client,
    client_url: row.client_url,
    first_seen_at: iso(row.first_seen_at),
    last_seen_at: iso(row.last_seen_at),
    resolved_at: row.resolved_at === null ? null : iso(row.resolved_at),
    event_count: row.event_count,
  };
}
