import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../access/http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import { IncidentRefParams } from '../incidents/incident-ref.js';
import type { CostService } from './cost-store.js';
import { IMPACT_FIELDS } from './impact-model.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.Number | typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Money = Type.Number({ description: 'In currency units (12.5 is 12.50)' });

const ImpactModelSchema = Type.Object(IMPACT_FIELDS);

const CostLine = Type.Object({
  id: Type.String({ description: '`live` for the downtime line of an open incident, computed at each read' }),
  kind: Type.Union([Type.Literal('downtime'), Type.Literal('manual')]),
  label: Type.String(),
  amount: Money,
  amount_minor: Type.Integer({ description: 'In the currency\'s minor unit (cents)' }),
  currency: Type.String(),
  formula: Type.String(),
  inputs: Type.Record(Type.String(), Type.String()),
  created_by: Type.String(),
  created_at: Timestamp,
});

export const IncidentCostSchema = Type.Object({
  incident: Type.Integer(),
  amount: Type.Union([Money, Type.Null()], { description: 'Downtime plus manual lines, rounded once (half up) to the minor unit; null when nothing says what a minute costs' }),
  amount_minor: Type.Union([Type.Integer(), Type.Null()]),
  currency: Type.Union([Type.String(), Type.Null()]),
  impact_minutes: Type.Number(),
  impact_start: Timestamp,
  impact_end: Timestamp,
  start_source: Type.Union([Type.Literal('edited'), Type.Literal('sender'), Type.Literal('trigger')], { description: 'edited on the incident, the earliest start a sender reported (≤ 24 h before the trigger), or the trigger' }),
  end_source: Type.Union([Type.Literal('edited'), Type.Literal('resolve'), Type.Literal('now')]),
  provisional: Type.Boolean({ description: 'The incident is open: the window runs to now' }),
  formula: Type.Union([Type.String(), Type.Null()], { description: 'Each factor and the result, e.g. "5,600 USD/min × 45 min = 252,000.00 USD"' }),
  model: Type.Union([ImpactModelSchema, Type.Null()], { description: 'The service\'s impact model (frozen at resolve)' }),
  overrides: Type.Object({
    failure_rate: Type.Union([Type.Number(), Type.Null()]),
    cost_per_minute: Type.Union([Type.Number(), Type.Null()]),
    amount: Type.Union([Type.Object({ value: Type.Number(), reason: Type.String() }), Type.Null()]),
  }),
  lines: Type.Array(CostLine),
}, { $id: 'IncidentCost' });

const CostEditBody = Type.Object({
  impact_start: Type.Optional(Nullable(Timestamp)),
  impact_end: Type.Optional(Nullable(Timestamp)),
  failure_rate: Type.Optional(Nullable(Type.Number({ description: 'Above 0, at most 1; only with an orders model' }))),
  cost_per_minute: Type.Optional(Nullable(Type.Number())),
  currency: Type.Optional(Nullable(Type.String({ minLength: 3, maxLength: 3 }))),
  amount: Type.Optional(Type.Union([
    Type.Object({ value: Type.Number({ minimum: 0 }), reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
    Type.Null(),
  ], { description: 'The whole downtime cost set by hand, with why; replaces the calculation' })),
  manual_lines: Type.Optional(Type.Array(
    Type.Object({ label: Type.String({ minLength: 1, maxLength: 200 }), amount: Type.Number() }, { additionalProperties: false }),
    { maxItems: 20, description: 'Replaces every manual line (SLA credits, refunds)' },
  )),
}, { additionalProperties: false });

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

export function costRoutes(costs: CostService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['incidents'];
    app.get('/incidents/:ref/cost', {
      config: { access: 'read' },
      schema: { tags, summary: 'The incident\'s estimated cost of downtime, with the calculation shown', params: IncidentRefParams, response: { 200: Type.Ref('IncidentCost'), ...errors } },
    }, async (request) => costs.get(request.params.ref));

    app.patch('/incidents/:ref/cost', {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Edit the incident\'s impact window, failure rate, cost per minute, an amount set by hand, or its manual lines',
        description: 'Null clears an edit. On a resolved incident the ledger\'s lines are voided and written again; the change is on the timeline and in the audit log.',
        params: IncidentRefParams,
        body: CostEditBody,
        response: { 200: Type.Ref('IncidentCost'), ...errors },
      },
    }, async (request) => costs.edit(request.params.ref, request.body, actorOf(request)));
  };
}
