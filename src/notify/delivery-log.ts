import type { Transaction, Kysely } from 'kysely';
import type { DeliveryRowStatus, Schema } from '../core/db/schema.js';

type Writer = Kysely<Schema> | Transaction<Schema>;

/** Sets deliveries' current state and appends the same to their history, together. */
export async function recordDelivery(
  db: Writer,
  ids: readonly string[],
  status: DeliveryRowStatus | 'retrying',
  now: number,
  detail: string | null,
  patch: Partial<{ provider: string; external_id: string | null; sent_at: number; delivered_at: number; last_error: string | null; attempts: number; bundle_id: string }> = {},
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('deliveries')
    .set({ ...(status === 'retrying' ? {} : { status }), ...patch, updated_at: now })
    .where('id', 'in', [...ids])
    .execute();
  for (const id of ids) {
    const last = await db.selectFrom('delivery_events').select((eb) => eb.fn.max('seq').as('seq')).where('delivery_id', '=', id).executeTakeFirst();
    await db.insertInto('delivery_events').values({ delivery_id: id, seq: Number(last?.seq ?? 0) + 1, at: now, status, detail }).execute();
  }
}
