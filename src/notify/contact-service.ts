import type { Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import { bool, iso } from '../core/db/row-codec.js';
import type { ContactMethodRow, Schema } from '../core/db/schema.js';
import { formatDuration, parseDuration } from '../core/duration.js';
import { assertNever, VigilError, type FieldError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import type { Channel } from './channels.js';
import { addressProblem, destinationRefusal, managedBy, newContactMethodId, shownAddress } from './contact-methods.js';
import type { ContactMethodInput, ContactMethodView, RuleInput } from './contact-schemas.js';
import { readSubscription, serializeSubscription } from './push-subscription.js';
import { auditableContactMethod, deleteContactMethods, insertContactMethod, replaceNotificationRules, updateContactMethod } from './contact-store.js';
import { checkVerificationCode, MAX_WRONG_CODES, sendVerificationCode } from './contact-verification.js';
import { queueDirectMessage } from './deliveries.js';
import { suggestStoredId } from '../core/suggest.js';


function view(row: ContactMethodRow): ContactMethodView {
  return {
    id: row.id,
    user: row.user_id,
    type: row.type,
    address: shownAddress(row.type, row.address),
    name: row.name,
    managed_by: managedBy(row.id),
    verified: row.verified_at !== null,
    verified_at: iso(row.verified_at),
    verification_expires_at: row.verified_at === null ? iso(row.verification_expires_at) : null,
    disabled: bool(row.disabled),
    disabled_at: row.disabled === 0 ? null : iso(row.disabled_at),
    disabled_reason: row.disabled === 0 ? null : row.disabled_reason,
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  };
}

export interface RuleView {
  readonly id: string;
  readonly contact_method: string;
  readonly after: string;
  readonly urgency: string | null;
}

function invalidAddress(path: string, message: string): VigilError {
  return new VigilError('VIGIL_INVALID_ADDRESS', `invalid request: ${path} ${message}`, [{ path, message }]);
}

/**
 * The address a new method is stored with, and its name. A push method's address is the
 * browser's subscription (`subscription`, as `PushSubscription.toJSON()` gives it), checked
 * part by part and stored in its serialized form; its `label` ("Chrome on this laptop") is its
 * name. Messages about a subscription name the part at fault and never repeat its keys.
 */
function readNewAddress(input: { type: Channel; address?: string | undefined; subscription?: ContactMethodInput['subscription']; name?: string | undefined; label?: string | undefined }): { address: string; name: string | null } {
  if (input.type === 'push') {
    if (input.address !== undefined) throw invalidAddress('body.address', 'is not used for push; send the browser\'s subscription as body.subscription (PushSubscription.toJSON())');
    if (input.subscription === undefined) throw invalidAddress('body.subscription', 'is required for push: the browser\'s PushSubscription.toJSON()');
    if (input.name !== undefined && input.label !== undefined) throw invalidAddress('body.label', 'and body.name both name the method; send one');
    const read = readSubscription(input.subscription);
    if (!read.ok) throw invalidAddress(`body.subscription.${read.problem.part}`, read.problem.message);
    return { address: serializeSubscription(read.subscription), name: input.label ?? input.name ?? null };
  }
  if (input.subscription !== undefined) throw invalidAddress('body.subscription', `is only for push; a ${input.type} method takes body.address`);
  if (input.label !== undefined) throw invalidAddress('body.label', `is only for push; name a ${input.type} method with body.name`);
  if (input.address === undefined) throw invalidAddress('body.address', `is required for ${input.type}`);
  const address = input.address.trim();
  const problem = addressProblem(input.type, address, 'person');
  if (problem) throw invalidAddress('body.address', `${JSON.stringify(address)} is not ${problem.expected} (${input.type}); ${problem.hint}`);
  return { address, name: input.name ?? null };
}

const NEW_CODE_HINT = (id: string) => `ask for a new code: POST /api/v1/contact-methods/${id}/verification`;

/**
 * People's contact methods (with their verification), notification rules and test pages. Every
 * message goes out through the normal send path as a delivery; the job worker is woken after
 * the transaction that queued it commits.
 */
export class ContactService {
  constructor(private readonly runtime: Runtime) {}

  private get db() {
    return this.runtime.database.db;
  }

  private now(): number {
    return this.runtime.clock.now();
  }

  private async transaction<T>(work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
    const result = await this.db.transaction().execute(work);
    this.runtime.jobSignal.notify();
    return result;
  }

  private async user(db: Transaction<Schema> | undefined, id: string): Promise<void> {
    const found = await (db ?? this.db).selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw new VigilError('VIGIL_USER_NOT_FOUND', `no user "${id}"${await suggestStoredId(db ?? this.db, 'users', id)}`);
  }

  private async method(trx: Transaction<Schema>, id: string): Promise<ContactMethodRow> {
    const row = await this.runtime.database.dialect.lockForUpdate(trx.selectFrom('contact_methods').selectAll().where('id', '=', id)).executeTakeFirst();
    if (!row) throw new VigilError('VIGIL_CONTACT_METHOD_NOT_FOUND', `no contact method "${id}"`);
    return row;
  }

  async list(userId: string): Promise<ContactMethodView[]> {
    await this.user(undefined, userId);
    const rows = await this.db.selectFrom('contact_methods').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
    return rows.map(view);
  }

  /** Adds an unverified method and sends it a code: nothing pages it until the code comes back. */
  async create(who: Actor, userId: string, input: { type: Channel; address?: string | undefined; subscription?: ContactMethodInput['subscription']; name?: string | undefined; label?: string | undefined }): Promise<ContactMethodView & { verification_delivery: string }> {
    const { address, name } = readNewAddress(input);
    const refusal = destinationRefusal(input.type, address, 'person', this.runtime.outbound);
    if (refusal) {
      const path = input.type === 'push' ? 'body.subscription.endpoint' : 'body.address';
      throw new VigilError('VIGIL_ADDRESS_NOT_ALLOWED', `${path} is not allowed: ${refusal.message}`, [{ path, message: refusal.reason }], {
        address: refusal.address,
        range: refusal.range,
      });
    }
    const dialect = this.runtime.database.dialect;
    return this.transaction(async (trx) => {
      await this.user(trx, userId);
      const twin = await trx.selectFrom('contact_methods').select('id').where('user_id', '=', userId).where('type', '=', input.type).where('address', '=', address).executeTakeFirst();
      if (twin) {
        const what = input.type === 'push' ? 'this browser\'s push subscription' : `${input.type} ${address}`;
        throw new VigilError('VIGIL_CONFLICT', `user "${userId}" already has ${what} as contact method "${twin.id}"`, undefined, { contact_method: twin.id });
      }
      const now = this.now();
      const row = await insertContactMethod(trx, who, now, { id: newContactMethodId(), user_id: userId, name, type: input.type, address, verified: false });
      const sent = await sendVerificationCode(trx, dialect, row, now);
      const stored = await trx.selectFrom('contact_methods').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      return { ...view(stored), verification_delivery: sent.deliveryId };
    });
  }

  async resendCode(id: string): Promise<{ delivery: string; expires_at: string }> {
    const dialect = this.runtime.database.dialect;
    return this.transaction(async (trx) => {
      const method = await this.method(trx, id);
      if (method.verified_at !== null) throw new VigilError('VIGIL_CONFLICT', `contact method "${id}" is already verified`);
      const sent = await sendVerificationCode(trx, dialect, method, this.now());
      return { delivery: sent.deliveryId, expires_at: iso(sent.expiresAt)! };
    });
  }

  async verify(who: Actor, id: string, code: string): Promise<ContactMethodView> {
    // The outcome is committed before it is answered: a wrong guess must count even though it is refused.
    const { outcome, row } = await this.db.transaction().execute(async (trx) => {
      const method = await this.method(trx, id);
      const result = await checkVerificationCode(trx, method, code, this.now());
      if (result.kind === 'verified') {
        await recordAudit(trx, who, this.now(), { action: 'contact_method.verify', entityType: 'contact_method', entityId: id, before: auditableContactMethod(method), after: { ...auditableContactMethod(method), verified: true } });
      }
      return { outcome: result, row: await trx.selectFrom('contact_methods').selectAll().where('id', '=', id).executeTakeFirstOrThrow() };
    });
    switch (outcome.kind) {
      case 'verified':
      case 'already-verified':
        return view(row);
      case 'no-code':
        throw new VigilError('VIGIL_VERIFICATION_EXPIRED', `no verification code is pending for contact method "${id}" (none was sent, or it was voided after ${MAX_WRONG_CODES} wrong codes); ${NEW_CODE_HINT(id)}`);
      case 'expired':
        throw new VigilError('VIGIL_VERIFICATION_EXPIRED', `the verification code expired at ${iso(outcome.expiredAt)}; ${NEW_CODE_HINT(id)}`);
      case 'wrong': {
        const rest = outcome.attemptsLeft === 0 ? `that was the ${MAX_WRONG_CODES}th wrong code, so the code no longer works; ${NEW_CODE_HINT(id)}` : `${outcome.attemptsLeft} more ${outcome.attemptsLeft === 1 ? 'try' : 'tries'} before the code stops working`;
        const fields: FieldError[] = [{ path: 'body.code', message: 'does not match the code sent' }];
        throw new VigilError('VIGIL_VERIFICATION_FAILED', `the code does not match the one sent to this contact method; ${rest}`, fields, { attempts_left: outcome.attemptsLeft });
      }
      default:
        return assertNever(outcome, 'verification outcome');
    }
  }

  async update(who: Actor, id: string, patch: { name?: string | null | undefined; disabled?: boolean | undefined }): Promise<ContactMethodView> {
    return this.db.transaction().execute(async (trx) => {
      const method = await this.method(trx, id);
      if (patch.disabled === false && method.disabled !== 0 && method.disabled_reason !== null) {
        const again = method.type === 'push' ? 'subscribe this browser again (it becomes a new contact method) and delete this one' : 'add the address again as a new contact method and delete this one';
        throw new VigilError('VIGIL_CONFLICT', `contact method "${id}" was disabled by Vigil because ${method.disabled_reason}; it cannot work again, so ${again}`, undefined, { disabled_reason: method.disabled_reason });
      }
      const renamed = patch.name !== undefined && patch.name !== method.name;
      if (renamed && managedBy(id) === 'config') {
        throw new VigilError('VIGIL_CONFLICT', `contact method "${id}" is defined in vigil.yaml; change its name there (only disabled can be changed here)`);
      }
      return view(await updateContactMethod(trx, who, this.now(), method, { ...(renamed ? { name: patch.name ?? null } : {}), disabled: patch.disabled }));
    });
  }

  /** Rules using the method go with it; deliveries keep their history without it. */
  async remove(who: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const method = await this.method(trx, id);
      if (managedBy(id) === 'config') throw new VigilError('VIGIL_CONFLICT', `contact method "${id}" is defined in vigil.yaml; remove it there and apply the file`);
      await deleteContactMethods(trx, who, this.now(), [method]);
    });
  }

  async rules(userId: string): Promise<RuleView[]> {
    await this.user(undefined, userId);
    const rows = await this.db.selectFrom('notification_rules').selectAll().where('user_id', '=', userId).orderBy('position').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, contact_method: r.contact_method_id, after: formatDuration(Number(r.delay_ms)), urgency: r.urgency }));
  }

  /** Replaces the user's rules; each must use one of the user's own contact methods. */
  async replaceRules(who: Actor, userId: string, rules: readonly RuleInput[]): Promise<RuleView[]> {
    await this.db.transaction().execute(async (trx) => {
      await this.user(trx, userId);
      await replaceNotificationRules(trx, who, this.now(), userId, rules.map((r) => ({ contact_method: r.contact_method, delay_ms: parseDuration(r.after)!, urgency: (r.urgency ?? null) as 'high' | 'low' | null })));
    });
    return this.rules(userId);
  }

  /**
   * `vigil page --test`: a test message to one verified method, or to every verified and
   * enabled one, through the same providers, retries and log as a page.
   */
  async testPage(userId: string, contactMethodId: string | undefined): Promise<{ id: string; contact_method: string; channel: string }[]> {
    const dialect = this.runtime.database.dialect;
    return this.transaction(async (trx) => {
      await this.user(trx, userId);
      const methods = await trx.selectFrom('contact_methods').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
      let targets: ContactMethodRow[];
      if (contactMethodId !== undefined) {
        const method = methods.find((m) => m.id === contactMethodId);
        if (!method) {
          const message = `user "${userId}" has no contact method "${contactMethodId}"`;
          throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', message, [{ path: 'body.contact_method', message }]);
        }
        if (method.verified_at === null) throw new VigilError('VIGIL_CONFLICT', `contact method "${method.id}" is not verified; verify it first with the code sent to it (${NEW_CODE_HINT(method.id)})`);
        targets = [method];
      } else {
        targets = methods.filter((m) => m.verified_at !== null && m.disabled === 0);
        if (targets.length === 0) {
          const why = methods.length === 0 ? 'has no contact methods' : 'has no verified, enabled contact method';
          throw new VigilError('VIGIL_CONFLICT', `user "${userId}" ${why}; add one and verify it first`);
        }
      }
      const now = this.now();
      const sent = [];
      for (const method of targets) sent.push({ id: await queueDirectMessage(trx, dialect, method, 'test', now), contact_method: method.id, channel: method.type });
      return sent;
    });
  }
}
