import type { Kysely } from 'kysely';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';

/** Who made a change and from where: `user:alice`, `token:ci-bot`, `cli`, `anonymous`. */
export interface Actor {
  readonly actor: string;
  readonly sourceIp?: string | null;
}

export interface AuditEntry {
  /** `<entity>.<verb>`: `schedule.update`, `token.revoke`, `login.failed`, `incident.acknowledge`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  /** The entity before and after the change; null where it did not exist. Secrets never go here. */
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Written in the transaction of the change it describes, so the log never disagrees with the data. */
export async function recordAudit(db: Kysely<Schema>, who: Actor, at: number, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newOrderedId('aud'),
      at,
      actor: who.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      source_ip: who.sourceIp ?? null,
    })
    .execute();
}

export interface AuditFilter {
  readonly actor?: string | undefined;
  /** `schedule` or `schedule:primary`. */
  readonly entity?: string | undefined;
  readonly action?: string | undefined;
  readonly since?: number | undefined;
  readonly until?: number | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface AuditView {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity_type: string;
  readonly entity_id: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly source_ip: string | null;
}

// Keyset pagination, newest first, on (at, id).
function encodeCursor(at: number, id: string): string {
  return Buffer.from(`a:${at}:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: number; id: string } {
  const match = /^a:(\d+):(aud_[0-9a-f]+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw new VigilError('VIGIL_INVALID_CURSOR', 'the cursor is not one this server issued; start again without it', [{ path: 'query.cursor', message: 'malformed cursor' }]);
  }
  return { at: Number(match[1]), id: match[2]! };
}

export async function listAudit(db: Kysely<Schema>, filter: AuditFilter): Promise<{ entries: AuditView[]; nextCursor: string | null }> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  if (filter.entity !== undefined) {
    const colon = filter.entity.indexOf(':');
    query = colon < 0
      ? query.where('entity_type', '=', filter.entity)
      : query.where('entity_type', '=', filter.entity.slice(0, colon)).where('entity_id', '=', filter.entity.slice(colon + 1));
  }
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
  if (filter.until !== undefined) query = query.where('at', '<', filter.until);
  if (filter.cursor !== undefined) {
    const after = decodeCursor(filter.cursor);
    query = query.where((eb) => eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]));
  }
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: iso(r.at),
      actor: r.actor,
      action: r.action,
      entity_type: r.entity_type,
      entity_id: r.entity_id,
      before: parseJson<unknown>(r.before),
      after: parseJson<unknown>(r.after),
      source_ip: r.source_ip,
    })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.at, last.id) : null,
  };
}
