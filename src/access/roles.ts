export type Role = 'admin' | 'responder' | 'viewer';

/**
 * What a route requires, declared next to the route itself:
 * public (no credentials), read (any role), write (responder or admin), admin.
 */
export type Access = 'public' | 'read' | 'write' | 'admin';

export interface Principal {
  readonly tokenId: string;
  readonly tokenName: string;
  readonly role: Role;
  readonly userId: string | null;
  /** How the principal appears in timelines: `user:alice` or `token:ci-bot`. */
  readonly actor: string;
}

const RANK: Record<Role, number> = { viewer: 1, responder: 2, admin: 3 };
const REQUIRED: Record<Exclude<Access, 'public'>, Role> = { read: 'viewer', write: 'responder', admin: 'admin' };

export function allows(role: Role, access: Exclude<Access, 'public'>): boolean {
  return RANK[role] >= RANK[REQUIRED[access]];
}
