import { randomInt } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { ContactMethodRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { constantTimeEqual, hashSecret } from '../core/ids.js';
import { queueDirectMessage } from './deliveries.js';

/** A code is good for 15 minutes and 5 wrong guesses: 5 in a million per code sent. */
export const CODE_TTL_MS = 15 * 60_000;
export const MAX_WRONG_CODES = 5;

/**
 * Wrong guesses are counted in the `counters` table, one row per contact method with a code
 * pending, so that two nodes checking guesses at once still count both. The row goes when a new
 * code is sent, the method is verified or the code is voided.
 */
const failureCounter = (contactMethodId: string) => `verification-failures:${contactMethodId}`;

export async function forgetVerificationFailures(db: Kysely<Schema>, contactMethodIds: readonly string[]): Promise<void> {
  if (contactMethodIds.length === 0) return;
  await db.deleteFrom('counters').where('name', 'in', contactMethodIds.map(failureCounter)).execute();
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * A code goes to whatever address was typed, so sending one is a way to make Vigil text, ring or
 * mail a stranger. These bound it: one code a minute to a contact method, 5 an hour to one
 * user's methods (whoever asks), and 3 an hour to one address across all users (an SMS and a
 * voice method on one number count together). They are counted from the verification deliveries
 * already written, so every Vigil node on one database sees the same counts.
 */
export const VERIFICATION_LIMITS = [
  { scope: 'contact_method', max: 1, windowMs: MINUTE_MS },
  { scope: 'user', max: 5, windowMs: HOUR_MS },
  { scope: 'address', max: 3, windowMs: HOUR_MS },
] as const;

/** Names the PostgreSQL lock under which code sends are counted and written, one at a time. */
const VERIFICATION_SEND_LOCK = 0x76_63_6f_64; // "vcod"

type Recipient = Pick<ContactMethodRow, 'id' | 'user_id' | 'type' | 'address'>;

/**
 * Refuses with VIGIL_VERIFICATION_RATE_LIMITED when a limit is spent, saying when the oldest
 * counted code leaves its window. Two nodes could otherwise both count four and both send the
 * fifth, so the count and the write that follows happen under one lock; code sends are rare
 * enough for one lock across the cluster.
 */
async function checkVerificationLimits(trx: Transaction<Schema>, dialect: SqlDialect, method: Recipient, now: number): Promise<void> {
  await dialect.lockForTransaction(trx, VERIFICATION_SEND_LOCK);
  let refusal: { readonly scope: (typeof VERIFICATION_LIMITS)[number]['scope']; readonly max: number; readonly nextAt: number } | undefined;
  for (const { scope, max, windowMs } of VERIFICATION_LIMITS) {
    // The literal kind lets both databases use the partial index deliveries_verification.
    let recent = trx.selectFrom('deliveries').select('created_at').where('kind', '=', sql.lit('verification')).where('created_at', '>', now - windowMs);
    if (scope === 'contact_method') recent = recent.where('contact_method_id', '=', method.id);
    else if (scope === 'user') recent = recent.where('user_id', '=', method.user_id);
    else recent = recent.where(sql`lower(address)`, '=', method.address.toLowerCase());
    const rows = await recent.orderBy('created_at', 'desc').limit(max).execute();
    if (rows.length < max) continue;
    const nextAt = Number((rows[max - 1] as { created_at: number }).created_at) + windowMs;
    if (refusal === undefined || nextAt > refusal.nextAt) refusal = { scope, max, nextAt };
  }
  if (refusal === undefined) return;
  const retryAfter = Math.max(1, Math.ceil((refusal.nextAt - now) / 1000));
  const when = `ask for the next one at ${new Date(refusal.nextAt).toISOString()} (in ${retryAfter < 120 ? `${retryAfter} s` : `${Math.ceil(retryAfter / 60)} min`})`;
  const why =
    refusal.scope === 'contact_method'
      ? 'a code was sent to this contact method less than a minute ago'
      : refusal.scope === 'user'
        ? `user "${method.user_id}" was sent ${refusal.max} verification codes in the last hour`
        : `${method.type === 'push' ? 'this push subscription' : method.address} was sent ${refusal.max} verification codes in the last hour`;
  throw new VigilError('VIGIL_VERIFICATION_RATE_LIMITED', `${why}; ${when}`, undefined, {
    retry_after_seconds: retryAfter,
    next_code_at: new Date(refusal.nextAt).toISOString(),
    limit: refusal.scope,
  });
}

/**
 * Sends a new six-digit code to the method through the normal send path, unless a limit in
 * VERIFICATION_LIMITS is spent. Only its digest is kept on the method; a code sent before
 * stops working.
 */
export async function sendVerificationCode(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  method: Pick<ContactMethodRow, 'id' | 'user_id' | 'type' | 'address'>,
  now: number,
): Promise<{ readonly deliveryId: string; readonly expiresAt: number }> {
  await checkVerificationLimits(trx, dialect, method, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = now + CODE_TTL_MS;
  await trx.updateTable('contact_methods').set({ verification_hash: hashSecret(code), verification_expires_at: expiresAt, updated_at: now }).where('id', '=', method.id).execute();
  await forgetVerificationFailures(trx, [method.id]);
  const deliveryId = await queueDirectMessage(trx, dialect, method, 'verification', now, { verificationCode: code });
  return { deliveryId, expiresAt };
}

export type VerificationOutcome =
  | { readonly kind: 'verified' }
  | { readonly kind: 'already-verified' }
  /** No code pending: none was sent, or it was voided after too many wrong guesses. */
  | { readonly kind: 'no-code' }
  | { readonly kind: 'expired'; readonly expiredAt: number }
  | { readonly kind: 'wrong'; readonly attemptsLeft: number };

/**
 * Checks a code against the method (read under a row lock by the caller). A wrong guess is
 * counted, and the last allowed one voids the code; the caller must commit either way.
 */
export async function checkVerificationCode(
  trx: Transaction<Schema>,
  method: Pick<ContactMethodRow, 'id' | 'verified_at' | 'verification_hash' | 'verification_expires_at'>,
  code: string,
  now: number,
): Promise<VerificationOutcome> {
  if (method.verified_at !== null) return { kind: 'already-verified' };
  if (method.verification_hash === null || method.verification_expires_at === null) return { kind: 'no-code' };
  if (now >= method.verification_expires_at) return { kind: 'expired', expiredAt: method.verification_expires_at };
  if (constantTimeEqual(hashSecret(code.trim()), method.verification_hash)) {
    await trx.updateTable('contact_methods').set({ verified_at: now, verification_hash: null, verification_expires_at: null, updated_at: now }).where('id', '=', method.id).execute();
    await forgetVerificationFailures(trx, [method.id]);
    return { kind: 'verified' };
  }
  const counted = await trx
    .insertInto('counters')
    .values({ name: failureCounter(method.id), value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  const attemptsLeft = Math.max(0, MAX_WRONG_CODES - Number(counted.value));
  if (attemptsLeft === 0) {
    await trx.updateTable('contact_methods').set({ verification_hash: null, verification_expires_at: null, updated_at: now }).where('id', '=', method.id).execute();
    await forgetVerificationFailures(trx, [method.id]);
  }
  return { kind: 'wrong', attemptsLeft };
}
