import type { Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { ContactMethodRow, Schema } from '../core/db/schema.js';
import { formatDuration } from '../core/duration.js';
import { VigilError, type FieldError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { Channel } from './channels.js';
import { shownAddress } from './contact-methods.js';
import { forgetVerificationFailures } from './contact-verification.js';

/**
 * The one writer of people's contact methods and notification rules, for the API and
 * `vigil apply` alike: each function takes the caller's transaction, who makes the change and
 * when, and writes the rows with their audit entries (`contact_method.create|update|verify|delete`,
 * `notification_rules.replace`). Who may change what (the file's methods are the file's, a new
 * API method must be verified by code) is the callers' rule; the verification code's own
 * bookkeeping is in `contact-verification.ts`.
 */

/** What the audit log keeps of a contact method: never its verification state's secrets, nor a push subscription's keys. */
export function auditableContactMethod(row: ContactMethodRow) {
  return {
    user: row.user_id, name: row.name, type: row.type, address: shownAddress(row.type, row.address), verified: row.verified_at !== null, disabled: row.disabled !== 0,
    ...(row.disabled_reason === null ? {} : { disabled_reason: row.disabled_reason }),
  };
}

export interface NewContactMethod {
  readonly id: string;
  readonly user_id: string;
  readonly type: Channel;
  readonly address: string;
  readonly name: string | null;
  /** Verified at once: `vigil.yaml` vouches for the addresses it names; the API's wait for a code. */
  readonly verified: boolean;
}

export interface ContactMethodChanges {
  readonly type?: Channel | undefined;
  readonly address?: string | undefined;
  readonly name?: string | null | undefined;
  readonly disabled?: boolean | undefined;
  /** With `disabled: true`: Vigil disables it, for this reason (its owner gives none). */
  readonly disabledReason?: string | undefined;
  /** Marks the address verified now, whatever it was, and voids a code pending. */
  readonly vouch?: boolean | undefined;
}

export interface NotificationRule {
  readonly contact_method: string;
  readonly delay_ms: number;
  /** Only for incidents of this urgency; null: both. */
  readonly urgency: 'high' | 'low' | null;
}

export async function insertContactMethod(tx: Transaction<Schema>, who: Actor, now: number, method: NewContactMethod): Promise<ContactMethodRow> {
  await tx.insertInto('contact_methods').values({
    id: method.id, user_id: method.user_id, name: method.name, type: method.type, address: method.address,
    verified_at: method.verified ? now : null, verification_hash: null, verification_expires_at: null, created_at: now, updated_at: now,
  }).execute();
  const row = await tx.selectFrom('contact_methods').selectAll().where('id', '=', method.id).executeTakeFirstOrThrow();
  await recordAudit(tx, who, now, { action: 'contact_method.create', entityType: 'contact_method', entityId: method.id, after: auditableContactMethod(row) });
  return row;
}

/**
 * Changes a method as read (under lock, where the caller needs one) into `before`; returns the
 * row after, or `before` when nothing differed. Being vouched for and nothing else is recorded
 * as `contact_method.verify`, as a code entered through the API is.
 */
export async function updateContactMethod(tx: Transaction<Schema>, who: Actor, now: number, before: ContactMethodRow, changes: ContactMethodChanges): Promise<ContactMethodRow> {
  const set = {
    ...(changes.type !== undefined && changes.type !== before.type ? { type: changes.type } : {}),
    ...(changes.address !== undefined && changes.address !== before.address ? { address: changes.address } : {}),
    ...(changes.name !== undefined && changes.name !== before.name ? { name: changes.name } : {}),
    ...(changes.disabled !== undefined && (changes.disabled ? 1 : 0) !== before.disabled
      ? { disabled: changes.disabled ? 1 : 0, disabled_at: changes.disabled ? now : null, disabled_reason: changes.disabled ? (changes.disabledReason ?? null) : null }
      : {}),
  };
  const fieldsChange = Object.keys(set).length > 0;
  if (!fieldsChange && !changes.vouch) return before;
  const verification = changes.vouch ? { verified_at: now, verification_hash: null, verification_expires_at: null } : {};
  await tx.updateTable('contact_methods').set({ ...set, ...verification, updated_at: now }).where('id', '=', before.id).execute();
  if (changes.vouch) await forgetVerificationFailures(tx, [before.id]);
  const after = await tx.selectFrom('contact_methods').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
  const action = fieldsChange ? 'contact_method.update' : 'contact_method.verify';
  await recordAudit(tx, who, now, { action, entityType: 'contact_method', entityId: before.id, before: auditableContactMethod(before), after: auditableContactMethod(after) });
  return after;
}

/** Who disables a contact method whose address stopped working. */
export const SYSTEM_ACTOR: Actor = { actor: 'system' };

/**
 * Vigil disables a method whose address is gone for good (a push service answered 404 or 410
 * for the subscription): kept, not deleted, so its owner sees why and its history stays, and
 * audited as a change by `system`. Returns false when it was already disabled or is gone.
 */
export async function disableContactMethod(tx: Transaction<Schema>, now: number, id: string, reason: string): Promise<boolean> {
  const before = await tx.selectFrom('contact_methods').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before || before.disabled !== 0) return false;
  // Two sends answered 410 at once on two nodes: the second update finds it disabled and records nothing.
  const updated = await tx
    .updateTable('contact_methods')
    .set({ disabled: 1, disabled_at: now, disabled_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('disabled', '=', 0)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return false;
  const after = await tx.selectFrom('contact_methods').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await recordAudit(tx, SYSTEM_ACTOR, now, { action: 'contact_method.update', entityType: 'contact_method', entityId: id, before: auditableContactMethod(before), after: auditableContactMethod(after) });
  return true;
}

/** Rules using the methods go with them (the foreign key cascades); deliveries keep their history without them. */
export async function deleteContactMethods(tx: Transaction<Schema>, who: Actor, now: number, methods: readonly ContactMethodRow[]): Promise<void> {
  if (methods.length === 0) return;
  const ids = methods.map((m) => m.id);
  await tx.deleteFrom('contact_methods').where('id', 'in', ids).execute();
  for (const method of methods) {
    await recordAudit(tx, who, now, { action: 'contact_method.delete', entityType: 'contact_method', entityId: method.id, before: auditableContactMethod(method) });
  }
  await forgetVerificationFailures(tx, ids);
}

const sameRule = (a: NotificationRule, b: NotificationRule) => a.contact_method === b.contact_method && a.delay_ms === b.delay_ms && a.urgency === b.urgency;
const auditRules = (rules: readonly NotificationRule[]) => ({ rules: rules.map((r) => ({ contact_method: r.contact_method, after: formatDuration(r.delay_ms), urgency: r.urgency })) });

/**
 * Makes `rules`, in order, the user's whole list; each must use one of the user's own contact
 * methods. Returns whether the list changed: the same list again writes nothing, so rule ids and
 * the audit log stay as they were.
 */
export async function replaceNotificationRules(tx: Transaction<Schema>, who: Actor, now: number, userId: string, rules: readonly NotificationRule[]): Promise<boolean> {
  const own = new Set((await tx.selectFrom('contact_methods').select('id').where('user_id', '=', userId).execute()).map((m) => m.id));
  const missing: FieldError[] = rules.flatMap((r, i) => (own.has(r.contact_method) ? [] : [{ path: `body.rules.${i}.contact_method`, message: `user "${userId}" has no contact method "${r.contact_method}"` }]));
  if (missing.length > 0) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', missing.map((m) => `${m.path}: ${m.message}`).join('; '), missing);
  const stored = await tx.selectFrom('notification_rules').selectAll().where('user_id', '=', userId).orderBy('position').orderBy('id').execute();
  const before = stored.map((r): NotificationRule => ({ contact_method: r.contact_method_id, delay_ms: Number(r.delay_ms), urgency: r.urgency }));
  if (before.length === rules.length && before.every((r, i) => sameRule(r, rules[i]!) && stored[i]!.position === i)) return false;
  await tx.deleteFrom('notification_rules').where('user_id', '=', userId).execute();
  if (rules.length > 0) {
    await tx
      .insertInto('notification_rules')
      .values(rules.map((r, position) => ({ id: newId('nr'), user_id: userId, contact_method_id: r.contact_method, delay_ms: r.delay_ms, urgency: r.urgency, position })))
      .execute();
  }
  await recordAudit(tx, who, now, { action: 'notification_rules.replace', entityType: 'user', entityId: userId, before: auditRules(before), after: auditRules(rules) });
  return true;
}
