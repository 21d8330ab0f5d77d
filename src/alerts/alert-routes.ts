import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { ErrorResponse } from '../http/schemas.js';
import { findIncident, IncidentRefParams } from '../incidents/incident-ref.js';

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

const ChangeSchema = Type.Object({
  id: Type.String(),
  summary: Type.String(),
  source: NullableText,
  occurred_at: Timestamp,
  details: Type.Record(Type.String(), Type.Unknown()),
  links: Type.Array(Link),
});

export function alertRoutes(db: Kysely<Schema>, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/incidents/:ref/alerts', {
      config: { access: 'read' },
      schema: { tags: ['incidents'], summary: 'The alerts grouped into an incident, open ones first', params: IncidentRefParams, response: { 200: Type.Object({ alerts: Type.Array(AlertSchema) }), 404: ErrorResponse } },
    }, async (request) => {
      const incident = await findIncident(db, request.params.ref);
      const rows = await db.selectFrom('alerts').selectAll().where('incident_id', '=', incident.id).orderBy('first_seen_at').orderBy('id').execute();
      const ordered = [...rows.filter((r) => r.status !== 'resolved'), ...rows.filter((r) => r.status === 'resolved')];
      return {
        alerts: ordered.map((row) => ({
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
        })),
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
