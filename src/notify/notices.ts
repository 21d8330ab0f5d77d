import type { Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import { bool } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { Channel, PageContext } from './channels.js';
import { insertDelivery } from './delivery-log.js';
import { planNotifications } from './notification-plan.js';

/** What a notice says: its type picks nothing but the wording's tone; the text is what is read. */
export type NoticeType = NonNullable<PageContext['event']>['type'];

export interface Notice {
  /** Null for a notice about no incident (a stakeholder's confirmation of a service subscription). */
  readonly incidentId: string | null;
  readonly type: NoticeType;
  readonly text: string;
}

/**
 * A notice to one person about an incident (a status update is due, they were given a role):
 * a delivery to each contact method of their notification rules' first step (every verified one
 * when they have no rules), sent at once, not a page: nothing to acknowledge, and it goes out whatever the
 * incident's status. Written in the caller's transaction and sent by `notify.event`, one job per
 * delivery, with its retries. Returns how many deliveries were queued.
 */
export async function queueUserNotice(trx: Transaction<Schema>, dialect: SqlDialect, userId: string, notice: Notice, now: number): Promise<number> {
  const [rules, methods] = await Promise.all([
    trx.selectFrom('notification_rules').selectAll().where('user_id', '=', userId).orderBy('position').execute(),
    trx.selectFrom('contact_methods').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute(),
  ]);
  const plan = planNotifications(
    'high',
    rules.map((r) => ({ id: r.id, contactMethodId: r.contact_method_id, delayMs: r.delay_ms, urgency: r.urgency })),
    methods.map((m) => ({ id: m.id, type: m.type as Channel, verified: m.verified_at !== null, disabled: bool(m.disabled), disabledReason: m.disabled_reason })),
  );
  // A notice has no later rungs: it goes at once to the methods of the person's first step (the
  // ones used at once, or, for someone whose rules all wait, the soonest of them).
  const firstDelay = Math.min(...plan.notifications.map((n) => n.delayMs));
  const firstStep = new Set(plan.notifications.filter((n) => n.delayMs === firstDelay).map((n) => n.contactMethodId));
  let queued = 0;
  for (const method of methods) {
    if (!firstStep.has(method.id)) continue;
    await queueNoticeDelivery(trx, dialect, { channel: method.type, address: method.address, userId, contactMethodId: method.id }, notice, now);
    queued += 1;
  }
  return queued;
}

/** A notice to an address that is no user's contact method: a stakeholder's email, a Slack or Teams webhook. */
export async function queueAddressNotice(trx: Transaction<Schema>, dialect: SqlDialect, target: { readonly channel: Channel; readonly address: string }, notice: Notice, now: number): Promise<void> {
  await queueNoticeDelivery(trx, dialect, { channel: target.channel, address: target.address, userId: null, contactMethodId: null }, notice, now);
}

async function queueNoticeDelivery(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  to: { readonly channel: string; readonly address: string; readonly userId: string | null; readonly contactMethodId: string | null },
  notice: Notice,
  now: number,
): Promise<void> {
  // Written as sending in a bundle of its own: a page's flush of the same contact method takes
  // only queued deliveries, so it never sends this one a second time.
  const id = await insertDelivery(
    trx,
    {
      kind: 'event',
      incidentId: notice.incidentId,
      userId: to.userId,
      contactMethodId: to.contactMethodId,
      channel: to.channel,
      address: to.address,
      status: 'sending',
      ownBundle: true,
      content: JSON.stringify({ type: notice.type, text: notice.text }),
      detail: `${notice.type === 'reminder' ? 'status update reminder' : notice.type === 'role' ? 'role notice' : notice.type === 'target_breached' ? 'response target breached' : notice.type === 'status_update' ? 'status update' : notice.type} (not a page)`,
    },
    now,
  );
  await enqueueJob(trx, dialect, { kind: 'notify.event', key: jobKeys.notifyEvent(id), payload: { deliveryId: id }, runAt: now, incidentId: notice.incidentId }, now);
}
