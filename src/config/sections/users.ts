import { Type, type Static } from '@sinclair/typebox';
import { deleteUsers, insertUser, updateUsers, type NewUserFields, type UserChanges } from '../../access/user-store.js';
import type { ConfigPath } from '../config-document.js';
import { Email, Id, Name, Strict, TimeZone } from '../fields.js';
import { byId, changedFields, defineSection, type ApplyResult } from '../section.js';
import { applyUserContacts, checkUserContacts, CONTACT_FIELDS, exportUserContacts } from './user-contacts.js';

const UserItem = Strict({
  id: Id(),
  name: Name(),
  email: Email(),
  time_zone: Type.Optional(TimeZone()),
  role: Type.Optional(Type.Union([Type.Literal('admin'), Type.Literal('responder'), Type.Literal('viewer')])),
  ...CONTACT_FIELDS,
});
export type UserConfig = Static<typeof UserItem>;

const DEFAULT_TIME_ZONE = 'UTC';
const DEFAULT_ROLE = 'responder';

/**
 * Emails are compared without case: two accounts for Alice@x and alice@x reach one inbox. The
 * database enforces it on lower(email) (index users_email_lower); toLowerCase folds at least the
 * letters either database's lower() folds, so these checks catch every clash the index would.
 */
const emailKey = (email: string) => email.toLowerCase();

export const usersSection = defineSection({
  key: 'users',
  kinds: ['user', 'contact_method'],
  item: UserItem,

  check(items, context) {
    const first = new Map<string, ConfigPath>();
    for (const { value, path } of items) {
      const seen = first.get(emailKey(value.email));
      if (seen === undefined) {
        first.set(emailKey(value.email), path);
        continue;
      }
      context.error(
        [...path, 'email'],
        `duplicate email "${value.email}" ${context.where(path)}: first used at line ${context.line([...seen, 'email'])} by ${context.label(seen)}`,
      );
    }
    checkUserContacts(items, context);
  },

  async existingIds(db) {
    return (await db.selectFrom('users').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const stored = await tx.selectFrom('users').selectAll().execute();
    const byId = new Map(stored.map((r) => [r.id, r]));
    const listed = context.named.get('users') ?? new Set<string>();
    const holders = new Map(stored.map((r) => [emailKey(r.email), r.id]));

    const wanted = items.map(({ value, path }) => ({ path, row: toRow(value) }));
    let conflicts = false;
    for (const { path, row } of wanted) {
      const holder = holders.get(emailKey(row.email));
      if (holder === undefined || holder === row.id || listed.has(holder)) continue;
      conflicts = true;
      context.error([...path, 'email'], `email "${row.email}" ${context.where(path)} already belongs to user "${holder}", which this file does not list`, {
        hint: `list "${holder}" under users: with another email, or remove that user`,
      });
    }
    if (conflicts) return;

    // Updates go first and together, so users may trade addresses, and a new user may take one
    // a listed user gives up. The store writes each change with its audit entry.
    const who = { actor: context.actor };
    const results: ApplyResult<'user'>[] = [];
    const updates: { id: string; changes: UserChanges }[] = [];
    const creates: NewUserFields[] = [];
    for (const { row } of wanted) {
      const current = byId.get(row.id);
      if (!current) {
        creates.push(row);
        results.push({ kind: 'user', id: row.id, action: 'created' });
        continue;
      }
      const changes = changedFields({
        name: [row.name, current.name],
        email: [row.email, current.email],
        time_zone: [row.time_zone, current.time_zone],
        role: [row.role, current.role],
      });
      if (changes.length > 0) updates.push({ id: row.id, changes: { name: row.name, email: row.email, time_zone: row.time_zone, role: row.role } });
      results.push({ kind: 'user', id: row.id, action: changes.length ? 'updated' : 'unchanged', changes });
    }
    await updateUsers(tx, who, now, updates);
    for (const row of creates) await insertUser(tx, who, now, row);

    // Contact methods need their users; a user's rules are one of the user's fields.
    const contacts = await applyUserContacts(items, context);
    if (!contacts) return;
    for (const result of results) {
      const changes = [...(result.changes ?? []), ...(result.action !== 'created' && contacts.rulesChanged.has(result.id) ? ['notification_rules'] : [])];
      if (result.action === 'created') context.report({ kind: 'user', id: result.id, action: 'created', audited: true });
      else if (changes.length === 0) context.report({ kind: 'user', id: result.id, action: 'unchanged' });
      else context.report({ kind: 'user', id: result.id, action: 'updated', changes, audited: true });
    }
    for (const result of contacts.methods) context.report(result);
  },

  async prune(keep, context) {
    const stored = (await context.tx.selectFrom('users').select('id').execute()).sort(byId);
    const doomed = stored.map((r) => r.id).filter((id) => !keep.has(id));
    if (doomed.length === 0) return;
    // Memberships and the user's API tokens go with the user (foreign keys cascade).
    await deleteUsers(context.tx, { actor: context.actor }, context.now, doomed);
    for (const id of doomed) context.report({ kind: 'user', id, action: 'deleted', audited: true });
  },

  async export(db) {
    const rows = (await db.selectFrom('users').selectAll().execute()).sort(byId);
    const contacts = await exportUserContacts(db);
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, time_zone: r.time_zone, role: r.role, ...contacts.get(r.id) }));
  },
});

function toRow(value: UserConfig): NewUserFields {
  return {
    id: value.id,
    name: value.name,
    email: value.email,
    time_zone: value.time_zone ?? DEFAULT_TIME_ZONE,
    role: value.role ?? DEFAULT_ROLE,
  };
}
