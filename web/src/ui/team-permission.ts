import type { Me } from '../api/types';

export type TeamRole = 'member' | 'manager';

/**
 * Whether the signed-in person may change something a team owns, and the reason when not, as the
 * server's rule goes: admins always; responders who are members (or managers, when `as` is
 * `manager`) of every team that owns it; something of no team only admins. The console uses this
 * to keep actions visible but `aria-disabled` with the reason; the server still decides, and its
 * message is shown when it refuses.
 */
export function teamPermission(
  me: Me | undefined,
  owners: readonly (string | null)[],
  as: TeamRole,
  verb: string,
  teamName: (id: string) => string = (id) => id,
): { allowed: boolean; reason: string | null } {
  const role = me?.role ?? 'viewer';
  if (role === 'admin') return { allowed: true, reason: null };
  if (role !== 'responder') return { allowed: false, reason: `Your role (${role}) can't ${verb}` };
  const held = new Map((me?.user?.teams ?? []).map((t) => [t.team, t.role]));
  for (const owner of owners) {
    if (owner === null) return { allowed: false, reason: `Only admins can ${verb}: it belongs to no team` };
    const name = teamName(owner);
    const mine = held.get(owner);
    if (mine === undefined) {
      return { allowed: false, reason: `Only admins and ${as === 'manager' ? 'managers' : 'members'} of ${name} can ${verb}` };
    }
    if (as === 'manager' && mine !== 'manager') {
      return { allowed: false, reason: `Only admins and managers of ${name} can ${verb}; you are a member` };
    }
  }
  return { allowed: true, reason: null };
}
