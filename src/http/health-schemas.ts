import { Type } from '@sinclair/typebox';

/** The operations endpoints' answers, for `/openapi.json`. Unauthenticated, like the endpoints. */
const operations = { tags: ['operations'], security: [] as Record<string, string[]>[] };

const NotReady = Type.Object(
  { code: Type.Literal('VIGIL_NOT_READY'), message: Type.String({ description: '"the database is unreachable" or "database migrations have not run"' }) },
  { description: 'Not ready: take this process out of rotation' },
);

export const HEALTHZ_SCHEMA = {
  ...operations,
  summary: 'Liveness: the process answers. Does not touch the database',
  response: { 200: Type.Object({ status: Type.Literal('ok') }, { description: 'Alive' }) },
};

export const READYZ_SCHEMA = {
  ...operations,
  summary: 'Readiness: the database answers and its migrations have run',
  response: {
    200: Type.Object({ status: Type.Literal('ready'), database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]) }, { description: 'Ready for traffic' }),
    503: NotReady,
  },
};

export const METRICS_SCHEMA = {
  ...operations,
  summary: 'Prometheus metrics about Vigil itself (docs/metrics.md)',
  description:
    'Prometheus text format 0.0.4, no authentication. Ingest: vigil_ingest_events_total{integration_type,outcome}, vigil_ingest_duration_seconds, vigil_alert_decisions_total{kind}. ' +
    'Incidents: vigil_open_incidents{severity,status}, vigil_response_target_breaches_total{severity}. ' +
    'Notifications: vigil_pages_total{urgency}, vigil_deliveries_total{channel,kind,outcome}, vigil_provider_errors_total{channel,provider}. ' +
    'Jobs: vigil_jobs_pending{kind}, vigil_jobs_overdue, vigil_job_lateness_seconds, vigil_job_failures_total{kind,outcome}. ' +
    'HTTP and stream: vigil_http_requests_total{method,route,status}, vigil_http_request_duration_seconds, vigil_sse_connections. ' +
    'Database: vigil_ready, vigil_db_pool_connections{state}, vigil_db_pool_max_connections, vigil_db_pool_waiting_clients, vigil_db_write_queue, vigil_db_query_errors_total{kind}. ' +
    'Plus the standard process_* and nodejs_* metrics. Values read from the database are at most 5 s old.',
  produces: ['text/plain'],
  response: {
    200: {
      description: 'Prometheus text exposition format 0.0.4',
      content: { 'text/plain': { schema: Type.String({ description: 'Prometheus text exposition format 0.0.4' }) } },
    },
  },
};
