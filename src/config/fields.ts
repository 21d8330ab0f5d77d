import { Type, type TProperties } from '@sinclair/typebox';
import { IANAZone } from 'luxon';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { ID_PATTERN } from '../core/ids.js';
import { isTarget, TARGET_HINT } from '../oncall/policy-input.js';
import {
  HANDOFF_HINT,
  INSTANT_HINT,
  LOCAL_START_HINT,
  ROTATION_HINT,
  TIME_OF_DAY_HINT,
  isTimeOfDay,
  parseHandoff,
  parseInstant,
  parseLocalStart,
  parseRotation,
} from '../oncall/schedule-fields.js';

/**
 * Field types shared by the sections of `vigil.yaml`. Values with a meaning beyond "a string"
 * carry a TypeBox `format`; the schema walker checks it with the table below, so every section
 * gets the same messages for ids, durations and time zones.
 */
export const ROUTING_KEY_PATTERN = /^[A-Za-z0-9._~-]{8,255}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface FieldFormat {
  check(value: string): boolean;
  /** Completes "… is not …". */
  readonly expected: string;
  readonly hint?: string;
  /** Never echo the value in messages: it is a credential. */
  readonly secret?: boolean;
}

export const FORMATS: Readonly<Record<string, FieldFormat>> = {
  id: {
    check: (value) => ID_PATTERN.test(value),
    expected: 'a valid id',
    hint: 'ids are 1–63 letters, digits, ".", "_" or "-", starting with a letter or digit',
  },
  duration: {
    check: (value) => (parseDuration(value) ?? 0) > 0,
    expected: 'a positive duration',
    hint: DURATION_HINT,
  },
  /** Notification rules start at `0m`: at once. */
  'non-negative-duration': {
    check: (value) => parseDuration(value) !== undefined,
    expected: 'a duration',
    hint: `${DURATION_HINT}; 0m means at once`,
  },
  'time-zone': {
    check: (value) => IANAZone.isValidZone(value),
    expected: 'an IANA time zone',
    hint: 'use a tz database name such as "America/New_York", "Europe/Berlin" or "UTC"',
  },
  email: {
    check: (value) => EMAIL_PATTERN.test(value),
    expected: 'an email address',
  },
  'routing-key': {
    check: (value) => ROUTING_KEY_PATTERN.test(value),
    expected: 'a valid routing key',
    hint: 'keys are 8–255 characters of A-Z a-z 0-9 . _ ~ -; 32 random hex characters (openssl rand -hex 16) is a good choice',
    secret: true,
  },
  'time-of-day': { check: isTimeOfDay, expected: 'a time of day', hint: TIME_OF_DAY_HINT },
  handoff: { check: (value) => parseHandoff(value) !== undefined, expected: 'a handoff time', hint: HANDOFF_HINT },
  rotation: { check: (value) => parseRotation(value) !== undefined, expected: 'a rotation', hint: ROTATION_HINT },
  'local-start': { check: (value) => parseLocalStart(value) !== undefined, expected: 'a local date or date-time', hint: LOCAL_START_HINT },
  instant: { check: (value) => parseInstant(value) !== undefined, expected: 'a date-time with a UTC offset', hint: INSTANT_HINT },
  'escalation-target': { check: isTarget, expected: 'an escalation target', hint: TARGET_HINT },
};

/** A map whose keys are exactly these; unknown keys are errors, not ignored. */
export function Strict<T extends TProperties>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}

export const Id = () => Type.String({ format: 'id' });
export const Name = () => Type.String({ minLength: 1 });
export const Text = () => Type.String();
export const Duration = () => Type.String({ format: 'duration' });
export const NonNegativeDuration = () => Type.String({ format: 'non-negative-duration' });
export const TimeZone = () => Type.String({ format: 'time-zone' });
export const Email = () => Type.String({ format: 'email' });
export const RoutingKey = () => Type.String({ format: 'routing-key' });
export const TimeOfDay = () => Type.String({ format: 'time-of-day' });
export const Handoff = () => Type.String({ format: 'handoff' });
export const Rotation = () => Type.String({ format: 'rotation' });
export const LocalStart = () => Type.String({ format: 'local-start' });
export const Instant = () => Type.String({ format: 'instant' });
export const EscalationTarget = () => Type.String({ format: 'escalation-target' });
