import { actorName, type Names, type TimelineEntry } from './incident-timeline';

/** What a person can do to an incident from its page. */
export type IncidentCommand = 'acknowledge' | 'resolve' | 'escalate' | 'reopen' | 'note' | 'severity' | 'commander';
export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

/** The verb in "Your role (viewer) can't …". */
export const COMMAND_VERBS: Readonly<Record<IncidentCommand, string>> = {
  acknowledge: 'acknowledge',
  resolve: 'resolve',
  escalate: 'escalate',
  reopen: 'reopen',
  note: 'add notes',
  severity: 'change the severity',
  commander: 'set the commander',
};

export interface Availability {
  readonly allowed: boolean;
  /** Why not, in a sentence: shown beside the button, which stays visible and `aria-disabled`. */
  readonly reason: string | null;
}

/** Whether the incident's status lets a command run; the same rules as the server's status machine. */
function statusReason(command: IncidentCommand, status: IncidentStatus): string | null {
  switch (command) {
    case 'acknowledge':
      if (status === 'acknowledged') return 'Already acknowledged';
      return status === 'resolved' ? 'Resolved: reopen it first' : null;
    case 'resolve':
      return status === 'resolved' ? 'Already resolved' : null;
    case 'escalate':
      return status === 'resolved' ? 'Resolved: reopen it first' : null;
    case 'reopen':
      return status === 'resolved' ? null : 'Only a resolved incident can be reopened';
    case 'note':
    case 'severity':
    case 'commander':
      return null;
  }
}

/** The role decides first (its reason names the role), then the incident's status. */
export function availability(command: IncidentCommand, status: IncidentStatus, role: { allowed: boolean; reason: string | null }): Availability {
  if (!role.allowed) return { allowed: false, reason: role.reason };
  const reason = statusReason(command, status);
  return { allowed: reason === null, reason };
}

const PAST: Readonly<Partial<Record<IncidentStatus, string>>> = { acknowledged: 'acknowledged', resolved: 'resolved' };

/**
 * A refusal in the words a responder wants first, from the incident as it is now: "Already
 * resolved by Alice Liddell". Null when the current state does not explain it (the server's own
 * message then stands alone).
 */
export function refusalHeadline(command: IncidentCommand, current: { status: IncidentStatus; timeline?: readonly TimelineEntry[] } | undefined, names: Names): string | null {
  if (current === undefined) return null;
  const word = PAST[current.status];
  const explains = (command === 'acknowledge' && word !== undefined) || ((command === 'resolve' || command === 'escalate') && current.status === 'resolved');
  if (!explains || word === undefined) return null;
  const last = [...(current.timeline ?? [])].sort((a, b) => b.seq - a.seq).find((entry) => entry.kind === word);
  return last ? `Already ${word} by ${actorName(last.actor, names)}` : `Already ${word}`;
}

/** "Acknowledging…": said at once, before the server answers. */
export const PENDING_WORDS: Readonly<Record<IncidentCommand, string>> = {
  acknowledge: 'Acknowledging…',
  resolve: 'Resolving…',
  escalate: 'Escalating…',
  reopen: 'Reopening…',
  note: 'Posting…',
  severity: 'Changing…',
  commander: 'Setting…',
};

/** "Not acknowledged" over a refusal's message. */
export const REFUSED_WORDS: Readonly<Record<IncidentCommand, string>> = {
  acknowledge: 'Not acknowledged',
  resolve: 'Not resolved',
  escalate: 'Not escalated',
  reopen: 'Not reopened',
  note: 'Note not posted',
  severity: 'Severity not changed',
  commander: 'Commander not set',
};
