import { describe, expect, it } from 'vitest';
import { INCIDENT_ACTIONS, INCIDENT_STATUSES, transition, type IncidentAction, type IncidentStatus } from './status-machine.js';

// The whole table, written out: every status × every action. A new status or action fails the
// completeness check below until its row is added here.
const EXPECTED: Record<IncidentStatus, Record<IncidentAction, IncidentStatus | 'refused'>> = {
  triggered: { acknowledge: 'acknowledged', unacknowledge: 'refused', resolve: 'resolved', reopen: 'refused' },
  acknowledged: { acknowledge: 'refused', unacknowledge: 'triggered', resolve: 'resolved', reopen: 'refused' },
  resolved: { acknowledge: 'refused', unacknowledge: 'refused', resolve: 'refused', reopen: 'triggered' },
};

describe('incident status machine', () => {
  it('has an expectation for every status and action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...INCIDENT_STATUSES].sort());
    for (const status of INCIDENT_STATUSES) expect(Object.keys(EXPECTED[status]).sort()).toEqual([...INCIDENT_ACTIONS].sort());
  });

  for (const from of INCIDENT_STATUSES) {
    for (const action of INCIDENT_ACTIONS) {
      const expected = EXPECTED[from][action];
      it(`${action} from ${from} ${expected === 'refused' ? 'is refused with a reason' : `leads to ${expected}`}`, () => {
        const outcome = transition(from, action);
        if (expected === 'refused') {
          expect(outcome.allowed).toBe(false);
          if (!outcome.allowed) expect(outcome.reason).toMatch(/\w{4,}/);
        } else {
          expect(outcome).toEqual({ allowed: true, to: expected });
        }
      });
    }
  }

  it('never lets a resolved incident move except by reopening', () => {
    const moves = INCIDENT_ACTIONS.filter((action) => transition('resolved', action).allowed);
    expect(moves).toEqual(['reopen']);
  });
});
