import type { Role } from './types';

export const ROLES: readonly Role[] = ['viewer', 'responder', 'admin'];

/** What each role may do, in a line: said where a role is chosen. */
export const ROLE_MEANING: Readonly<Record<Role, string>> = {
  viewer: 'sees incidents, schedules and policies; changes nothing',
  responder: 'acknowledges, resolves and escalates incidents; manages their own contact methods',
  admin: 'also manages users, roles and the audit log',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * A user id from an email address, in the form the server accepts (`^[a-z0-9][a-z0-9._-]*$`):
 * "Eli.Haddad+ops@example.com" → "eli.haddad". Empty when nothing usable is left.
 */
export function suggestUserId(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split('+')[0]!
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 128);
}
