import { formatDuration } from '../ui/time';
import type { IncidentStatus } from './incident-actions';

export interface EscalationState {
  readonly policy: string | null;
  readonly round: number;
  readonly level: number;
  readonly next: { readonly at: string; readonly round: number; readonly level: number } | null;
}

/** "03:20" in the viewer's zone, with the day when it is not within the next 12 hours. */
export function clockTime(iso: string, now: number, timeZone?: string): string {
  const at = Date.parse(iso);
  const sameDay = Math.abs(at - now) < 12 * 3_600_000;
  return new Intl.DateTimeFormat('en-GB', {
    ...(sameDay ? {} : { weekday: 'short', day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(at);
}

/**
 * Where escalation stands, in one line: "Level 1 of Platform · next at 03:20 (level 2, in 4 min)".
 * `policyName` is the policy's name when known, else its id.
 */
export function escalationWording(escalation: EscalationState, status: IncidentStatus, policyName: string | null, now: number, timeZone?: string): string {
  if (escalation.policy === null) return 'No escalation policy: nobody is paged automatically';
  const policy = policyName ?? escalation.policy;
  const reached = escalation.level > 0 ? `Level ${escalation.level}${escalation.round > 1 ? ` (round ${escalation.round})` : ''} of ${policy}` : `${policy}: nobody paged yet`;
  if (status === 'resolved') return `${reached} · stopped: resolved`;
  if (status === 'acknowledged') return `${reached} · stopped: acknowledged`;
  const next = escalation.next;
  if (next === null) return escalation.level > 0 ? `${reached} · every level has been paged` : reached;
  const which = next.round > Math.max(escalation.round, 1) ? `round ${next.round}, level ${next.level}` : `level ${next.level}`;
  const wait = Date.parse(next.at) - now;
  const when = wait > 30_000 ? `, in ${formatDuration(wait)}` : ', now';
  return `${reached} · next at ${clockTime(next.at, now, timeZone)} (${which}${when})`;
}
