import { formatDuration } from '../ui/time';

export type UpdateState = 'none' | 'on_time' | 'due' | 'late';

/** What the status-update line says now, and how loudly: "Next update due in 12 min", "Update overdue by 3 min". */
export function updateDueWording(dueAt: string | null | undefined, state: UpdateState | undefined, now: number): { text: string; tone: 'quiet' | 'normal' | 'overdue' } {
  if (!dueAt || state === undefined || state === 'none') return { text: 'No status update expected', tone: 'quiet' };
  const due = Date.parse(dueAt);
  // The server's state can be a tick behind the countdown; past the due time it is overdue either way.
  if (now >= due || state === 'due' || state === 'late') return { text: `Update overdue by ${formatDuration(now - due)}`, tone: 'overdue' };
  return { text: `Next update due in ${formatDuration(due - now)}`, tone: 'normal' };
}

export const STATUS_WORDS = { investigating: 'Investigating', identified: 'Identified', monitoring: 'Monitoring', resolved: 'Resolved' } as const;

/** Whether the person may change the response: responders and admins. */
export function mayRespond(role: string | undefined): { allowed: boolean; reason: string | null } {
  const allowed = role === 'responder' || role === 'admin';
  return { allowed, reason: allowed ? null : `Your role (${role ?? 'viewer'}) can't change the response` };
}
