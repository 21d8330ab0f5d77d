import { sql, type Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { AlertRow, IncidentRow, Schema } from '../core/db/schema.js';
import { newOrderedId } from '../core/ids.js';
import type { IncidentEvents, IncidentNotice } from '../incidents/incident-changes.js';
import { applyTransition, insertIncidents, newIncidentRow, type PendingIncident } from '../incidents/incident-writes.js';
import type { Severity } from '../incidents/severities.js';
import { TIMELINE_COLUMNS, timelineValues, type TimelineEntryInput } from '../incidents/timeline.js';
import type { AlertBatch, AlertEvent } from './alert-event.js';
import { mapSeverity } from './severity-map.js';
import { contentGroupKey } from './grouping.js';
import { integrationActor, type Integration } from './integrations.js';
import { alertSignature } from './signature.js';

/** What one event did: the answer a sender never sees, but tests and logs do. */
export type EventOutcome =
  | { readonly dedupKey: string; readonly result: 'opened' | 'attached' | 'updated' | 'acknowledged' | 'resolved'; readonly incidentNumber: number }
  /** ack/resolve for no open alert: accepted and dropped, as PagerDuty does. */
  | { readonly dedupKey: string; readonly result: 'ignored' };

export interface ProcessContext {
  readonly trx: Transaction<Schema>;
  readonly dialect: SqlDialect;
  readonly now: number;
  /** Configured severities, most severe first. */
  readonly severities: readonly Severity[];
  readonly events: IncidentEvents;
}

/**
 * Applies a batch of alert events inside the caller's transaction: dedup by (service, dedup
 * key) among open alerts, grouping by incident key, incident lifecycle driven by the alerts.
 * Concurrent writers meet at the partial unique indexes on open alerts and open alert groups;
 * the loser's transaction fails and is retried by the caller, then sees the winner's rows.
 *
 * The events take effect one after another, exactly as if each were applied alone in order (a
 * trigger after a resolve of the same alert opens a new one; an incident resolved by one event
 * is not the one the next trigger of its group attaches to), but the statements are per batch,
 * not per event: one read of the batch's open alerts, one of their incidents (and, when the batch
 * resolves anything, one count of their open alerts), then the events are applied in memory and
 * written with multi-row statements. Opening an incident and moving it through the status
 * machine are rare and run the incident code as they happen; pending rows are written first, so
 * that code sees the same database as it would after the events before it.
 */
export async function processBatch(context: ProcessContext, integration: Integration, batch: AlertBatch): Promise<EventOutcome[]> {
  return (await processBatches(context, [{ integration, batch }]))[0] as EventOutcome[];
}

/** One sender's message for one integration. */
export interface IngestUnit {
  readonly integration: Integration;
  readonly batch: AlertBatch;
}

/**
 * Several messages (concurrent requests, committed in one group) applied in order as one batch:
 * the same effect as `processBatch` on each in turn, with one read and one write for them all
 * instead of one per request.
 */
export async function processBatches(context: ProcessContext, units: readonly IngestUnit[]): Promise<EventOutcome[][]> {
  const run = new BatchRun(context, units);
  await run.load();
  const applied: AppliedEvent[][] = [];
  for (const unit of units) {
    run.begin(unit);
    const unitOutcomes: AppliedEvent[] = [];
    for (const event of unit.batch.events) unitOutcomes.push(await run.apply(event));
    applied.push(unitOutcomes);
  }
  await run.flush();
  // Incidents opened by the batch have their numbers now.
  const outcomes = applied.map((list) =>
    list.map((a): EventOutcome => (a.result === 'ignored' ? { dedupKey: a.dedupKey, result: 'ignored' } : { dedupKey: a.dedupKey, result: a.result, incidentNumber: a.incident.number })),
  );
  return outcomes;
}

/** What the change feed hears of a batch's outcomes: one notice per incident and kind. */
export function alertNotices(outcomes: readonly EventOutcome[]): IncidentNotice[] {
  const seen = new Map<string, IncidentNotice>();
  for (const outcome of outcomes) {
    if (outcome.result === 'ignored') continue;
    const kind = outcome.result === 'opened' ? 'opened' : outcome.result === 'acknowledged' ? 'acknowledged' : 'alerts_changed';
    seen.set(`${kind}:${outcome.incidentNumber}`, { kind, number: outcome.incidentNumber });
  }
  return [...seen.values()];
}

/** An outcome before the batch is written: a new incident's number is allocated at the flush. */
type AppliedEvent =
  | { readonly dedupKey: string; readonly result: 'opened' | 'attached' | 'updated' | 'acknowledged' | 'resolved'; readonly incident: IncidentRow }
  | { readonly dedupKey: string; readonly result: 'ignored' };

/** Open alerts are identified by (service, dedup key); one batch may span services. */
const openKey = (serviceId: string, dedupKey: string) => `${serviceId}\u0000${dedupKey}`;

/** An alert as the batch has left it so far. */
interface AlertState {
  readonly row: AlertRow;
  /** The row exists in the database (possibly with older values). */
  stored: boolean;
  /** The database's row differs from `row`. */
  dirty: boolean;
}

const ALERT_COLUMNS = [
  'id', 'service_id', 'integration_id', 'incident_id', 'dedup_key', 'status', 'summary', 'severity_id', 'incoming_severity', 'source', 'component',
  'group_name', 'class', 'labels', 'details', 'links', 'images', 'client', 'client_url', 'occurred_at', 'first_seen_at', 'last_seen_at',
  'acknowledged_at', 'resolved_at', 'event_count', 'signature',
] as const satisfies readonly (keyof AlertRow)[];

/** What a repeat, acknowledge or resolve can change on a stored alert. */
const ALERT_MUTABLE = [
  'status', 'summary', 'severity_id', 'incoming_severity', 'source', 'component', 'group_name', 'class', 'labels', 'details', 'links', 'images',
  'client', 'client_url', 'occurred_at', 'last_seen_at', 'acknowledged_at', 'resolved_at', 'event_count',
] as const satisfies readonly (keyof AlertRow)[];

const ALERT_UPSERT = `on conflict (id) do update set ${ALERT_MUTABLE.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`;


class BatchRun {
  private readonly trx: Transaction<Schema>;
  private readonly dialect: SqlDialect;
  private readonly now: number;
  /** The message being applied, its integration's actor name. */
  private current: IngestUnit;
  private actor: string;
  /** Open alerts of the batch's (service, dedup key)s, as the events so far have left them. */
  private readonly open = new Map<string, AlertState>();
  /** Alerts whose database row must be written (inserted or updated) at the next flush. */
  private readonly pending = new Set<AlertState>();
  /** Every incident the batch has read or opened, locked for the transaction, by id. */
  private readonly incidents = new Map<string, IncidentRow>();
  /** The open incident of each alert group the batch has seen: group key → incident id. */
  private readonly openGroups = new Map<string, string>();
  /** Open alerts per incident (counted when the batch resolves anything), kept up to date in memory. */
  private readonly openCounts = new Map<string, number>();
  /** Highest timeline seq written for an incident, where known without asking the database. */
  private readonly lastSeq = new Map<string, number>();
  private timeline: { incidentId: string; entry: TimelineEntryInput }[] = [];
  private readonly severityByHints = new Map<string, Severity>();
  /** Incidents opened by the batch and not yet written, in the order they were opened. */
  private newIncidents: PendingIncident[] = [];
  private readonly unwritten = new Set<string>();
  /** Content-based group keys, worked out once per trigger. */
  private readonly contentKeys = new Map<AlertEvent, string | null>();

  constructor(
    private readonly context: ProcessContext,
    private readonly units: readonly IngestUnit[],
  ) {
    this.trx = context.trx;
    this.dialect = context.dialect;
    this.now = context.now;
    if (units.length === 0) throw new Error('a batch needs at least one message');
    this.current = units[0] as IngestUnit;
    this.actor = integrationActor(this.current.integration);
  }

  /** The events that follow are this message's. */
  begin(unit: IngestUnit): void {
    if (unit.integration !== this.current.integration) this.actor = integrationActor(unit.integration);
    this.current = unit;
  }

  private get integration(): Integration {
    return this.current.integration;
  }

  /**
   * The alert group a trigger joins: its sender's group (Alertmanager's groupKey), scoped to the
   * integration; else the service's content-based group, if it has a rule; else none.
   */
  private groupKeyOf(event: AlertEvent, integration = this.integration): string | null {
    if (event.incidentKey !== null) return `${integration.id}:${event.incidentKey}`;
    if (integration.grouping === null) return null;
    let key = this.contentKeys.get(event);
    if (key === undefined) {
      // Null when the alert lacks a grouping field: an incident of its own (grouping.ts).
      key = contentGroupKey(integration.serviceId, integration.grouping, event);
      this.contentKeys.set(event, key);
    }
    return key;
  }

  /**
   * Reads (and on PostgreSQL locks) what the batch can touch: its open alerts, then their
   * incidents and the open incidents of its groups. Every writer locks an incident before adding
   * or changing its alerts, so the open-alert counts read after these locks stay true.
   */
  async load(): Promise<void> {
    const { trx, dialect } = this;
    const keysByService = new Map<string, Set<string>>();
    const groupKeySet = new Set<string>();
    for (const { integration, batch } of this.units) {
      let keys = keysByService.get(integration.serviceId);
      if (!keys) keysByService.set(integration.serviceId, (keys = new Set()));
      for (const event of batch.events) {
        keys.add(event.dedupKey);
        const groupKey = event.action === 'trigger' ? this.groupKeyOf(event, integration) : null;
        if (groupKey !== null) groupKeySet.add(groupKey);
      }
    }
    const alerts: AlertRow[] = [];
    for (const [serviceId, keySet] of keysByService) {
      // Sorted: PostgreSQL locks the rows in this order, and two nodes locking overlapping sets in
      // one order cannot deadlock over them.
      const keys = [...keySet].sort();
      // One index probe per key. With `dedup_key = any($1)` PostgreSQL, lacking statistics on a
      // young or fast-growing table, plans a scan of every open alert of the service (16 ms at
      // 100,000 alerts, against 0.2 ms).
      alerts.push(
        ...(await dialect.selectPerValue(trx, keys, (key) => sql<AlertRow>`select * from alerts where service_id = ${serviceId} and dedup_key ${key} and status <> 'resolved' ${dialect.forUpdate}`)),
      );
    }
    for (const row of alerts) this.open.set(openKey(row.service_id, row.dedup_key), { row, stored: true, dirty: false });

    const groupKeys = [...groupKeySet];
    const incidentIds = [...new Set(alerts.map((a) => a.incident_id))];
    const rows = [
      ...(await dialect.selectByValues(trx, groupKeys, (list) => sql<IncidentRow>`select * from incidents where alert_group_key ${list} and status <> 'resolved' ${dialect.forUpdate}`)),
      ...(await dialect.selectByValues(trx, incidentIds, (list) => sql<IncidentRow>`select * from incidents where id ${list} ${dialect.forUpdate}`)),
    ];
    for (const row of rows) {
      if (this.incidents.has(row.id)) continue;
      this.incidents.set(row.id, row);
      if (row.alert_group_key !== null && row.status !== 'resolved') this.openGroups.set(row.alert_group_key, row.id);
    }

    if (this.units.some((unit) => unit.batch.events.some((e) => e.action === 'resolve')) && this.incidents.size > 0) {
      const ids = [...this.incidents.keys()];
      for (const id of ids) this.openCounts.set(id, 0);
      const counts = await dialect.selectByValues(
        trx,
        ids,
        (list) => sql<{ incident_id: string; n: number }>`select incident_id, count(*) as n from alerts where incident_id ${list} and status <> 'resolved' group by incident_id`,
      );
      for (const { incident_id, n } of counts) this.openCounts.set(incident_id, Number(n));
    }
  }

  async apply(event: AlertEvent): Promise<AppliedEvent> {
    const open = this.open.get(openKey(this.integration.serviceId, event.dedupKey));
    switch (event.action) {
      case 'trigger':
        return open ? this.updateAlert(open, event) : this.openAlert(event);
      case 'acknowledge':
        return open ? this.acknowledgeAlert(open) : { dedupKey: event.dedupKey, result: 'ignored' };
      case 'resolve':
        return open ? this.resolveAlert(open) : { dedupKey: event.dedupKey, result: 'ignored' };
    }
  }

  private severityFor(event: AlertEvent): Severity {
    // Per integration: each maps severity words with its own service's map.
    const hints = `${this.integration.id}\u0000${event.severityHints.join('\u0000')}`;
    let severity = this.severityByHints.get(hints);
    if (!severity) {
      const id = mapSeverity(event.severityHints, this.integration.severityMap, this.context.severities);
      // mapSeverity only returns configured ids.
      severity = this.context.severities.find((s) => s.id === id) as Severity;
      this.severityByHints.set(hints, severity);
    }
    return severity;
  }

  private incidentOf(alert: AlertState): IncidentRow {
    const incident = this.incidents.get(alert.row.incident_id);
    // Loaded with the alert, or opened by this batch.
    if (!incident) throw new Error(`incident ${alert.row.incident_id} of alert ${alert.row.id} was not loaded`);
    return incident;
  }

  private changed(alert: AlertState): void {
    alert.dirty = true;
    this.pending.add(alert);
  }

  private async openAlert(event: AlertEvent): Promise<AppliedEvent> {
    const severity = this.severityFor(event);
    const groupKey = this.groupKeyOf(event);
    const groupIncident = groupKey === null ? undefined : this.openGroups.get(groupKey);
    let incident = groupIncident === undefined ? undefined : this.incidents.get(groupIncident);
    let result: 'opened' | 'attached';
    if (incident) {
      result = 'attached';
      this.appendTimeline(incident.id, {
        kind: 'alert_added',
        actor: this.actor,
        message: `Alert added: ${event.summary ?? event.dedupKey}`,
        data: { dedup_key: event.dedupKey, severity: severity.id },
      });
      await this.raiseSeverity(incident, severity);
    } else {
      result = 'opened';
      const title = this.current.batch.title ?? event.summary ?? event.dedupKey;
      const input = {
        title: title.slice(0, 1024),
        description: null,
        serviceId: this.integration.serviceId,
        severity,
        commanderId: null,
        alertGroupKey: groupKey,
        now: this.now,
        actor: this.actor,
        kind: 'triggered',
        message: `Triggered by ${this.integration.type} integration of ${this.integration.serviceName}: ${event.summary ?? event.dedupKey}`,
        data: { dedup_key: event.dedupKey, incoming_severity: event.severityHints[0] ?? null },
      } as const;
      // Written with the batch's other new incidents at the next flush.
      incident = newIncidentRow(input);
      this.newIncidents.push({ row: incident, input });
      this.unwritten.add(incident.id);
      this.incidents.set(incident.id, incident);
      if (groupKey !== null) this.openGroups.set(groupKey, incident.id);
      this.openCounts.set(incident.id, 0);
      this.lastSeq.set(incident.id, 1);
    }
    const alert: AlertState = {
      row: {
        id: newOrderedId('alt'),
        service_id: this.integration.serviceId,
        integration_id: this.integration.id,
        incident_id: incident.id,
        dedup_key: event.dedupKey,
        status: 'triggered',
        ...alertFields(event, severity),
        first_seen_at: this.now,
        last_seen_at: this.now,
        acknowledged_at: null,
        resolved_at: null,
        event_count: 1,
        signature: alertSignature(this.integration.serviceId, event),
        trail: '',
        held_by: null,
      },
      stored: false,
      dirty: true,
    };
    this.open.set(openKey(alert.row.service_id, event.dedupKey), alert);
    this.changed(alert);
    // Once per alert, when it opens: repeats of the same trigger would only repeat the advice.
    for (const note of event.notes ?? []) {
      this.appendTimeline(incident.id, { kind: 'alert_warning', actor: this.actor, message: note, data: { dedup_key: event.dedupKey } });
    }
    const count = this.openCounts.get(incident.id);
    if (count !== undefined) this.openCounts.set(incident.id, count + 1);
    return { dedupKey: event.dedupKey, result, incident };
  }

  /** A repeat trigger: the alert's latest state, no new incident, no timeline noise. */
  private async updateAlert(alert: AlertState, event: AlertEvent): Promise<AppliedEvent> {
    const severity = this.severityFor(event);
    Object.assign(alert.row, alertFields(event, severity), { last_seen_at: this.now, event_count: alert.row.event_count + 1 });
    this.changed(alert);
    const incident = this.incidentOf(alert);
    await this.raiseSeverity(incident, severity);
    return { dedupKey: event.dedupKey, result: 'updated', incident };
  }

  private async acknowledgeAlert(alert: AlertState): Promise<AppliedEvent> {
    if (alert.row.status === 'triggered') {
      Object.assign(alert.row, { status: 'acknowledged', acknowledged_at: this.now, last_seen_at: this.now });
      this.changed(alert);
    }
    const incident = this.incidentOf(alert);
    if (incident.status === 'triggered') {
      await this.transition(incident, 'acknowledge', `alert ${alert.row.dedup_key} acknowledged at the source`);
    }
    return { dedupKey: alert.row.dedup_key, result: 'acknowledged', incident };
  }

  private async resolveAlert(alert: AlertState): Promise<AppliedEvent> {
    Object.assign(alert.row, { status: 'resolved', resolved_at: this.now, last_seen_at: this.now, event_count: alert.row.event_count + 1 });
    this.changed(alert);
    this.open.delete(openKey(alert.row.service_id, alert.row.dedup_key));
    const incident = this.incidentOf(alert);
    const remaining = (await this.openCount(incident.id)) - 1;
    this.openCounts.set(incident.id, remaining);
    if (remaining === 0 && this.integration.autoResolve && this.current.batch.complete && incident.status !== 'resolved') {
      await this.transition(incident, 'resolve', 'all alerts resolved');
    } else {
      const why =
        remaining > 0
          ? `${remaining} alert${remaining === 1 ? '' : 's'} still open`
          : !this.current.batch.complete
            ? 'the sender truncated its message, so other alerts may still fire; resolve by hand when they have'
            : 'the service leaves resolving to a person';
      this.appendTimeline(incident.id, {
        kind: 'alert_resolved',
        actor: this.actor,
        message: `Alert resolved: ${alert.row.summary} (${why})`,
        data: { dedup_key: alert.row.dedup_key, open_alerts: remaining },
      });
    }
    return { dedupKey: alert.row.dedup_key, result: 'resolved', incident };
  }

  /** Open alerts of an incident, this alert still included. Counted in `load` for every incident it read. */
  private async openCount(incidentId: string): Promise<number> {
    const known = this.openCounts.get(incidentId);
    if (known !== undefined) return known;
    await this.flush();
    const row = await sql<{ n: number }>`select count(*) as n from alerts where incident_id = ${incidentId} and status <> 'resolved'`.execute(this.trx);
    // The alert being resolved was written as resolved by the flush; count it as still open.
    return Number(row.rows[0]?.n ?? 0) + 1;
  }

  /** The status machine's move, on the database as the events before it have left it. */
  private async transition(incident: IncidentRow, action: 'acknowledge' | 'resolve', note: string): Promise<void> {
    await this.flush();
    const moved = await applyTransition({ trx: this.trx, dialect: this.dialect, events: this.context.events }, { incident, action, actor: this.actor, now: this.now, note });
    Object.assign(incident, moved);
    // applyTransition appended to the timeline itself.
    this.lastSeq.delete(incident.id);
    if (action === 'resolve') {
      // It also resolved the incident's open alerts (none are left when ingest resolves it).
      for (const [key, alert] of this.open) {
        if (alert.row.incident_id !== incident.id) continue;
        Object.assign(alert.row, { status: 'resolved', resolved_at: this.now });
        this.open.delete(key);
      }
      this.openCounts.set(incident.id, 0);
      if (incident.alert_group_key !== null && this.openGroups.get(incident.alert_group_key) === incident.id) this.openGroups.delete(incident.alert_group_key);
    }
  }

  /** An alert more severe than its incident raises the incident; alerts never lower it. */
  private async raiseSeverity(incident: IncidentRow, severity: Severity): Promise<void> {
    const current = this.context.severities.find((s) => s.id === incident.severity_id);
    if (!current || severity.rank >= current.rank || incident.status === 'resolved') return;
    const patch = { severity_id: severity.id, urgency: severity.urgency, respond_by: incident.triggered_at + severity.respondWithinMs, updated_at: this.now };
    // An incident the batch opened is written later with the patched row (and announced opened with it).
    if (!this.unwritten.has(incident.id)) {
      await this.trx.updateTable('incidents').set(patch).where('id', '=', incident.id).execute();
      // As a severity changed by hand is: the response target and the update cadence follow it.
      await this.context.events.announce(this.trx, [{ kind: 'severity_changed', incident: { ...incident }, from: current.id, to: severity.id }], this.now);
    }
    Object.assign(incident, patch);
    this.appendTimeline(incident.id, {
      kind: 'severity_changed',
      actor: this.actor,
      message: `Severity raised from ${current.id} to ${severity.id} by a more severe alert`,
      data: { from: current.id, to: severity.id },
    });
  }

  private appendTimeline(incidentId: string, entry: TimelineEntryInput): void {
    this.timeline.push({ incidentId, entry });
  }

  /** Writes new incidents, pending alerts and timeline entries: a few multi-row statements. */
  async flush(): Promise<void> {
    const { trx, dialect } = this;
    if (this.newIncidents.length > 0) {
      const incidents = this.newIncidents;
      this.newIncidents = [];
      this.unwritten.clear();
      await insertIncidents({ trx, dialect, events: this.context.events }, incidents);
    }
    if (this.pending.size > 0) {
      const stored: unknown[][] = [];
      const added: unknown[][] = [];
      for (const alert of this.pending) {
        (alert.stored ? stored : added).push(ALERT_COLUMNS.map((c) => alert.row[c]));
        alert.stored = true;
        alert.dirty = false;
      }
      this.pending.clear();
      // Stored alerts first: one resolved here frees its dedup key for a new alert below.
      if (stored.length > 0) await dialect.insertRows(trx, 'alerts', ALERT_COLUMNS, stored, ALERT_UPSERT);
      if (added.length > 0) await dialect.insertRows(trx, 'alerts', ALERT_COLUMNS, added);
    }
    if (this.timeline.length > 0) {
      const entries = this.timeline;
      this.timeline = [];
      const unknown = [...new Set(entries.map((e) => e.incidentId).filter((id) => !this.lastSeq.has(id)))];
      for (const id of unknown) this.lastSeq.set(id, 0);
      const last = await dialect.selectByValues(
        trx,
        unknown,
        // One max() per incident, which both databases answer from the end of the primary key;
        // `max(seq) … group by incident_id` would read every entry of the incident.
        (list) => sql<{ incident_id: string; seq: number | null }>`select i.id as incident_id, (select max(t.seq) from timeline_entries t where t.incident_id = i.id) as seq from incidents i where i.id ${list}`,
      );
      for (const { incident_id, seq } of last) this.lastSeq.set(incident_id, Number(seq ?? 0));
      const rows = entries.map(({ incidentId, entry }) => {
        const seq = (this.lastSeq.get(incidentId) ?? 0) + 1;
        this.lastSeq.set(incidentId, seq);
        return timelineValues(incidentId, seq, this.now, entry);
      });
      await dialect.insertRows(trx, 'timeline_entries', TIMELINE_COLUMNS, rows);
    }
  }
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
