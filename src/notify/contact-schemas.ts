import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { ErrorResponse } from '../http/schemas.js';
import { CHANNELS } from './channels.js';

/** The HTTP shapes of contact methods, notification rules and test pages. */
const Strict = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });

export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 410: ErrorResponse, 422: ErrorResponse };
/** Routes that send a verification code may also answer 429 (VIGIL_VERIFICATION_RATE_LIMITED). */
export const codeErrors = { ...errors, 429: ErrorResponse };
/** Stated wherever a code is sent; the numbers are VERIFICATION_LIMITS in contact-verification.ts. */
export const CODE_LIMITS_DESCRIPTION =
  'Codes are limited to 1 a minute per contact method, 5 an hour per user and 3 an hour per address (across all users); past a limit the answer is 429 VIGIL_VERIFICATION_RATE_LIMITED with Retry-After and details.next_code_at.';
export const UserParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
export const MethodParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });

const ChannelType = Type.String({ enum: [...CHANNELS], description: 'email, sms, voice, slack, teams, webhook, ntfy or push' });
const Urgency = Type.String({ enum: ['high', 'low'] });
/** `0m`, `30s`, `5m`, `1h30m`: the same words as `vigil.yaml`. */
const Delay = Type.String({ pattern: '^(?=.)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$', description: 'how long after the page, e.g. 0m, 5m, 1h30m' });

export const ContactMethod = Type.Object({
  id: Type.String(),
  user: Type.String(),
  type: Type.String(),
  address: Type.String({ description: 'for push, only the push service\'s host (fcm.googleapis.com): the subscription\'s keys are never shown' }),
  name: Nullable(Type.String()),
  /** `config`: written in vigil.yaml, which alone may rename or remove it; `api`: added by its owner. */
  managed_by: Type.String({ enum: ['config', 'api'] }),
  verified: Type.Boolean(),
  verified_at: Nullable(Timestamp),
  /** While a code is pending: when it stops working. */
  verification_expires_at: Nullable(Timestamp),
  /** Skipped by pages: disabled by its owner, or by Vigil (then disabled_reason says why). */
  disabled: Type.Boolean(),
  disabled_at: Nullable(Timestamp),
  disabled_reason: Nullable(Type.String({ description: 'why Vigil disabled it, e.g. the push service reported the subscription gone (410); null when its owner did' })),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type ContactMethodView = Static<typeof ContactMethod>;

export const ContactMethodCreated = Type.Object({
  ...ContactMethod.properties,
  verification_delivery: Type.String({ description: 'the delivery carrying the code: GET /api/v1/deliveries/{id}' }),
});

/** `PushSubscription.toJSON()` as the browser gives it. */
export const PushSubscriptionBody = Strict({
  endpoint: Type.String({ minLength: 1, maxLength: 4096, description: 'the push service URL Vigil sends to' }),
  keys: Strict({
    p256dh: Type.String({ minLength: 1, maxLength: 200, description: 'base64url, an uncompressed P-256 point (65 bytes)' }),
    auth: Type.String({ minLength: 1, maxLength: 100, description: 'base64url, 16 bytes' }),
  }),
  expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: 'ignored' })),
});

export const ContactMethodBody = Strict({
  type: ChannelType,
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'an email address, an E.164 number (+15555550100), a Slack member id (U024BE7LH) or a URL; every type but push' })),
  subscription: Type.Optional(PushSubscriptionBody),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  label: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'push only: what the browser calls itself, e.g. "Chrome on this laptop"; becomes the name' })),
});
export type ContactMethodInput = Static<typeof ContactMethodBody>;

export const ContactMethodPatch = Strict({
  name: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  /** A disabled method is skipped by pages until it is enabled again. */
  disabled: Type.Optional(Type.Boolean()),
});

export const VerifyBody = Strict({ code: Type.String({ minLength: 1, maxLength: 20 }) });
export const VerificationSent = Type.Object({ delivery: Type.String(), expires_at: Timestamp });

const RuleBody = Strict({ contact_method: Type.String({ minLength: 1, maxLength: 128 }), after: Delay, urgency: Type.Optional(Urgency) });
export const RulesBody = Strict({ rules: Type.Array(RuleBody, { maxItems: 50, description: 'the user\'s whole list, in order' }) });
export type RuleInput = Static<typeof RuleBody>;
export const Rules = Type.Object({
  rules: Type.Array(Type.Object({ id: Type.String(), contact_method: Type.String(), after: Type.String(), urgency: Nullable(Type.String()) })),
});

export const TestPageBody = Strict({ contact_method: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) });
export const TestPageSent = Type.Object({
  deliveries: Type.Array(Type.Object({ id: Type.String(), contact_method: Type.String(), channel: Type.String() })),
});
