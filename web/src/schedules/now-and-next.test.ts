import { describe, expect, it } from 'vitest';
import { nowAndNext } from './now-and-next';

const when = (iso: string) => iso.slice(11, 16);
const alice = { id: 'alice', name: 'Alice Liddell' };
const chen = { id: 'chen', name: 'Chen Wei' };

describe('who is on call now, and next, in one sentence', () => {
  it('joins a handover into one clause when the next person takes over as the current one leaves', () => {
    expect(nowAndNext({ now: alice, until: '2026-12-04T22:00:00Z', next: chen, next_from: '2026-12-04T22:00:00Z' }, when)).toBe('Until 22:00, then Chen Wei.');
  });

  it('says when the next person starts after a gap, and when nobody follows', () => {
    expect(nowAndNext({ now: alice, until: '2026-12-04T17:00:00Z', next: chen, next_from: '2026-12-04T22:00:00Z' }, when)).toBe('Until 17:00. Next: Chen Wei from 22:00.');
    expect(nowAndNext({ now: alice, until: '2026-12-04T17:00:00Z', next: null, next_from: null }, when)).toBe('Until 17:00. Nobody else is on call in the coming year.');
    expect(nowAndNext({ now: null, until: null, next: chen, next_from: '2026-12-04T22:00:00Z' }, when)).toBe('Next: Chen Wei from 22:00.');
  });
});
