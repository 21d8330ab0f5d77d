import { sql, type Transaction } from 'kysely';
import type { AlertFlapsTable, AlertStormsTable } from '../core/db/schema.js';
import { enqueueJobs, type NewJob } from '../engine/jobs.js';
import { jobKeys, type JobKind } from '../engine/job-catalogue.js';
import type { SqlDialect } from '../core/db/dialect.js';
import type { AlertRow, IncidentRow, Schema } from '../core/db/schema.js';
import type { Selectable } from 'kysely';
import { newOrderedId } from '../core/ids.js';
import { hashKey } from '../core/db/group-commit.js';
import type { IncidentEvents, IncidentNotice } from '../incidents/incident-changes.js';
import { announceOpened, applyTransition, insertIncidents, newIncidentRow, type PendingIncident } from '../incidents/incident-writes.js';
import type { Severity } from '../incidents/severities.js';
import { TIMELINE_COLUMNS, timelineValues, type TimelineEntryInput } from '../incidents/timeline.js';
import type { AlertBatch, AlertEvent } from './alert-event.js';
import { mapSeverity } from './severity-map.js';
import { contentGroupKey, ruleTimers, type GroupingRule } from './grouping.js';
import { integrationActor, type Integration } from './integrations.js';
import { alertSignature } from './signature.js';
import { appendTrail, type TrailEntry } from './decision-trail.js';
import { recordFlapChange, type FlapState } from './flapping.js';
import type { HoldRules } from './holds.js';
import { matchRoutes, type CompiledRoute } from './routing.js';
import { isCapped, mayCap, stormGroupKey } from './storm.js';

/** What one event did: the answer a sender never sees, but tests and logs do. */
export type EventOutcome =
  | { readonly dedupKey: string; readonly result: 'opened' | 'attached' | 'updated' | 'acknowledged' | 'resolved'; readonly incidentNumber: number }
  /** The alert is held back (silence, maintenance window): recorded, no incident, no page. */
  | { readonly dedupKey: string; readonly result: 'suppressed' }
  /** ack/resolve for no open alert: accepted and dropped, as PagerDuty does. */
  | { readonly dedupKey: string; readonly result: 'ignored' };

export interface ProcessContext {
  readonly trx: Transaction<Schema>;
  readonly dialect: SqlDialect;
  readonly now: number;
  /** Configured severities, most severe first. */
  readonly severities: readonly Severity[];
  readonly events: IncidentEvents;
  /** What may hold a new alert back, as loaded at `noiseRevision` (holds.ts). */
  readonly holds?: readonly HoldRules[];
  /** The noise revision the batch ran at: routes in trails name it. */
  readonly noiseRevision?: number;
  /** Trail entries written, by code: the caller counts them in /metrics once they are committed. */
  readonly decisions?: Map<string, number>;
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
    list.map((a): EventOutcome => ('incident' in a ? { dedupKey: a.dedupKey, result: a.result, incidentNumber: a.incident.number } : { dedupKey: a.dedupKey, result: a.result })),
  );
  return outcomes;
}

/**
 * What the change feed hears of one message's outcomes: one notice per incident and kind, each
 * saying whether its service may have grouping timers. The outcomes' incidents are on the
 * integration's service or a route's, so none has timers when none of those services has: the
 * same settings the batch grouped with (a changed rule reaches ingest within its cache's life).
 */
export function alertNotices(outcomes: readonly EventOutcome[], integration: Integration): IncidentNotice[] {
  const timers = hasGroupingTimers(integration.grouping) || integration.routes.some((route) => hasGroupingTimers(route.target.grouping));
  // Only `false` is worth its bytes in a NOTIFY payload: absent already means "read the service".
  const known = timers ? {} : { groupingTimers: false };
  const seen = new Map<string, IncidentNotice>();
  for (const outcome of outcomes) {
    if (outcome.result === 'ignored' || outcome.result === 'suppressed') continue;
    const kind = outcome.result === 'opened' ? 'opened' : outcome.result === 'acknowledged' ? 'acknowledged' : 'alerts_changed';
    seen.set(`${kind}:${outcome.incidentNumber}`, { kind, number: outcome.incidentNumber, ...known });
  }
  return [...seen.values()];
}

function hasGroupingTimers(rule: GroupingRule | null): boolean {
  const { waitMs, intervalMs } = ruleTimers(rule);
  return waitMs > 0 || intervalMs > 0;
}

/** An outcome before the batch is written: a new incident's number is allocated at the flush. */
type AppliedEvent =
  | { readonly dedupKey: string; readonly result: 'opened' | 'attached' | 'updated' | 'acknowledged' | 'resolved'; readonly incident: IncidentRow }
  | { readonly dedupKey: string; readonly result: 'ignored' | 'suppressed' };

/** Open alerts are identified by (service, dedup key); one batch may span services. */
const openKey = (serviceId: string, dedupKey: string) => `${serviceId}\u0000${dedupKey}`;

/** An alert as the batch has left it so far. */
interface AlertState {
  readonly row: AlertRow;
  /** The row exists in the database (possibly with older values). */
  stored: boolean;
  /** The database's row differs from `row`. */
  dirty: boolean;
  /** How much of `row.trail` the database holds: the rest is appended by the next write. */
  trailStored: number;
}

