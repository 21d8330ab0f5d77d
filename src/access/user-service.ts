import { IANAZone } from 'luxon';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-log.js';
import type { Clock } from '../core/clock.js';
import { isForeignKeyViolation, isUniqueViolation } from '../core/db/dialect.js';
import type { Schema, UserRow } from '../core/db/schema.js';
import { invalidField, VigilError } from '../core/errors.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import type { Role, TeamRole } from './roles.js';
import { emailTaken } from './user-email.js';
import { deleteUsers, insertUser, updateUsers } from './user-store.js';
import { suggestStoredId } from '../core/suggest.js';

export interface UserView {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly time_zone: string;
  readonly role: Role;
  /** Whether the user can log in with a password, and whether an SSO identity is linked. */
  readonly password_set: boolean;
  readonly sso_linked: boolean;
  readonly teams: { team: string; role: TeamRole }[];
}

export interface NewUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly time_zone?: string | undefined;
  readonly role?: Role | undefined;
  readonly password?: string | undefined;
}

export interface UserPatch {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly time_zone?: string | undefined;
  readonly role?: Role | undefined;
  readonly password?: string | undefined;
  /** Needed when people change their own password: a stolen session alone cannot. */
  readonly current_password?: string | undefined;
}

function checkZone(zone: string | undefined): void {
  if (zone !== undefined && !IANAZone.isValidZone(zone)) throw invalidField('body.time_zone', `"${zone}" is not an IANA time zone such as Europe/Berlin`);
}

async function checkPasswordRules(password: string | undefined, email: string): Promise<string | undefined> {
  if (password === undefined) return undefined;
  const problem = passwordProblem(password, { email });
  if (problem) throw invalidField('body.password', problem);
  return hashPassword(password);
}

/** Users and their passwords. Users listed in vigil.yaml are also changed by `vigil apply`. */
export class UserService {
  constructor(private readonly db: Kysely<Schema>, private readonly clock: Clock) {}

  async list(): Promise<UserView[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('id').execute();
    const members = await this.db.selectFrom('team_members').select(['user_id', 'team_id', 'role']).orderBy('team_id').execute();
    return rows.map((row) => this.view(row, members.filter((m) => m.user_id === row.id)));
  }

  async get(id: string): Promise<UserView> {
    const row = await this.row(id);
    const members = await this.db.selectFrom('team_members').select(['user_id', 'team_id', 'role']).where('user_id', '=', id).orderBy('team_id').execute();
    return this.view(row, members);
  }

  async create(input: NewUser, who: Actor): Promise<UserView> {
    checkZone(input.time_zone);
    const passwordHash = await checkPasswordRules(input.password, input.email);
    const now = this.clock.now();
    try {
      await this.db.transaction().execute((tx) => insertUser(tx, who, now, {
        id: input.id, name: input.name, email: input.email, time_zone: input.time_zone ?? 'UTC', role: input.role ?? 'responder', password_hash: passwordHash ?? null,
      }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new VigilError('VIGIL_CONFLICT', `a user with id "${input.id}" or email ${input.email} exists`);
      throw error;
    }
    return this.get(input.id);
  }

  /**
   * Changes a user. `byAdmin` decides whether the role may change and whether the current password
   * must be given; a password or role change ends the user's sessions (see `updateUsers`).
   */
  async update(id: string, patch: UserPatch, who: Actor & { byAdmin: boolean; self: boolean }): Promise<UserView> {
    const before = await this.row(id);
    if (patch.role !== undefined && patch.role !== before.role && !who.byAdmin) throw new VigilError('VIGIL_FORBIDDEN', 'only admins change roles');
    checkZone(patch.time_zone);
    if (patch.password !== undefined && who.self && before.password_hash !== null) {
      const check = patch.current_password === undefined ? { ok: false } : await verifyPassword(patch.current_password, before.password_hash);
      if (!check.ok) throw invalidField('body.current_password', 'must be your current password to set a new one');
    }
    const passwordHash = await checkPasswordRules(patch.password, patch.email ?? before.email);
    const changes = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.time_zone !== undefined ? { time_zone: patch.time_zone } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
    };
    const now = this.clock.now();
    try {
      await this.db.transaction().execute((tx) => updateUsers(tx, who, now, [{ id, changes }]));
    } catch (error) {
      // Another writer took the address between the check and the update.
      if (isUniqueViolation(error)) throw emailTaken(patch.email ?? before.email, null);
      throw error;
    }
    return this.get(id);
  }

  async remove(id: string, who: Actor): Promise<void> {
    const before = await this.row(id);
    const now = this.clock.now();
    try {
      await this.db.transaction().execute((tx) => deleteUsers(tx, who, now, [before.id]));
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new VigilError('VIGIL_CONFLICT', `user "${id}" is still named by a schedule, an escalation policy, an override or an incident; remove them from those first`);
      }
      throw error;
    }
  }

  private async row(id: string): Promise<UserRow> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new VigilError('VIGIL_USER_NOT_FOUND', `no user has id "${id}"${await suggestStoredId(this.db, 'users', id)}`);
    return row;
  }

  private view(row: UserRow, members: readonly { team_id: string; role: TeamRole }[]): UserView {
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      time_zone: row.time_zone,
      role: row.role,
      password_set: row.password_hash !== null,
      sso_linked: row.oidc_subject !== null,
      teams: members.map((m) => ({ team: m.team_id, role: m.role })),
    };
  }
}
