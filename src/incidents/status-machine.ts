import { assertNever } from '../core/errors.js';

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';
export type IncidentAction = 'acknowledge' | 'unacknowledge' | 'resolve' | 'reopen';

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['triggered', 'acknowledged', 'resolved'];
export const INCIDENT_ACTIONS: readonly IncidentAction[] = ['acknowledge', 'unacknowledge', 'resolve', 'reopen'];

export type TransitionOutcome =
  | { readonly allowed: true; readonly to: IncidentStatus }
  | { readonly allowed: false; readonly reason: string };

const allow = (to: IncidentStatus): TransitionOutcome => ({ allowed: true, to });
const refuse = (reason: string): TransitionOutcome => ({ allowed: false, reason });

/**
 * The incident lifecycle: triggered → acknowledged → resolved; acknowledged → triggered
 * (un-acknowledge, by hand or on an acknowledgement timeout); resolved is final except for an
 * explicit reopen, which starts the response again from triggered.
 */
export function transition(from: IncidentStatus, action: IncidentAction): TransitionOutcome {
  switch (action) {
    case 'acknowledge':
      if (from === 'triggered') return allow('acknowledged');
      return refuse(from === 'acknowledged' ? 'the incident is already acknowledged' : 'a resolved incident cannot be acknowledged; reopen it first');
    case 'unacknowledge':
      if (from === 'acknowledged') return allow('triggered');
      return refuse(from === 'triggered' ? 'the incident is not acknowledged' : 'a resolved incident cannot be un-acknowledged; reopen it instead');
    case 'resolve':
      if (from === 'triggered' || from === 'acknowledged') return allow('resolved');
      return refuse('the incident is already resolved');
    case 'reopen':
      if (from === 'resolved') return allow('triggered');
      return refuse('only a resolved incident can be reopened');
    default:
      return assertNever(action, 'incident action');
  }
}