const ALERT_COLUMNS = [
  'id', 'service_id', 'integration_id', 'incident_id', 'dedup_key', 'status', 'summary', 'severity_id', 'incoming_severity', 'source', 'component',
  'group_name', 'class', 'labels', 'details', 'links', 'images', 'client', 'client_url', 'occurred_at', 'first_seen_at', 'last_seen_at',
  'acknowledged_at', 'resolved_at', 'event_count', 'signature', 'trail', 'held_by', 'group_key',
] as const satisfies readonly (keyof AlertRow)[];

/** What a repeat, acknowledge or resolve can change on a stored alert. */
const ALERT_MUTABLE = [
  'status', 'summary', 'severity_id', 'incoming_severity', 'source', 'component', 'group_name', 'class', 'labels', 'details', 'links', 'images',
  'client', 'client_url', 'occurred_at', 'last_seen_at', 'acknowledged_at', 'resolved_at', 'event_count', 'incident_id', 'held_by', 'group_key',
] as const satisfies readonly (keyof AlertRow)[];

/** A stored alert's write carries only the trail entries added since it was read, appended in the same statement. */
const ALERT_UPSERT = `on conflict (id) do update set ${ALERT_MUTABLE.map((c) => `"${c}" = excluded."${c}"`).join(', ')}, "trail" = alerts."trail" || excluded."trail"`;

const FLAP_COLUMNS = ['service_id', 'dedup_key', 'changes', 'state', 'incident_id', 'settle_at', 'updated_at'] as const satisfies readonly (keyof AlertFlapsTable)[];
const FLAP_UPSERT = `on conflict (service_id, dedup_key) do update set ${FLAP_COLUMNS.slice(2).map((c) => `"${c}" = excluded."${c}"`).join(', ')}`;
const STORM_COLUMNS = ['service_id', 'state', 'incident_id', 'started_at', 'ended_at', 'capped_count', 'first_alert_id', 'last_alert_id', 'updated_at'] as const satisfies readonly (keyof AlertStormsTable)[];
const STORM_UPSERT = `on conflict (service_id) do update set ${STORM_COLUMNS.slice(1).map((c) => `"${c}" = excluded."${c}"`).join(', ')}`;

/** Flapping state of one identity as the batch has left it. */
interface FlapRecord extends FlapState {
  readonly serviceId: string;
  readonly dedupKey: string;
  dirty: boolean;
}

/** A service's storm state as the batch has left it. */
interface StormRecord {
  row: Selectable<AlertStormsTable> | null;
  /** Open (not suppressed) alerts of the service, read at load, then kept up to date in memory. */
  open: number;
  dirty: boolean;
}

/** Where one trigger goes: the service-side view of its integration, and the route that sent it there. */
interface Target {
  readonly view: Integration;
  readonly route: CompiledRoute<Integration> | null;
}

/** A held alert a release re-admits, with its integration as seen from its service. */
export interface HeldAlert {
  readonly row: AlertRow;
  readonly view: Integration;
}


class BatchRun {
  private readonly trx: Transaction<Schema>;
  private readonly dialect: SqlDialect;
  private readonly now: number;
  /** The message being applied, its integration's actor name. */
  private current: IngestUnit | null;
  private actor: string;
  /** The integration as seen from the service the event being applied goes to (routes change it). */
  private view: Integration | null;
  /** Open alerts of the batch's (service, dedup key)s, as the events so far have left them (suppressed ones included). */
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
  /** Content-based group keys, worked out once per trigger and service. */
  private readonly contentKeys = new Map<AlertEvent, Map<string, string | null>>();
  /** Where each trigger goes, worked out once. */
  private readonly targets = new Map<AlertEvent, Target[]>();
  /** Flapping rows read or made by the batch, by open key. */
  private readonly flaps = new Map<string, FlapRecord>();
  /** Storm state of each service the batch opens alerts on. */
  private readonly storms = new Map<string, StormRecord>();
  /** Services whose storm incident has been looked for. */
  private readonly stormLooked = new Set<string>();
  private jobs: NewJob<JobKind>[] = [];

  constructor(
    private readonly context: ProcessContext,
    private readonly units: readonly IngestUnit[],
  ) {
    this.trx = context.trx;
    this.dialect = context.dialect;
    this.now = context.now;
    this.current = units[0] ?? null;
    this.view = this.current?.integration ?? null;
    this.actor = this.current ? integrationActor(this.current.integration) : 'system';
  }

  /** The events that follow are this message's. */
  begin(unit: IngestUnit): void {
    if (unit.integration !== this.current?.integration) this.actor = integrationActor(unit.integration);
    this.current = unit;
    this.view = unit.integration;
  }

  /** The integration as seen from the service the alert at hand is on. */
  private get integration(): Integration {
    return this.view as Integration;
  }

  private get unit(): IngestUnit {
    return this.current as IngestUnit;
  }

  /** Where a trigger goes: each matching route's service, else the integration's own. */
  private targetsOf(event: AlertEvent, integration: Integration): Target[] {
    let found = this.targets.get(event);
    if (found === undefined) {
      const matched = integration.routes.length === 0 ? [] : matchRoutes(integration.routes, event);
      found = matched.length === 0 ? [{ view: integration, route: null }] : matched.map((route) => ({ view: route.target, route }));
      this.targets.set(event, found);
    }
    return found;
  }

