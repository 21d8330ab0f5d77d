import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorResponse } from '../http/schemas.js';
import type { AnalyticsService } from './analytics-service.js';
import { toCsv, type CsvCell } from './csv.js';
import { DEFINITIONS, MAX_RANGE_DAYS, DEFAULT_RANGE_DAYS } from './definitions.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = Type.String({ minLength: 1, maxLength: 128 });
const Seconds = Nullable(Type.Number({ description: 'Seconds' }));
const Share = Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'A fraction 0–1; null when nothing was counted' }));

const Filters = {
  from: Type.Optional(Type.String({ maxLength: 40, description: `ISO 8601 date or date-time, inclusive; default ${DEFAULT_RANGE_DAYS} days before "to"` })),
  to: Type.Optional(Type.String({ maxLength: 40, description: `ISO 8601, exclusive; default now. At most ${MAX_RANGE_DAYS} days after "from"` })),
  service: Type.Optional(Id),
  team: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'Incidents of the services this team owns (on-call load: its members and schedules)' })),
  severity: Type.Optional(Id),
};
const csvTable = <T extends string>(tables: readonly T[]) =>
  Type.Optional(Type.Union(tables.map((t) => Type.Literal(t)), { description: `Which table the CSV export holds (with Accept: text/csv); default ${tables[0]}` }));

const SUMMARY_TABLES = ['summary', 'compliance', 'repeats'] as const;
const OVER_TIME_TABLES = ['buckets'] as const;
const ONCALL_TABLES = ['people', 'rotations', 'heat_map'] as const;
const COST_TABLES = ['incidents', 'by_service_and_month'] as const;

const SummaryQuery = Type.Object({ ...Filters, table: csvTable(SUMMARY_TABLES) }, { additionalProperties: false });
const OverTimeQuery = Type.Object(
  {
    ...Filters,
    bucket: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month')], { description: 'Default day' })),
    time_zone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone the buckets are days, weeks and months of; default UTC' })),
    table: csvTable(OVER_TIME_TABLES),
  },
  { additionalProperties: false },
);
const OncallQuery = Type.Object({ from: Filters.from, to: Filters.to, team: Filters.team, table: csvTable(ONCALL_TABLES) }, { additionalProperties: false });
const CostQuery = Type.Object({ from: Filters.from, to: Filters.to, service: Filters.service, team: Filters.team, table: csvTable(COST_TABLES) }, { additionalProperties: false });

const Duration = Type.Object({ mean: Seconds, p50: Seconds, p90: Seconds, count: Type.Integer({ description: 'Incidents measured' }) });
const SummarySchema = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  incidents: Type.Integer(),
  open: Type.Integer(),
  resolved: Type.Integer(),
  not_acknowledged_by_person: Type.Integer({ description: 'Left out of MTTA: acknowledged only at the source or by nobody before the first resolve' }),
  mtta: Duration,
  mttr: Duration,
  compliance: Type.Array(Type.Object({ severity: Type.String(), severity_name: Type.String(), incidents: Type.Integer(), met: Type.Integer(), breached: Type.Integer(), share: Share })),
  escalation: Type.Object({ escalated: Type.Integer(), rate: Share }),
  resolution: Type.Object({ by_hand: Type.Integer(), automatic: Type.Integer(), open: Type.Integer() }),
  repeats: Type.Object({
    incidents: Type.Integer(),
    share: Share,
    groups: Type.Array(Type.Object({ service: Type.String(), signature: Type.String(), summary: Type.String(), incidents: Type.Integer(), last_incident: Type.Integer() })),
  }),
  status_updates: Type.Object({ due: Type.Integer(), on_time: Type.Integer(), late: Type.Integer(), share: Share }),
});
const OverTimeSchema = Type.Object({
  bucket: Type.String(),
  time_zone: Type.String(),
  buckets: Type.Array(Type.Object({ start: Type.String({ format: 'date-time' }), incidents: Type.Integer(), mtta_mean: Seconds, mttr_mean: Seconds })),
});
const OncallSchema = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  people: Type.Array(
    Type.Object({
      user: Type.String(),
      name: Type.String(),
      time_zone: Type.String(),
      pages: Type.Integer(),
      interruptions: Type.Integer(),
      business_hours: Type.Integer(),
      off_hours: Type.Integer(),
      sleep_hours: Type.Integer(),
      nights_interrupted: Type.Integer(),
      shifts: Type.Integer(),
      hours_on_call: Type.Number(),
    }),
  ),
  rotations: Type.Array(
    Type.Object({
      schedule: Type.String(),
      name: Type.String(),
      people: Type.Array(Type.Object({ user: Type.String(), hours_on_call: Type.Number(), hours_share: Share, interruptions: Type.Integer(), interruptions_share: Share })),
    }),
  ),
  heat_map: Type.Array(Type.Array(Type.Integer()), { description: '7 rows (Monday first) of 24 hours: interruptions in the paged person\'s own time zone' }),
});
const CostSchema = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  incidents: Type.Array(
    Type.Object({
      incident: Type.Integer(),
      title: Type.String(),
      service: Nullable(Type.String()),
      triggered_at: Type.String({ format: 'date-time' }),
      amount: Type.Number(),
      currency: Type.String(),
      provisional: Type.Boolean({ description: 'Open: the live figure to now' }),
      calculation: Type.String(),
    }),
  ),
  by_service: Type.Array(Type.Object({ service: Nullable(Type.String()), currency: Type.String(), incidents: Type.Integer(), amount: Type.Number() })),
  by_month: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM of the trigger, UTC' }), currency: Type.String(), incidents: Type.Integer(), amount: Type.Number() })),
  by_service_and_month: Type.Array(Type.Object({ service: Nullable(Type.String()), month: Type.String(), currency: Type.String(), incidents: Type.Integer(), amount: Type.Number() })),
  totals: Type.Array(Type.Object({ currency: Type.String(), incidents: Type.Integer(), amount: Type.Number() })),
});
const DefinitionsSchema = Type.Object({ definitions: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), rule: Type.String() })) });

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse };
const tags = ['analytics'];

