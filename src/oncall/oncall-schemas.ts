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

export const ShiftsQuery = Strict({
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
  layers: Type.Optional(Type.Boolean({ description: 'also answer each layer\'s own shifts, before layers above and overrides cover them' })),
});

const ShiftView = Type.Object({ user: UserRef, start: Timestamp, end: Timestamp, source: Type.String({ description: 'the layer id, or override:<id>' }) });

export const Shifts = Type.Object({
  schedule: Type.Object({ id: Type.String(), name: Type.String(), time_zone: Type.String() }),
  from: Timestamp,
  to: Timestamp,
  shifts: Type.Array(ShiftView),
  layers: Type.Optional(Type.Array(
    Type.Object({ id: Type.String(), name: Nullable(Type.String()), shifts: Type.Array(ShiftView) }),
    { description: 'with ?layers=true: each layer in order of precedence (later wins) with its own shifts in [from, to)' },
  )),
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

const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
const MaybeUser = Type.Union([UserRef, Type.Null()]);

export const OnCallOutlookQuery = Strict({ at: Type.Optional(Timestamp) });

/** What the console's On call page shows: now, until when and next, per schedule and per policy level. */
export const OnCallOutlook = Type.Object({
  at: Timestamp,
  schedules: Type.Array(
    Type.Object({
      schedule: Type.Object({ id: Type.String(), name: Type.String(), team: Nullable(Type.String()), time_zone: Type.String() }),
      now: Type.Union([UserRef, Type.Null()], { description: 'null when nobody is on call' }),
      until: Type.Union([Timestamp, Type.Null()], { description: 'when the person on call now stops being on call: the end of their unbroken run of shifts, not just of the current one' }),
      next: Type.Union([UserRef, Type.Null()], { description: 'the next different person on call, within a year' }),
      next_from: NullableTimestamp,
    }),
  ),
  yours: Type.Array(
    Type.Object({ schedule: Type.Object({ id: Type.String(), name: Type.String() }), start: Timestamp, end: Timestamp }),
    { description: 'the caller\'s current or next stretch on call on each schedule (their consecutive shifts joined), soonest first; empty for a token without a user' },
  ),
  escalation_policies: Type.Array(
    Type.Object({
      policy: Type.Object({ id: Type.String(), name: Type.String(), team: Nullable(Type.String()) }),
      levels: Type.Array(
        Type.Object({
          position: Type.Integer(),
          escalate_after: Type.String(),
          targets: Type.Array(
            Type.Object({
              target: Type.String({ description: '"user:<id>" or "schedule:<id>", as the policy names it' }),
              kind: Type.String({ enum: ['user', 'schedule'] }),
              id: Type.String(),
              name: Type.String({ description: 'the schedule\'s or user\'s name; the id when it no longer exists' }),
              now: Type.Union([UserRef, Type.Null()], { description: 'who the target reaches now; null when nobody' }),
              until: Type.Union([Timestamp, Type.Null()], { description: 'for a schedule, when the person on call now stops being on call; null for a user, who is always reached' }),
              next: MaybeUser,
              next_from: NullableTimestamp,
            }),
          ),
        }),
      ),
    }),
  ),
  contacts: Type.Array(
    Type.Object({
      user: UserRef,
      contact_methods: Type.Array(Type.Object({
        id: Type.String(),
        type: Type.String(),
        address: Type.String(),
        name: Nullable(Type.String()),
        verified: Type.Boolean(),
        disabled: Type.Boolean(),
      })),
    }),
    { description: 'contact methods of the people on call now or next whom the caller may see: everyone\'s for admins, otherwise only the caller\'s own' },
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
