import type { Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Schema, UserRow } from '../core/db/schema.js';
import { VigilError } from '../core/errors.js';
import type { Role } from './roles.js';
import { endUserSessions } from './sessions.js';
import { emailIs, emailTaken } from './user-email.js';

/**
 * The one writer of people's own changes to `users`, for the API and `vigil apply` alike: each
 * function takes the caller's transaction, who makes the change and when, and writes the rows
 * with their audit entries (`user.create`, `user.update`, `user.delete`), so both paths leave the
 * same row and the same entry for the same change. Input checks that name request fields (time
 * zones, password rules) stay with the callers; what the table itself must hold (one user per
 * id, one per email whatever its case) is checked here.
 */

/** What the audit log keeps of a user: never the password hash. */
export function auditableUser(row: UserRow): Record<string, unknown> {
  return { id: row.id, name: row.name, email: row.email, time_zone: row.time_zone, role: row.role, password_set: row.password_hash !== null };
}

export interface NewUserFields {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly time_zone: string;
  readonly role: Role;
  readonly password_hash?: string | null | undefined;
}

/** Fields a change may set; a new password hash also clears the failed-login count and lock. */
export interface UserChanges {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly time_zone?: string | undefined;
  readonly role?: Role | undefined;
  readonly password_hash?: string | undefined;
}

export interface UserUpdate {
  readonly before: UserRow;
  readonly after: UserRow;
}

async function emailHolder(tx: Transaction<Schema>, email: string, except: string | null): Promise<string | undefined> {
  let query = tx.selectFrom('users').select('id').where(emailIs(email));
  if (except !== null) query = query.where('id', '<>', except);
  return (await query.executeTakeFirst())?.id;
}

/** Adds a user; refuses an id or an email (in any case) another user has. */
export async function insertUser(tx: Transaction<Schema>, who: Actor, now: number, user: NewUserFields): Promise<UserRow> {
  const taken = await tx.selectFrom('users').select('id').where((eb) => eb.or([eb('id', '=', user.id), emailIs(user.email)])).executeTakeFirst();
  if (taken?.id === user.id) throw new VigilError('VIGIL_CONFLICT', `a user with id "${user.id}" exists`);
  if (taken) throw emailTaken(user.email, taken.id);
  await tx.insertInto('users').values({
    id: user.id, name: user.name, email: user.email, time_zone: user.time_zone, role: user.role,
    created_at: now, updated_at: now, password_hash: user.password_hash ?? null,
  }).execute();
  const row = await tx.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
  await recordAudit(tx, who, now, { action: 'user.create', entityType: 'user', entityId: user.id, after: auditableUser(row) });
  return row;
}

/**
 * Changes users, one `user.update` entry each, and returns those that changed (a field set to
 * the value it has is no change). Users may trade addresses in one call: emails are unique in
 * the table whatever their case, so when more than one address moves, each is first parked on a
 * placeholder no one can hold, and `before` is the row as it was. A role or password change ends
 * the user's sessions in the same transaction: a session must not outlive the rights or the
 * password it was opened with.
 */
export async function updateUsers(tx: Transaction<Schema>, who: Actor, now: number, updates: readonly { readonly id: string; readonly changes: UserChanges }[]): Promise<UserUpdate[]> {
  if (updates.length === 0) return [];
  const rows = await tx.selectFrom('users').selectAll().where('id', 'in', updates.map((u) => u.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pending = updates.map(({ id, changes }) => {
    const before = byId.get(id);
    if (!before) throw new VigilError('VIGIL_USER_NOT_FOUND', `no user has id "${id}"`);
    const set = {
      ...(changes.name !== undefined && changes.name !== before.name ? { name: changes.name } : {}),
      ...(changes.email !== undefined && changes.email !== before.email ? { email: changes.email } : {}),
      ...(changes.time_zone !== undefined && changes.time_zone !== before.time_zone ? { time_zone: changes.time_zone } : {}),
      ...(changes.role !== undefined && changes.role !== before.role ? { role: changes.role } : {}),
      ...(changes.password_hash !== undefined ? { password_hash: changes.password_hash, failed_logins: 0, locked_until: null } : {}),
    };
    return { before, set };
  }).filter(({ set }) => Object.keys(set).length > 0);

  const moving = pending.filter(({ set }) => set.email !== undefined);
  if (moving.length > 1) {
    // The position keeps placeholders apart when ids differ only in case (Sam, sam).
    for (const [position, { before }] of moving.entries()) {
      await tx.updateTable('users').set({ email: `${position}.${before.id}@vigil-swap.invalid` }).where('id', '=', before.id).execute();
    }
  }

  const changed: UserUpdate[] = [];
  for (const { before, set } of pending) {
    if (set.email !== undefined) {
      const holder = await emailHolder(tx, set.email, before.id);
      if (holder !== undefined) throw emailTaken(set.email, holder);
    }
    await tx.updateTable('users').set({ ...set, updated_at: now }).where('id', '=', before.id).execute();
    const after = await tx.selectFrom('users').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
    await recordAudit(tx, who, now, { action: 'user.update', entityType: 'user', entityId: before.id, before: auditableUser(before), after: auditableUser(after) });
    if (set.password_hash !== undefined || set.role !== undefined) await endUserSessions(tx, before.id, now);
    changed.push({ before, after });
  }
  return changed;
}

/**
 * Deletes users, one `user.delete` entry each, and returns the rows deleted. Memberships,
 * tokens, sessions and contact methods go with them (foreign keys cascade); a schedule, policy,
 * override or incident that names one makes the database refuse, and the caller says why.
 */
export async function deleteUsers(tx: Transaction<Schema>, who: Actor, now: number, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectFrom('users').selectAll().where('id', 'in', [...ids]).execute();
  const found = ids.flatMap((id) => rows.filter((r) => r.id === id));
  if (found.length === 0) return [];
  await tx.deleteFrom('users').where('id', 'in', found.map((r) => r.id)).execute();
  for (const row of found) await recordAudit(tx, who, now, { action: 'user.delete', entityType: 'user', entityId: row.id, before: auditableUser(row) });
  return found;
}
