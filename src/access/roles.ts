export type Role = 'admin' | 'responder' | 'viewer';
export const ROLES: readonly Role[] = ['viewer', 'responder', 'admin'];
export type TeamRole = 'member' | 'manager';

/** What a route's rule learns about the resource it touches, from the request. */
export interface RequestFacts {
  readonly params: unknown;
  readonly body: unknown;
}

/**
 * Who owns the resource a request touches. `missing` lets the handler answer its own 404;
 * a null team means the resource belongs to no team, which only admins may change.
 */
export type Ownership =
  | { readonly kind: 'missing' }
  /** `userId`: a person the resource also belongs to (an override's user), allowed at member level. */
  | { readonly kind: 'teams'; readonly teams: readonly (string | null)[]; readonly userId?: string }
  | { readonly kind: 'user'; readonly userId: string };

export type OwnershipLookup = (facts: RequestFacts) => Promise<Ownership>;

/** For routes under `/users/:id/…`: the resource belongs to the user the path names. */
export const userInPath: OwnershipLookup = async ({ params }) => ({ kind: 'user', userId: (params as { id: string }).id });

/**
 * What a route requires, declared next to the route itself:
 * - `public`: no credentials;
 * - `read`: any role; `write`: responder or admin (working incidents); `admin`: admins only;
 * - `{ team, as }`: admins, or responders who are members (or managers, with `as: 'manager'`)
 *   of every team owning the resource;
 * - `{ self }`: admins, or the user the resource belongs to (with at least `minimum`, default
 *   responder).
 */
export type Access =
  | 'public'
  | 'read'
  | 'write'
  | 'admin'
  | { readonly team: OwnershipLookup; readonly as: TeamRole }
  | { readonly self: OwnershipLookup; readonly minimum?: Role };

export interface Principal {
  readonly via: 'token' | 'session';
  /** The API token's or the session's id. */
  readonly credentialId: string;
  /** The token's name, or `session` for a browser session. */
  readonly credentialName: string;
  readonly role: Role;
  readonly userId: string | null;
  /** How the principal appears in timelines and the audit log: `user:alice` or `token:ci-bot`. */
  readonly actor: string;
}

const RANK: Record<Role, number> = { viewer: 1, responder: 2, admin: 3 };

export function atLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The lower of two roles: a personal token never acts above its user. */
export function lowerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

/** The role a rule needs before any ownership is looked at. */
export function minimumRole(access: Exclude<Access, 'public'>): Role {
  if (access === 'read') return 'viewer';
  if (access === 'write') return 'responder';
  if (access === 'admin') return 'admin';
  if ('team' in access) return 'responder';
  return access.minimum ?? 'responder';
}

export type Decision = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const ALLOWED: Decision = { ok: true };

/** Decides a scoped rule once the resource's ownership and the principal's teams are known. */
export function decideScoped(
  principal: Principal,
  access: Extract<Access, object>,
  ownership: Ownership,
  memberships: ReadonlyMap<string, TeamRole>,
): Decision {
  if (principal.role === 'admin' || ownership.kind === 'missing') return ALLOWED;
  if ('team' in access) {
    if (ownership.kind !== 'teams') return { ok: false, reason: 'only admins may change this' };
    if (access.as === 'member' && ownership.userId !== undefined && ownership.userId === principal.userId) return ALLOWED;
    for (const team of ownership.teams) {
      if (team === null) return { ok: false, reason: 'this belongs to no team, so only admins may change it' };
      const held = memberships.get(team);
      if (held === undefined || (access.as === 'manager' && held !== 'manager')) {
        return { ok: false, reason: `this needs ${access.as === 'manager' ? 'a manager' : 'a member'} of team "${team}"${held ? ` (you are a ${held})` : ''}` };
      }
    }
    return ALLOWED;
  }
  if (ownership.kind === 'user' && ownership.userId === principal.userId) return ALLOWED;
  return { ok: false, reason: 'only its own user or an admin may do this' };
}
