import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import { iso } from '../core/db/row-codec.js';
import type { ApiTokenRow, Schema } from '../core/db/schema.js';
import { invalidField, VigilError } from '../core/errors.js';
import { hashSecret, newId, newSecret } from '../core/ids.js';
import { BOOTSTRAP_TOKEN_ID, retireBootstrapToken } from './api-tokens.js';
import { atLeast, type Principal, type Role } from './roles.js';

/** Personal tokens expire after 90 days unless told otherwise; none may live past ten years. */
export const DEFAULT_TOKEN_LIFETIME_MS = 90 * 86_400_000;
export const MAX_TOKEN_LIFETIME_MS = 3650 * 86_400_000;

export interface TokenView {
  readonly id: string;
  readonly name: string;
  readonly kind: 'personal' | 'service';
  readonly role: Role;
  readonly user: string | null;
  readonly created_by: string | null;
  readonly created_at: string;
  readonly expires_at: string | null;
  readonly revoked_at: string | null;
  readonly last_used_at: string | null;
}

export interface NewToken {
  readonly name: string;
  readonly kind?: 'personal' | 'service' | undefined;
  readonly role?: Role | undefined;
  /** ISO instant, or null for a token that never expires (service tokens only). */
  readonly expires_at?: string | null | undefined;
}

function view(row: ApiTokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    role: row.role,
    user: row.user_id,
    created_by: row.created_by,
    created_at: iso(row.created_at),
    expires_at: iso(row.expires_at),
    revoked_at: iso(row.revoked_at),
    last_used_at: iso(row.last_used_at),
  };
}

/**
 * API tokens: personal ones act as their user (never above the user's role), service ones belong
 * to nobody and only admins make them. The secret is returned once at creation and stored only as
 * a SHA-256 digest.
 */
export class TokenService {
  constructor(private readonly db: Kysely<Schema>, private readonly clock: Clock) {}

  /** A principal's own tokens; admins see every token. */
  async list(principal: Principal): Promise<TokenView[]> {
    let query = this.db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id');
    if (principal.role !== 'admin') query = query.where('user_id', '=', principal.userId ?? '\u0000none');
    return (await query.execute()).map(view);
  }

  async create(input: NewToken, principal: Principal, who: Actor): Promise<{ token: TokenView; secret: string }> {
    const kind = input.kind ?? (principal.userId ? 'personal' : 'service');
    if (kind === 'personal' && principal.userId === null) {
      throw invalidField('body.kind', 'must be "service": this request is authenticated by a service token, which has no user to act as');
    }
    if (kind === 'service' && principal.role !== 'admin') throw new VigilError('VIGIL_FORBIDDEN', 'only admins create service tokens; create a personal token instead');
    const role = input.role ?? (kind === 'personal' ? principal.role : 'viewer');
    if (kind === 'personal' && !atLeast(principal.role, role)) {
      throw new VigilError('VIGIL_FORBIDDEN', `a personal token cannot have more than your role (${principal.role})`);
    }
    const now = this.clock.now();
    let expiresAt: number | null;
    if (input.expires_at === undefined) expiresAt = now + DEFAULT_TOKEN_LIFETIME_MS;
    else if (input.expires_at === null) {
      if (kind === 'personal') throw invalidField('body.expires_at', 'must be set for a personal token (at most 10 years ahead)');
      expiresAt = null;
    } else {
      expiresAt = Date.parse(input.expires_at);
      if (Number.isNaN(expiresAt)) throw invalidField('body.expires_at', 'must be an ISO 8601 instant such as 2027-01-31T00:00:00Z');
      if (expiresAt <= now) throw invalidField('body.expires_at', 'must be in the future');
      if (expiresAt - now > MAX_TOKEN_LIFETIME_MS) throw invalidField('body.expires_at', 'must be at most 10 years ahead');
    }
    const secret = `vgl_${newSecret(32)}`;
    const row: ApiTokenRow = {
      id: newId('tok'),
      name: input.name,
      token_hash: hashSecret(secret),
      role,
      user_id: kind === 'personal' ? principal.userId : null,
      kind,
      created_by: principal.actor,
      created_at: now,
      expires_at: expiresAt,
      revoked_at: null,
      last_used_at: null,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('api_tokens').values(row).execute();
      await recordAudit(tx, who, now, { action: 'token.create', entityType: 'token', entityId: row.id, after: view(row) });
    });
    return { token: view(row), secret };
  }

  /** Revokes a token: its owner or an admin. Revoking twice is harmless. */
  async revoke(id: string, principal: Principal, who: Actor): Promise<TokenView> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || (principal.role !== 'admin' && row.user_id !== principal.userId)) throw new VigilError('VIGIL_TOKEN_NOT_FOUND', `no token with id "${id}" is yours to revoke`);
    if (row.id === BOOTSTRAP_TOKEN_ID) {
      await retireBootstrapToken(this.db, this.clock, who);
      return view(await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    }
    if (row.revoked_at !== null) return view(row);
    const now = this.clock.now();
    const after = { ...row, revoked_at: now };
    await this.db.transaction().execute(async (tx) => {
      await tx.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).execute();
      await recordAudit(tx, who, now, { action: 'token.revoke', entityType: 'token', entityId: id, before: view(row), after: view(after) });
    });
    return view(after);
  }
}
