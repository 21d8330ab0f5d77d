import { sql, type Transaction } from 'kysely';
import type { DialectName } from '../core/db/database.js';
import { lockForUpdate } from '../core/db/dialect.js';
import { forUpdate, insertRow } from '../core/db/hot-path.js';
import type { AlertRow, IncidentRow, Schema } from '../core/db/schema.js';
import { newId } from '../core/ids.js';
import { applyTransition, insertIncident } from '../incidents/incident-writes.js';
import type { Severity } from '../incidents/severities.js';
import { appendTimeline } from '../incidents/timeline.js';
import type { AlertBatch, AlertEvent } from '../ingest/alert-event.js';
import { mapSeverity } from '../ingest/severity-map.js';
import { integrationActor, type Integration } from './integrations.js';

/** What one event did: the answer a sender never sees, but tests and logs do. */
export type EventOutcome =
  | { readonly dedupKey: string; readonly result: 'opened' | 'attached' | 'updated' | 'acknowledged' | 'resolved'; readonly incidentNumber: number }
  /** ack/resolve for no open alert: accepted and dropped, as PagerDuty does. */
  | { readonly dedupKey: string; readonly result: 'ignored' };

export interface ProcessContext {
  readonly trx: Transaction<Schema>;
  readonly dialect: DialectName;
  readonly now: number;
  /** Configured severities, most severe first. */
  readonly severities: readonly Severity[];
}

/**
 * Applies a batch of alert events inside the caller's transaction: dedup by (service, dedup
 * key) among open alerts, grouping by incident key, incident lifecycle driven by the alerts.
 * Concurrent writers meet at the partial unique indexes on open alerts and open alert groups;
 * the loser's transaction fails and is retried by the caller, then sees the winner's rows.
 */
export async function processBatch(context: ProcessContext, integration: Integration, batch: AlertBatch): Promise<EventOutcome[]> {
  const outcomes: EventOutcome[] = [];
  for (const event of batch.events) outcomes.push(await processEvent(context, integration, batch, event));
  return outcomes;
}

async function processEvent(context: ProcessContext, integration: Integration, batch: AlertBatch, event: AlertEvent): Promise<EventOutcome> {
  const { trx, dialect } = context;
  const open = (
    await sql<AlertRow>`select * from alerts where service_id = ${integration.serviceId} and dedup_key = ${event.dedupKey} and status <> 'resolved' ${forUpdate(dialect)}`.execute(trx)
  ).rows[0];

  switch (event.action) {
    case 'trigger':
      return open ? updateAlert(context, integration, open, event) : openAlert(context, integration, batch, event);
    case 'acknowledge':
      return open ? acknowledgeAlert(context, integration, open) : { dedupKey: event.dedupKey, result: 'ignored' };
    case 'resolve':
      return open ? resolveAlert(context, integration, batch, open) : { dedupKey: event.dedupKey, result: 'ignored' };
  }
}

function severityFor(context: ProcessContext, integration: Integration, event: AlertEvent): Severity {
  const id = mapSeverity(event.severityHints, integration.severityMap, context.severities);
  // mapSeverity only returns configured ids.
  return context.severities.find((s) => s.id === id) as Severity;
}

function alertFields(event: AlertEvent, severity: Severity) {
  return {
    summary: event.summary ?? event.dedupKey,
    severity_id: severity.id,
    incoming_severity: event.severityHints[0] ?? null,
    source: event.source,
    component: event.component,
    group_name: event.group,
    class: event.class,
    labels: JSON.stringify(event.labels),
    details: JSON.stringify(event.details),
    links: JSON.stringify(event.links),
    images: JSON.stringify(event.images),
    client: event.client,
    client_url: event.clientUrl,
    occurred_at: event.occurredAt,
  };
}

async function openAlert(context: ProcessContext, integration: Integration, batch: AlertBatch, event: AlertEvent): Promise<EventOutcome> {
  const { trx, dialect, now } = context;
  const severity = severityFor(context, integration, event);
  const actor = integrationActor(integration);
  const groupKey = event.incidentKey === null ? null : `${integration.id}:${event.incidentKey}`;
  let incident: IncidentRow | undefined;
  if (groupKey !== null) {
    incident = await lockForUpdate(dialect, trx.selectFrom('incidents').selectAll().where('alert_group_key', '=', groupKey).where('status', '<>', 'resolved')).executeTakeFirst();
  }
  let result: 'opened' | 'attached';
  if (incident) {
    result = 'attached';
    await appendTimeline(trx, incident.id, now, {
      kind: 'alert_added',
      actor,
      message: `Alert added: ${event.summary ?? event.dedupKey}`,
      data: { dedup_key: event.dedupKey, severity: severity.id },
    });
    await raiseSeverity(context, incident, severity, actor);
  } else {
    result = 'opened';
    const title = batch.title ?? event.summary ?? event.dedupKey;
    incident = await insertIncident(trx, dialect, {
      title: title.slice(0, 1024),
      description: null,
      serviceId: integration.serviceId,
      severity,
      commanderId: null,
      alertGroupKey: groupKey,
      now,
      actor,
      kind: 'triggered',
      message: `Triggered by ${integration.type} integration of ${integration.serviceName}: ${event.summary ?? event.dedupKey}`,
      data: { dedup_key: event.dedupKey, incoming_severity: event.severityHints[0] ?? null },
    });
  }
  await insertRow(trx, 'alerts', {
      id: newId('alt'),
      service_id: integration.serviceId,
      integration_id: integration.id,
      incident_id: incident.id,
      dedup_key: event.dedupKey,
      status: 'triggered',
      ...alertFields(event, severity),
      first_seen_at: now,
      last_seen_at: now,
      acknowledged_at: null,
      resolved_at: null,
      event_count: 1,
  });
  return { dedupKey: event.dedupKey, result, incidentNumber: incident.number };
}

