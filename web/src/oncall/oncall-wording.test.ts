import { describe, expect, it } from 'vitest';
import type { Outlook } from './oncall-queries';
import { emptyLevels, formatDelay, policiesMineFirst, yourHeadline, yourTurn } from './oncall-wording';

const alice = { id: 'alice', name: 'Alice Liddell' };
const bob = { id: 'bob', name: 'Bob Okafor' };
const outlook: Outlook = {
  at: '2026-12-04T16:00:00.000Z',
  schedules: [
    { schedule: { id: 'platform-primary', name: 'Platform primary', team: 'platform', time_zone: 'America/New_York' }, now: alice, until: '2026-12-07T14:00:00.000Z', next: bob, next_from: '2026-12-07T14:00:00.000Z' },
    { schedule: { id: 'payments-primary', name: 'Payments primary', team: 'payments', time_zone: 'Europe/Warsaw' }, now: null, until: null, next: bob, next_from: '2026-12-08T09:00:00.000Z' },
  ],
  escalation_policies: [
    {
      policy: { id: 'payments', name: 'Payments', team: 'payments' },
      levels: [
        { position: 1, escalate_after: '5m', targets: [{ target: 'schedule:payments-primary', kind: 'schedule', id: 'payments-primary', name: 'Payments primary', now: null, until: null, next: bob, next_from: '2026-12-08T09:00:00.000Z' }] },
        { position: 2, escalate_after: '15m', targets: [{ target: 'user:bob', kind: 'user', id: 'bob', name: 'Bob Okafor', now: bob, until: null, next: null, next_from: null }] },
      ],
    },
  ],
  yours: [
    { schedule: { id: 'payments-primary', name: 'Payments primary' }, start: '2026-12-15T09:00:00.000Z', end: '2026-12-22T09:00:00.000Z' },
    { schedule: { id: 'platform-primary', name: 'Platform primary' }, start: '2026-12-07T14:00:00.000Z', end: '2026-12-07T22:00:00.000Z' },
  ],
  contacts: [],
};

describe('on-call wording', () => {
  it('says a policy delay in words', () => {
    expect(formatDelay('5m')).toBe('5 min');
    expect(formatDelay('1h30m')).toBe('1 h 30 min');
    expect(formatDelay('30s')).toBe('30 s');
  });

  it('tells the viewer until when they are on call, or that they are not', () => {
    const when = (iso: string) => `<${iso.slice(0, 10)}>`;
    expect(yourHeadline(yourTurn(outlook, 'alice'), when)).toBe('You are on call until <2026-12-07>');
    const bobs = yourTurn(outlook, 'bob');
    expect(yourHeadline(bobs, when)).toBe('You are not on call');
    expect(bobs.next.map((n) => [n.scheduleId, n.from])).toEqual([['platform-primary', '2026-12-07T14:00:00.000Z'], ['payments-primary', '2026-12-15T09:00:00.000Z']]);
    expect(bobs.named).toEqual([{ policy: 'Payments', policyId: 'payments', level: 2 }]);
  });

  it('warns of every level that reaches nobody now', () => {
    expect(emptyLevels(outlook).map((l) => l.sentence)).toEqual(['Nobody on call for level 1 of Payments']);
  });

  it('puts the policies of the viewer\'s teams first', () => {
    const policies = [{ policy: { name: 'Payments', team: 'payments' } }, { policy: { name: 'Edge', team: null } }, { policy: { name: 'Platform', team: 'platform' } }];
    expect(policiesMineFirst(policies, ['platform']).map((p) => p.policy.name)).toEqual(['Platform', 'Edge', 'Payments']);
  });
});
