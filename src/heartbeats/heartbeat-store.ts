import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit-log.js';
import type { HeartbeatRow, Schema } from '../core/db/schema.js';
import { hashSecret, newId, newSecret } from '../core/ids.js';

type Db = Kysely<Schema> | Transaction<Schema>;
type Who = { readonly actor: string; readonly sourceIp?: string };

/** What a heartbeat is configured as: the rest of its row is its state. */
export interface HeartbeatFields {
  readonly serviceId: string;
  readonly name: string;
  readonly intervalMs: number;
  readonly graceMs: number;
}

export function auditView(row: Pick<HeartbeatRow, 'service_id' | 'name' | 'interval_ms' | 'grace_ms' | 'state'>): Record<string, unknown> {
  return { service: row.service_id, name: row.name, interval_ms: Number(row.interval_ms), grace_ms: Number(row.grace_ms), state: row.state };
}

export async function findHeartbeat(db: Db, id: string): Promise<HeartbeatRow | undefined> {
  return db.selectFrom('heartbeats').selectAll().where('id', '=', id).executeTakeFirst();
}

/** By the digest of the key in a ping's address: the presented key is never compared with stored ones. */
export async function findHeartbeatByKey(db: Db, key: string): Promise<HeartbeatRow | undefined> {
  return db.selectFrom('heartbeats').selectAll().where('key_hash', '=', hashSecret(key)).executeTakeFirst();
}

export async function listHeartbeats(db: Db, serviceId?: string): Promise<HeartbeatRow[]> {
  let query = db.selectFrom('heartbeats').selectAll().orderBy('service_id').orderBy('name').orderBy('id');
  if (serviceId !== undefined) query = query.where('service_id', '=', serviceId);
  return query.execute();
}

/**
 * Stores a heartbeat with its own integration (type `heartbeat`), through which its misses enter
 * the alert pipeline as any sender's alerts do, so silences, maintenance and grouping apply. The
 * integration's routing key is random and never shown: only the heartbeat's ping key is.
 */
export async function insertHeartbeat(
  tx: Transaction<Schema>,
  id: string,
  fields: HeartbeatFields,
  options: { readonly key: string; readonly managedBy: HeartbeatRow['managed_by']; readonly who: Who; readonly now: number },
): Promise<HeartbeatRow> {
  const { now } = options;
  const integrationId = newId('int');
  const internalKey = `heartbeat-internal-${newSecret(24)}`;
  await tx
    .insertInto('integrations')
    .values({ id: integrationId, service_id: fields.serviceId, type: 'heartbeat', name: `heartbeat ${fields.name}`, key: internalKey, key_hash: hashSecret(internalKey), position: 1_000_000, created_at: now, rate_limit_per_minute: null, mapping: null })
    .execute();
  const row: HeartbeatRow = {
    id,
    service_id: fields.serviceId,
    integration_id: integrationId,
    name: fields.name,
    key: options.key,
    key_hash: hashSecret(options.key),
    interval_ms: fields.intervalMs,
    grace_ms: fields.graceMs,
    state: 'inactive',
    last_ping_at: null,
    armed_at: null,
    missed_at: null,
    managed_by: options.managedBy,
    created_at: now,
    updated_at: now,
  };
  await tx.insertInto('heartbeats').values(row).execute();
  await recordAudit(tx, options.who, now, { action: 'heartbeat.create', entityType: 'heartbeat', entityId: id, after: auditView(row) });
  return row;
}

/** Renames, moves or re-times a heartbeat; its integration follows it to the new service. */
export async function updateHeartbeatFields(tx: Transaction<Schema>, before: HeartbeatRow, fields: HeartbeatFields, who: Who, now: number): Promise<void> {
  await tx
    .updateTable('heartbeats')
    .set({ service_id: fields.serviceId, name: fields.name, interval_ms: fields.intervalMs, grace_ms: fields.graceMs, updated_at: now })
    .where('id', '=', before.id)
    .execute();
  await tx.updateTable('integrations').set({ service_id: fields.serviceId, name: `heartbeat ${fields.name}` }).where('id', '=', before.integration_id).execute();
  await recordAudit(tx, who, now, {
    action: 'heartbeat.update',
    entityType: 'heartbeat',
    entityId: before.id,
    before: auditView(before),
    after: auditView({ ...before, service_id: fields.serviceId, name: fields.name, interval_ms: fields.intervalMs, grace_ms: fields.graceMs }),
  });
}

/** Deletes a heartbeat and its integration (its past alerts keep their rows, without the integration). */
export async function deleteHeartbeat(tx: Transaction<Schema>, row: HeartbeatRow, who: Who, now: number): Promise<void> {
  await tx.deleteFrom('heartbeats').where('id', '=', row.id).execute();
  await tx.deleteFrom('integrations').where('id', '=', row.integration_id).execute();
  await recordAudit(tx, who, now, { action: 'heartbeat.delete', entityType: 'heartbeat', entityId: row.id, before: auditView(row) });
}

/** A fresh ping key: 24 random bytes, URL-safe, like routing keys. */
export function newPingKey(): string {
  return newSecret(24);
}