  /** The services an acknowledge or resolve may find its trigger on: its integration's own and every route's. */
  private followServices(integration: Integration): Integration[] {
    const views = new Map<string, Integration>([[integration.serviceId, integration]]);
    for (const route of integration.routes) if (!views.has(route.target.serviceId)) views.set(route.target.serviceId, route.target);
    return [...views.values()];
  }

  /**
   * The alert group a trigger joins: its sender's group (Alertmanager's groupKey), scoped to the
   * integration; else the service's content-based group, if it has a rule; else none.
   */
  private groupKeyOf(event: AlertEvent, integration = this.integration): string | null {
    if (event.incidentKey !== null) return `${integration.id}:${event.incidentKey}`;
    if (integration.grouping === null) return null;
    let perService = this.contentKeys.get(event);
    if (!perService) this.contentKeys.set(event, (perService = new Map()));
    let key = perService.get(integration.serviceId);
    if (key === undefined) {
      // Null when the alert lacks a grouping field: an incident of its own (grouping.ts).
      key = contentGroupKey(integration.serviceId, integration.grouping, event);
      perService.set(integration.serviceId, key);
    }
    return key;
  }

  /**
   * Reads (and on PostgreSQL locks) what the batch can touch: its open alerts, then their
   * incidents and the open incidents of its groups, the flapping rows of its identities and
   * the storm state of services it may open alerts on. Every writer locks an incident before
   * adding or changing its alerts, so the open-alert counts read after these locks stay true.
   */
  async load(held: readonly HeldAlert[] = []): Promise<void> {
    const { trx, dialect } = this;
    const keysByService = new Map<string, Set<string>>();
    const followByIntegration = new Map<string, Set<string>>();
    const groupKeySet = new Set<string>();
    const triggersByService = new Map<string, { view: Integration; keys: Set<string> }>();
    const addKey = (serviceId: string, key: string) => {
      let keys = keysByService.get(serviceId);
      if (!keys) keysByService.set(serviceId, (keys = new Set()));
      keys.add(key);
    };
    const addTrigger = (view: Integration, key: string) => {
      let entry = triggersByService.get(view.serviceId);
      if (!entry) triggersByService.set(view.serviceId, (entry = { view, keys: new Set() }));
      entry.keys.add(key);
    };
    for (const { integration, batch } of this.units) {
      for (const event of batch.events) {
        if (event.action === 'trigger') {
          for (const { view } of this.targetsOf(event, integration)) {
            addKey(view.serviceId, event.dedupKey);
            addTrigger(view, event.dedupKey);
            const groupKey = this.groupKeyOf(event, view);
            if (groupKey !== null) groupKeySet.add(groupKey);
          }
        } else if (integration.routes.length > 0) {
          let keys = followByIntegration.get(integration.id);
          if (!keys) followByIntegration.set(integration.id, (keys = new Set()));
          keys.add(event.dedupKey);
        } else {
          addKey(integration.serviceId, event.dedupKey);
        }
      }
    }
    for (const { row, view } of held) {
      addTrigger(view, row.dedup_key);
      if (row.group_key !== null) groupKeySet.add(row.group_key);
    }
    // The storm cap counts rows that do not exist yet: writers that may open alerts on a service
    // take its lock first (PostgreSQL; SQLite has one writer), in one order, before any row lock,
    // so two nodes cannot both see 999 open alerts and open the 1,000th and the 1,001st.
    for (const serviceId of [...triggersByService.keys()].sort()) await dialect.lockForTransaction(trx, hashKey(stormGroupKey(serviceId)));
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
    for (const [integrationId, keySet] of followByIntegration) {
      const keys = [...keySet].sort();
      alerts.push(
        ...(await dialect.selectPerValue(trx, keys, (key) => sql<AlertRow>`select * from alerts where integration_id = ${integrationId} and dedup_key ${key} and status <> 'resolved' ${dialect.forUpdate}`)),
      );
    }
    for (const { row } of held) alerts.push(row);
    for (const row of alerts) this.open.set(openKey(row.service_id, row.dedup_key), { row, stored: true, dirty: false, trailStored: row.trail?.length ?? 0 });

    // Flapping rows: only identities that resolved before have one, so a storm of new alerts finds none.
    const flapKeys = new Map<string, Set<string>>();
    for (const [serviceId, { keys }] of triggersByService) flapKeys.set(serviceId, new Set(keys));
    for (const row of alerts) {
      let keys = flapKeys.get(row.service_id);
      if (!keys) flapKeys.set(row.service_id, (keys = new Set()));
      keys.add(row.dedup_key);
    }
    for (const [serviceId, keySet] of flapKeys) {
      const rows = await dialect.selectByValues(trx, [...keySet].sort(), (list) => sql<Selectable<AlertFlapsTable>>`select * from alert_flaps where service_id = ${serviceId} and dedup_key ${list} ${dialect.forUpdate}`);
      for (const row of rows) {
        this.flaps.set(openKey(row.service_id, row.dedup_key), {
          serviceId: row.service_id,
          dedupKey: row.dedup_key,
          changes: JSON.parse(row.changes) as number[],
          state: row.state,
          incidentId: row.incident_id,
          settleAt: row.settle_at === null ? null : Number(row.settle_at),
          dirty: false,
        });
      }
    }

    // The storm cap: for each service that may get a new alert, its open alerts and whether a
    // storm is on, read before the incidents so that a service the batch may cap has its open
    // storm incident locked with them. Counts come from `service_open_alerts`, which triggers on
    // `alerts` keep exact (migration 022): one primary-key probe per service in one statement,
    // where counting the open alerts read up to `storm_limit` index entries per service.
    //
    // PostgreSQL: the trigger updating a service's count row holds its lock to commit. That adds
    // no wait cycle: every writer takes it last, when it writes an alert's status, after the
    // locks it waits for (ingest: the per-service locks above, the alerts and incidents below;
    // a hand resolve: its incident, then its alerts). Ingest flushes alerts in service order,
    // so two batches take count rows in one order; after a flush it waits for no row lock,
    // the storm incident being read here. What remains (two statements touching the same
    // services' rows in opposite heap order, such as hand resolves of incidents whose alerts
    // span services) PostgreSQL detects as a deadlock (40P01), which ingest retries
    // (isRetryableConflict). Increments are exact without the per-service lock: READ COMMITTED
    // updates re-read the row they waited for.
    const stormServices = [...triggersByService.entries()].filter(([serviceId, { keys }]) => [...keys].some((key) => held.length > 0 || !this.open.has(openKey(serviceId, key))));
    if (stormServices.length > 0) {
      const ids = stormServices.map(([serviceId]) => serviceId);
      const stormRows = await dialect.selectByValues(trx, ids, (list) => sql<Selectable<AlertStormsTable>>`select * from alert_storms where service_id ${list}`);
      const counts = await dialect.selectByValues(trx, ids, (list) => sql<{ service_id: string; open: number }>`select service_id, "open" from service_open_alerts where service_id ${list}`);
      const byService = new Map(stormRows.map((r) => [r.service_id, r]));
      const openByService = new Map(counts.map((r) => [r.service_id, Number(r.open)]));
      for (const [serviceId, { view, keys }] of stormServices) {
        const storm: StormRecord = { row: byService.get(serviceId) ?? null, open: openByService.get(serviceId) ?? 0, dirty: false };
        this.storms.set(serviceId, storm);
        // A dedup key has at most one open alert at a time: the batch adds at most one per key.
        if (mayCap(storm.open, keys.size, view.stormLimit, storm.row?.state === 'active')) {
          groupKeySet.add(stormGroupKey(serviceId));
          this.stormLooked.add(serviceId);
        }
      }
    }

    const groupKeys = [...groupKeySet];
    const incidentIds = [
      ...new Set([
        ...alerts.flatMap((a) => (a.incident_id === null ? [] : [a.incident_id])),
        ...[...this.flaps.values()].flatMap((f) => (f.state === 'flapping' && f.incidentId !== null ? [f.incidentId] : [])),
      ]),
    ];
    const rows = [
      ...(await dialect.selectByValues(trx, groupKeys, (list) => sql<IncidentRow>`select * from incidents where alert_group_key ${list} and status <> 'resolved' ${dialect.forUpdate}`)),
      ...(await dialect.selectByValues(trx, incidentIds, (list) => sql<IncidentRow>`select * from incidents where id ${list} ${dialect.forUpdate}`)),
    ];
    for (const row of rows) {
      if (this.incidents.has(row.id)) continue;
      this.incidents.set(row.id, row);
      if (row.alert_group_key !== null && row.status !== 'resolved') this.openGroups.set(row.alert_group_key, row.id);
    }

    const resolves = this.units.some((unit) => unit.batch.events.some((e) => e.action === 'resolve'));
    if ((resolves || held.length > 0) && this.incidents.size > 0) {
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
    const integration = this.unit.integration;
    if (event.action === 'trigger') {
      let first: AppliedEvent | undefined;
      for (const target of this.targetsOf(event, integration)) {
        this.view = target.view;
        const open = this.open.get(openKey(target.view.serviceId, event.dedupKey));
        const outcome = open ? await this.updateAlert(open, event) : await this.openAlert(event, target.route);
        first ??= outcome;
      }
      this.view = integration;
      return first as AppliedEvent;
    }
    // Acknowledge and resolve follow their trigger: the open alert(s) with this key from this integration.
    const found: { alert: AlertState; view: Integration }[] = [];
    if (integration.routes.length === 0) {
      const open = this.open.get(openKey(integration.serviceId, event.dedupKey));
      if (open) found.push({ alert: open, view: integration });
    } else {
      for (const view of this.followServices(integration)) {
        const open = this.open.get(openKey(view.serviceId, event.dedupKey));
        if (open && open.row.integration_id === integration.id) found.push({ alert: open, view });
      }
    }
    let first: AppliedEvent = { dedupKey: event.dedupKey, result: 'ignored' };
    for (const [index, { alert, view }] of found.entries()) {
      this.view = view;
      const outcome = event.action === 'acknowledge' ? await this.acknowledgeAlert(alert) : await this.resolveAlert(alert);
      if (index === 0) first = outcome;
    }
    this.view = integration;
    return first;
  }

  private severityFor(event: AlertEvent, route: CompiledRoute<Integration> | null = null): Severity {
    if (route?.severity) {
      const chosen = this.context.severities.find((s) => s.id === route.severity);
      if (chosen) return chosen;
    }
    // Per service: each maps severity words with its own service's map.
    const hints = `${this.integration.id}\u0000${this.integration.serviceId}\u0000${event.severityHints.join('\u0000')}`;
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
    const incident = alert.row.incident_id === null ? undefined : this.incidents.get(alert.row.incident_id);
    // Loaded with the alert, or opened by this batch.
    if (!incident) throw new Error(`incident ${alert.row.incident_id} of alert ${alert.row.id} was not loaded`);
    return incident;
  }

  private changed(alert: AlertState): void {
    alert.dirty = true;
    this.pending.add(alert);
  }

  private trail(alert: AlertState, ...entries: Omit<TrailEntry, 'offsetMs'>[]): void {
    alert.row.trail = appendTrail(alert.row.trail ?? '', ...entries.map((e) => ({ ...e, offsetMs: this.now - alert.row.first_seen_at })));
    const tally = this.context.decisions;
    if (tally) for (const { code } of entries) tally.set(code, (tally.get(code) ?? 0) + 1);
  }

  /** A hold that keeps this trigger back, if any source has one. */
  private holdFor(event: AlertEvent) {
    for (const rules of this.context.holds ?? []) {
      const hold = rules.holdFor(this.integration.serviceId, event, this.now);
      if (hold) return hold;
    }
    return null;
  }

  private async openAlert(event: AlertEvent, route: CompiledRoute<Integration> | null): Promise<AppliedEvent> {
    const severity = this.severityFor(event, route);
    const groupKey = this.groupKeyOf(event);
    const alert: AlertState = {
      row: {
        id: newOrderedId('alt'),
        service_id: this.integration.serviceId,
        integration_id: this.integration.id,
        incident_id: null,
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
        group_key: null,
      },
      stored: false,
      dirty: true,
      trailStored: 0,
    };
    this.open.set(openKey(alert.row.service_id, event.dedupKey), alert);
    this.changed(alert);
    if (this.unit.integration.routes.length > 0) {
      this.trail(alert, { code: 'R', arg: String(route?.number ?? 0), ref: `${this.unit.integration.id}@${this.context.noiseRevision ?? 0}` });
    }
    const hold = this.holdFor(event);
    if (hold) {
      Object.assign(alert.row, { status: 'suppressed', held_by: hold.ref, group_key: groupKey });
      this.trail(alert, { code: hold.kind === 'silenced' ? 'S' : 'W', ref: hold.ref });
      return { dedupKey: event.dedupKey, result: 'suppressed' };
    }
    const { incident, result } = await this.place(alert, event, groupKey, severity);
    // Once per alert, when it opens: repeats of the same trigger would only repeat the advice.
    for (const note of event.notes ?? []) {
      this.appendTimeline(incident.id, { kind: 'alert_warning', actor: this.actor, message: note, data: { dedup_key: event.dedupKey } });
    }
    return { dedupKey: event.dedupKey, result, incident };
  }

  /**
   * Steps 4 to 6 of the pipeline for an alert no hold keeps back: a flapping identity joins its
   * held incident; past the storm limit it is counted on the storm incident; else it joins its
   * group's open incident or opens one. Sets the alert's incident and writes its trail.
   */
  private async place(alert: AlertState, event: AlertEvent, groupKey: string | null, severity: Severity): Promise<{ incident: IncidentRow; result: 'opened' | 'attached' }> {
    const serviceId = this.integration.serviceId;
    const storm = this.storms.get(serviceId);
    const counted = () => {
      if (storm) storm.open += 1;
      const count = this.openCounts.get(alert.row.incident_id as string);
      if (count !== undefined) this.openCounts.set(alert.row.incident_id as string, count + 1);
    };

    const flap = this.flaps.get(openKey(serviceId, event.dedupKey));
    if (flap) {
      recordFlapChange(flap, this.now, 'fire', this.integration.flapping);
      flap.dirty = true;
      const held = flap.state === 'flapping' && flap.incidentId !== null ? this.incidents.get(flap.incidentId) : undefined;
      if (held && held.status !== 'resolved') {
        alert.row.incident_id = held.id;
        this.trail(alert, { code: 'F' }, { code: 'A', ref: held.id });
        this.appendTimeline(held.id, {
          kind: 'alert_added',
          actor: this.actor,
          message: `Alert fired again while flapping (no new page): ${event.summary ?? event.dedupKey}`,
          data: { dedup_key: event.dedupKey, severity: severity.id, flapping: true },
        });
        await this.raiseSeverity(held, severity);
        counted();
        return { incident: held, result: 'attached' };
      }
    }

    const groupIncident = groupKey === null ? undefined : this.openGroups.get(groupKey);
    let incident = groupIncident === undefined ? undefined : this.incidents.get(groupIncident);
    // The cap replaces opening: an alert whose group already has an open incident joins it (no
    // new incident, no page), as splitting one problem over two incidents would help nobody.
    if (storm && !incident) {
      const active = storm.row?.state === 'active';
      if (isCapped(storm.open, this.integration.stormLimit, active)) {
        const { incident, opened } = await this.stormIncident(severity, storm);
        alert.row.incident_id = incident.id;
        this.trail(alert, { code: 'C', ref: incident.id }, opened ? { code: 'O', ref: incident.id } : { code: 'A', ref: incident.id });
        const row = storm.row as Selectable<AlertStormsTable>;
        Object.assign(row, { capped_count: row.capped_count + 1, first_alert_id: row.first_alert_id ?? alert.row.id, last_alert_id: alert.row.id, updated_at: this.now });
        storm.dirty = true;
        if (!opened) await this.raiseSeverity(incident, severity);
        counted();
        return { incident, result: opened ? 'opened' : 'attached' };
      }
      if (active && storm.row) {
        Object.assign(storm.row, { state: 'ended', ended_at: this.now, updated_at: this.now });
        storm.dirty = true;
        if (storm.row.incident_id !== null) {
          this.appendTimeline(storm.row.incident_id, {
            kind: 'storm_ended',
            actor: 'system',
            message: `Alert storm over: open alerts fell below 90 % of the limit of ${this.integration.stormLimit}; new alerts open incidents again (${storm.row.capped_count} were counted here)`,
            data: { limit: this.integration.stormLimit, capped: storm.row.capped_count },
          });
        }
      }
    }

    const grouped = groupKey === null ? [] : [{ code: 'G' as const, arg: groupKey.startsWith('content:') ? (this.integration.grouping?.by ?? []).join(',') : 'sender' }];
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
      const title = this.current?.batch.title ?? event.summary ?? event.dedupKey;
      incident = this.openIncident({
        title,
        serviceId,
        severity,
        alertGroupKey: groupKey,
        message: `Triggered by ${this.integration.type} integration of ${this.integration.serviceName}: ${event.summary ?? event.dedupKey}`,
        data: { dedup_key: event.dedupKey, incoming_severity: event.severityHints[0] ?? null },
      });
    }
    alert.row.incident_id = incident.id;
    this.trail(alert, ...grouped, { code: result === 'opened' ? 'O' : 'A', ref: incident.id });
    counted();
    return { incident, result };
  }