/** A repeat trigger: the alert's latest state, no new incident, no timeline noise. */
async function updateAlert(context: ProcessContext, integration: Integration, alert: AlertRow, event: AlertEvent): Promise<EventOutcome> {
  const { trx, dialect, now } = context;
  const severity = severityFor(context, integration, event);
  await trx
    .updateTable('alerts')
    .set((eb) => ({ ...alertFields(event, severity), last_seen_at: now, event_count: eb('event_count', '+', 1) }))
    .where('id', '=', alert.id)
    .execute();
  const incident = await lockForUpdate(dialect, trx.selectFrom('incidents').selectAll().where('id', '=', alert.incident_id)).executeTakeFirstOrThrow();
  await raiseSeverity(context, incident, severity, integrationActor(integration));
  return { dedupKey: event.dedupKey, result: 'updated', incidentNumber: incident.number };
}

async function acknowledgeAlert(context: ProcessContext, integration: Integration, alert: AlertRow): Promise<EventOutcome> {
  const { trx, dialect, now } = context;
  const actor = integrationActor(integration);
  if (alert.status === 'triggered') {
    await trx.updateTable('alerts').set({ status: 'acknowledged', acknowledged_at: now, last_seen_at: now }).where('id', '=', alert.id).execute();
  }
  const incident = await lockForUpdate(dialect, trx.selectFrom('incidents').selectAll().where('id', '=', alert.incident_id)).executeTakeFirstOrThrow();
  if (incident.status === 'triggered') {
    await applyTransition(trx, dialect, incident, 'acknowledge', actor, now, `alert ${alert.dedup_key} acknowledged at the source`);
  }
  return { dedupKey: alert.dedup_key, result: 'acknowledged', incidentNumber: incident.number };
}

async function resolveAlert(context: ProcessContext, integration: Integration, batch: AlertBatch, alert: AlertRow): Promise<EventOutcome> {
  const { trx, dialect, now } = context;
  const actor = integrationActor(integration);
  await trx
    .updateTable('alerts')
    .set((eb) => ({ status: 'resolved', resolved_at: now, last_seen_at: now, event_count: eb('event_count', '+', 1) }))
    .where('id', '=', alert.id)
    .execute();
  const incident = await lockForUpdate(dialect, trx.selectFrom('incidents').selectAll().where('id', '=', alert.incident_id)).executeTakeFirstOrThrow();
  const stillOpen = await trx
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('incident_id', '=', incident.id)
    .where('status', '<>', 'resolved')
    .executeTakeFirstOrThrow();
  const remaining = Number(stillOpen.count);
  if (remaining === 0 && integration.autoResolve && batch.complete && incident.status !== 'resolved') {
    await applyTransition(trx, dialect, incident, 'resolve', actor, now, 'all alerts resolved');
  } else {
    const why =
      remaining > 0
        ? `${remaining} alert${remaining === 1 ? '' : 's'} still open`
        : !batch.complete
          ? 'the sender truncated its message, so other alerts may still fire; resolve by hand when they have'
          : 'the service leaves resolving to a person';
    await appendTimeline(trx, incident.id, now, {
      kind: 'alert_resolved',
      actor,
      message: `Alert resolved: ${alert.summary} (${why})`,
      data: { dedup_key: alert.dedup_key, open_alerts: remaining },
    });
  }
  return { dedupKey: alert.dedup_key, result: 'resolved', incidentNumber: incident.number };
}

/** An alert more severe than its incident raises the incident; alerts never lower it. */
async function raiseSeverity(context: ProcessContext, incident: IncidentRow, severity: Severity, actor: string): Promise<void> {
  const current = context.severities.find((s) => s.id === incident.severity_id);
  if (!current || severity.rank >= current.rank || incident.status === 'resolved') return;
  await context.trx
    .updateTable('incidents')
    .set({ severity_id: severity.id, urgency: severity.urgency, respond_by: incident.triggered_at + severity.respondWithinMs, updated_at: context.now })
    .where('id', '=', incident.id)
    .execute();
  await appendTimeline(context.trx, incident.id, context.now, {
    kind: 'severity_changed',
    actor,
    message: `Severity raised from ${current.id} to ${severity.id} by a more severe alert`,
    data: { from: current.id, to: severity.id },
  });
}
