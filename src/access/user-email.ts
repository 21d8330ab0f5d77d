import { sql, type Expression, type SqlBool } from 'kysely';
import { VigilError } from '../core/errors.js';

/**
 * Whether a user's email is `email`, whatever the case. Both sides go through the database's
 * lower(), the expression the unique index `users_email_lower` is built on, so a lookup finds
 * exactly the one user the index allows on either database (SQLite folds ASCII letters only,
 * PostgreSQL all of them; JavaScript's toLowerCase would disagree with one of them).
 */
export function emailIs(email: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(email) = lower(cast(${email.trim()} as text))`;
}

/** The answer when an address is taken: 409, naming the holder (user ids and emails are visible to every signed-in user). */
export function emailTaken(email: string, holder: string | null): VigilError {
  const message = holder === null ? `the email ${email} belongs to another user` : `the email ${email} belongs to user "${holder}"`;
  return new VigilError('VIGIL_CONFLICT', message, [{ path: 'body.email', message: 'belongs to another user (emails are compared without case)' }]);
}
