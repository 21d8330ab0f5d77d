import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.js';
import type { Schema } from '../core/db/schema.js';
import { constantTimeEqual, hashSecret, newId, newSecret } from '../core/ids.js';
import type { CredentialCheck } from './api-tokens.js';

export const SESSION_COOKIE = 'vigil_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionSettings {
  /** A session unused this long ends. */
  readonly idleMs: number;
  /** A session ends this long after login however much it is used. */
  readonly maxMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMs: 12 * 3_600_000, maxMs: 7 * 86_400_000 };

/** `last_seen_at` is written at most this often, so reads do not all become writes. */
const SEEN_RESOLUTION_MS = 60_000;

export interface NewSession {
  readonly id: string;
  /** The cookie's value: shown to the browser once, stored only as a digest. */
  readonly secret: string;
  readonly expiresAt: number;
}

export async function startSession(db: Kysely<Schema>, clock: Clock, userId: string, method: 'password' | 'oidc', settings: SessionSettings): Promise<NewSession> {
  const now = clock.now();
  const session = { id: newId('ses'), secret: newSecret(32), expiresAt: now + settings.maxMs };
  await db
    .insertInto('sessions')
    .values({ id: session.id, secret_hash: hashSecret(session.secret), user_id: userId, method, created_at: now, last_seen_at: now, expires_at: session.expiresAt, revoked_at: null })
    .execute();
  return session;
}

export async function authenticateSession(db: Kysely<Schema>, secret: string, clock: Clock, settings: SessionSettings): Promise<CredentialCheck> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'sessions.last_seen_at', 'sessions.expires_at', 'sessions.revoked_at', 'users.role'])
    .where('sessions.secret_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  const ended = 'the session has ended; log in again';
  if (!row || row.revoked_at !== null) return { ok: false, reason: ended };
  const now = clock.now();
  if (now >= row.expires_at || now - row.last_seen_at >= settings.idleMs) return { ok: false, reason: ended };
  if (now - row.last_seen_at >= SEEN_RESOLUTION_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  }
  return {
    ok: true,
    principal: { via: 'session', credentialId: row.id, credentialName: 'session', role: row.role, userId: row.user_id, actor: `user:${row.user_id}` },
  };
}

export async function endSession(db: Kysely<Schema>, secret: string, clock: Clock): Promise<string | null> {
  const row = await db.selectFrom('sessions').select(['id', 'user_id']).where('secret_hash', '=', hashSecret(secret)).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row) return null;
  await db.updateTable('sessions').set({ revoked_at: clock.now() }).where('id', '=', row.id).execute();
  return row.user_id;
}

/** Ends every session of a user at `now`: on a password or role change, in the transaction that makes it. */
export async function endUserSessions(db: Kysely<Schema>, userId: string, now: number): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/**
 * The CSRF token of a session: derived from its id with the server's signing key, so nothing
 * more is stored and a token from one session is useless in another.
 */
export function csrfTokenFor(signingSecret: string, sessionId: string): string {
  return createHmac('sha256', signingSecret).update(`csrf:${sessionId}`).digest('base64url');
}

export function csrfTokenMatches(signingSecret: string, sessionId: string, presented: string | undefined): boolean {
  return presented !== undefined && constantTimeEqual(presented, csrfTokenFor(signingSecret, sessionId));
}
