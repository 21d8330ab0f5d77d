import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import { hashSecret } from '../core/ids.js';
import { lowerRole, type Principal } from './roles.js';

export const BOOTSTRAP_TOKEN_ID = 'tok_bootstrap_admin';

/** A token's last-use time is written at most this often, so reads do not become writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Makes `secret` the bootstrap admin token, replacing the one stored, so rotating it (or
 * changing its source) is a restart. `ensureAdminToken` decides the secret.
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

/** Settings key holding when the bootstrap token was retired (epoch ms), absent while it is in use. */
const RETIRED_KEY = 'bootstrap_token_retired_at';

export async function bootstrapRetiredAt(db: Kysely<Schema>): Promise<number | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', RETIRED_KEY).executeTakeFirst();
  return row === undefined ? null : Number(row.value);
}

/**
 * Ends the bootstrap admin token for good: revoked now, and remembered as retired so neither
 * `VIGIL_ADMIN_TOKEN` nor the admin-token file seeds it again at the next start. Refused while no
 * admin can sign in (a password, or a linked single sign-on identity): retiring it then would
 * leave nobody able to administer Vigil through the API.
 */
export async function retireBootstrapToken(db: Kysely<Schema>, clock: Clock, who: Actor): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    const admin = await tx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where((eb) => eb.or([eb('password_hash', 'is not', null), eb('oidc_subject', 'is not', null)]))
      .executeTakeFirst();
    if (!admin) {
      throw new VigilError(
        'VIGIL_CONFLICT',
        'no admin can sign in yet, so retiring the bootstrap admin token would leave nobody to administer Vigil; make one first (vigil users create <id> --email <email> --admin, or give an admin a password), then retire it',
      );
    }
    const before = await tx.selectFrom('api_tokens').select(['revoked_at']).where('id', '=', BOOTSTRAP_TOKEN_ID).executeTakeFirst();
    await tx.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', BOOTSTRAP_TOKEN_ID).where('revoked_at', 'is', null).execute();
    await tx.insertInto('settings').values({ key: RETIRED_KEY, value: String(now) }).onConflict((oc) => oc.column('key').doNothing()).execute();
    await recordAudit(tx, who, now, {
      action: 'token.retire',
      entityType: 'token',
      entityId: BOOTSTRAP_TOKEN_ID,
      before: before === undefined ? null : { revoked_at: before.revoked_at === null ? null : new Date(before.revoked_at).toISOString() },
      after: { revoked_at: new Date(now).toISOString(), signed_in_admin: admin.id },
    });
  });
}

export type CredentialCheck = { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly reason: string };

/**
 * Looks a presented secret up by its SHA-256 digest, so the comparison is an index lookup on a
 * value the caller cannot steer byte by byte. A personal token acts as its user and never above
 * the user's current role, so demoting a user demotes their tokens.
 */
export async function authenticateToken(db: Kysely<Schema>, secret: string, clock: Clock): Promise<CredentialCheck> {
  const row = await db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.name', 'api_tokens.role', 'api_tokens.user_id', 'api_tokens.kind', 'api_tokens.expires_at', 'api_tokens.revoked_at', 'api_tokens.last_used_at', 'users.role as user_role'])
    .where('api_tokens.token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'the bearer token is not valid' };
  const now = clock.now();
  if (row.revoked_at !== null) return { ok: false, reason: `the token "${row.name}" was revoked` };
  if (row.expires_at !== null && row.expires_at <= now) return { ok: false, reason: `the token "${row.name}" expired at ${new Date(row.expires_at).toISOString()}` };
  if (row.last_used_at === null || now - row.last_used_at >= LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  const role = row.user_role ? lowerRole(row.role, row.user_role) : row.role;
  return {
    ok: true,
    principal: {
      via: 'token',
      credentialId: row.id,
      credentialName: row.name,
      role,
      userId: row.user_id,
      actor: row.user_id ? `user:${row.user_id}` : `token:${row.name}`,
    },
  };
}
