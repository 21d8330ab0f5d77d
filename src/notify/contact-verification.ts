import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DialectName } from '../core/db/database.js';
import type { ContactMethodRow, Schema } from '../core/db/schema.js';
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

/**
 * Sends a new six-digit code to the method through the normal send path. Only its digest is
 * kept on the method; a code sent before stops working.
 */
export async function sendVerificationCode(
  trx: Transaction<Schema>,
  dialect: DialectName,
  method: Pick<ContactMethodRow, 'id' | 'user_id' | 'type' | 'address'>,
  now: number,
): Promise<{ readonly deliveryId: string; readonly expiresAt: number }> {
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
