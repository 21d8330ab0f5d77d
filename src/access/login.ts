import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Failures in a row before an account is locked, and how the lock grows after that. */
export const LOCKOUT = { freeFailures: 5, firstLockMs: 60_000, maxLockMs: 3_600_000 } as const;

/** How long the account is locked after `failures` failed logins in a row (0: not locked). */
export function lockDuration(failures: number): number {
  if (failures < LOCKOUT.freeFailures) return 0;
  return Math.min(LOCKOUT.firstLockMs * 2 ** (failures - LOCKOUT.freeFailures), LOCKOUT.maxLockMs);
}

const WRONG = 'the email or password is wrong';

/**
 * Checks an email and password. Unknown emails take as long as wrong passwords and get the same
 * answer; every failure is in the audit log; repeated failures lock the account for a while that
 * doubles with each further failure, so guessing is slow even from many addresses.
 */
export async function checkPassword(db: Kysely<Schema>, clock: Clock, email: string, password: string, who: Actor): Promise<string> {
  const now = clock.now();
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'failed_logins', 'locked_until'])
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (user?.locked_until != null && user.locked_until > now) {
    const seconds = Math.ceil((user.locked_until - now) / 1000);
    await recordAudit(db, who, now, { action: 'login.refused', entityType: 'user', entityId: user.id, after: { reason: 'locked', locked_until: new Date(user.locked_until).toISOString() } });
    throw new VigilError('VIGIL_LOGIN_LOCKED', `too many failed logins: this account is locked for ${seconds} s more`, undefined, { retry_after_seconds: seconds });
  }
  const check = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !check.ok) {
    if (!user) {
      await recordAudit(db, who, now, { action: 'login.failed', entityType: 'user', entityId: null, after: { email, reason: 'unknown email' } });
      throw new VigilError('VIGIL_UNAUTHENTICATED', WRONG);
    }
    const failures = user.failed_logins + 1;
    const lockMs = lockDuration(failures);
    const lockedUntil = lockMs > 0 ? now + lockMs : null;
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('users').set({ failed_logins: failures, locked_until: lockedUntil }).where('id', '=', user.id).execute();
      await recordAudit(tx, who, now, {
        action: 'login.failed',
        entityType: 'user',
        entityId: user.id,
        after: { reason: user.password_hash === null ? 'no password set' : 'wrong password', failed_logins: failures, locked_until: lockedUntil === null ? null : new Date(lockedUntil).toISOString() },
      });
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