/** `Accept: text/csv` preferred over JSON. */
function wantsCsv(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\btext\/csv\b/i.test(accept) && !/^\s*application\/json/i.test(accept);
}

function sendCsv(reply: FastifyReply, name: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]) {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(toCsv(header, rows));
}

const withCsv = (schema: TSchema, description: string) => ({
  description,
  content: { 'application/json': { schema }, 'text/csv': { schema: Type.String({ description: 'RFC 4180 CSV with a header row; text cells starting with = + - @ are prefixed with \'' }) } },
});

export function analyticsRoutes(analytics: AnalyticsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/analytics/definitions', {
      config: { access: 'read' },
      schema: { tags, summary: 'What every analytics number means, in the words the console quotes', response: { 200: DefinitionsSchema, 401: ErrorResponse } },
    }, async () => ({ definitions: DEFINITIONS.map((d) => ({ ...d })) }));

    app.get('/analytics/summary', {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Counts, MTTA and MTTR (mean, p50, p90 in seconds), response-target compliance per severity, escalation rate, auto vs hand resolves, repeats, status-update compliance',
        description: 'Every rule: GET /analytics/definitions and docs/analytics.md. With `Accept: text/csv`: the table named by `table`.',
        querystring: SummaryQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: withCsv(SummarySchema, 'The summary, or one of its tables as CSV'), ...errors },
      },
    }, async (request, reply) => {
      const summary = await analytics.summary(await analytics.scope(request.query));
      if (!wantsCsv(request)) return reply.type('application/json; charset=utf-8').send(summary);
      switch (request.query.table ?? 'summary') {
        case 'compliance':
          return sendCsv(reply, 'compliance', ['severity', 'severity_name', 'incidents', 'met', 'breached', 'share'], summary.compliance.map((c) => [c.severity, c.severity_name, c.incidents, c.met, c.breached, c.share]));
        case 'repeats':
          return sendCsv(reply, 'repeats', ['service', 'summary', 'signature', 'incidents', 'last_incident'], summary.repeats.groups.map((g) => [g.service, g.summary, g.signature, g.incidents, g.last_incident]));
        default:
          return sendCsv(reply, 'summary', ['metric', 'value'], summaryRows(summary));
      }
    });

    app.get('/analytics/incidents-over-time', {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Incidents per day, ISO week or month in a time zone, with mean MTTA and MTTR per bucket (seconds)',
        querystring: OverTimeQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: withCsv(OverTimeSchema, 'Every bucket of the range, empty ones included'), ...errors },
      },
    }, async (request, reply) => {
      const bucket = request.query.bucket ?? 'day';
      const timeZone = request.query.time_zone ?? 'UTC';
      const buckets = await analytics.overTime(await analytics.scope(request.query), bucket, timeZone);
      if (wantsCsv(request)) return sendCsv(reply, `incidents-per-${bucket}`, ['start', 'incidents', 'mtta_mean_seconds', 'mttr_mean_seconds'], buckets.map((b) => [b.start, b.incidents, b.mtta_mean, b.mttr_mean]));
      return reply.type('application/json; charset=utf-8').send({ bucket, time_zone: timeZone, buckets });
    });

    app.get('/analytics/oncall-load', {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'On-call health per person: pages, interruptions in business, off and sleep hours (their own zone), nights interrupted, shifts and hours on call; fairness per rotation; load by hour of week',
        querystring: OncallQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: withCsv(OncallSchema, 'The load, or one of its tables as CSV'), ...errors },
      },
    }, async (request, reply) => {
      const load = await analytics.oncallLoad(await analytics.scope(request.query));
      if (!wantsCsv(request)) return reply.type('application/json; charset=utf-8').send(load);
      switch (request.query.table ?? 'people') {
        case 'rotations':
          return sendCsv(reply, 'oncall-rotations', ['schedule', 'schedule_name', 'user', 'hours_on_call', 'hours_share', 'interruptions', 'interruptions_share'], load.rotations.flatMap((r) => r.people.map((p) => [r.schedule, r.name, p.user, p.hours_on_call, p.hours_share, p.interruptions, p.interruptions_share])));
        case 'heat_map':
          return sendCsv(reply, 'oncall-heat-map', ['weekday', ...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`)], load.heat_map.map((row, d) => [WEEKDAY_NAMES[d]!, ...row]));
        default:
          return sendCsv(
            reply,
            'oncall-load',
            ['user', 'name', 'time_zone', 'pages', 'interruptions', 'business_hours', 'off_hours', 'sleep_hours', 'nights_interrupted', 'shifts', 'hours_on_call'],
            load.people.map((p) => [p.user, p.name, p.time_zone, p.pages, p.interruptions, p.business_hours, p.off_hours, p.sleep_hours, p.nights_interrupted, p.shifts, p.hours_on_call]),
          );
      }
    });

    app.get('/analytics/costs', {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Each incident\'s estimated cost with its calculation, and totals by service and by month (per currency)',
        querystring: CostQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: withCsv(CostSchema, 'The costs, or one of their tables as CSV'), ...errors },
      },
    }, async (request, reply) => {
      const costs = await analytics.costs(await analytics.scope(request.query));
      if (!wantsCsv(request)) return reply.type('application/json; charset=utf-8').send(costs);
      if (request.query.table === 'by_service_and_month') {
        return sendCsv(reply, 'costs-by-service-and-month', ['service', 'month', 'currency', 'incidents', 'amount'], costs.by_service_and_month.map((t) => [t.service, t.month, t.currency, t.incidents, t.amount]));
      }
      return sendCsv(reply, 'incident-costs', ['incident', 'title', 'service', 'triggered_at', 'amount', 'currency', 'provisional', 'calculation'], costs.incidents.map((c) => [c.incident, c.title, c.service, c.triggered_at, c.amount, c.currency, c.provisional, c.calculation]));
    });
  };
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function summaryRows(s: Awaited<ReturnType<AnalyticsService['summary']>>): CsvCell[][] {
  return [
    ['from', s.from],
    ['to', s.to],
    ['incidents', s.incidents],
    ['open', s.open],
    ['resolved', s.resolved],
    ['not_acknowledged_by_person', s.not_acknowledged_by_person],
    ['mtta_mean_seconds', s.mtta.mean],
    ['mtta_p50_seconds', s.mtta.p50],
    ['mtta_p90_seconds', s.mtta.p90],
    ['mtta_incidents', s.mtta.count],
    ['mttr_mean_seconds', s.mttr.mean],
    ['mttr_p50_seconds', s.mttr.p50],
    ['mttr_p90_seconds', s.mttr.p90],
    ['mttr_incidents', s.mttr.count],
    ['escalated', s.escalation.escalated],
    ['escalation_rate', s.escalation.rate],
    ['resolved_by_hand', s.resolution.by_hand],
    ['auto_resolved', s.resolution.automatic],
    ['repeat_incidents', s.repeats.incidents],
    ['repeat_share', s.repeats.share],
    ['status_updates_due', s.status_updates.due],
    ['status_updates_on_time', s.status_updates.on_time],
    ['status_updates_late', s.status_updates.late],
    ['status_update_share', s.status_updates.share],
  ];
}
