import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics about Vigil itself, served at /metrics and documented in docs/metrics.md
 * (a test checks that every family here is documented there). Everything counted on a request or
 * job path is a counter or a histogram: an increment, never a query. What needs the database
 * (open incidents, pending jobs, readiness) is read once per scrape, cached for a few seconds
 * (metrics-scrape.ts).
 */
export const metricsRegistry = new Registry();
// prom-client puts the prefix before its own `process_`/`nodejs_` names, so a prefix of
// `vigil_process_` made `vigil_process_process_cpu_seconds_total`. None: the standard names that
// Node.js dashboards and alerts expect; Prometheus's job and instance labels say it is Vigil.
collectDefaultMetrics({ register: metricsRegistry });

// ---- HTTP ---------------------------------------------------------------------------------

export const httpRequests = new Counter<'method' | 'route' | 'status'>({
  name: 'vigil_http_requests_total',
  help: 'HTTP requests answered, by method, route template (/api/v1/incidents/:ref; "unmatched" for unknown paths) and status class (2xx, 4xx, 5xx).',
  labelNames: ['method', 'route', 'status'],
  registers: [metricsRegistry],
});

export const httpDuration = new Histogram<'method' | 'route'>({
  name: 'vigil_http_request_duration_seconds',
  help: 'From an HTTP request received to its answer sent, by method and route template.',
  labelNames: ['method', 'route'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Counts one answered request; `route` is Fastify's route template, undefined when none matched. */
export function countHttpRequest(method: string, route: string | undefined, statusCode: number, seconds: number): void {
  // Unknown paths are one series, not one per path a scanner tries.
  const template = route ?? 'unmatched';
  httpRequests.inc({ method, route: template, status: `${Math.floor(statusCode / 100)}xx` });
  httpDuration.observe({ method, route: template }, seconds);
}

// ---- Ingest -------------------------------------------------------------------------------

/**
 * What an ingested event did. The first six are the alert pipeline's outcomes; `change` is a
 * change event stored; the rest are requests refused before any event was stored (one count per
 * request: a refused body has no events to count).
 */
export type IngestOutcome =
  | 'opened'
  | 'attached'
  | 'updated'
  | 'acknowledged'
  | 'resolved'
  | 'ignored'
  | 'suppressed'
  | 'change'
  | 'invalid'
  | 'refused'
  | 'throttled'
  | 'unavailable'
  | 'error';

/** The wire format an event came in: the endpoint's, whatever the integration key's type. */
export type IngestFormat = 'events_v2' | 'events_v1' | 'alertmanager' | 'grafana' | 'webhook';

export const ingestEvents = new Counter<'integration_type' | 'outcome'>({
  name: 'vigil_ingest_events_total',
  help: 'Events received by the ingest endpoints, by wire format and what each did (refused requests count once each).',
  labelNames: ['integration_type', 'outcome'],
  registers: [metricsRegistry],
});

export const ingestDuration = new Histogram<'integration_type'>({
  name: 'vigil_ingest_duration_seconds',
  help: 'From an ingest request received to its events committed (the answer follows at once), for requests that stored events.',
  labelNames: ['integration_type'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Counts the outcomes of one committed ingest request; `outcomes` are the pipeline's results, one per event. */
export function countIngested(format: IngestFormat, outcomes: readonly { readonly result: string }[]): void {
  const counts = new Map<string, number>();
  for (const { result } of outcomes) counts.set(result, (counts.get(result) ?? 0) + 1);
  for (const [outcome, n] of counts) ingestEvents.inc({ integration_type: format, outcome }, n);
}

// ---- Alert decisions (NOISE.md §6) ---------------------------------------------------------

export const alertDecisions = new Counter<'kind'>({
  name: 'vigil_alert_decisions_total',
  help: 'Decisions taken about alerts, one per decision-trail entry written (routed, silenced, grouped, opened, attached, resolved, …).',
  labelNames: ['kind'],
  registers: [metricsRegistry],
});

/** Exports every kind from the start, at 0, so `rate()` and `increase()` see the first one (alerts/decision-trail.ts names them). */
export function declareDecisionKinds(kinds: readonly string[]): void {
  for (const kind of kinds) alertDecisions.inc({ kind }, 0);
}

/** Counts decisions of one kind; call once the entries are committed. */
export function countDecision(kind: string, by = 1): void {
  if (by > 0) alertDecisions.inc({ kind }, by);
}

// ---- Incidents ---------------------------------------------------------------------------

export const openIncidents = new Gauge<'severity' | 'status'>({
  name: 'vigil_open_incidents',
  help: 'Incidents not resolved, by severity and status (triggered, acknowledged); read from the database at scrape, at most every 5 s.',
  labelNames: ['severity', 'status'],
  registers: [metricsRegistry],
});

export const responseTargetBreaches = new Counter<'severity'>({
  name: 'vigil_response_target_breaches_total',
  help: 'Incidents still unanswered when their response target passed (the response_target_breached timeline entry), by severity.',
  labelNames: ['severity'],
  registers: [metricsRegistry],
});

// ---- Notifications -------------------------------------------------------------------------

export const pagesCreated = new Counter<'urgency'>({
  name: 'vigil_pages_total',
  help: 'People paged by escalation steps (one per person, level and round), by the incident\'s urgency.',
  labelNames: ['urgency'],
  registers: [metricsRegistry],
});

/** How a send attempt ended for its deliveries. */
export type DeliveryOutcome = 'sent' | 'failed' | 'retrying' | 'cancelled';

export const deliveries = new Counter<'channel' | 'kind' | 'outcome'>({
  name: 'vigil_deliveries_total',
  help: 'Deliveries at the end of a send attempt, by channel, kind (page, event, test, verification) and outcome (sent, failed, retrying, cancelled).',
  labelNames: ['channel', 'kind', 'outcome'],
  registers: [metricsRegistry],
});

export const providerErrors = new Counter<'channel' | 'provider'>({
  name: 'vigil_provider_errors_total',
  help: 'Send attempts a notification provider failed or refused (each retry counts), by channel and provider.',
  labelNames: ['channel', 'provider'],
  registers: [metricsRegistry],
});

// ---- Engine --------------------------------------------------------------------------------

export const jobsOverdue = new Gauge({
  name: 'vigil_jobs_overdue',
  help: 'Pending jobs (escalations, notifications) due more than 30 seconds ago: a stalled engine.',
  registers: [metricsRegistry],
});

export const jobLateness = new Histogram({
  name: 'vigil_job_lateness_seconds',
  help: 'How long after its due time a job started running.',
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 30, 120],
  registers: [metricsRegistry],
});

export const jobsPending = new Gauge<'kind'>({
  name: 'vigil_jobs_pending',
  help: 'Jobs waiting to run (due or not yet due), by kind; read from the database at scrape, at most every 5 s.',
  labelNames: ['kind'],
  registers: [metricsRegistry],
});

export const jobFailures = new Counter<'kind' | 'outcome'>({
  name: 'vigil_job_failures_total',
  help: 'Job attempts that failed, by kind and what followed: retry (backoff) or dead (attempts spent, dead-lettered).',
  labelNames: ['kind', 'outcome'],
  registers: [metricsRegistry],
});

// ---- Live stream, database, readiness ---------------------------------------------------------

export const sseConnections = new Gauge({
  name: 'vigil_sse_connections',
  help: 'Open live-stream connections (GET /api/v1/stream, server-sent events).',
  registers: [metricsRegistry],
});

export const dbPoolConnections = new Gauge<'state'>({
  name: 'vigil_db_pool_connections',
  help: 'PostgreSQL pool connections by state (idle, in_use); absent on SQLite.',
  labelNames: ['state'],
  registers: [metricsRegistry],
});

export const dbPoolMax = new Gauge({
  name: 'vigil_db_pool_max_connections',
  help: 'The PostgreSQL pool\'s size limit (10 connections per process); absent on SQLite.',
  registers: [metricsRegistry],
});

export const dbPoolWaiting = new Gauge({
  name: 'vigil_db_pool_waiting_clients',
  help: 'Queries waiting for a PostgreSQL pool connection; absent on SQLite.',
  registers: [metricsRegistry],
});

export const dbWriteQueue = new Gauge({
  name: 'vigil_db_write_queue',
  help: 'Writes (ingest batches, change events) queued for or in a group commit: on SQLite, the one writer\'s queue.',
  registers: [metricsRegistry],
});

/** Why a query failed: a conflict the caller retries, the database unreachable, anything else. */
export type QueryErrorKind = 'conflict' | 'unavailable' | 'other';

export const dbQueryErrors = new Counter<'kind'>({
  name: 'vigil_db_query_errors_total',
  help: 'Queries the database answered with an error, by kind: conflict (retried: unique or serialization), unavailable (connection lost or refused), other.',
  labelNames: ['kind'],
  registers: [metricsRegistry],
});
for (const kind of ['conflict', 'unavailable', 'other'] as const) dbQueryErrors.inc({ kind }, 0);

export const ready = new Gauge({
  name: 'vigil_ready',
  help: '1 when the database answers and its schema is current (what /readyz checks), 0 otherwise; checked at scrape.',
  registers: [metricsRegistry],
});
