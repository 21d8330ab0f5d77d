import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { iso } from '../core/db/row-codec.js';
import type { DeliveryRow, Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * One delivery as the API shows it: current state and its history. The message content (a
 * verification code among it) is not part of it.
 */
export const Delivery = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  incident: Nullable(Type.String()),
  page: Nullable(Type.String({ description: 'The page (GET /incidents/{ref}/pages) this delivery carries; null for tests, verifications and channel posts' })),
  user: Nullable(Type.String()),
  channel: Type.String(),
  contact_method: Nullable(Type.String()),
  status: Type.String(),
  provider: Nullable(Type.String()),
  external_id: Nullable(Type.String()),
  attempts: Type.Integer(),
  last_error: Nullable(Type.String()),
  bundle: Nullable(Type.String()),
  created_at: Timestamp,
  sent_at: Nullable(Timestamp),
  delivered_at: Nullable(Timestamp),
  history: Type.Array(Type.Object({ at: Timestamp, status: Type.String(), detail: Nullable(Type.String()) })),
});
export type DeliveryView = Static<typeof Delivery>;

export async function loadDelivery(db: Kysely<Schema>, id: string): Promise<DeliveryView> {
  const row = await db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new VigilError('VIGIL_DELIVERY_NOT_FOUND', `no delivery ${id}`);
  const events = await db.selectFrom('delivery_events').selectAll().where('delivery_id', '=', id).orderBy('seq').execute();
  return toDeliveryView(row, events);
}

/** Every delivery of an incident, oldest first, with their histories. */
export async function loadIncidentDeliveries(db: Kysely<Schema>, incidentId: string): Promise<DeliveryView[]> {
  const rows = await db.selectFrom('deliveries').selectAll().where('incident_id', '=', incidentId).orderBy('created_at').orderBy('id').execute();
  const events = rows.length ? await db.selectFrom('delivery_events').selectAll().where('delivery_id', 'in', rows.map((r) => r.id)).orderBy('delivery_id').orderBy('seq').execute() : [];
  return rows.map((row) => toDeliveryView(row, events.filter((e) => e.delivery_id === row.id)));
}

function toDeliveryView(row: DeliveryRow, events: readonly { at: number; status: string; detail: string | null }[]): DeliveryView {
  return {
    id: row.id,
    kind: row.kind,
    incident: row.incident_id,
    page: row.page_id,
    user: row.user_id,
    channel: row.channel,
    contact_method: row.contact_method_id,
    status: row.status,
    provider: row.provider,
    external_id: row.external_id,
    attempts: row.attempts,
    last_error: row.last_error,
    bundle: row.bundle_id,
    created_at: iso(row.created_at)!,
    sent_at: iso(row.sent_at),
    delivered_at: iso(row.delivered_at),
    history: events.map((e) => ({ at: iso(e.at)!, status: e.status, detail: e.detail })),
  };
}
