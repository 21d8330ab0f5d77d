import { Type } from '@sinclair/typebox';
import { ERROR_CATALOGUE } from '../core/errors.js';

export const ErrorResponse = Type.Object(
  {
    code: Type.String({ enum: Object.keys(ERROR_CATALOGUE) }),
    message: Type.String(),
    fields: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { description: 'Every error: a stable code, a message a person can act on, and the offending fields.' },
);
