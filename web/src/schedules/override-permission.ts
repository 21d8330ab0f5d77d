/**
 * Who may add and remove a schedule's overrides, as the server decides it (POST/DELETE
 * /schedules/{id}/overrides: admins; responders who are members of the schedule's team; and
 * anyone but a viewer for an override that puts themselves on call). The screen keeps the
 * buttons visible and `aria-disabled` with these reasons; the server has the last word.
 */

export interface Viewer {
  readonly role: string;
  readonly userId: string | null;
  readonly teams: readonly string[];
}

export interface AddPermission {
  readonly allowed: boolean;
  /** Why not, when not allowed. */
  readonly reason: string | null;
  /** False when only an override for the viewer themselves is allowed. */
  readonly forAnyone: boolean;
  /** Said beside the person field when `forAnyone` is false. */
  readonly note: string | null;
}

function teamWords(team: string | null): string {
  return team === null ? 'an admin (this schedule belongs to no team)' : `a member of team "${team}" or an admin`;
}

export function canAddOverride(viewer: Viewer, scheduleTeam: string | null): AddPermission {
  if (viewer.role === 'admin') return { allowed: true, reason: null, forAnyone: true, note: null };
  if (viewer.role !== 'responder' || viewer.userId === null) {
    return { allowed: false, reason: `Your role (${viewer.role}) can't add overrides`, forAnyone: false, note: null };
  }
  if (scheduleTeam !== null && viewer.teams.includes(scheduleTeam)) return { allowed: true, reason: null, forAnyone: true, note: null };
  return { allowed: true, reason: null, forAnyone: false, note: `You can put yourself on call; covering someone else needs ${teamWords(scheduleTeam)}.` };
}

export function canRemoveOverride(viewer: Viewer, scheduleTeam: string | null, override: { readonly user: { readonly id: string; readonly name: string }; readonly created_by: string }): { allowed: boolean; reason: string | null } {
  if (override.created_by === 'config') return { allowed: false, reason: 'This override comes from vigil.yaml; remove it there and apply the file' };
  if (viewer.role === 'admin') return { allowed: true, reason: null };
  if (viewer.role !== 'responder' || viewer.userId === null) return { allowed: false, reason: `Your role (${viewer.role}) can't remove overrides` };
  if (override.user.id === viewer.userId) return { allowed: true, reason: null };
  if (scheduleTeam !== null && viewer.teams.includes(scheduleTeam)) return { allowed: true, reason: null };
  return { allowed: false, reason: `Only ${override.user.name}, ${teamWords(scheduleTeam)} can remove it` };
}
