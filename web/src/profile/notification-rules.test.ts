import { describe, expect, it } from 'vitest';
import { delayWords, draftProblem, fromDrafts, minutesToAfter, parseAfter, planFor, planSentence, toDrafts, type Method } from './notification-rules';

const hook: Method = { id: 'bob-hook', type: 'webhook', address: 'http://127.0.0.1:9999/pages/bob', name: null, verified: true, disabled: false };
const mail: Method = { id: 'bob-mail', type: 'email', address: 'bob@example.com', name: null, verified: true, disabled: false };
const phone: Method = { id: 'cm_1', type: 'sms', address: '+15555550100', name: 'Work phone', verified: false, disabled: false };

describe('delays', () => {
  it('reads the API\'s durations and writes minutes back', () => {
    expect(parseAfter('0s')).toBe(0);
    expect(parseAfter('1h30m')).toBe(90 * 60_000);
    expect(parseAfter('soon')).toBeUndefined();
    expect(minutesToAfter(0)).toBe('0m');
    expect(minutesToAfter(2)).toBe('2m');
    expect(minutesToAfter(0.5)).toBe('30s');
    expect(minutesToAfter(90)).toBe('1h30m');
  });

  it('says them as people do', () => {
    expect(delayWords(0)).toBe('At once');
    expect(delayWords(2 * 60_000)).toBe('after 2 min');
    expect(delayWords(90 * 60_000)).toBe('after 1 h 30 min');
  });
});

describe('who a page reaches, per urgency', () => {
  it('follows the rules for the urgency and for any urgency, earliest first', () => {
    const rules = [
      { contact_method: 'bob-mail', after: '2m', urgency: 'high' },
      { contact_method: 'bob-hook', after: '0s', urgency: null },
    ];
    expect(planSentence(planFor('high', rules, [hook, mail]))).toBe('At once: Webhook http://127.0.0.1:9999/pages/bob · after 2 min: Email bob@example.com');
    expect(planSentence(planFor('low', rules, [hook, mail]))).toBe('At once: Webhook http://127.0.0.1:9999/pages/bob');
  });

  it('skips methods that are not verified or turned off, and says so', () => {
    const plan = planFor('high', [{ contact_method: 'cm_1', after: '0s', urgency: null }], [phone]);
    expect(plan.reachesSomeone).toBe(false);
    expect(plan.steps).toEqual([{ delayMs: 0, reached: [], skipped: [{ label: 'Work phone', why: 'not verified' }] }]);
    expect(planSentence(plan)).toBe('Nobody is paged: no rule reaches a verified method');
  });

  it('pages every verified method at once when there are no rules, as the server does', () => {
    const plan = planFor('high', [], [hook, phone]);
    expect(plan.byDefault).toBe(true);
    expect(plan.reachesSomeone).toBe(true);
    expect(planSentence(plan)).toBe('At once: Webhook http://127.0.0.1:9999/pages/bob');
    expect(planFor('high', [], [phone]).reachesSomeone).toBe(false);
  });

  it('finds that high urgency reaches nobody when the only high rule uses an unverified method', () => {
    const rules = [{ contact_method: 'cm_1', after: '0s', urgency: 'high' }, { contact_method: 'bob-hook', after: '0s', urgency: 'low' }];
    expect(planFor('high', rules, [hook, phone]).reachesSomeone).toBe(false);
    expect(planFor('low', rules, [hook, phone]).reachesSomeone).toBe(true);
  });
});

describe('editing rules', () => {
  it('round-trips rules through the editor', () => {
    const rules = [{ contact_method: 'bob-hook', after: '0s', urgency: null }, { contact_method: 'bob-mail', after: '5m', urgency: 'high' }];
    expect(fromDrafts(toDrafts(rules))).toEqual([{ contact_method: 'bob-hook', after: '0m' }, { contact_method: 'bob-mail', after: '5m', urgency: 'high' }]);
  });

  it('refuses a rule without a method or with a negative delay', () => {
    expect(draftProblem([{ contactMethod: '', minutes: 0, urgency: 'any' }], [hook])).toBe('Rule 1: choose a contact method.');
    expect(draftProblem([{ contactMethod: 'bob-hook', minutes: -1, urgency: 'any' }], [hook])).toBe('Rule 1: the delay must be 0 (at once) or more minutes.');
    expect(draftProblem([{ contactMethod: 'bob-hook', minutes: 5, urgency: 'high' }], [hook])).toBeNull();
  });
});
