import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { splitError } from './field-errors';

describe('splitting a refusal by the field it names', () => {
  it('puts a one-field refusal under its field, as a sentence', () => {
    const error = new ApiError(400, 'VIGIL_VALIDATION_FAILED', 'invalid request: body.current_password must be your current password to set a new one');
    expect(splitError(error)).toEqual({ fields: { current_password: 'Must be your current password to set a new one' }, general: null });
  });

  it('keeps a hint that itself contains "; " with its field', () => {
    const error = new ApiError(422, 'VIGIL_INVALID_ADDRESS', 'invalid request: body.address "bob@" is not an email address (email); e.g. alice@example.com');
    expect(splitError(error).fields.address).toBe('"bob@" is not an email address (email); e.g. alice@example.com');
  });

  it('splits refusals of several fields and keeps the rest general', () => {
    const error = new ApiError(400, 'VIGIL_VALIDATION_FAILED', 'invalid request: body.email must match format "email"; body.name must NOT have fewer than 1 characters');
    expect(splitError(error).fields).toEqual({ email: 'Must match format "email"', name: 'Must NOT have fewer than 1 characters' });
    const conflict = new ApiError(409, 'VIGIL_CONFLICT', 'a user with id "eli" or email eli@example.com exists');
    expect(splitError(conflict)).toEqual({ fields: {}, general: 'A user with id "eli" or email eli@example.com exists' });
  });

  it('reads "body.address is not allowed: …" as the address field\'s', () => {
    const error = new ApiError(400, 'VIGIL_ADDRESS_NOT_ALLOWED', 'body.address is not allowed: 10.0.0.1 is in a private range');
    expect(splitError(error).fields.address).toBe('Is not allowed: 10.0.0.1 is in a private range');
  });

  it('passes on errors that are not the server\'s', () => {
    expect(splitError(new Error('offline'))).toEqual({ fields: {}, general: 'offline' });
    expect(splitError(null)).toEqual({ fields: {}, general: null });
  });
});
