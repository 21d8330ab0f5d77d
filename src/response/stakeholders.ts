import { createHmac } from 'node:crypto';
import type { Selectable, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit-log.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { iso } from '../core/db/row-codec.js';
import type { IncidentRow, Schema, StakeholderSubscriptionsTable } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { constantTimeEqual, newOrderedId } from '../core/ids.js';
import type { Runtime } from '../core/runtime.js';
import { findIncident, type IncidentRef } from '../incidents/incident-ref.js';
import { addressProblem, destinationRefusal } from '../notify/contact-methods.js';
import { queueAddressNotice } from '../notify/notices.js';

/** Where stakeholder messages link to: the signed confirm and unsubscribe links. */
export interface LinkSettings {
  readonly publicUrl: string;
  readonly secret: string;
}

export type SubscriptionScope = 'service' | 'incident';
export type SubscriptionKind = StakeholderSubscriptionsTable['kind'];
type SubscriptionRow = Selectable<StakeholderSubscriptionsTable>;

/** Who subscribes: a person (their email), an outside email address, or a Slack or Teams channel's webhook. */
export type SubscriberInput =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'email'; readonly address: string }
  | { readonly kind: 'slack' | 'teams'; readonly address: string };

export interface SubscriptionView {
  readonly id: string;
  readonly scope: SubscriptionScope;
  readonly scope_id: string;
  readonly kind: SubscriptionKind;
  readonly user: string | null;
  readonly address: string | null;
  /** pending: an outside address that has not followed its confirmation link yet. */
  readonly state: 'active' | 'pending';
  readonly created_by: string;
  readonly created_at: string;
}

/** The caller, as far as subscribing goes. */
export interface Subscriber {
  readonly actor: string;
  readonly userId: string | null;
  readonly role: 'viewer' | 'responder' | 'admin';
}

type LinkPurpose = 'confirm' | 'unsubscribe';

const HOUR = 3_600_000;
const CONFIRMATIONS_PER_HOUR = 10;

/** A link's signature: one per subscription and purpose, so a link never works for another row. */
export function linkSignature(secret: string, purpose: LinkPurpose, id: string): string {
  return createHmac('sha256', secret).update(`vigil-stakeholder:${purpose}:${id}`).digest('base64url').slice(0, 32);
}

export function stakeholderLink(links: LinkSettings, purpose: LinkPurpose, id: string): string {
  // The signature travels as `token` so request logs redact it like any credential parameter.
  return `${links.publicUrl.replace(/\/$/, '')}/stakeholders/${purpose}/${id}?token=${linkSignature(links.secret, purpose, id)}`;
}

function view(row: SubscriptionRow): SubscriptionView {
  return {
    id: row.id,
    scope: row.scope,
    scope_id: row.scope_id,
    kind: row.kind,
    user: row.user_id,
    address: row.address,
    state: row.confirmed_at === null ? 'pending' : 'active',
    created_by: row.created_by,
    created_at: iso(Number(row.created_at)),
  };
}

/** Stakeholder subscriptions to an incident or to every incident of a service. */
export class StakeholderService {
  constructor(
    private readonly runtime: Runtime,
    private readonly links: LinkSettings,
  ) {}

  private get db() {
    return this.runtime.database.db;
  }

  /** The incident's id for an incident scope (by number or id), the service's for a service scope. */
  async scopeId(scope: SubscriptionScope, ref: string): Promise<string> {
    if (scope === 'incident') return (await findIncident(this.db, ref as IncidentRef)).id;
    const service = await this.db.selectFrom('services').select('id').where('id', '=', ref).executeTakeFirst();
    if (!service) throw new VigilError('VIGIL_SERVICE_NOT_FOUND', `no service "${ref}"`);
    return service.id;
  }

  async list(scope: SubscriptionScope, scopeId: string): Promise<SubscriptionView[]> {
    const rows = await this.db.selectFrom('stakeholder_subscriptions').selectAll().where('scope', '=', scope).where('scope_id', '=', scopeId).orderBy('created_at').orderBy('id').execute();
    return rows.map(view);
  }