  private openIncident(spec: { title: string; serviceId: string; severity: Severity; alertGroupKey: string | null; message: string; data: Record<string, unknown>; description?: string }): IncidentRow {
    const input = {
      title: spec.title.slice(0, 1024),
      description: spec.description ?? null,
      serviceId: spec.serviceId,
      severity: spec.severity,
      commanderId: null,
      alertGroupKey: spec.alertGroupKey,
      now: this.now,
      actor: this.actor,
      kind: 'triggered',
      message: spec.message,
      data: spec.data,
    } as const;
    // Written with the batch's other new incidents at the next flush.
    const incident = newIncidentRow(input);
    this.newIncidents.push({ row: incident, input });
    this.unwritten.add(incident.id);
    this.incidents.set(incident.id, incident);
    if (spec.alertGroupKey !== null) this.openGroups.set(spec.alertGroupKey, incident.id);
    this.openCounts.set(incident.id, 0);
    this.lastSeq.set(incident.id, 1);
    return incident;
  }

  /** The service's open storm incident, opened (one page) when there is none; starts the storm's row. */
  private async stormIncident(severity: Severity, storm: StormRecord): Promise<{ incident: IncidentRow; opened: boolean }> {
    const serviceId = this.integration.serviceId;
    const key = stormGroupKey(serviceId);
    if (!this.openGroups.has(key) && !this.stormLooked.has(serviceId)) {
      this.stormLooked.add(serviceId);
      const found = await sql<IncidentRow>`select * from incidents where alert_group_key = ${key} and status <> 'resolved' ${this.dialect.forUpdate}`.execute(this.trx);
      for (const row of found.rows) {
        if (!this.incidents.has(row.id)) this.incidents.set(row.id, row);
        this.openGroups.set(key, row.id);
      }
    }
    const existing = this.openGroups.get(key);
    const restart = (incidentId: string) => {
      if (storm.row?.state === 'active' && storm.row.incident_id === incidentId) return;
      storm.row = { service_id: serviceId, state: 'active', incident_id: incidentId, started_at: this.now, ended_at: null, capped_count: 0, first_alert_id: null, last_alert_id: null, updated_at: this.now };
      storm.dirty = true;
    };
    if (existing !== undefined) {
      const incident = this.incidents.get(existing) as IncidentRow;
      if (storm.row?.state !== 'active') {
        this.appendTimeline(incident.id, {
          kind: 'storm_started',
          actor: 'system',
          message: `Alert storm again: ${storm.open} open alerts on ${this.integration.serviceName} reached the limit of ${this.integration.stormLimit}; new alerts are counted here`,
          data: { limit: this.integration.stormLimit, open_alerts: storm.open },
        });
      }
      restart(incident.id);
      return { incident, opened: false };
    }
    const incident = this.openIncident({
      title: `Alert storm on ${this.integration.serviceName}`,
      serviceId,
      severity,
      alertGroupKey: key,
      description: `${this.integration.serviceName} has ${storm.open} open alerts, its storm limit of ${this.integration.stormLimit}. New alerts are counted on this incident instead of opening their own, until open alerts fall below 90 % of the limit.`,
      message: `Alert storm: ${storm.open} open alerts on ${this.integration.serviceName} reached the limit of ${this.integration.stormLimit}; new alerts are counted here`,
      data: { storm: true, limit: this.integration.stormLimit, open_alerts: storm.open },
    });
    restart(incident.id);
    return { incident, opened: true };
  }

