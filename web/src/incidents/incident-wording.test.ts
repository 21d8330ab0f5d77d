import { describe, expect, it } from 'vitest';
import { clockTime, escalationWording } from './incident-wording';

const now = Date.parse('2026-03-02T10:16:00Z');
const zone = 'Europe/Berlin';

describe('escalation wording', () => {
  it('says the level reached and when the next is paged, in the viewer\'s zone', () => {
    const state = { policy: 'platform', round: 1, level: 1, next: { at: '2026-03-02T10:20:00Z', round: 1, level: 2 } };
    expect(escalationWording(state, 'triggered', 'Platform', now, zone)).toBe('Level 1 of Platform · next at 11:20 (level 2, in 4 min)');
  });

  it('names a new round, and a step due now', () => {
    const state = { policy: 'platform', round: 1, level: 3, next: { at: '2026-03-02T10:16:10Z', round: 2, level: 1 } };
    expect(escalationWording(state, 'triggered', null, now, zone)).toBe('Level 3 of platform · next at 11:16 (round 2, level 1, now)');
  });

  it('says escalation stopped once someone responded, and when every level was paged', () => {
    const state = { policy: 'platform', round: 1, level: 2, next: null };
    expect(escalationWording(state, 'acknowledged', 'Platform', now, zone)).toBe('Level 2 of Platform · stopped: acknowledged');
    expect(escalationWording(state, 'resolved', 'Platform', now, zone)).toBe('Level 2 of Platform · stopped: resolved');
    expect(escalationWording(state, 'triggered', 'Platform', now, zone)).toBe('Level 2 of Platform · every level has been paged');
  });

  it('warns plainly when nobody is paged at all', () => {
    expect(escalationWording({ policy: null, round: 0, level: 0, next: null }, 'triggered', null, now, zone)).toBe('No escalation policy: nobody is paged automatically');
    expect(escalationWording({ policy: 'platform', round: 0, level: 0, next: { at: '2026-03-02T10:16:00Z', round: 1, level: 1 } }, 'triggered', 'Platform', now, zone)).toBe('Platform: nobody paged yet · next at 11:16 (level 1, now)');
  });

  it('adds the day to a time more than 12 hours away', () => {
    expect(clockTime('2026-03-02T10:20:00Z', now, zone)).toBe('11:20');
    expect(clockTime('2026-03-03T23:20:00Z', now, zone)).toBe('Wed 4 Mar, 00:20');
  });
});
