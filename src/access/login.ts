import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { emailIs } from './user-email.js';

/** Failures in a row before an account is locked, and how the lock grows after that. */
export const LOCKOUT = { freeFailures: 5, firstLockMs: 60_000, maxLockMs: 3_600_000 } as const;

/** How long the account is locked after `failures` failed logins in a row (0: not locked). */
export function lockDuration(failures: number): number {
  if (failures < LOCKOUT.freeFailures) return 0;
  return Math.min(LOCKOUT.firstLockMs * 2 ** (failures - LOCKOUT.freeFailures), LOCKOUT.maxLockMs);
}

const WRONG = 'the email or password is wrong';

type AttemptClaim =
  | { readonly kind: 'claimed'; readonly failures: number; readonly lockedUntil: number | null }
  | { readonly kind: 'locked'; readonly lockedUntil: number };

/**
 * Counts an attempt as failed before its password is checked, and sets the lock that failure
 * would earn. Counting afterwards let parallel guesses all read the same count, each run scrypt,
 * and each write count + 1: a hundred guesses counted as two. Claimed in a transaction (a row lock
 * on PostgreSQL, the one writer on SQLite), once the free failures are used up every further
 * attempt, right or wrong, is refused without being checked until the lock expires. A success
 * resets the count.
 */
async function claimAttempt(db: Kysely<Schema>, dialect: SqlDialect, userId: string, now: number): Promise<AttemptClaim> {
  return db.transaction().execute(async (tx) => {
    const row = await dialect.lockForUpdate(tx.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', userId)).executeTakeFirstOrThrow();
    if (row.locked_until != null && row.locked_until > now) return { kind: 'locked', lockedUntil: row.locked_until };
    const failures = row.failed_logins + 1;
    const lockMs = lockDuration(failures);
    const lockedUntil = lockMs > 0 ? now + lockMs : null;
    await tx.updateTable('users').set({ failed_logins: failures, locked_until: lockedUntil }).where('id', '=', userId).execute();
    return { kind: 'claimed', failures, lockedUntil };
  });
}

/**
 * Checks an email and password. Unknown emails take as long as wrong passwords and get the same
 * answer; every failure is in the audit log; repeated failures lock the account for a while that
 * doubles with each further failure, so guessing is slow even from many addresses.
 */
export async function checkPassword(db: Kysely<Schema>, dialect: SqlDialect, clock: Clock, email: string, password: string, who: Actor): Promise<string> {
  const now = clock.now();
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where(emailIs(email))
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(password, null);
    await recordAudit(db, who, now, { action: 'login.failed', entityType: 'user', entityId: null, after: { email, reason: 'unknown email' } });
    throw new VigilError('VIGIL_UNAUTHENTICATED', WRONG);
  }
  const claim = await claimAttempt(db, dialect, user.id, now);
  if (claim.kind === 'locked') {
    const seconds = Math.ceil((claim.lockedUntil - now) / 1000);
    await recordAudit(db, who, now, { action: 'login.refused', entityType: 'user', entityId: user.id, after: { reason: 'locked', locked_until: new Date(claim.lockedUntil).toISOString() } });
    throw new VigilError('VIGIL_LOGIN_LOCKED', `too many failed logins: this account is locked for ${seconds} s more`, undefined, { retry_after_seconds: seconds });
  }
  const check = await verifyPassword(password, user.password_hash);
  if (!check.ok) {
    await recordAudit(db, who, now, {
      action: 'login.failed',
      entityType: 'user',
      entityId: user.id,
      after: { reason: user.password_hash === null ? 'no password set' : 'wrong password', failed_logins: claim.failures, locked_until: claim.lockedUntil === null ? null : new Date(claim.lockedUntil).toISOString() },
    });
    throw new VigilError('VIGIL_UNAUTHENTICATED', WRONG);
  }
  const rehashed = check.rehash ? await hashPassword(password) : undefined;
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ failed_logins: 0, locked_until: null, ...(rehashed ? { password_hash: rehashed } : {}) }).where('id', '=', user.id).execute();
    await recordAudit(tx, who, now, { action: 'login.succeeded', entityType: 'user', entityId: user.id, after: { method: 'password' } });
  });
  return user.id;
}