  /** A repeat trigger: the alert's latest state, no new incident, no timeline noise. */
  private async updateAlert(alert: AlertState, event: AlertEvent): Promise<AppliedEvent> {
    const severity = this.severityFor(event);
    Object.assign(alert.row, alertFields(event, severity), { last_seen_at: this.now, event_count: alert.row.event_count + 1 });
    this.changed(alert);
    // A held alert's repeats only count: the hold decided for it, and its release re-admits it.
    if (alert.row.status === 'suppressed') return { dedupKey: event.dedupKey, result: 'suppressed' };
    const incident = this.incidentOf(alert);
    await this.raiseSeverity(incident, severity);
    return { dedupKey: event.dedupKey, result: 'updated', incident };
  }

  private async acknowledgeAlert(alert: AlertState): Promise<AppliedEvent> {
    if (alert.row.status === 'suppressed') return { dedupKey: alert.row.dedup_key, result: 'suppressed' };
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
    const wasHeld = alert.row.status === 'suppressed';
    Object.assign(alert.row, { status: 'resolved', resolved_at: this.now, last_seen_at: this.now, event_count: alert.row.event_count + 1 });
    this.trail(alert, { code: 'V' });
    this.changed(alert);
    this.open.delete(openKey(alert.row.service_id, alert.row.dedup_key));
    // Held alerts never count towards flapping or the cap.
    if (wasHeld) return { dedupKey: alert.row.dedup_key, result: 'suppressed' };
    const storm = this.storms.get(alert.row.service_id);
    if (storm) storm.open = Math.max(0, storm.open - 1);
    const incident = this.incidentOf(alert);
    const flapping = this.recordResolveForFlapping(alert, incident);
    const remaining = (await this.openCount(incident.id)) - 1;
    this.openCounts.set(incident.id, remaining);
    if (remaining === 0 && !flapping && this.integration.autoResolve && this.unit.batch.complete && incident.status !== 'resolved') {
      await this.transition(incident, 'resolve', 'all alerts resolved');
    } else {
      const why =
        remaining > 0
          ? `${remaining} alert${remaining === 1 ? '' : 's'} still open`
          : flapping
            ? `flapping: the incident stays open until the alert has been stable for ${Math.round(this.integration.flapping.windowMs / 60_000)} min`
            : !this.unit.batch.complete
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

  /** Records a resolve as a change of its identity; true while the identity is flapping (its incident is then held open). */
  private recordResolveForFlapping(alert: AlertState, incident: IncidentRow): boolean {
    const key = openKey(alert.row.service_id, alert.row.dedup_key);
    let flap = this.flaps.get(key);
    if (!flap) {
      // The alert's first firing is its first change; the row is made on its first resolve.
      flap = { serviceId: alert.row.service_id, dedupKey: alert.row.dedup_key, changes: [alert.row.first_seen_at], state: 'stable', incidentId: null, settleAt: null, dirty: true };
      this.flaps.set(key, flap);
    }
    flap.dirty = true;
    const settings = this.integration.flapping;
    const entered = recordFlapChange(flap, this.now, 'resolve', settings);
    if (entered) {
      flap.incidentId = incident.id;
      this.trail(alert, { code: 'F' });
      this.appendTimeline(incident.id, {
        kind: 'flapping_started',
        actor: 'system',
        message: `Alert ${alert.row.summary} is flapping: it resolved and fired again ${settings.threshold} times within ${Math.round(settings.windowMs / 60_000)} min. The incident stays open and re-fires join it without paging until it has been stable for ${Math.round(settings.windowMs / 60_000)} min`,
        data: { dedup_key: alert.row.dedup_key, threshold: settings.threshold, window_ms: settings.windowMs },
      });
      const settleAt = flap.settleAt as number;
      this.jobs.push({ kind: 'flap.settle', key: jobKeys.flapSettle(flap.serviceId, flap.dedupKey, settleAt), payload: { serviceId: flap.serviceId, dedupKey: flap.dedupKey, settleAt }, runAt: settleAt });
    }
    return flap.state === 'flapping' && flap.incidentId === incident.id;
  }

  /**
   * A held alert re-enters at step 3 when its hold ends: another hold may take it (its
   * `held_by` changes), else it is grouped, opened or attached as a new trigger would be.
   */
  async release(held: HeldAlert, ref: string): Promise<'held' | 'admitted' | 'skipped'> {
    const alert = this.open.get(openKey(held.row.service_id, held.row.dedup_key));
    // Guarded: only an alert still held by this hold, and still firing, is released.
    if (!alert || alert.row.status !== 'suppressed' || alert.row.held_by !== ref) return 'skipped';
    this.view = held.view;
    this.actor = integrationActor(held.view);
    const event = eventOfRow(alert.row);
    const hold = this.holdFor(event);
    // The hold's end moved (a silence extended): the job written for the new end releases it.
    if (hold?.ref === ref) return 'skipped';
    this.trail(alert, { code: 'L', ref });
    this.changed(alert);
    if (hold) {
      alert.row.held_by = hold.ref;
      this.trail(alert, { code: hold.kind === 'silenced' ? 'S' : 'W', ref: hold.ref });
      return 'held';
    }
    const severity = this.context.severities.find((s) => s.id === alert.row.severity_id) ?? (this.context.severities.at(-1) as Severity);
    const groupKey = alert.row.group_key;
    Object.assign(alert.row, { status: 'triggered', held_by: null, group_key: null });
    const { incident } = await this.place(alert, event, groupKey, severity);
    this.appendTimeline(incident.id, {
      kind: 'alert_warning',
      actor: 'system',
      message: `Alert ${alert.row.summary} was held by ${ref} and is still firing now that the hold has ended`,
      data: { dedup_key: alert.row.dedup_key, hold: ref },
    });
    return 'admitted';
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

  /** Writes new incidents, pending alerts, flapping and storm rows, timeline entries and jobs: a few multi-row statements. */
  async flush(): Promise<void> {
    const { trx, dialect } = this;
    const writer = { trx, dialect, events: this.context.events };
    const opened = this.newIncidents;
    if (opened.length > 0) {
      this.newIncidents = [];
      this.unwritten.clear();
      // Announced once their alerts are written too: subscribers see each new incident whole.
      await insertIncidents(writer, opened, { announce: false });
    }
    if (this.pending.size > 0) {
      const stored: unknown[][] = [];
      const added: unknown[][] = [];
      // In service order: the count rows the alerts' triggers update are locked in that order (see `load`).
      const pending = [...this.pending].sort((a, b) => (a.row.service_id < b.row.service_id ? -1 : a.row.service_id > b.row.service_id ? 1 : 0));
      for (const alert of pending) {
        const trail = alert.row.trail ?? '';
        if (alert.stored) {
          // Only what was appended since the row was read: the statement concatenates it.
          stored.push(ALERT_COLUMNS.map((c) => (c === 'trail' ? trail.slice(alert.trailStored) : alert.row[c])));
        } else {
          added.push(ALERT_COLUMNS.map((c) => alert.row[c]));
        }
        alert.trailStored = trail.length;
        alert.stored = true;
        alert.dirty = false;
      }
      this.pending.clear();
      // Stored alerts first: one resolved here frees its dedup key for a new alert below.
      if (stored.length > 0) await dialect.insertRows(trx, 'alerts', ALERT_COLUMNS, stored, ALERT_UPSERT);
      if (added.length > 0) await dialect.insertRows(trx, 'alerts', ALERT_COLUMNS, added);
    }
    const flaps = [...this.flaps.values()].filter((f) => f.dirty);
    if (flaps.length > 0) {
      for (const f of flaps) f.dirty = false;
      await dialect.insertRows(trx, 'alert_flaps', FLAP_COLUMNS, flaps.map((f) => [f.serviceId, f.dedupKey, JSON.stringify(f.changes), f.state, f.incidentId, f.settleAt, this.now]), FLAP_UPSERT);
    }
    if (opened.length > 0) await announceOpened(writer, opened);
    const storms = [...this.storms.values()].filter((s) => s.dirty && s.row !== null);
    if (storms.length > 0) {
      for (const s of storms) s.dirty = false;
      await dialect.insertRows(trx, 'alert_storms', STORM_COLUMNS, storms.map((s) => STORM_COLUMNS.map((c) => (s.row as Selectable<AlertStormsTable>)[c])), STORM_UPSERT);
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
    if (this.jobs.length > 0) {
      const jobs = this.jobs;
      this.jobs = [];
      await enqueueJobs(trx, dialect, jobs, this.now);
    }
  }
}

/** A stored alert as the trigger it was: what holds and grouping read when it is released. */
export function eventOfRow(row: AlertRow): AlertEvent {
  return {
    action: 'trigger',
    dedupKey: row.dedup_key,
    dedupKeyGenerated: false,
    incidentKey: null,
    summary: row.summary,
    severityHints: row.incoming_severity === null ? [] : [row.incoming_severity],
    source: row.source,
    component: row.component,
    group: row.group_name,
    class: row.class,
    labels: JSON.parse(row.labels) as Record<string, string>,
    details: JSON.parse(row.details) as Record<string, unknown>,
    links: JSON.parse(row.links) as AlertEvent['links'],
    images: JSON.parse(row.images) as AlertEvent['images'],
    occurredAt: row.occurred_at,
    client: row.client,
    clientUrl: row.client_url,
  };
}

/**
 * Re-admits alerts a hold kept back (hold-release.ts), in the caller's transaction: each
 * re-enters at step 3 of the pipeline. The rows must have been read with a lock
 * (`where held_by = ref and status = 'suppressed' for update`).
 */
export async function releaseHeld(context: ProcessContext, held: readonly HeldAlert[], ref: string): Promise<{ held: number; admitted: number; skipped: number }> {
  const run = new BatchRun(context, []);
  await run.load(held);
  const counts = { held: 0, admitted: 0, skipped: 0 };
  for (const alert of held) counts[await run.release(alert, ref)] += 1;
  await run.flush();
  return counts;
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
