import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics about Vigil itself, served at /metrics. */
export const metricsRegistry = new Registry();
// prom-client puts the prefix before its own `process_`/`nodejs_` names, so a prefix of
// `vigil_process_` made `vigil_process_process_cpu_seconds_total`. None: the standard names that
// Node.js dashboards and alerts expect; Prometheus's job and instance labels say it is Vigil.
collectDefaultMetrics({ register: metricsRegistry });

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

export const sseConnections = new Gauge({
  name: 'vigil_sse_connections',
  help: 'Open live-stream connections (GET /api/v1/stream, server-sent events).',
  registers: [metricsRegistry],
});
