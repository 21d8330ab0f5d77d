import { Type, type Static } from '@sinclair/typebox';
import type { NewUserRow } from '../../core/db/schema.js';
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

    const wanted = items.map(({ value, path }) => ({ path, row: toRow(value, now) }));
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

    // Emails are unique in the table whatever their case: users trading addresses in one apply
    // would collide half-way, so changed addresses are parked on unique placeholders first. The
    // position keeps placeholders apart when ids differ only in case (Sam, sam).
    const moving = wanted.filter(({ row }) => byId.has(row.id) && byId.get(row.id)!.email !== row.email);
    for (const [position, { row }] of moving.entries()) {
      await tx.updateTable('users').set({ email: `${position}.${row.id}@vigil-apply.invalid` }).where('id', '=', row.id).execute();
    }

    const results: ApplyResult<'user'>[] = [];
    for (const { row } of wanted) {
      const current = byId.get(row.id);
      if (!current) {
        await tx.insertInto('users').values(row).execute();
        results.push({ kind: 'user', id: row.id, action: 'created' });
        continue;
      }
      const changes = changedFields({
        name: [row.name, current.name],
        email: [row.email, current.email],
        time_zone: [row.time_zone, current.time_zone],
        role: [row.role, current.role],
      });
      if (changes.length > 0) {
        const { name, email, time_zone, role } = row;
        await tx.updateTable('users').set({ name, email, time_zone, role, updated_at: now }).where('id', '=', row.id).execute();
      }
      results.push({ kind: 'user', id: row.id, action: changes.length ? 'updated' : 'unchanged', changes });
    }

    // Contact methods need their users; a user's rules are one of the user's fields.
    const contacts = await applyUserContacts(items, context);
    if (!contacts) return;
    for (const result of results) {
      const changes = [...(result.changes ?? []), ...(result.action !== 'created' && contacts.rulesChanged.has(result.id) ? ['notification_rules'] : [])];
      context.report(result.action === 'created' || changes.length === 0 ? { kind: 'user', id: result.id, action: result.action } : { kind: 'user', id: result.id, action: 'updated', changes });
    }
    for (const result of contacts.methods) context.report(result);
  },

  async prune(keep, context) {
    const stored = (await context.tx.selectFrom('users').select('id').execute()).sort(byId);
    const doomed = stored.map((r) => r.id).filter((id) => !keep.has(id));
    if (doomed.length === 0) return;
    // Memberships and the user's API tokens go with the user (foreign keys cascade).
    await context.tx.deleteFrom('users').where('id', 'in', doomed).execute();
    for (const id of doomed) context.report({ kind: 'user', id, action: 'deleted' });
  },

  async export(db) {
    const rows = (await db.selectFrom('users').selectAll().execute()).sort(byId);
    const contacts = await exportUserContacts(db);
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, time_zone: r.time_zone, role: r.role, ...contacts.get(r.id) }));
  },
});

function toRow(value: UserConfig, now: number): NewUserRow & { time_zone: string; role: NewUserRow['role'] } {
  return {
    id: value.id,
    name: value.name,
    email: value.email,
    time_zone: value.time_zone ?? DEFAULT_TIME_ZONE,
    role: value.role ?? DEFAULT_ROLE,
    created_at: now,
    updated_at: now,
  };
}
