import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.js';
import type { Schema } from '../core/db/schema.js';
import { hashSecret } from '../core/ids.js';
import type { Principal } from './roles.js';

export const BOOTSTRAP_TOKEN_ID = 'tok_bootstrap_admin';

/** A token's last-use time is written at most this often, so reads do not become writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Makes `VIGIL_ADMIN_TOKEN` the bootstrap admin token. Changing the variable replaces the old
 * value, so rotating it is a restart.
 */
export async function seedBootstrapToken(db: Kysely<Schema>, secret: string, clock: Clock): Promise<void> {
  const tokenHash = hashSecret(secret);
  const existing = await db.selectFrom('api_tokens').select(['token_hash']).where('id', '=', BOOTSTRAP_TOKEN_ID).executeTakeFirst();
  if (existing?.token_hash === tokenHash) return;
  if (existing) {
    await db.updateTable('api_tokens').set({ token_hash: tokenHash, revoked_at: null }).where('id', '=', BOOTSTRAP_TOKEN_ID).execute();
    return;
  }
  await db
    .insertInto('api_tokens')
    .values({
      id: BOOTSTRAP_TOKEN_ID,
      name: 'bootstrap-admin',
      token_hash: tokenHash,
      role: 'admin',
      user_id: null,
      created_at: clock.now(),
      expires_at: null,
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
}

export async function hasBootstrapToken(db: Kysely<Schema>): Promise<boolean> {
  return (await db.selectFrom('api_tokens').select('id').where('id', '=', BOOTSTRAP_TOKEN_ID).executeTakeFirst()) !== undefined;
}

export type TokenCheck = { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly reason: string };

/** Looks a presented secret up by its hash; the lookup itself is the constant-time part. */
export async function authenticateToken(db: Kysely<Schema>, secret: string, clock: Clock): Promise<TokenCheck> {
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashSecret(secret)).executeTakeFirst();
  if (!row) return { ok: false, reason: 'the bearer token is not valid' };
  const now = clock.now();
  if (row.revoked_at !== null) return { ok: false, reason: `the token "${row.name}" was revoked` };
  if (row.expires_at !== null && row.expires_at <= now) return { ok: false, reason: `the token "${row.name}" expired at ${new Date(row.expires_at).toISOString()}` };
  if (row.last_used_at === null || now - row.last_used_at >= LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return {
    ok: true,
    principal: {
      tokenId: row.id,
      tokenName: row.name,
      role: row.role,
      userId: row.user_id,
      actor: row.user_id ? `user:${row.user_id}` : `token:${row.name}`,
    },
  };
}
