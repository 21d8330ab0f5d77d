import { Type, type Static } from '@sinclair/typebox';
import type { ConfigPath } from '../config-document.js';
import { Id, Name, Strict, Text } from '../fields.js';
import { byId, changedFields, defineSection } from '../section.js';
import { checkTeamNotify, exportTeamNotify, NOTIFY_FIELDS, writeTeamNotify } from './team-notify.js';
import { createTeam, deleteTeams, replaceTeamMembers, updateTeam } from '../../org/org-store.js';

type MemberRole = 'member' | 'manager';

const MemberItem = Type.Union([
  Id(),
  Strict({ user: Id(), role: Type.Optional(Type.Union([Type.Literal('member'), Type.Literal('manager')])) }),
]);
type MemberConfig = Static<typeof MemberItem>;

const TeamItem = Strict({
  id: Id(),
  name: Name(),
  description: Type.Optional(Text()),
  /** The team's complete member list, in order; absent means no members. */
  members: Type.Optional(Type.Array(MemberItem)),
  ...NOTIFY_FIELDS,
});
export type TeamConfig = Static<typeof TeamItem>;

interface Member {
  readonly user: string;
  readonly role: MemberRole;
}

function member(item: MemberConfig): Member {
  return typeof item === 'string' ? { user: item, role: 'member' } : { user: item.user, role: item.role ?? 'member' };
}

/** Where the user id of a member is written: the item itself, or its `user:` key. */
function memberUserPath(item: MemberConfig, path: ConfigPath): ConfigPath {
  return typeof item === 'string' ? path : [...path, 'user'];
}

const sameMembers = (a: readonly Member[], b: readonly Member[]) =>
  a.length === b.length && a.every((m, i) => m.user === b[i]!.user && m.role === b[i]!.role);

export const teamsSection = defineSection({
  key: 'teams',
  kinds: ['team'],
  item: TeamItem,

  check(items, context) {
    for (const { value, path } of items) {
      const first = new Map<string, ConfigPath>();
      for (const [index, item] of (value.members ?? []).entries()) {
        const itemPath: ConfigPath = [...path, 'members', index];
        const at = memberUserPath(item, itemPath);
        const { user } = member(item);
        const seen = first.get(user);
        if (seen !== undefined) {
          context.error(at, `duplicate member "${user}" in ${context.label(itemPath)}: first listed as members[${seen[path.length + 1]}] at line ${context.line(seen)}`);
          continue;
        }
        first.set(user, at);
        context.reference('users', 'user', user, at);
      }
      checkTeamNotify(value, path, context);
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('teams').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const stored = new Map((await tx.selectFrom('teams').selectAll().execute()).map((r) => [r.id, r]));
    const memberRows = await tx.selectFrom('team_members').selectAll().orderBy('team_id').orderBy('position').orderBy('user_id').execute();

    for (const { value } of items) {
      const row = { id: value.id, name: value.name, description: value.description ?? null };
      const members = (value.members ?? []).map(member);
      const storedRows = memberRows.filter((m) => m.team_id === value.id);
      const storedMembers = storedRows.map((m) => ({ user: m.user_id, role: m.role }));
      const current = stored.get(value.id);

      const who = { actor: context.actor };
      if (!current) await createTeam(tx, row.id, { name: row.name, description: row.description }, who, now);
      const changes = current
        ? changedFields({ name: [row.name, current.name], description: [row.description, current.description] })
        : [];
      if (!sameMembers(members, storedMembers)) changes.push('members');
      if (await writeTeamNotify(tx, row.id, value, who, now)) changes.push('notify');
      if (current && changes.length > 0) await updateTeam(tx, current, { name: row.name, description: row.description }, changes, who, now);

      // Positions are rewritten to 0..n-1 also when only their numbering differs (rows written
      // elsewhere may leave gaps); the order, which is what the file says, is then unchanged.
      if (!sameMembers(members, storedMembers) || storedRows.some((m, i) => m.position !== i)) {
        await replaceTeamMembers(tx, row.id, members.map((m) => ({ user_id: m.user, role: m.role })));
      }

      if (!current) context.report({ kind: 'team', id: row.id, action: 'created', audited: true });
      else if (changes.length === 0) context.report({ kind: 'team', id: row.id, action: 'unchanged' });
      else context.report({ kind: 'team', id: row.id, action: 'updated', changes, audited: true });
    }
  },

  async prune(keep, context) {
    const doomed = (await context.tx.selectFrom('teams').selectAll().execute()).filter((t) => !keep.has(t.id)).sort(byId);
    if (doomed.length === 0) return;
    await deleteTeams(context.tx, doomed, { actor: context.actor }, context.now);
    for (const { id } of doomed) context.report({ kind: 'team', id, action: 'deleted', audited: true });
  },

  async export(db) {
    const teams = (await db.selectFrom('teams').selectAll().execute()).sort(byId);
    const members = await db.selectFrom('team_members').selectAll().orderBy('team_id').orderBy('position').orderBy('user_id').execute();
    const notify = await exportTeamNotify(db);
    return teams.map((team): TeamConfig => {
      const list = members
        .filter((m) => m.team_id === team.id)
        .map((m): MemberConfig => (m.role === 'member' ? m.user_id : { user: m.user_id, role: m.role }));
      return {
        id: team.id,
        name: team.name,
        ...(team.description === null ? {} : { description: team.description }),
        ...(list.length === 0 ? {} : { members: list }),
        ...(notify.has(team.id) ? { notify: notify.get(team.id) } : {}),
      };
    });
  },
});
