import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import { isUniqueViolation } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { OidcSettings } from './oidc-settings.js';
import { emailIs } from './user-email.js';

/** Requests to the provider (discovery, token exchange, userinfo) give up after this many seconds. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * The provider's configuration, discovered on the first login rather than at start, so Vigil
 * starts (and password login works) while the provider is unreachable. A failed discovery is not
 * kept: the next login tries again.
 */
export class OidcProvider {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  configuration(): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        { client_secret: this.settings.clientSecret },
        // client_secret_basic: the method OpenID Connect clients use unless registered otherwise.
        client.ClientSecretBasic(this.settings.clientSecret),
        { timeout: PROVIDER_TIMEOUT_SECONDS, ...(this.settings.allowHttp ? { execute: [client.allowInsecureRequests] } : {}) },
      )
      .catch((error: unknown) => {
        this.discovered = null;
        throw unavailable(this.settings.issuer, 'discovery', error);
      });
    return this.discovered;
  }
}

export function unavailable(issuer: string, step: string, error: unknown): VigilError {
  return new VigilError('VIGIL_OIDC_UNAVAILABLE', `the single sign-on provider ${issuer} could not be reached (${step}: ${describe(error)}); try again shortly, or log in with a password`, undefined, { retry_after_seconds: 5 });
}

export function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const text = error instanceof Error ? error.message : String(error);
  return cause instanceof Error && cause.message !== text ? `${text}: ${cause.message}` : text;
}

/** Who the provider says logged in: from the verified ID token, and userinfo where it lacks the email. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string | null;
  /** Only `true` from the provider counts; absent is unverified. */
  readonly emailVerified: boolean;
  readonly name: string | null;
}

export type OidcResolution =
  | { readonly ok: true; readonly userId: string; readonly how: 'known' | 'linked' | 'provisioned' }
  | { readonly ok: false; readonly reason: string; readonly userId: string | null };

function lower(text: string): string {
  return text.trim().toLowerCase();
}

/** A user id from an email's local part: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function idFromEmail(email: string): string {
  const local = lower(email.split('@')[0] ?? '');
  const cleaned = local.replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').replace(/[._-]+$/, '').slice(0, 56);
  return cleaned === '' ? 'user' : cleaned;
}

async function freeUserId(db: Kysely<Schema>, base: string): Promise<string> {
  const taken = new Set((await db.selectFrom('users').select('id').where((eb) => eb.or([eb('id', '=', base), eb('id', 'like', `${base}-%`)])).execute()).map((r) => r.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Finds the Vigil user for an identity: the user linked to (issuer, subject); else, on a first
 * login, the user with the same email when the provider verified it, which links them; else a new
 * user when provisioning is on. Linking and provisioning are audited in the same transaction.
 */
export async function resolveOidcUser(db: Kysely<Schema>, clock: Clock, settings: OidcSettings, identity: OidcIdentity, who: Actor): Promise<OidcResolution> {
  try {
    return await resolveOnce(db, clock, settings, identity, who);
  } catch (error) {
    // Two first logins of one person at once: the loser finds the winner's link or user.
    if (isUniqueViolation(error)) return resolveOnce(db, clock, settings, identity, who);
    throw error;
  }
}

async function resolveOnce(db: Kysely<Schema>, clock: Clock, settings: OidcSettings, identity: OidcIdentity, who: Actor): Promise<OidcResolution> {
  return db.transaction().execute(async (tx): Promise<OidcResolution> => {
    const linked = await tx.selectFrom('users').select('id').where('oidc_issuer', '=', identity.issuer).where('oidc_subject', '=', identity.subject).executeTakeFirst();
    if (linked) return { ok: true, userId: linked.id, how: 'known' };

    const now = clock.now();
    // At most one user: emails are unique whatever their case (index users_email_lower).
    const user = identity.email === null ? undefined : await tx.selectFrom('users').selectAll().where(emailIs(identity.email)).executeTakeFirst();
    if (user) {
      if (!identity.emailVerified) {
        return { ok: false, userId: user.id, reason: `the provider has not verified the email ${identity.email}, so it is not linked to the Vigil user with that email; verify it at the provider, or ask an admin` };
      }
      if (user.oidc_subject !== null) {
        return { ok: false, userId: user.id, reason: `the Vigil user with the email ${identity.email} is linked to another single sign-on identity` };
      }
      await tx.updateTable('users').set({ oidc_issuer: identity.issuer, oidc_subject: identity.subject, updated_at: now }).where('id', '=', user.id).execute();
      await recordAudit(tx, who, now, { action: 'user.oidc_link', entityType: 'user', entityId: user.id, after: { issuer: identity.issuer, subject: identity.subject, email: identity.email } });
      return { ok: true, userId: user.id, how: 'linked' };
    }

    if (!settings.provision) {
      return { ok: false, userId: null, reason: `no Vigil user has the email ${identity.email ?? '(the provider sent none)'}, and VIGIL_OIDC_PROVISION is off; ask an admin to add you` };
    }
    if (identity.email === null) {
      return { ok: false, userId: null, reason: 'the provider sent no email, which a new Vigil user needs; request the email scope (VIGIL_OIDC_SCOPES)' };
    }
    const id = await freeUserId(tx, idFromEmail(identity.email));
    const row = {
      id, name: identity.name ?? identity.email.split('@')[0] ?? id, email: identity.email, time_zone: 'UTC', role: settings.defaultRole,
      created_at: now, updated_at: now, password_hash: null, oidc_issuer: identity.issuer, oidc_subject: identity.subject,
    };
    await tx.insertInto('users').values(row).execute();
    await recordAudit(tx, who, now, {
      action: 'user.create', entityType: 'user', entityId: id,
      after: { id, name: row.name, email: row.email, time_zone: row.time_zone, role: row.role, password_set: false, provisioned_by: 'oidc', issuer: identity.issuer, subject: identity.subject },
    });
    return { ok: true, userId: id, how: 'provisioned' };
  });
}
