import type { Me } from '../api/types';

export type Action = 'work incidents' | 'administer';

/**
 * Whether the signed-in person may do something, and the reason when not. Screens keep actions
 * visible and `aria-disabled` with this reason rather than hiding them: "Your role (viewer) can't
 * acknowledge". The server decides in the end; this only saves a refused click.
 */
export function permission(me: Me | undefined, action: Action, verb: string): { allowed: boolean; reason: string | null } {
  const role = me?.role ?? 'viewer';
  const allowed = action === 'administer' ? role === 'admin' : role === 'admin' || role === 'responder';
  return { allowed, reason: allowed ? null : `Your role (${role}) can't ${verb}` };
}
