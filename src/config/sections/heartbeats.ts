import { Type, type Static } from '@sinclair/typebox';
import type { HeartbeatRow } from '../../core/db/schema.js';
import { formatDuration, parseDuration } from '../../core/duration.js';
import { hashSecret } from '../../core/ids.js';
import { auditView, deleteHeartbeat, insertHeartbeat, listHeartbeats, newPingKey, updateHeartbeatFields } from '../../heartbeats/heartbeat-store.js';
import type { ConfigPath } from '../config-document.js';
import { Duration, Id, Name, NonNegativeDuration, RoutingKey, Strict } from '../fields.js';
import { byId, changedFields, defineSection } from '../section.js';
import { recordAudit } from '../../audit/audit-log.js';

const HeartbeatItem = Strict({
  id: Id(),
  /** The service its missed-ping alerts open incidents on. */
  service: Id(),
  name: Name(),
  /** How often pings are expected (at least 1s). */
  interval: Duration(),
  /** How late a ping may be before it counts as missed (default 1m); keep it above the nodes' clock skew. */
  grace: Type.Optional(NonNegativeDuration()),
  /**
   * The secret in the ping address. Left out, one is made at the first apply and kept by every
   * later one; export writes it, so a restored file keeps every sender's address.
   */
  key: Type.Optional(RoutingKey()),
});
export type HeartbeatConfig = Static<typeof HeartbeatItem>;

const DEFAULT_GRACE_MS = 60_000;
const MIN_INTERVAL_MS = 1_000;

const intervalOf = (value: HeartbeatConfig) => parseDuration(value.interval) as number;
const graceOf = (value: HeartbeatConfig) => (value.grace === undefined ? DEFAULT_GRACE_MS : (parseDuration(value.grace) as number));

/**
 * `heartbeats:` dead man's switches on services (heartbeats/). Their state (armed, missing,
 * paused, last ping) is runtime data that apply never touches. Heartbeats made through the API
 * are the API's: apply leaves them alone and `--prune` deletes only those from the file.
 */
export const heartbeatsSection = defineSection({
  key: 'heartbeats',
  kinds: ['heartbeat'],
  item: HeartbeatItem,

  check(items, context) {
    const firstKey = new Map<string, ConfigPath>();
    for (const { value, path } of items) {
      context.reference('services', 'service', value.service, [...path, 'service']);
      const interval = parseDuration(value.interval);
      if (interval !== undefined && interval < MIN_INTERVAL_MS) {
        context.error([...path, 'interval'], `interval in ${context.label(path)} must be at least 1s`, { hint: 'senders ping at most once a second; pings closer together count as one' });
      }
      if (value.key === undefined) continue;
      const seen = firstKey.get(value.key);
      if (seen === undefined) firstKey.set(value.key, [...path, 'key']);
      else context.error([...path, 'key'], `duplicate heartbeat key in ${context.label(path)}: first used at line ${context.line(seen)}`, { hint: 'each heartbeat needs its own ping address; leave key out to have one made' });
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('heartbeats').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const who = { actor: context.actor };
    const stored = new Map((await listHeartbeats(tx)).map((row) => [row.id, row]));
    for (const { value, path } of items) {
      const fields = { serviceId: value.service, name: value.name, intervalMs: intervalOf(value), graceMs: graceOf(value) };
      const current = stored.get(value.id);
      if (value.key !== undefined) {
        const holder = await tx.selectFrom('heartbeats').select('id').where('key_hash', '=', hashSecret(value.key)).executeTakeFirst();
        if (holder && holder.id !== value.id) {
          context.error([...path, 'key'], `key in ${context.label(path)} already belongs to heartbeat "${holder.id}"`, { hint: 'each heartbeat needs its own ping address; leave key out to have one made' });
          continue;
        }
      }
      if (!current) {
        await insertHeartbeat(tx, value.id, fields, { key: value.key ?? newPingKey(), managedBy: 'config', who, now });
        context.report({ kind: 'heartbeat', id: value.id, action: 'created', audited: true });
        continue;
      }
      const changes = changedFields({
        service: [fields.serviceId, current.service_id],
        name: [fields.name, current.name],
        interval: [fields.intervalMs, Number(current.interval_ms)],
        grace: [fields.graceMs, Number(current.grace_ms)],
      });
      if (changes.length > 0) await updateHeartbeatFields(tx, current, fields, who, now);
      if (value.key !== undefined && value.key !== current.key) {
        changes.push('key');
        await tx.updateTable('heartbeats').set({ key: value.key, key_hash: hashSecret(value.key), updated_at: now }).where('id', '=', current.id).execute();
        await recordAudit(tx, who, now, { action: 'heartbeat.rekey', entityType: 'heartbeat', entityId: current.id, after: auditView(current) });
      }
      // A heartbeat the API made and the file now names becomes the file's.
      if (current.managed_by !== 'config') {
        changes.push('managed_by');
        await tx.updateTable('heartbeats').set({ managed_by: 'config' }).where('id', '=', current.id).execute();
      }
      context.report(changes.length === 0 ? { kind: 'heartbeat', id: value.id, action: 'unchanged' } : { kind: 'heartbeat', id: value.id, action: 'updated', changes, audited: true });
    }
  },

  async prune(keep, context) {
    const doomed = (await listHeartbeats(context.tx)).filter((row) => row.managed_by === 'config' && !keep.has(row.id)).sort(byId);
    for (const row of doomed) {
      await context.tx.deleteFrom('jobs').where('kind', '=', 'hb.check').where('status', '=', 'pending').where('key', 'like', `hb:${row.id}:%`).execute();
      await deleteHeartbeat(context.tx, row, { actor: context.actor }, context.now);
      context.report({ kind: 'heartbeat', id: row.id, action: 'deleted', audited: true });
    }
  },

  async export(db) {
    const rows = (await listHeartbeats(db)).filter((row) => row.managed_by === 'config').sort(byId);
    return rows.map((row: HeartbeatRow): HeartbeatConfig => ({
      id: row.id,
      service: row.service_id,
      name: row.name,
      interval: formatDuration(Number(row.interval_ms)),
      ...(Number(row.grace_ms) === DEFAULT_GRACE_MS ? {} : { grace: formatDuration(Number(row.grace_ms)) }),
      key: row.key,
    }));
  },
});
