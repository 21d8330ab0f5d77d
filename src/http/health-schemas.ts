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
  summary: 'Prometheus metrics: vigil_jobs_overdue, vigil_job_lateness_seconds, vigil_sse_connections, and the standard process_* and nodejs_* metrics',
  produces: ['text/plain'],
  response: {
    200: {
      description: 'Prometheus text exposition format 0.0.4',
      content: { 'text/plain': { schema: Type.String({ description: 'Prometheus text exposition format 0.0.4' }) } },
    },
  },
};
