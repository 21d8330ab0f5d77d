import { Type, type TProperties } from '@sinclair/typebox';
import { IANAZone } from 'luxon';
import { DURATION_HINT, parseDuration } from '../core/duration.js';

/**
 * Field types shared by the sections of `vigil.yaml`. Values with a meaning beyond "a string"
 * carry a TypeBox `format`; the schema walker checks it with the table below, so every section
 * gets the same messages for ids, durations and time zones.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
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
};

/** A map whose keys are exactly these; unknown keys are errors, not ignored. */
export function Strict<T extends TProperties>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}

export const Id = () => Type.String({ format: 'id' });
export const Name = () => Type.String({ minLength: 1 });
export const Text = () => Type.String();
export const Duration = () => Type.String({ format: 'duration' });
export const TimeZone = () => Type.String({ format: 'time-zone' });
export const Email = () => Type.String({ format: 'email' });
export const RoutingKey = () => Type.String({ format: 'routing-key' });
