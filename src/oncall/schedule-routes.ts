import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { invalidField, type VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { actorOf } from '../access/http-auth.js';
import { OnCallService } from './oncall-service.js';
import {
  IdParams,
  OnCall,
  OnCallQuery,
  Override,
  OverrideBody,
  OverrideParams,
  RangeQuery,
  Schedule,
  ScheduleCreateBody,
  ScheduleDetail,
  ScheduleReplaceBody,
  Shifts,
  ShiftsQuery,
  errors,
  splitCommas,
} from './oncall-schemas.js';
import { OverrideService } from './override-service.js';
import { ScheduleService } from './schedule-service.js';
import { overrideOwnership, teamOwnership } from './ownership.js';

const DAY_MS = 86_400_000;
/** Shifts are asked for at most a year and a day at a time; the default is the next week. */
export const MAX_SHIFT_RANGE_MS = 366 * DAY_MS;
const DEFAULT_SHIFT_RANGE_MS = 7 * DAY_MS;

function invalidQuery(field: string, message: string): VigilError {
  return invalidField(`query.${field}`, message);
}

/** [from, to) from the query: `to` must be after `from`, and the span at most `max` when given. */
function readRange(query: { from?: string | undefined; to?: string | undefined }, now: number, span: number | null): { from: number; to: number | undefined } {
  const from = query.from === undefined ? now : Date.parse(query.from);
  const to = query.to === undefined ? (span === null ? undefined : from + span) : Date.parse(query.to);
  if (to !== undefined && to <= from) throw invalidQuery('to', `must be after from (${new Date(from).toISOString()})`);
  if (to !== undefined && span !== null && to - from > MAX_SHIFT_RANGE_MS) {
    throw invalidQuery('to', `is more than ${MAX_SHIFT_RANGE_MS / DAY_MS} days after from; ask for a shorter range`);
  }
  return { from, to };
}

/** Schedules, their overrides and shifts, and who is on call. */
export function scheduleRoutes(runtime: Runtime): FastifyPluginAsyncTypebox {
  const schedules = new ScheduleService(runtime);
  const overrides = new OverrideService(runtime);
  const oncall = new OnCallService(runtime);
  const now = () => runtime.clock.now();
  const owner = teamOwnership(runtime.database.db, 'schedules');
  const overrideOwner = overrideOwnership(runtime.database.db);
  return async (app) => {
    const tags = ['schedules'];

    app.get('/schedules', {
      config: { access: 'read' },
      schema: { tags, summary: 'Schedules with their layers', response: { 200: Type.Object({ schedules: Type.Array(Schedule) }), ...errors } },
    }, async () => ({ schedules: await schedules.list() }));

    app.get('/schedules/:id', {
      config: { access: 'read' },
      schema: { tags, summary: 'A schedule with its layers and the overrides that have not ended', params: IdParams, response: { 200: ScheduleDetail, ...errors } },
    }, async (request) => schedules.get(request.params.id));

    app.post('/schedules', {
      config: { access: { team: owner.created, as: 'manager' } },
      schema: { tags, summary: 'Create a schedule', body: ScheduleCreateBody, response: { 201: ScheduleDetail, ...errors } },
    }, async (request, reply) => {
      const { id, ...input } = request.body;
      const created = await schedules.create(id, input, actorOf(request));
      return reply.status(201).header('location', `/api/v1/schedules/${encodeURIComponent(id)}`).send(created);
    });

    app.put('/schedules/:id', {
      config: { access: { team: owner.replaced, as: 'manager' } },
      schema: { tags, summary: 'Replace a schedule\'s name, description, team, time zone and layers', params: IdParams, body: ScheduleReplaceBody, response: { 200: ScheduleDetail, ...errors } },
    }, async (request) => schedules.replace(request.params.id, request.body, actorOf(request)));

    app.delete('/schedules/:id', {
      config: { access: { team: owner.existing, as: 'manager' } },
      schema: { tags, summary: 'Delete a schedule (refused while an escalation policy targets it)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await schedules.remove(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });

    app.get('/schedules/:id/overrides', {
      config: { access: 'read' },
      schema: { tags, summary: 'Overrides overlapping [from, to); from defaults to now, to to open-ended', params: IdParams, querystring: RangeQuery, response: { 200: Type.Object({ overrides: Type.Array(Override) }), ...errors } },
    }, async (request) => {
      const range = readRange(request.query, now(), null);
      return { overrides: await overrides.list(request.params.id, range.to === undefined ? { from: range.from } : { from: range.from, to: range.to }) };
    });

    app.post('/schedules/:id/overrides', {
      config: { access: { team: overrideOwner.adding, as: 'member' } },
      schema: { tags, summary: 'Put a user on call from start to end, over every layer', params: IdParams, body: OverrideBody, response: { 201: Override, ...errors } },
    }, async (request, reply) => {
      const { user, start, end } = request.body;
      const created = await overrides.add(request.params.id, { user, start: Date.parse(start), end: Date.parse(end) }, actorOf(request));
      return reply.status(201).send(created);
    });

    app.delete('/schedules/:id/overrides/:overrideId', {
      config: { access: { team: overrideOwner.removing, as: 'member' } },
      schema: { tags, summary: 'Delete an override made through the API', params: OverrideParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await overrides.remove(request.params.id, request.params.overrideId, actorOf(request));
      return reply.status(204).send(null);
    });

    app.get('/schedules/:id/shifts', {
      config: { access: 'read' },
      schema: { tags, summary: 'Effective shifts in [from, to): default the next 7 days, at most 366; each layer\'s own with ?layers=true', params: IdParams, querystring: ShiftsQuery, response: { 200: Shifts, ...errors } },
    }, async (request) => {
      const { from, to } = readRange(request.query, now(), DEFAULT_SHIFT_RANGE_MS);
      const result = await oncall.shifts(request.params.id, from, to!, { layers: request.query.layers === true });
      return {
        schedule: result.schedule,
        from: new Date(from).toISOString(),
        to: new Date(to!).toISOString(),
        shifts: result.shifts,
        ...(result.layers === undefined ? {} : { layers: result.layers }),
      };
    });

    app.get('/oncall', {
      config: { access: 'read' },
      schema: { tags: ['on-call'], summary: 'Who is on call at an instant (default now), per schedule', querystring: OnCallQuery, response: { 200: OnCall, ...errors } },
    }, async (request) => {
      const q = request.query;
      const at = q.at === undefined ? now() : Date.parse(q.at);
      const entries = await oncall.at(at, { scheduleIds: splitCommas(q.schedule), teamIds: splitCommas(q.team), userIds: splitCommas(q.user) });
      return { at: new Date(at).toISOString(), oncall: entries };
    });
  };
}
