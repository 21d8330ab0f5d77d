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

/**
 * Another team-owned object a request makes the resource point at: a service's escalation policy,
 * a policy's schedule target. Pointing at it makes its team's people answer for the resource's
 * incidents, so that team must agree (see `decideReferences`).
 */
export interface TeamReference {
  /** What it is, for messages: `escalation policy`, `schedule`. */
  readonly noun: string;
  readonly id: string;
  /** The team that owns it; null when it belongs to no team. */
  readonly team: string | null;
  /** Where the request names it, e.g. `body.levels.1.targets.0`. */
  readonly path: string;
}

/**
 * The references a request adds. Ones the resource already had are left out: their team agreed
 * when they were made, and a manager may change the rest of their resource without asking again.
 * References to objects that do not exist are left out too; the handler answers those with 422.
 */
export type ReferenceLookup = (facts: RequestFacts) => Promise<readonly TeamReference[]>;

/** For routes under `/users/:id/…`: the resource belongs to the user the path names. */
export const userInPath: OwnershipLookup = async ({ params }) => ({ kind: 'user', userId: (params as { id: string }).id });

/**
 * What a route requires, declared next to the route itself:
 * - `public`: no credentials;
 * - `read`: any role; `write`: responder or admin (working incidents); `admin`: admins only;
 * - `{ team, as }`: admins, or responders who are members (or managers, with `as: 'manager'`)
 *   of every team owning the resource; with `references`, also managers of the team owning each
 *   object the request makes the resource point at;
 * - `{ self }`: admins, or the user the resource belongs to (with at least `minimum`, default
 *   responder).
 */
export type Access =
  | 'public'
  | 'read'
  | 'write'
  | 'admin'
  | { readonly team: OwnershipLookup; readonly as: TeamRole; readonly references?: ReferenceLookup }
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

export type ReferenceDecision = { readonly ok: true } | { readonly ok: false; readonly reference: TeamReference; readonly reason: string };

/**
 * Whether the principal may make a resource point at other teams' objects: admins always;
 * otherwise only at objects of teams they manage. An object of no team is the organisation's,
 * whose only voice is an admin: as `decideScoped` lets only admins change such objects, only
 * admins may make a team's resource depend on one.
 */
export function decideReferences(principal: Principal, references: readonly TeamReference[], memberships: ReadonlyMap<string, TeamRole>): ReferenceDecision {
  if (principal.role === 'admin') return { ok: true };
  for (const reference of references) {
    const named = `${reference.noun} "${reference.id}"`;
    if (reference.team === null) {
      return { ok: false, reference, reason: `${named} belongs to no team, so only an admin may point this at it` };
    }
    if (memberships.get(reference.team) !== 'manager') {
      return { ok: false, reference, reason: `${named} belongs to team "${reference.team}"; pointing this at it needs the consent of team "${reference.team}": a manager of that team or an admin may make this change` };
    }
  }
  return { ok: true };
}

/** The ownership rules of a resource that belongs to the teams of the services it names (runbooks, maintenance windows). */
export interface ServiceScopedOwnership {
  /** Creating: the named services' teams; naming none makes it everyone's, so admins' alone. */
  readonly creating: OwnershipLookup;
  /** Changing or deleting: the teams of the services it names now. */
  readonly existing: OwnershipLookup;
  /** Replacing: the teams it names now and the teams of the services it would name after. */
  readonly replacing: OwnershipLookup;
}

export function serviceScopedOwnership(
  teamsOf: (id: string) => Promise<readonly (string | null)[] | undefined>,
  teamsOfServices: (ids: readonly string[]) => Promise<(string | null)[]>,
): ServiceScopedOwnership {
  // Bodies are not validated yet when these run: only a list of strings names services.
  const namedServices = (body: unknown): string[] => {
    const services = (body as { services?: unknown } | undefined)?.services;
    return Array.isArray(services) ? services.filter((s): s is string => typeof s === 'string') : [];
  };
  const creating: OwnershipLookup = async ({ body }) => {
    const services = namedServices(body);
    return { kind: 'teams', teams: services.length === 0 ? [null] : await teamsOfServices(services) };
  };
  const existing: OwnershipLookup = async ({ params }) => {
    const teams = await teamsOf((params as { id: string }).id);
    return teams === undefined ? { kind: 'missing' } : { kind: 'teams', teams };
  };
  const replacing: OwnershipLookup = async (facts) => {
    const before = await existing(facts);
    if (before.kind !== 'teams') return before;
    const services = namedServices(facts.body);
    const after = services.length === 0 ? [] : await teamsOfServices(services);
    return { kind: 'teams', teams: [...new Set([...before.teams, ...after])] };
  };
  return { creating, existing, replacing };
}
