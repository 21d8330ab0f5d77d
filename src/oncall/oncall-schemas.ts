import { Type, type TProperties } from '@sinclair/typebox';
import { ID_PATTERN } from '../core/ids.js';
import { ErrorResponse } from '../http/schemas.js';
import { MAX_REPEAT } from './policy-input.js';
import { WEEKDAYS } from './schedule-types.js';

/**
 * The HTTP shapes of schedules, overrides, shifts and escalation policies. Bodies take the
 * fields `vigil.yaml` has, written the same way; what a schema cannot say (a handoff time, a
 * rotation) is checked by the same code the configuration uses, and answered 400 with `fields`.
 */
const Strict = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

export const Id = Type.String({ pattern: ID_PATTERN.source, description: '1–63 letters, digits, ".", "_" or "-"' });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

const Weekday = Type.String({ enum: [...WEEKDAYS] });

const RestrictionBody = Strict({
  days: Type.Optional(Type.Array(Weekday, { maxItems: 7, description: 'the days a window starts on; all days when absent or empty' })),
  from: Type.String({ description: '"HH:MM" local' }),
  to: Type.String({ description: '"HH:MM" local; not after `from`: the window ends the next day' }),
});

const LayerBody = Strict({
  name: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  rotation: Type.String({ description: 'daily, weekly, 12h (every 12 hours) or 3d (every 3 days)' }),
  handoff: Type.Optional(Type.String({ description: '"HH:MM", or "<weekday> HH:MM" for weekly; defaults to the time in start, else 00:00' })),
  start: Type.String({ description: 'local date (2026-01-05) or date-time (2026-01-05T09:00) in the schedule\'s zone' }),
  participants: Type.Array(Id, { minItems: 1, maxItems: 100, description: 'user ids in rotation order' }),
  restrictions: Type.Optional(Type.Array(RestrictionBody, { maxItems: 50 })),
  end: Type.Optional(Nullable(Type.String({ description: 'an instant with a UTC offset' }))),
});

const scheduleFields = {
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'defaults to the id' })),
  description: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  team: Type.Optional(Nullable(Id)),
  time_zone: Type.String({ description: 'IANA time zone, e.g. America/New_York' }),
  layers: Type.Array(LayerBody, { maxItems: 20, description: 'in order of precedence: a later layer wins where it has someone on call' }),
};
export const ScheduleCreateBody = Strict({ id: Id, ...scheduleFields });
export const ScheduleReplaceBody = Strict(scheduleFields);

const Layer = Type.Object({
  id: Type.String(),
  name: Nullable(Type.String()),
  rotation: Type.String(),
  handoff: Type.String(),
  start: Type.String(),
  participants: Type.Array(Type.String()),
  restrictions: Type.Array(Type.Object({ days: Type.Array(Type.String()), from: Type.String(), to: Type.String() })),
  end: Nullable(Timestamp),
});

const UserRef = Type.Object({ id: Type.String(), name: Type.String() });

export const Override = Type.Object({
  id: Type.String(),
  user: UserRef,
  start: Timestamp,
  end: Timestamp,
  created_by: Type.String({ description: '"config" for overrides vigil.yaml makes' }),
  created_at: Timestamp,
});

const scheduleProperties = {
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  team: Nullable(Type.String()),
  time_zone: Type.String(),
  layers: Type.Array(Layer),
  created_at: Timestamp,
  updated_at: Timestamp,
};
export const Schedule = Type.Object(scheduleProperties);
export const ScheduleDetail = Type.Object({ ...scheduleProperties, overrides: Type.Array(Override, { description: 'overrides that have not ended, soonest first' }) });

export const OverrideBody = Strict({ user: Id, start: Timestamp, end: Timestamp });
export const OverrideParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }), overrideId: Type.String({ minLength: 1, maxLength: 128 }) });
export const RangeQuery = Strict({ from: Type.Optional(Timestamp), to: Type.Optional(Timestamp) });

export const Shifts = Type.Object({
  schedule: Type.Object({ id: Type.String(), name: Type.String(), time_zone: Type.String() }),
  from: Timestamp,
  to: Timestamp,
  shifts: Type.Array(Type.Object({ user: UserRef, start: Timestamp, end: Timestamp, source: Type.String({ description: 'the layer id, or override:<id>' }) })),
});

const IdList = (description: string) => Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { maxItems: 50, description: `${description}; repeat or comma-separate` }));
export const OnCallQuery = Strict({ at: Type.Optional(Timestamp), schedule: IdList('schedule ids'), team: IdList('team ids'), user: IdList('user ids') });
export const OnCall = Type.Object({
  at: Timestamp,
  oncall: Type.Array(
    Type.Object({
      schedule: Type.Object({ id: Type.String(), name: Type.String(), team: Nullable(Type.String()) }),
      user: Type.Union([UserRef, Type.Null()], { description: 'null when nobody is on call on the schedule' }),
      shift: Type.Union([Type.Object({ start: Timestamp, end: Timestamp, source: Type.String() }), Type.Null()]),
    }),
  ),
});

/** The most levels a policy, and targets a level, may have through the API. */
export const MAX_LEVELS = 20;
export const MAX_TARGETS_PER_LEVEL = 50;

const LevelBody = Strict({
  targets: Type.Array(Type.String({ description: '"user:<id>" or "schedule:<id>"' }), { minItems: 1, maxItems: MAX_TARGETS_PER_LEVEL }),
  escalate_after: Type.String({ description: 'a duration: 30s, 5m, 1h, 1h30m' }),
});
const policyFields = {
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'defaults to the id' })),
  description: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  team: Type.Optional(Nullable(Id)),
  repeat: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_REPEAT, description: 'how many more times the policy runs after the first round; default 0' })),
  levels: Type.Array(LevelBody, { minItems: 1, maxItems: MAX_LEVELS }),
};
export const PolicyCreateBody = Strict({ id: Id, ...policyFields });
export const PolicyReplaceBody = Strict(policyFields);
export const Policy = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  team: Nullable(Type.String()),
  repeat: Type.Integer(),
  levels: Type.Array(Type.Object({ position: Type.Integer(), targets: Type.Array(Type.String()), escalate_after: Type.String() })),
  services: Type.Array(Type.String(), { description: 'the services whose incidents the policy escalates' }),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const CreatedFeed = Type.Object({
  id: Type.String(),
  url: Type.String({ description: 'the feed address; its secret is shown only this once' }),
});

export const CalendarFeedList = Type.Object({
  calendar_feeds: Type.Array(
    Type.Object({
      id: Type.String(),
      schedule: Nullable(Type.String({ description: 'the schedule whose shifts it shows; null for a user feed' })),
      user: Nullable(Type.String({ description: 'the user whose shifts it shows on every schedule; null for a schedule feed' })),
      created_by: Type.String({ description: 'who made it: user:<id> or token:<name>' }),
      created_at: Timestamp,
      serving: Type.Boolean({ description: 'false once its creator was deleted or its service token revoked or expired: its address answers 404' }),
    }),
  ),
});

/** `?team=a,b` and `?team=a&team=b` mean the same. */
export function splitCommas(values: readonly string[] | undefined): string[] | undefined {
  return values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