  /**
   * Subscribes. Anyone may subscribe themself; subscribing someone else, an address or a channel
   * takes the responder role. An outside email address stays pending until its owner follows the
   * link mailed to it, unless an admin added it. Subscribing what is already subscribed returns it.
   */
  async subscribe(scope: SubscriptionScope, scopeId: string, input: SubscriberInput, by: Subscriber): Promise<{ subscription: SubscriptionView; created: boolean }> {
    const self = input.kind === 'user' && input.userId === by.userId;
    if (!self && by.role === 'viewer') {
      throw new VigilError('VIGIL_FORBIDDEN', 'viewers may subscribe only themselves: send { "user": "<your id>" }; subscribing others, addresses or channels needs the responder role');
    }
    const target = await this.targetOf(input);
    const { dialect } = this.runtime.database;
    const result = await this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('stakeholder_subscriptions').selectAll().where('scope', '=', scope).where('scope_id', '=', scopeId).where('kind', '=', input.kind).where('target', '=', target).executeTakeFirst();
      if (existing) return { row: existing, created: false };
      const now = this.runtime.clock.now();
      const pending = input.kind === 'email' && by.role !== 'admin';
      if (pending) await this.limitConfirmations(trx, by.actor, now);
      const row: SubscriptionRow = {
        id: newOrderedId('sub'),
        scope,
        scope_id: scopeId,
        kind: input.kind,
        user_id: input.kind === 'user' ? input.userId : null,
        target,
        address: input.kind === 'user' ? null : input.address.trim(),
        confirmed_at: pending ? null : now,
        created_by: by.actor,
        created_at: now,
      };
      await trx.insertInto('stakeholder_subscriptions').values(row).execute();
      await recordAudit(trx, { actor: by.actor }, now, { action: 'subscription.create', entityType: 'stakeholder_subscription', entityId: row.id, after: { ...row } });
      if (pending) {
        await queueAddressNotice(
          trx,
          dialect,
          { channel: 'email', address: row.address! },
          { incidentId: scope === 'incident' ? scopeId : null, type: 'status_update', text: `${by.actor} asked to send you status updates on ${scope === 'incident' ? 'an incident' : `service ${scopeId}`}; confirm at ${stakeholderLink(this.links, 'confirm', row.id)} (ignore this mail to decline)` },
          now,
        );
      }
      return { row, created: true };
    });
    this.runtime.jobSignal.notify();
    return { subscription: view(result.row), created: result.created };
  }

  /** Removes a subscription: its subscriber, or a responder. */
  async remove(id: string, by: Subscriber): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('stakeholder_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new VigilError('VIGIL_SUBSCRIPTION_NOT_FOUND', `no subscription "${id}"`);
      if (by.role === 'viewer' && row.user_id !== by.userId) throw new VigilError('VIGIL_FORBIDDEN', 'viewers may remove only their own subscriptions');
      await trx.deleteFrom('stakeholder_subscriptions').where('id', '=', id).execute();
      await recordAudit(trx, { actor: by.actor }, this.runtime.clock.now(), { action: 'subscription.delete', entityType: 'stakeholder_subscription', entityId: id, before: { ...row } });
    });
  }

  /** The subscription a signed link names, or VIGIL_SUBSCRIPTION_NOT_FOUND (also for a wrong signature). */
  async byLink(purpose: LinkPurpose, id: string, signature: string): Promise<SubscriptionView> {
    const row = constantTimeEqual(signature, linkSignature(this.links.secret, purpose, id))
      ? await this.db.selectFrom('stakeholder_subscriptions').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
    if (!row) throw new VigilError('VIGIL_SUBSCRIPTION_NOT_FOUND', 'this link is not valid (or the subscription was already removed)');
    return view(row);
  }

  /** Follows a signed link: confirms the address, or removes the subscription. */
  async followLink(purpose: LinkPurpose, id: string, signature: string): Promise<SubscriptionView> {
    const subscription = await this.byLink(purpose, id, signature);
    await this.db.transaction().execute(async (trx) => {
      const now = this.runtime.clock.now();
      const actor = `link:${subscription.address ?? subscription.user ?? id}`;
      if (purpose === 'confirm') {
        await trx.updateTable('stakeholder_subscriptions').set({ confirmed_at: now }).where('id', '=', id).where('confirmed_at', 'is', null).execute();
        await recordAudit(trx, { actor }, now, { action: 'subscription.confirm', entityType: 'stakeholder_subscription', entityId: id, after: { confirmed_at: now } });
      } else {
        await trx.deleteFrom('stakeholder_subscriptions').where('id', '=', id).execute();
        await recordAudit(trx, { actor }, now, { action: 'subscription.delete', entityType: 'stakeholder_subscription', entityId: id, before: { ...subscription } });
      }
    });
    return subscription;
  }

  /** Confirmation mail goes to addresses nobody has vouched for: a few an hour per person. */
  private async limitConfirmations(trx: Transaction<Schema>, actor: string, now: number): Promise<void> {
    const recent = await trx
      .selectFrom('stakeholder_subscriptions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_by', '=', actor)
      .where('kind', '=', 'email')
      .where('created_at', '>', now - HOUR)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= CONFIRMATIONS_PER_HOUR) {
      throw new VigilError('VIGIL_RATE_LIMITED', `you asked ${CONFIRMATIONS_PER_HOUR} outside addresses to confirm in the last hour; try again later, or ask an admin (whose additions need no confirmation)`);
    }
  }

  private async targetOf(input: SubscriberInput): Promise<string> {
    if (input.kind === 'user') {
      const user = await this.db.selectFrom('users').select('id').where('id', '=', input.userId).executeTakeFirst();
      if (!user) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no user "${input.userId}"; see GET /api/v1/users`, [{ path: '/user', message: `no user "${input.userId}"` }]);
      return user.id;
    }
    const address = input.address.trim();
    const problem = addressProblem(input.kind, address, 'team');
    if (problem) throw new VigilError('VIGIL_INVALID_ADDRESS', `"${address}" is not ${problem.expected}: ${problem.hint}`, [{ path: `/${input.kind}`, message: `not ${problem.expected}` }]);
    const refusal = destinationRefusal(input.kind, address, 'team', this.runtime.outbound);
    if (refusal) throw new VigilError('VIGIL_ADDRESS_NOT_ALLOWED', refusal.message, [{ path: `/${input.kind}`, message: refusal.message }]);
    return input.kind === 'email' ? address.toLowerCase() : address;
  }
}

/**
 * Sends a stakeholder update to everyone subscribed to the incident or its service (confirmed
 * ones only), once per destination: people at their account's email address, outside addresses
 * by email with their own unsubscribe link, channels through their webhook. In the posting
 * transaction: the messages go out if and only if the update is stored.
 */
export async function queueStakeholderUpdate(trx: Transaction<Schema>, dialect: SqlDialect, links: LinkSettings, incident: IncidentRow, text: string, now: number): Promise<number> {
  let query = trx.selectFrom('stakeholder_subscriptions').leftJoin('users', 'users.id', 'stakeholder_subscriptions.user_id').selectAll('stakeholder_subscriptions').select('users.email as user_email').where('confirmed_at', 'is not', null);
  query = incident.service_id === null
    ? query.where('scope', '=', 'incident').where('scope_id', '=', incident.id)
    : query.where((eb) => eb.or([eb.and([eb('scope', '=', 'incident'), eb('scope_id', '=', incident.id)]), eb.and([eb('scope', '=', 'service'), eb('scope_id', '=', incident.service_id!)])]));
  const rows = await query.orderBy('stakeholder_subscriptions.created_at').orderBy('stakeholder_subscriptions.id').execute();
  const sent = new Set<string>();
  for (const row of rows) {
    const channel = row.kind === 'user' || row.kind === 'email' ? 'email' : row.kind;
    const address = row.kind === 'user' ? row.user_email : row.address;
    if (!address || sent.has(`${channel}:${address.toLowerCase()}`)) continue;
    sent.add(`${channel}:${address.toLowerCase()}`);
    const unsubscribe = channel === 'email' ? ` — to stop these updates: ${stakeholderLink(links, 'unsubscribe', row.id)}` : '';
    await queueAddressNotice(trx, dialect, { channel, address }, { incidentId: incident.id, type: 'status_update', text: `${text}${unsubscribe}` }, now);
  }
  return sent.size;
}

