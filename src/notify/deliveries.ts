import type { Kysely, Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import { bool } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { newOrderedId } from '../core/ids.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import type { Channel } from './channels.js';
import { insertDelivery, recordDelivery } from './delivery-log.js';
import { planNotifications } from './notification-plan.js';

/** The page a notification is for, as the escalation step that wrote it knows it. */
interface PageRef {
  readonly id: string;
  readonly incidentId: string;
  readonly userId: string;
  readonly round: number;
  readonly level: number;
}

/**
 * A page expands, through the user's notification rules, into one notification per (contact
 * method, delay). Written in the escalation step's transaction, so a page and its notifications
 * exist together or not at all. A notification due now is queued (and its contact method
 * flushed) right here, as the `notify.rule` and `notify.flush` jobs would do a moment later: two
 * transactions fewer between an alert and the person's phone. Later ones become `notify.rule`
 * jobs. Returns why the user may not be reached.
 */
export async function planPageNotifications(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  page: PageRef,
  urgency: 'high' | 'low',
  throttleMs: (channel: Channel) => number,
  now: number,
): Promise<readonly string[]> {
  const [rules, methods] = await Promise.all([
    trx.selectFrom('notification_rules').selectAll().where('user_id', '=', page.userId).orderBy('position').execute(),
    trx.selectFrom('contact_methods').selectAll().where('user_id', '=', page.userId).orderBy('created_at').orderBy('id').execute(),
  ]);
  const plan = planNotifications(
    urgency,
    rules.map((r) => ({ id: r.id, contactMethodId: r.contact_method_id, delayMs: r.delay_ms, urgency: r.urgency })),
    methods.map((m) => ({ id: m.id, type: m.type as Channel, verified: m.verified_at !== null, disabled: bool(m.disabled), disabledReason: m.disabled_reason })),
  );
  for (const skipped of plan.skipped) {
    const method = methods.find((m) => m.id === skipped.contactMethodId);
    if (method) await recordSkipped(trx, page, method, skipped.reason, now);
  }
  for (const planned of plan.notifications) {
    const method = planned.delayMs <= 0 ? methods.find((m) => m.id === planned.contactMethodId) : undefined;
    if (method) {
      await queueDelivery(trx, dialect, page, method, throttleMs, now);
      continue;
    }
    await enqueueJob(
      trx,
      dialect,
      {
        kind: 'notify.rule',
        key: jobKeys.notifyRule(page.id, planned.contactMethodId, planned.delayMs),
        payload: { pageId: page.id, contactMethodId: planned.contactMethodId },
        runAt: now + planned.delayMs,
        incidentId: page.incidentId,
      },
      now,
    );
  }
  return plan.warnings;
}

/** What every delivery of a page to a contact method records, whatever became of it. */
function pageDelivery(page: PageRef, method: { readonly id: string; readonly type: string; readonly address: string }) {
  return { kind: 'page' as const, pageId: page.id, incidentId: page.incidentId, userId: page.userId, contactMethodId: method.id, channel: method.type, address: method.address };
}

/**
 * A page's notification to a method Vigil disabled (its push subscription is gone): written as
 * cancelled, so the incident's delivery log says the method was not tried and why.
 */
async function recordSkipped(trx: Transaction<Schema>, page: PageRef, method: { readonly id: string; readonly type: string; readonly address: string }, reason: string, now: number): Promise<void> {
  await insertDelivery(
    trx,
    {
      ...pageDelivery(page, method),
      status: 'cancelled',
      detail: `not tried: the contact method was disabled because ${reason}; its owner can add it again (page level ${page.level}, round ${page.round})`,
    },
    now,
  );
}

/** When a contact method may next be sent to: its throttle after the last message. */
export async function nextSendSlot(db: Kysely<Schema> | Transaction<Schema>, contactMethodId: string, throttleMs: number, now: number): Promise<number> {
  if (throttleMs <= 0) return now;
  const last = await db
    .selectFrom('deliveries')
    .select((eb) => eb.fn.max('sent_at').as('sent_at'))
    .where('contact_method_id', '=', contactMethodId)
    .executeTakeFirst();
  const sentAt = last?.sent_at === null || last?.sent_at === undefined ? undefined : Number(last.sent_at);
  return sentAt === undefined ? now : Math.max(now, sentAt + throttleMs);
}

export async function scheduleFlush(trx: Transaction<Schema>, dialect: SqlDialect, contactMethodId: string, runAt: number, now: number): Promise<void> {
  await enqueueJob(trx, dialect, { kind: 'notify.flush', key: jobKeys.notifyFlush(contactMethodId, runAt), payload: { contactMethodId }, runAt }, now);
}

/** `notify.rule`: the rule's time has come; queue a delivery unless the incident no longer needs it. */
export async function queueRuleDelivery(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  payload: { pageId: string; contactMethodId: string },
  throttleMs: (channel: Channel) => number,
  now: number,
): Promise<void> {
  const page = await trx.selectFrom('pages').selectAll().where('id', '=', payload.pageId).executeTakeFirst();
  if (!page) return;
  const incident = await trx.selectFrom('incidents').select(['status']).where('id', '=', page.incident_id).executeTakeFirst();
  if (incident?.status !== 'triggered') return;
  const method = await trx.selectFrom('contact_methods').selectAll().where('id', '=', payload.contactMethodId).executeTakeFirst();
  if (!method) return;
  await queueDelivery(trx, dialect, { id: page.id, incidentId: page.incident_id, userId: page.user_id, round: page.round, level: page.level }, method, throttleMs, now);
}

/**
 * Queues a page's delivery to a contact method, then flushes the method at once if its throttle
 * allows (as the `notify.flush` job would), or schedules the flush for when it does.
 */
async function queueDelivery(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  page: PageRef,
  method: { readonly id: string; readonly type: string; readonly address: string; readonly disabled: number; readonly disabled_reason: string | null },
  throttleMs: (channel: Channel) => number,
  now: number,
): Promise<void> {
  if (bool(method.disabled)) {
    if (method.disabled_reason !== null) await recordSkipped(trx, page, method, method.disabled_reason, now);
    return;
  }
  await insertDelivery(
    trx,
    {
      ...pageDelivery(page, method),
      status: 'queued',
      detail: `page (level ${page.level}, round ${page.round})`,
    },
    now,
  );
  const slot = await nextSendSlot(trx, method.id, throttleMs(method.type as Channel), now);
  if (slot > now) await scheduleFlush(trx, dialect, method.id, slot, now);
  else await flushContactMethod(trx, dialect, method.id, throttleMs, now);
}

/**
 * `notify.flush`: everything queued for one contact method goes out as one message (a bundle)
 * once its throttle allows; deliveries for incidents acknowledged or resolved meanwhile are
 * cancelled instead.
 */
export async function flushContactMethod(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  contactMethodId: string,
  throttleMs: (channel: Channel) => number,
  now: number,
): Promise<void> {
  const queued = await trx
    .selectFrom('deliveries')
    .leftJoin('incidents', 'incidents.id', 'deliveries.incident_id')
    .select(['deliveries.id', 'deliveries.kind', 'deliveries.channel', 'incidents.status as incident_status'])
    .where('deliveries.contact_method_id', '=', contactMethodId)
    .where('deliveries.status', '=', 'queued')
    .execute();
  const stale = queued.filter((d) => d.kind === 'page' && d.incident_status !== 'triggered');
  await recordDelivery(trx, stale.map((d) => d.id), { status: 'cancelled', at: now, detail: 'the incident was acknowledged or resolved before it went out', from: 'queued' });
  const ready = queued.filter((d) => !stale.includes(d));
  if (ready.length === 0) return;
  const slot = await nextSendSlot(trx, contactMethodId, throttleMs(ready[0]?.channel as Channel), now);
  if (slot > now) {
    await scheduleFlush(trx, dialect, contactMethodId, slot, now);
    return;
  }
  const bundleId = newOrderedId('bdl');
  const bundled = await recordDelivery(trx, ready.map((d) => d.id), { status: 'sending', at: now, detail: ready.length > 1 ? `bundled with ${ready.length - 1} other(s)` : null, patch: { bundle_id: bundleId }, from: 'queued' });
  // Another node's flush took them first (see recordDelivery).
  if (bundled.length === 0) return;
  await enqueueJob(trx, dialect, { kind: 'notify.send', key: jobKeys.notifySend(bundleId), payload: { bundleId }, runAt: now }, now);
}

/**
 * A message to one contact method outside any incident: a test page (`vigil page --test`) or a
 * verification code. It takes the same path as a page (throttle, provider, retries, log), so a
 * test proves the chain a real page would use.
 */
export async function queueDirectMessage(
  trx: Transaction<Schema>,
  dialect: SqlDialect,
  method: { readonly id: string; readonly user_id: string; readonly type: string; readonly address: string },
  kind: 'test' | 'verification',
  now: number,
  content: { readonly verificationCode?: string } = {},
): Promise<string> {
  const id = await insertDelivery(
    trx,
    {
      kind,
      userId: method.user_id,
      contactMethodId: method.id,
      channel: method.type,
      address: method.address,
      status: 'sending',
      ownBundle: true,
      content: JSON.stringify(content),
      detail: kind === 'test' ? 'test page' : 'verification code',
    },
    now,
  );
  // Not throttled and not bundled: the person asked for it and is waiting for it.
  await enqueueJob(trx, dialect, { kind: 'notify.send', key: jobKeys.notifySend(id), payload: { bundleId: id }, runAt: now }, now);
  return id;
}
