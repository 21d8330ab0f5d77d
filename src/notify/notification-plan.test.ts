import { describe, expect, it } from 'vitest';
import { planNotifications, type PlannableContactMethod, type PlannableRule } from './notification-plan.js';

const methods: PlannableContactMethod[] = [
  { id: 'sms', type: 'sms', verified: true, disabled: false },
  { id: 'voice', type: 'voice', verified: true, disabled: false },
  { id: 'mail', type: 'email', verified: true, disabled: false },
  { id: 'new-phone', type: 'sms', verified: false, disabled: false },
];
const rule = (id: string, contactMethodId: string, delayMs: number, urgency: 'high' | 'low' | null = null): PlannableRule => ({ id, contactMethodId, delayMs, urgency });

describe('planNotifications', () => {
  it('follows the rules in time order: SMS now, voice after 5 minutes, email after 10', () => {
    const plan = planNotifications('high', [rule('r3', 'mail', 600_000), rule('r1', 'sms', 0), rule('r2', 'voice', 300_000)], methods);
    expect(plan.notifications.map((n) => [n.contactMethodId, n.delayMs])).toEqual([['sms', 0], ['voice', 300_000], ['mail', 600_000]]);
    expect(plan.warnings).toEqual([]);
  });

  it('never rings a phone for a low-urgency incident when the rules say high only', () => {
    const rules = [rule('r1', 'sms', 0, 'high'), rule('r2', 'voice', 0, 'high'), rule('r3', 'mail', 0, 'low')];
    expect(planNotifications('low', rules, methods).notifications.map((n) => n.contactMethodId)).toEqual(['mail']);
    expect(planNotifications('high', rules, methods).notifications.map((n) => n.contactMethodId)).toEqual(['sms', 'voice']);
  });

  it('skips unverified and disabled methods and says so', () => {
    const plan = planNotifications('high', [rule('r1', 'new-phone', 0)], methods);
    expect(plan.notifications).toEqual([]);
    expect(plan.warnings).toEqual(['skips its sms contact method (not verified)', 'has no notification rule that reaches a verified contact method for high-urgency incidents']);
  });

  it('uses every verified method at once for a user without rules', () => {
    const plan = planNotifications('low', [], methods);
    expect(plan.notifications.map((n) => n.contactMethodId)).toEqual(['sms', 'voice', 'mail']);
    expect(plan.notifications.every((n) => n.delayMs === 0 && n.ruleId === null)).toBe(true);
  });

  it('warns when a user without rules has nothing verified', () => {
    expect(planNotifications('high', [], [methods[3]!]).warnings).toEqual(['has no verified contact method']);
  });

  it('lists what would have gone to a method Vigil disabled, with why, so the page can record it', () => {
    const gone: PlannableContactMethod = { id: 'push', type: 'push', verified: true, disabled: true, disabledReason: 'the push service reported the subscription gone (410)' };
    const byOwner: PlannableContactMethod = { id: 'off', type: 'email', verified: true, disabled: true, disabledReason: null };
    const plan = planNotifications('high', [rule('r1', 'push', 0), rule('r2', 'sms', 60_000), rule('r3', 'off', 0)], [...methods, gone, byOwner]);
    expect(plan.notifications.map((n) => n.contactMethodId)).toEqual(['sms']);
    expect(plan.skipped).toEqual([{ contactMethodId: 'push', delayMs: 0, reason: 'the push service reported the subscription gone (410)' }]);
    expect(plan.warnings).toEqual(['skips its push contact method (disabled: the push service reported the subscription gone (410))', 'skips its email contact method (disabled)']);
    expect(planNotifications('low', [], [methods[0]!, gone]).skipped).toEqual([{ contactMethodId: 'push', delayMs: 0, reason: 'the push service reported the subscription gone (410)' }]);
  });
});
