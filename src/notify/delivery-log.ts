import { sql, type Kysely, type Transaction } from 'kysely';
import type { DeliveriesTable, DeliveryRowStatus, Schema } from '../core/db/schema.js';
import { newOrderedId } from '../core/ids.js';

type Writer = Kysely<Schema> | Transaction<Schema>;

export interface DeliveryUpdate {
  readonly status: DeliveryRowStatus | 'retrying';
  readonly at: number;
  /** The history entry's words. */
  readonly detail: string | null;
  readonly patch?: Partial<{ provider: string; external_id: string | null; sent_at: number; delivered_at: number; last_error: string | null; attempts: number; bundle_id: string }>;
  /**
   * Only deliveries still in this status change (and get the history entry). Two flushes of one
   * contact method on two nodes can read the same queued delivery; the second's update then
   * waits for the first's commit and finds it no longer queued, so it is bundled (and sent) once.
   */
  readonly from?: DeliveryRowStatus;
}

/** Sets deliveries' current state and appends the same to their history, together; returns the ids that changed. */
export async function recordDelivery(db: Writer, ids: readonly string[], update: DeliveryUpdate): Promise<readonly string[]> {
  if (ids.length === 0) return [];
  // State and history in one transaction: a reader must never see a status its history lacks.
  if (!db.isTransaction) return db.transaction().execute((trx) => recordDelivery(trx, ids, update));
  const { status, at, detail, from } = update;
  const query = db
    .updateTable('deliveries')
    .set({ ...(status === 'retrying' ? {} : { status }), ...update.patch, updated_at: at })
    .where('id', 'in', [...ids]);
  let changed = ids;
  if (from === undefined) await query.execute();
  else changed = (await query.where('status', '=', from).returning('id').execute()).map((r) => r.id);
  for (const id of changed) await appendDeliveryEvent(db, id, status, at, detail);
  return changed;
}

/** The next entry of a delivery's history, its seq found by the same statement (one round trip). */
async function appendDeliveryEvent(db: Writer, id: string, status: string, now: number, detail: string | null): Promise<void> {
  await sql`insert into delivery_events (delivery_id, seq, at, status, detail)
    select ${id}, coalesce(max(seq), 0) + 1, ${now}, ${status}, ${detail} from delivery_events where delivery_id = ${id}`.execute(db);
}

export interface NewDelivery {
  readonly kind: DeliveriesTable['kind'];
  readonly channel: string;
  readonly address: string;
  readonly status: 'queued' | 'sending' | 'cancelled';
  readonly pageId?: string;
  readonly incidentId?: string | null;
  readonly userId?: string | null;
  readonly contactMethodId?: string | null;
  /** The delivery's own id when it travels alone. */
  readonly ownBundle?: boolean;
  /** JSON content: an event's { type, text }, a verification code. */
  readonly content?: string | null;
  /** The first history entry's detail. */
  readonly detail: string | null;
}

/** Writes a delivery with its first history entry; returns its id. */
export async function insertDelivery(trx: Transaction<Schema>, delivery: NewDelivery, now: number): Promise<string> {
  const id = newOrderedId('dlv');
  await trx
    .insertInto('deliveries')
    .values({
      id,
      kind: delivery.kind,
      page_id: delivery.pageId ?? null,
      incident_id: delivery.incidentId ?? null,
      user_id: delivery.userId ?? null,
      contact_method_id: delivery.contactMethodId ?? null,
      channel: delivery.channel,
      address: delivery.address,
      status: delivery.status,
      provider: null,
      external_id: null,
      attempts: 0,
      last_error: null,
      bundle_id: delivery.ownBundle ? id : null,
      event: delivery.content ?? null,
      created_at: now,
      updated_at: now,
      sent_at: null,
      delivered_at: null,
    })
    .execute();
  // The row already holds its state: only the history's first entry is left to write.
  await trx.insertInto('delivery_events').values({ delivery_id: id, seq: 1, at: now, status: delivery.status, detail: delivery.detail }).execute();
  return id;
}
