import { Type, type TProperties } from '@sinclair/typebox';
import { ErrorResponse } from '../http/schemas.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';
import type { Role } from './roles.js';

/** The HTTP shapes of login, sessions, users and API tokens. */
const Strict = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const RoleName = Type.Unsafe<Role>(Type.String({ enum: ['viewer', 'responder', 'admin'] }));

export const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 429: ErrorResponse };
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });

export const User = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  time_zone: Type.String(),
  role: Type.String(),
  password_set: Type.Boolean(),
  sso_linked: Type.Boolean(),
  teams: Type.Array(Type.Object({ team: Type.String(), role: Type.String() })),
});

const Password = Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH });
const Email = Type.String({ format: 'email', maxLength: 320 });
const Name = Type.String({ minLength: 1, maxLength: 200 });

export const LoginBody = Strict({ email: Type.String({ minLength: 1, maxLength: 320 }), password: Password });

export const SessionInfo = Type.Object({
  user: User,
  /** Send it as `x-csrf-token` with every change made with the session cookie. */
  csrf_token: Type.String(),
  expires_at: Timestamp,
});

export const Me = Type.Object({
  user: Type.Union([User, Type.Null()]),
  role: Type.String(),
  via: Type.String({ enum: ['session', 'token'] }),
  token: Nullable(Type.String()),
  csrf_token: Nullable(Type.String()),
});

export const UserCreateBody = Strict({
  id: Type.String({ minLength: 1, maxLength: 128, pattern: '^[a-z0-9][a-z0-9._-]*$' }),
  name: Name,
  email: Email,
  time_zone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  role: Type.Optional(RoleName),
  password: Type.Optional(Password),
});

export const UserPatchBody = Strict({
  name: Type.Optional(Name),
  email: Type.Optional(Email),
  time_zone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  role: Type.Optional(RoleName),
  password: Type.Optional(Password),
  current_password: Type.Optional(Password),
});

export const Token = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String({ enum: ['personal', 'service'] }),
  role: Type.String(),
  user: Nullable(Type.String()),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
  expires_at: Nullable(Timestamp),
  revoked_at: Nullable(Timestamp),
  last_used_at: Nullable(Timestamp),
});

export const TokenCreateBody = Strict({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Optional(Type.Unsafe<'personal' | 'service'>(Type.String({ enum: ['personal', 'service'] }))),
  role: Type.Optional(RoleName),
  expires_at: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
});

export const TokenCreated = Type.Object({
  token: Token,
  /** The secret, shown this once: send it as `Authorization: Bearer <secret>`. */
  secret: Type.String(),
});
