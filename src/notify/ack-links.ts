import { createHmac } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { constantTimeEqual, newId } from '../core/ids.js';

/**
 * One-click acknowledge (and resolve) links: `/ack/<id>.<signature>`. The signature
 * (HMAC-SHA256 with the signing secret) makes ids unguessable and unforgeable; the row binds the
 * link to one user, its incidents and what it does, and records its expiry and single use.
 * Push notifications carry both kinds; every other channel an acknowledge link only.
 */
export type LinkAction = 'acknowledge' | 'resolve';

function sign(secret: string, id: string): string {
  return createHmac('sha256', secret).update(`ack:${id}`).digest('base64url').slice(0, 32);
}

export async function createAckLink(
  trx: Kysely<Schema> | Transaction<Schema>,
  secret: string,
  publicUrl: string,
  userId: string,
  incidentIds: readonly string[],
  now: number,
  ttlMs: number,
  action: LinkAction = 'acknowledge',
): Promise<string> {
  const id = newId('ack');
  await trx.insertInto('ack_links').values({ id, user_id: userId, incident_ids: JSON.stringify(incidentIds), action, expires_at: now + ttlMs, used_at: null, created_at: now }).execute();
  return `${publicUrl}/ack/${id}.${sign(secret, id)}`;
}

export type AckLinkCheck =
  | { readonly ok: true; readonly id: string; readonly userId: string; readonly incidentIds: readonly string[]; readonly action: LinkAction }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' | 'used' };

export async function checkAckLink(db: Kysely<Schema>, secret: string, token: string, now: number): Promise<AckLinkCheck> {
  const match = /^(ack_[0-9a-f]{32})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match || !constantTimeEqual(sign(secret, match[1] as string), match[2] as string)) return { ok: false, reason: 'invalid' };
  const row = await db.selectFrom('ack_links').selectAll().where('id', '=', match[1] as string).executeTakeFirst();
  if (!row) return { ok: false, reason: 'invalid' };
  if (row.used_at !== null) return { ok: false, reason: 'used' };
  if (row.expires_at <= now) return { ok: false, reason: 'expired' };
  return { ok: true, id: row.id, userId: row.user_id, incidentIds: parseJson<string[]>(row.incident_ids), action: row.action };
}

/** Marks the link used; false when another request used it first. */
export async function useAckLink(trx: Transaction<Schema>, id: string, now: number): Promise<boolean> {
  const result = await trx.updateTable('ack_links').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
