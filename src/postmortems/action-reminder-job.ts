import type { SqlDialect } from '../core/db/dialect.js';
import type { JobHandler } from '../engine/engine.js';
import { jobKeys } from '../engine/job-catalogue.js';
import { enqueueJob } from '../engine/jobs.js';
import { insertDelivery } from '../notify/delivery-log.js';
import { reminderText, REMINDER_STAGES, type ReminderStage } from './action-reminders.js';

/** Action items are work for office hours: they reach people by mail and chat, never by phone or push. */
export const REMINDER_CHANNELS = ['email', 'slack', 'teams'] as const;

/**
 * `action.remind`: tells the item's owner, through each verified email and chat contact method,
 * that it is coming due or overdue. A reminder for a due date the item no longer has, or for an
 * item done or dropped, does nothing: the new date wrote its own reminders.
 */
export function actionRemindHandler(dialect: SqlDialect, publicUrl: string): JobHandler<'action.remind'> {
  return async ({ trx, payload, now }) => {
    const item = await trx.selectFrom('action_items').select(['id', 'title', 'owner_id', 'due_date', 'status']).where('id', '=', payload.actionItemId).executeTakeFirst();
    if (!item || item.due_date !== payload.dueDate || (item.status !== 'open' && item.status !== 'in_progress')) return;
    if (!REMINDER_STAGES.some((s) => s.stage === payload.stage)) return;
    const methods = await trx
      .selectFrom('contact_methods')
      .select(['id', 'type', 'address'])
      .where('user_id', '=', item.owner_id)
      .where('type', 'in', [...REMINDER_CHANNELS])
      .where('verified_at', 'is not', null)
      .where('disabled', '=', 0)
      .orderBy('created_at')
      .execute();
    const text = `${reminderText(payload.stage as ReminderStage, item.title, item.due_date)} — ${publicUrl.replace(/\/+$/, '')}/action-items`;
    for (const method of methods) {
      const id = await insertDelivery(
        trx,
        {
          kind: 'event',
          userId: item.owner_id,
          contactMethodId: method.id,
          channel: method.type,
          address: method.address,
          status: 'queued',
          content: JSON.stringify({ type: 'reminder', text }),
          detail: `action item reminder (${payload.stage})`,
        },
        now,
      );
      await enqueueJob(trx, dialect, { kind: 'notify.event', key: jobKeys.notifyEvent(id), payload: { deliveryId: id }, runAt: now }, now);
    }
  };
}
